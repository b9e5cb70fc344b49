import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW, NOW_SECONDS, part, row, signWith } from '$lib/testing/fixtures';
import type { CheckResult } from '../types';

const JWE = [part({ alg: 'dir', enc: 'A256GCM' }), '', part('iv'), part('c'), part('t')].join('.');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

async function expRow(
	claims: Record<string, unknown>,
	leewaySeconds = 0,
	now: Date = NOW
): Promise<CheckResult> {
	return row(await inspectAt({ token: mint('hs256', claims), leewaySeconds, now }), 'exp');
}

/** The leeway the skew hint proposes, or undefined when it gives none. */
function proposedLeeway(check: CheckResult): number | undefined {
	const match = /A leeway of (\d+) s would accept it/.exec(check.detail);
	return match ? Number(match[1]) : undefined;
}

describe('exp check', () => {
	describe('when there is nothing to judge', () => {
		it.each([
			['no token', '', 'exp.no-token'],
			['a JWE, whose claims are encrypted', JWE, 'exp.encrypted'],
			['a plain JWS over text', signWith('hs256', { alg: 'HS256' }, 'hello'), 'exp.no-claims'],
			[
				'claims that cannot be read',
				`${part({ alg: 'HS256' })}.${part('{"exp":')}.`,
				'exp.no-claims'
			],
			['a token without exp', mint('hs256', { exp: undefined }), 'exp.absent']
		])('skips %s', async (_, token, code) => {
			expect(row(await inspectAt({ token }), 'exp')).toMatchObject({ status: 'skip', code });
		});
	});

	describe('the NumericDate rule (RFC 7519 §2): a finite JSON number of seconds', () => {
		it.each([
			['a string of digits', '1700000000'],
			['a date string', '2026-11-25T13:00:00Z'],
			['true', true],
			['false', false],
			['null', null],
			['an array', [NOW_SECONDS + 3000]],
			['an object', { seconds: NOW_SECONDS + 3000 }]
		])('fails %s', async (_, exp) => {
			expect(await expRow({ exp })).toMatchObject({ status: 'fail', code: 'exp.not-number' });
		});

		it('fails 1e400, which JSON.parse reads as Infinity, and the structure fails it too', async () => {
			const token = signWith('hs256', { alg: 'HS256', typ: 'JWT' }, '{"sub":"a","exp":1e400}');
			const report = await inspectAt({ token });
			expect(report.token.claims?.exp).toBe(Infinity);
			expect(row(report, 'exp')).toMatchObject({ status: 'fail', code: 'exp.not-number' });
			expect(row(report, 'structure')).toMatchObject({
				status: 'fail',
				code: 'structure.non-finite-number'
			});
		});

		it('accepts a fraction of a second', async () => {
			expect(await expRow({ exp: NOW_SECONDS + 0.5 })).toMatchObject({
				status: 'pass',
				code: 'exp.ok'
			});
		});
	});

	describe('a value that looks like milliseconds', () => {
		it.each([
			['in the future as milliseconds', (NOW_SECONDS + 3000) * 1000],
			['in the past as milliseconds', (NOW_SECONDS - 3000) * 1000]
		])('warns, %s, since verifiers read it as seconds and never expire it', async (_, exp) => {
			const check = await expRow({ exp });
			expect(check).toMatchObject({ status: 'warn', code: 'exp.milliseconds' });
			expect(check.detail).toContain('58870');
		});
	});

	describe('expiry against the evaluation time and the leeway (RFC 7519 §4.1.4)', () => {
		it.each([
			['an hour ahead', 3600, 0, 'pass', 'exp.ok'],
			['a second ahead', 1, 0, 'pass', 'exp.ok'],
			['exactly now, with no leeway: now must be before exp', 0, 0, 'fail', 'exp.expired'],
			['exactly now, within a leeway', 0, 30, 'warn', 'exp.within-leeway'],
			['29 s ago, within a 30 s leeway', -29, 30, 'warn', 'exp.within-leeway'],
			['30 s ago, at the edge of a 30 s leeway', -30, 30, 'fail', 'exp.expired'],
			['31 s ago, beyond a 30 s leeway', -31, 30, 'fail', 'exp.expired'],
			['a second ago, with no leeway', -1, 0, 'fail', 'exp.expired'],
			['a day ago, with a 5 min leeway', -86400, 300, 'fail', 'exp.expired'],
			['at the epoch', -NOW_SECONDS, 0, 'fail', 'exp.expired'],
			['before the epoch', -NOW_SECONDS - 1, 0, 'fail', 'exp.expired']
		])('judges an exp %s', async (_, offset, leeway, status, code) => {
			expect(await expRow({ exp: NOW_SECONDS + offset }, leeway)).toMatchObject({ status, code });
		});

		it('judges an exp half a second before a clock that is not on a whole second', async () => {
			const now = at(500);
			expect(await expRow({ exp: NOW_SECONDS }, 0, now)).toMatchObject({ code: 'exp.expired' });
			expect(await expRow({ exp: NOW_SECONDS }, 1, now)).toMatchObject({
				code: 'exp.within-leeway'
			});
		});

		it('says how long ago the token expired', async () => {
			const check = await expRow({ exp: NOW_SECONDS - (3 * 3600 + 12 * 60) });
			expect(check.code).toBe('exp.expired');
			expect(check.detail).toContain('3 h 12 min');
		});

		it('says how long the token has left', async () => {
			expect((await expRow({ exp: NOW_SECONDS + 50 * 60 })).detail).toContain('50 min');
		});
	});

	describe('the clock-skew hint', () => {
		it.each([
			['a second', 1, 0],
			['90 seconds', 90, 0],
			['90.4 seconds', 90.4, 0],
			['just under 5 minutes', 299, 0],
			['2 minutes, beyond a 60 s leeway', 120, 60]
		])('names the smallest leeway that accepts a token expired %s ago', async (_, ago, leeway) => {
			const nowMs = Math.round(ago * 1000) % 1000;
			const exp = NOW_SECONDS - Math.floor(ago);
			const now = at(nowMs);
			const check = await expRow({ exp }, leeway, now);
			expect(check.code).toBe('exp.expired');
			const proposed = proposedLeeway(check);
			expect(proposed).toBeDefined();
			expect(await expRow({ exp }, proposed, now)).toMatchObject({
				status: 'warn',
				code: 'exp.within-leeway'
			});
			expect(await expRow({ exp }, proposed! - 1, now)).toMatchObject({
				status: 'fail',
				code: 'exp.expired'
			});
		});

		it.each([300, 301, 3600])('gives no hint for a token expired %i s ago', async (ago) => {
			const check = await expRow({ exp: NOW_SECONDS - ago });
			expect(check.code).toBe('exp.expired');
			expect(proposedLeeway(check)).toBeUndefined();
		});
	});
});
