// Hostile input that once took quadratic time or gave nonsense: each is answered with a full report, quickly.
// The time limits are generous regression guards (the slow versions took 3–24 s); speed itself is measured
// by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from './checks/registry';
import { ISSUER, TOKENS, inspectAt, mint, row, signWith } from '$lib/testing/fixtures';

const LIMIT_MS = 2000;
const complete = (ids: string[]) => expect(ids).toEqual([...CHECK_IDS]);

describe('hostile input gets a complete report, in time', () => {
	it(
		'32,000 repeated member names in the header',
		async () => {
			const header = `{"alg":"HS256"${',"a":1'.repeat(32000)}}`;
			const report = await inspectAt({ token: signWith('hs256', header, { sub: 'x' }) });
			complete(report.checks.map((c) => c.id));
			expect(row(report, 'structure')).toMatchObject({
				status: 'fail',
				code: 'structure.duplicate-name'
			});
			expect(row(report, 'structure').findings!.length).toBeLessThanOrEqual(40);
		},
		LIMIT_MS
	);

	it(
		'32,000 numbers that overflow in the claims',
		async () => {
			const payload = `{"x":[${Array(32000).fill('1e400').join(',')}]}`;
			const report = await inspectAt({ token: signWith('hs256', { alg: 'HS256' }, payload) });
			expect(row(report, 'structure').code).toBe('structure.non-finite-number');
		},
		LIMIT_MS
	);

	it(
		'an issuer of 80,000 slashes and a letter, against an expected issuer',
		async () => {
			const report = await inspectAt({ token: mint('hs256', { iss: '/'.repeat(80000) + 'x' }) });
			expect(row(report, 'iss')).toMatchObject({ status: 'fail', code: 'iss.mismatch' });
			expect(row(report, 'iss').detail.length).toBeLessThan(400);
		},
		LIMIT_MS
	);

	it(
		'an audience list of 50,000 entries',
		async () => {
			const aud = Array.from({ length: 50000 }, (_, i) => `api://other-${i}`);
			const report = await inspectAt({ token: mint('hs256', { aud }) });
			expect(row(report, 'aud')).toMatchObject({ status: 'fail', code: 'aud.mismatch' });
			expect(row(report, 'aud').detail).toContain('and 49,995 more');
			expect(row(report, 'aud').detail.length).toBeLessThan(1000);
		},
		LIMIT_MS
	);

	it(
		'a base64url secret of 80,000 "=" and a letter',
		async () => {
			const report = await inspectAt({
				token: TOKENS.hs256!,
				key: '='.repeat(80000) + 'A',
				keyEncoding: 'base64url'
			});
			expect(report.verdict).toBe('invalid');
		},
		LIMIT_MS
	);

	it(
		'5 million dots',
		async () => {
			const report = await inspectAt({ token: '.'.repeat(5_000_000) });
			expect(row(report, 'structure')).toMatchObject({
				status: 'fail',
				code: 'structure.segments'
			});
			expect(row(report, 'structure').detail).toContain('5000001 parts');
			expect(report.token.segments.length).toBeLessThanOrEqual(16);
		},
		LIMIT_MS
	);

	it(
		'an RSA JWK with a 256 KB modulus',
		async () => {
			const n = Buffer.alloc(256 * 1024, 0xc5).toString('base64url');
			const report = await inspectAt({
				token: TOKENS.rs256!,
				key: JSON.stringify({ kty: 'RSA', n, e: 'AQAB' })
			});
			expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.rsa-too-large' });
		},
		LIMIT_MS
	);
});

describe('limits, each with a clear message', () => {
	it(
		'a token over 8 MB is not read',
		async () => {
			const report = await inspectAt({ token: 'eyJ' + 'A'.repeat(8 * 1024 * 1024) });
			complete(report.checks.map((c) => c.id));
			expect(row(report, 'structure')).toMatchObject({
				status: 'fail',
				code: 'structure.too-large'
			});
			expect(row(report, 'structure').detail).toMatch(/8\.0 MB.*up to 8 MB/);
			expect(report.verdict).toBe('invalid');
		},
		LIMIT_MS
	);

	it(
		'a key input over 8 MB is not read',
		async () => {
			const report = await inspectAt({
				token: TOKENS.hs256!,
				key: 'k'.repeat(8 * 1024 * 1024 + 1)
			});
			expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.too-large' });
			expect(report.verdict).toBe('invalid');
		},
		LIMIT_MS
	);

	it(
		'a header nested 100,000 levels deep is refused by the scan before parsing',
		async () => {
			const header = '{"alg":"HS256","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
			const report = await inspectAt({ token: signWith('hs256', header, { sub: 'x' }) });
			complete(report.checks.map((c) => c.id));
			expect(row(report, 'structure')).toMatchObject({
				status: 'fail',
				code: 'structure.header-too-deep'
			});
		},
		LIMIT_MS
	);

	it(
		'a JWKS of more than 1,000 keys',
		async () => {
			const keys = Array.from({ length: 1001 }, (_, i) => ({ kty: 'oct', k: 'AAAA', kid: `${i}` }));
			const report = await inspectAt({ token: TOKENS.hs256!, key: JSON.stringify({ keys }) });
			expect(row(report, 'key').status).toBe('fail');
			expect(row(report, 'key').detail).toContain('1,001 entries');
		},
		LIMIT_MS
	);
});

describe('header values that name Object members are data', () => {
	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
		'"typ": "%s" is an unknown type, not a match',
		async (typ) => {
			const report = await inspectAt({ token: mint('hs256', {}, { typ }) });
			expect(row(report, 'typ')).toMatchObject({ status: 'warn', code: 'typ.unknown' });
		}
	);

	it('an issuer named "constructor" is compared as text', async () => {
		const report = await inspectAt({ token: mint('hs256', { iss: 'constructor' }) });
		expect(row(report, 'iss').detail).toContain(ISSUER);
	});
});
