import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW_SECONDS, part, row, signWith } from '../test-support';
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

	it('warns that a token without exp never expires (RFC 8725 §3.10)', async () => {
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
		['a year', T + 365 * DAY, '365 days'],
		['an exp in milliseconds', (T + HOUR) * 1000, '56,842 years']
	])('warns about a lifetime of %s, longer than a day, naming it', async (_, exp, figure) => {
		const check = await lifetimeRow({ iat: T, nbf: T, exp });
		expect(check).toMatchObject({ status: 'warn', code: 'lifetime.long' });
		expect(check.detail).toContain(figure);
	});

	it.each([
		['before iat', { iat: T, nbf: undefined, exp: T - HOUR }],
		['equal to iat', { iat: T, nbf: undefined, exp: T }],
		['before nbf, with no iat', { iat: undefined, nbf: T, exp: T - 1 }],
		['before nbf, though after iat', { iat: T, nbf: T + 2 * HOUR, exp: T + HOUR }],
		['equal to nbf, though after iat', { iat: T, nbf: T + HOUR, exp: T + HOUR }]
	])('warns that a token whose exp is %s was never valid', async (_, claims) => {
		expect(await lifetimeRow(claims)).toMatchObject({ status: 'warn', code: 'lifetime.negative' });
	});
});
