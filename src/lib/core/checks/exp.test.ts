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

/** The leeway the labelled what-if names, or undefined when it gives none. */
function proposedLeeway(check: CheckResult): number | undefined {
	const match = /What-if: with a leeway of (\d+) s it would pass/.exec(check.detail);
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

	describe('blames only the cause the token shows (issue 16, item 4)', () => {
		// A token issued `lifetime` seconds before its exp, which is `ago` seconds before now.
		const lived = (lifetime: number, ago: number) => ({
			iat: NOW_SECONDS - Math.floor(ago) - lifetime,
			nbf: undefined,
			exp: NOW_SECONDS - Math.floor(ago)
		});

		it.each([
			['a 24-hour token expired 189 s ago', lived(86400, 189), 0],
			['a 1-hour token expired a second ago', lived(3600, 1), 0],
			['a 60 s token expired 30 s ago, within its own lifetime', lived(60, 30), 0],
			['a 60 s token expired 2 h ago', lived(60, 7200), 0],
			[
				'a 60 s token expired 2 min ago, beyond a 60 s leeway, but 5 min is no skew',
				lived(60, 400),
				60
			],
			['a token without iat expired 10 s ago', { iat: undefined, exp: NOW_SECONDS - 10 }, 0]
		])('calls %s expired, with a new token as the fix and no leeway', async (_, claims, leeway) => {
			const check = await expRow(claims, leeway);
			expect(check).toMatchObject({ status: 'fail', code: 'exp.expired' });
			expect(check.detail).not.toMatch(/skew|clock|what-if/i);
			expect(proposedLeeway(check)).toBeUndefined();
			expect(check.fix).toMatch(/new token/);
			expect(check.fix).toMatch(/refresh/);
			expect(check.fix).not.toMatch(/leeway/i);
		});

		it.each([
			['a 60 s token expired 90 s ago', 60, 90, 0],
			['a 1 s token expired a second and a half ago', 1, 1.5, 0],
			['a 60 s token expired 2 min ago, beyond a 60 s leeway', 60, 120, 60],
			['a 2 min token expired just under 5 minutes ago', 120, 299, 0]
		])(
			'names clock skew for %s, since it lived less long than it missed by',
			async (_, lifetime, ago, leeway) => {
				const now = at(Math.round(ago * 1000) % 1000);
				const claims = lived(lifetime, ago);
				const check = await expRow(claims, leeway, now);
				expect(check).toMatchObject({ status: 'fail', code: 'exp.expired-clock-skew' });
				expect(check.fix).toMatch(/NTP/);
				expect(check.fix).not.toMatch(/leeway/i);
				// The what-if names the smallest leeway that would accept it, as a labelled what-if only.
				const proposed = proposedLeeway(check);
				expect(proposed).toBeDefined();
				expect(await expRow(claims, proposed, now)).toMatchObject({
					status: 'warn',
					code: 'exp.within-leeway'
				});
				expect((await expRow(claims, proposed! - 1, now)).status).toBe('fail');
			}
		);
	});
});
