// HMAC secrets: at least as long as the hash output (RFC 7518 §3.2), and not a known or guessable one
// (RFC 8725 §3.5). Both are warnings: the signature may be genuine, but the next token may be forged.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLAIMS, TOKENS, inspectAt, keyText, part, row } from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

function hmacToken(secret: string | Buffer, alg = 'HS256'): string {
	const input = `${part({ alg, typ: 'JWT' })}.${part(CLAIMS)}`;
	return `${input}.${createHmac(`sha${alg.slice(2)}`, secret)
		.update(input)
		.digest('base64url')}`;
}
const findingCodes = (report: Awaited<ReturnType<typeof inspectAt>>) =>
	(row(report, 'secret-strength').findings ?? []).map((f) => f.code);

describe('secret strength', () => {
	it.each([
		['a 31-byte secret for HS256', 'HS256', 'x7Qk2pLm9Vb4Rt8Zc1Nw6Hy3Jd5Fg0S'],
		['a 47-byte secret for HS384', 'HS384', 'x7Qk2pLm9Vb4Rt8Zc1Nw6Hy3Jd5Fg0Sa1b2c3d4e5f6g7h'],
		['a 32-byte secret for HS512', 'HS512', keyText('hs256', 'secret')]
	])('warns that %s is too short, and the verdict stays valid', async (_, alg, secret) => {
		const report = await inspectAt({ token: hmacToken(secret, alg), key: secret });
		expect(row(report, 'secret-strength')).toMatchObject({
			status: 'warn',
			code: 'secret-strength.short'
		});
		expect(findingCodes(report)).toEqual(['secret-strength.short']);
		expect(report.verdict).toBe('valid');
	});

	it.each([
		['"secret"', 'secret'],
		['"your-256-bit-secret" (jwt.io’s)', 'your-256-bit-secret'],
		['jwt.io’s 38-byte example', 'a-string-secret-at-least-256-bits-long'],
		['a secret of one repeated character', 'a'.repeat(40)],
		['a secret of two alternating characters', 'ab'.repeat(20)]
	])('warns that %s is weak, whatever its length', async (_, secret) => {
		const report = await inspectAt({ token: hmacToken(secret), key: secret });
		expect(row(report, 'secret-strength')).toMatchObject({
			status: 'warn',
			code: 'secret-strength.weak'
		});
		expect(findingCodes(report)).toContain('secret-strength.weak');
		expect(report.verdict).toBe('valid');
	});

	it('reports both problems of a short, well-known secret, leading with the word-list one', async () => {
		const report = await inspectAt({ token: hmacToken('secret'), key: 'secret' });
		expect(row(report, 'secret-strength').code).toBe('secret-strength.weak');
		expect(findingCodes(report)).toEqual(['secret-strength.short', 'secret-strength.weak']);
	});

	it.each([
		['HS256', TOKENS.hs256!, keyText('hs256', 'secret')],
		['HS384', TOKENS.hs384!, keyText('hs384', 'secret')],
		['HS512', TOKENS.hs512!, keyText('hs512', 'secret')]
	])('passes the %s fixture secret', async (_, token, key) => {
		expect(row(await inspectAt({ token, key }), 'secret-strength')).toMatchObject({
			status: 'pass',
			code: 'secret-strength.ok'
		});
	});

	it.each([
		['base64', 'base64'],
		['hex', 'hex']
	] as const)('measures a %s secret by its decoded bytes', async (_, encoding: KeyEncoding) => {
		const bytes = Buffer.from(Array.from({ length: 24 }, (_, i) => 7 + i * 11));
		const key = encoding === 'hex' ? bytes.toString('hex') : bytes.toString('base64');
		const report = await inspectAt({ token: hmacToken(bytes), key, keyEncoding: encoding });
		expect(row(report, 'secret-strength').code).toBe('secret-strength.short');
		expect(report.verdict).toBe('valid');
	});

	it('judges a JWK secret by its bytes: length and the word list', async () => {
		const key = JSON.stringify({ kty: 'oct', k: Buffer.from('secret').toString('base64url') });
		const report = await inspectAt({ token: hmacToken('secret'), key });
		expect(findingCodes(report)).toEqual(['secret-strength.short', 'secret-strength.weak']);
	});

	it('judges the secret that verified, in a set of several', async () => {
		const strong = keyText('hs256', 'secret');
		const key = JSON.stringify({
			keys: [
				{ kty: 'oct', k: Buffer.from('secret').toString('base64url') },
				{ kty: 'oct', k: Buffer.from(strong).toString('base64url') }
			]
		});
		const report = await inspectAt({ token: hmacToken(strong), key });
		expect(report.signature.tried.map((t) => t.outcome)).toEqual(['failed', 'verified']);
		expect(row(report, 'secret-strength').code).toBe('secret-strength.ok');
	});

	it.each([
		['no key', undefined],
		['an RSA key', keyText('rs256', 'pem')],
		['an EC JWK', keyText('es256', 'jwk')]
	])('is skipped with %s', async (_, key) => {
		const report = await inspectAt({ token: TOKENS.rs256!, ...(key ? { key } : {}) });
		expect(row(report, 'secret-strength')).toMatchObject({
			status: 'skip',
			code: 'secret-strength.no-secret'
		});
	});

	it('is skipped for an empty secret, which the key check already fails', async () => {
		const key = JSON.stringify({ kty: 'oct', k: '' });
		const report = await inspectAt({ token: TOKENS.hs256!, key });
		expect(row(report, 'secret-strength').status).toBe('skip');
		expect(row(report, 'key').code).toBe('key.secret-empty');
	});
});
