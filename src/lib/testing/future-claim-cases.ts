// The cases the two "not in the future" checks share, nbf (RFC 7519 §4.1.5) and iat (§4.1.6): both skip
// without claims, fail a value that is not a NumericDate, fail a time after now beyond the leeway, warn within
// it, and name a small lead as clock skew, with the smallest leeway that would accept it as a labelled what-if,
// never as the fix. Each check's test file runs them.
import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW, NOW_SECONDS, part, row, signWith } from './fixtures';
import type { CheckResult } from '../core/types';

const JWE = [part({ alg: 'dir', enc: 'A256GCM' }), '', part('iv'), part('c'), part('t')].join('.');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

/** The leeway the skew hint proposes, or undefined when it gives none. */
function proposedLeeway(check: CheckResult): number | undefined {
	const match = /What-if: with a leeway of (\d+) s it would pass/.exec(check.detail);
	return match ? Number(match[1]) : undefined;
}

/** The shared table for `claim`, judged by the check of the same name. */
export function describeFutureClaim(claim: 'nbf' | 'iat', spec: string): void {
	const code = (suffix: string) => `${claim}.${suffix}`;
	const claimRow = async (
		value: unknown,
		leewaySeconds = 0,
		now: Date = NOW
	): Promise<CheckResult> =>
		row(await inspectAt({ token: mint('hs256', { [claim]: value }), leewaySeconds, now }), claim);

	describe(`${claim}: shared cases`, () => {
		it.each([
			['no token', '', 'no-token'],
			['a JWE, whose claims are encrypted', JWE, 'encrypted'],
			['a plain JWS over text', signWith('hs256', { alg: 'HS256' }, 'hello'), 'no-claims'],
			[
				`a token without ${claim}, which is optional`,
				mint('hs256', { [claim]: undefined }),
				'absent'
			]
		])('skips %s', async (_, token, suffix) => {
			expect(row(await inspectAt({ token }), claim)).toMatchObject({
				status: 'skip',
				code: code(suffix)
			});
		});

		it.each([
			['a string of digits', String(NOW_SECONDS - 600)],
			['true', true],
			['null', null],
			['an array', [NOW_SECONDS - 600]],
			['an object', {}]
		])('fails %s, which is not a NumericDate (RFC 7519 §2)', async (_, value) => {
			expect(await claimRow(value)).toMatchObject({ status: 'fail', code: code('not-number') });
		});

		it('fails 1e400 in the raw JSON, which reads as Infinity', async () => {
			const payload = `{"exp":${NOW_SECONDS + 60},"${claim}":1e400}`;
			const report = await inspectAt({ token: signWith('hs256', { alg: 'HS256' }, payload) });
			expect(report.token.claims?.[claim]).toBe(Infinity);
			expect(row(report, claim)).toMatchObject({ status: 'fail', code: code('not-number') });
			expect(row(report, 'structure').code).toBe('structure.non-finite-number');
		});

		it('fails a value in milliseconds, which verifiers read as far in the future', async () => {
			expect(await claimRow((NOW_SECONDS - 600) * 1000)).toMatchObject({
				status: 'fail',
				code: code('milliseconds')
			});
		});

		describe(`the time against the evaluation time and the leeway (${spec})`, () => {
			it.each([
				['10 minutes ago', -600, 0, 'pass', 'ok'],
				['exactly now', 0, 0, 'pass', 'ok'],
				['a second ahead, with no leeway', 1, 0, 'fail', 'future'],
				['a second ahead, within a 30 s leeway', 1, 30, 'warn', 'within-leeway'],
				['30 s ahead, at the edge of a 30 s leeway', 30, 30, 'warn', 'within-leeway'],
				['31 s ahead, beyond a 30 s leeway', 31, 30, 'fail', 'future'],
				['a day ahead', 86400, 300, 'fail', 'future']
			])('judges a time %s', async (_, offset, leeway, status, suffix) => {
				expect(await claimRow(NOW_SECONDS + offset, leeway)).toMatchObject({
					status,
					code: code(suffix)
				});
			});

			it('judges a time half a second after a clock that is not on a whole second', async () => {
				const now = at(-500);
				expect(await claimRow(NOW_SECONDS, 0, now)).toMatchObject({ code: code('future') });
				expect(await claimRow(NOW_SECONDS, 1, now)).toMatchObject({
					code: code('within-leeway')
				});
			});

			it('says by how much the time is ahead', async () => {
				const check = await claimRow(NOW_SECONDS + 3 * 3600 + 12 * 60);
				expect(check.detail).toContain('3 h 12 min');
			});
		});

		describe('the clock-skew hint', () => {
			it.each([
				['a second', 1, 0],
				['90 seconds', 90, 0],
				['89.6 seconds', 89.6, 0],
				['just under 5 minutes', 299, 0],
				['2 minutes, beyond a 60 s leeway', 120, 60]
			])('names the smallest leeway that accepts a time %s ahead', async (_, ahead, leeway) => {
				const value = NOW_SECONDS + Math.ceil(ahead);
				const now = at(Math.round((Math.ceil(ahead) - ahead) * 1000));
				const check = await claimRow(value, leeway, now);
				expect(check.code).toBe(code('future'));
				expect(check.detail).toContain('clock is likely ahead');
				expect(check.fix).toMatch(/NTP/);
				expect(check.fix).not.toMatch(/leeway/i);
				const proposed = proposedLeeway(check);
				expect(proposed).toBeDefined();
				expect(await claimRow(value, proposed, now)).toMatchObject({
					status: 'warn',
					code: code('within-leeway')
				});
				expect(await claimRow(value, proposed! - 1, now)).toMatchObject({
					status: 'fail',
					code: code('future')
				});
			});

			it.each([300, 3600])('gives no hint for a time %i s ahead', async (ahead) => {
				const check = await claimRow(NOW_SECONDS + ahead);
				expect(check.code).toBe(code('future'));
				expect(proposedLeeway(check)).toBeUndefined();
				expect(check.detail).not.toMatch(/clock/);
				expect(check.fix).not.toMatch(/leeway/i);
			});
		});
	});
}
