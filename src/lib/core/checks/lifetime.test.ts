import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW_SECONDS, part, row, signWith } from '$lib/testing/fixtures';
import type { CheckResult } from '../types';

const JWE = [part({ alg: 'dir', enc: 'A256GCM' }), '', part('iv'), part('c'), part('t')].join('.');
const T = NOW_SECONDS - 600;
const HOUR = 3600;
const DAY = 86400;

async function lifetimeRow(claims: Record<string, unknown>): Promise<CheckResult> {
	return row(await inspectAt({ token: mint('hs256', claims) }), 'lifetime');
}

describe('lifetime check', () => {
	it.each([
		['no token', '', 'lifetime.no-token'],
		['a JWE, whose claims are encrypted', JWE, 'lifetime.encrypted'],
		['a plain JWS over text', signWith('hs256', { alg: 'HS256' }, 'hello'), 'lifetime.no-claims']
	])('skips %s', async (_, token, code) => {
		expect(row(await inspectAt({ token }), 'lifetime')).toMatchObject({ status: 'skip', code });
	});

	it('warns that a token without exp never expires', async () => {
		expect(await lifetimeRow({ exp: undefined })).toMatchObject({
			status: 'warn',
			code: 'lifetime.no-exp'
		});
	});

	it.each([
		['a string', '1795611000'],
		['null', null],
		['an array', [1795611000]]
	])('skips an exp that is %s, which the exp check fails', async (_, exp) => {
		expect(await lifetimeRow({ exp })).toMatchObject({
			status: 'skip',
			code: 'lifetime.unreadable'
		});
	});

	it('skips an exp of 1e400, which reads as Infinity', async () => {
		const token = signWith('hs256', { alg: 'HS256' }, `{"iat":${T},"exp":1e400}`);
		expect(row(await inspectAt({ token }), 'lifetime')).toMatchObject({
			status: 'skip',
			code: 'lifetime.unreadable'
		});
	});

	it('passes an exp whose start is unknown (no iat, no nbf)', async () => {
		expect(await lifetimeRow({ iat: undefined, nbf: undefined })).toMatchObject({
			status: 'pass',
			code: 'lifetime.unknown-start'
		});
	});

	it.each([
		['an hour from iat', { iat: T, nbf: undefined, exp: T + HOUR }, '1 h'],
		['an hour from nbf, with no iat', { iat: undefined, nbf: T, exp: T + HOUR }, '1 h'],
		['an hour from nbf, when iat is not a number', { iat: 'x', nbf: T, exp: T + HOUR }, '1 h'],
		['exactly a day', { iat: T, exp: T + DAY }, '1 day'],
		['a second', { iat: T, nbf: undefined, exp: T + 1 }, '1 s']
	])('passes a lifetime of %s', async (_, claims, figure) => {
		const check = await lifetimeRow(claims);
		expect(check).toMatchObject({ status: 'pass', code: 'lifetime.ok' });
		expect(check.detail).toContain(figure);
	});

	it.each([
		['a day and a second', T + DAY + 1, '1 day'],
		['3 days 2 h', T + 3 * DAY + 2 * HOUR, '3 days 2 h'],
		['a year', T + 365 * DAY, '365 days']
	])('warns about a lifetime of %s, longer than a day, naming it', async (_, exp, figure) => {
		const check = await lifetimeRow({ iat: T, nbf: T, exp });
		expect(check).toMatchObject({ status: 'warn', code: 'lifetime.long' });
		expect(check.detail).toContain(figure);
	});

	it.each([
		['before iat', { iat: T, nbf: undefined, exp: T - HOUR }, '1 h before "iat"'],
		['equal to iat', { iat: T, nbf: undefined, exp: T }, 'equal to "iat"'],
		['before iat, with an earlier nbf', { iat: T, nbf: T - DAY, exp: T - HOUR }, '1 h before "iat"']
	])(
		'warns that a token whose exp is %s has a wrong clock or arithmetic, not that it was never valid',
		async (_, claims, gap) => {
			const check = await lifetimeRow(claims);
			expect(check).toMatchObject({ status: 'warn', code: 'lifetime.negative' });
			expect(check.detail).toContain(gap);
			expect(check.detail).toContain("issuer's clock or arithmetic is wrong");
			expect(check.detail).not.toContain('never valid');
		}
	);

	it.each([
		['before nbf, with no iat', { iat: undefined, nbf: T, exp: T - 1 }, '1 s before "nbf"'],
		[
			'before nbf, though after iat',
			{ iat: T, nbf: T + 2 * HOUR, exp: T + HOUR },
			'1 h before "nbf"'
		],
		['equal to nbf, though after iat', { iat: T, nbf: T + HOUR, exp: T + HOUR }, 'equal to "nbf"'],
		['before both nbf and iat', { iat: T, nbf: T, exp: T - HOUR }, '1 h before "nbf"']
	])('warns that a token whose exp is %s was never valid', async (_, claims, gap) => {
		const check = await lifetimeRow(claims);
		expect(check).toMatchObject({ status: 'warn', code: 'lifetime.negative' });
		expect(check.detail).toContain(gap);
		expect(check.detail).toContain('never valid');
	});

	describe('time claims in milliseconds, read as the exp, nbf and iat rows read them', () => {
		const MS = 1000;
		// [what, claims, status, code, the lifetime named, the claims named as milliseconds]
		it.each<[string, Record<string, unknown>, string, string, string, string]>([
			[
				'iat and exp 60 s apart, both in milliseconds',
				{ iat: T * MS, nbf: undefined, exp: (T + 60) * MS },
				'warn',
				'lifetime.milliseconds',
				'1 min',
				'reading "iat" and "exp" as the milliseconds they look like'
			],
			[
				'an exp in milliseconds an hour after an iat in seconds',
				{ iat: T, nbf: T, exp: (T + HOUR) * MS },
				'warn',
				'lifetime.milliseconds',
				'1 h',
				'reading "exp" as the milliseconds it looks like'
			],
			[
				'an iat in milliseconds an hour before an exp in seconds',
				{ iat: T * MS, nbf: undefined, exp: T + HOUR },
				'pass',
				'lifetime.ok',
				'1 h',
				'reading "iat" as the milliseconds it looks like'
			],
			[
				'an nbf in milliseconds two days before an exp in seconds, with no iat',
				{ iat: undefined, nbf: T * MS, exp: T + 2 * DAY },
				'warn',
				'lifetime.long',
				'2 days',
				'reading "nbf" as the milliseconds it looks like'
			],
			[
				'an exp in milliseconds before an iat in milliseconds',
				{ iat: T * MS, nbf: undefined, exp: (T - 60) * MS },
				'warn',
				'lifetime.negative',
				'1 min before "iat"',
				'reading "iat" and "exp" as the milliseconds they look like'
			]
		])('reads %s', async (_, claims, status, code, figure, named) => {
			const check = await lifetimeRow(claims);
			expect(check).toMatchObject({ status, code });
			expect(check.detail).toContain(figure);
			expect(check.detail).toContain(named);
			expect(check.detail).not.toContain('16 h 40 min');
		});

		it('warns about an exp in milliseconds even when the start is unknown', async () => {
			const check = await lifetimeRow({ iat: undefined, nbf: undefined, exp: (T + HOUR) * MS });
			expect(check).toMatchObject({ status: 'warn', code: 'lifetime.milliseconds' });
			expect(check.detail).toContain('verifiers read it as seconds');
		});

		it('agrees with the exp row that verifiers read a millisecond exp as seconds', async () => {
			const report = await inspectAt({
				token: mint('hs256', { iat: T * MS, exp: (T + 60) * MS })
			});
			expect(row(report, 'exp')).toMatchObject({ status: 'warn', code: 'exp.milliseconds' });
			expect(row(report, 'lifetime').detail).toContain('verifiers read "exp" as seconds');
		});
	});

	it.each([
		['iat is a string and there is no nbf', { iat: '1795611000', nbf: undefined }, '"iat" is not'],
		['iat and nbf are both null', { iat: null, nbf: null }, '"iat" and "nbf" are not'],
		['nbf is an array and there is no iat', { iat: undefined, nbf: [T] }, '"nbf" is not']
	])('skips, naming the claim, when %s', async (_, claims, named) => {
		const check = await lifetimeRow(claims);
		expect(check).toMatchObject({ status: 'skip', code: 'lifetime.unreadable' });
		expect(check.detail).toContain(named);
	});

	it('cites a rule about short-lived tokens, not RFC 8725 §3.10 ("Do Not Trust Received Claims")', async () => {
		const check = await lifetimeRow({ iat: T, exp: T + HOUR });
		expect(check.spec).not.toContain('8725');
		expect(check.spec).toContain('RFC 6819 §5.1.5.3');
	});
});
