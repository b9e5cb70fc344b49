import { describe, expect, it } from 'vitest';
import { inspectAt, mint, row } from '$lib/testing/fixtures';

const token = (claims: Record<string, unknown>) => mint('hs256', claims);

describe('the scope row', () => {
	it.each([
		['no scopes are required', { scope: 'a b' }, undefined, 'skip', 'scope.not-checked'],
		['the required field holds only spaces', { scope: 'a b' }, '   ', 'skip', 'scope.not-checked'],
		[
			'every scope is in "scope"',
			{ scope: 'orders:read orders:write' },
			'orders:write',
			'pass',
			'scope.ok'
		],
		['every scope is in an "scp" string', { scp: 'a b c' }, 'c a', 'pass', 'scope.ok'],
		['every scope is in an "scp" array', { scp: ['a', 'b'] }, 'a  b', 'pass', 'scope.ok'],
		[
			'scopes are split between "scope" and "scp"',
			{ scope: 'a', scp: ['b'] },
			'a b',
			'pass',
			'scope.ok'
		],
		[
			'one scope is missing',
			{ scope: 'orders:read' },
			'orders:read orders:write',
			'fail',
			'scope.missing'
		],
		[
			'scopes differ in case (RFC 6749 §3.3)',
			{ scope: 'Orders:Write' },
			'orders:write',
			'fail',
			'scope.missing'
		],
		['the token has no scope claim at all', {}, 'orders:write', 'fail', 'scope.absent'],
		['"scope" is an array', { scope: ['a'] }, 'a', 'fail', 'scope.malformed'],
		['"scope" is a number', { scope: 1 }, 'a', 'fail', 'scope.malformed'],
		['"scp" holds a number', { scp: ['a', 2] }, 'a', 'fail', 'scope.malformed'],
		['"scp" is an object', { scp: { a: true } }, 'a', 'fail', 'scope.malformed']
	] as const)('when %s: %s', async (_, claims, requiredScopes, status, code) => {
		const report = await inspectAt({
			token: token(claims),
			...(requiredScopes !== undefined ? { requiredScopes } : {})
		});
		expect(row(report, 'scope')).toMatchObject({ status, code });
		if (status === 'fail') expect(report.verdict).toBe('invalid');
	});

	it('names every missing scope, once each', async () => {
		const report = await inspectAt({
			token: token({ scp: ['a'] }),
			requiredScopes: 'a b c b'
		});
		const scope = row(report, 'scope');
		expect(scope.findings?.map((f) => f.code)).toEqual(['scope.missing', 'scope.missing']);
		expect(scope.detail).toContain('"b", "c"');
	});

	it('is skipped when the payload has no claims', async () => {
		const report = await inspectAt({
			token: 'eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln',
			requiredScopes: 'a'
		});
		expect(row(report, 'scope')).toMatchObject({ status: 'skip', code: 'scope.no-claims' });
	});
});
