// The header's "alg": present, a string, registered, not "none", a signature (not JWE) algorithm, and of the
// family the supplied key belongs to. The key decides the family, so RS/HS confusion is never valid.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	CLAIMS,
	TOKENS,
	inspectAt,
	keyText,
	part,
	row,
	signWith,
	type KeyName
} from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

/** An HS-family token whose HMAC key is exactly these bytes or this text. */
function hmacToken(secret: string | Buffer, header: Record<string, unknown> = {}): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT', ...header })}.${part(CLAIMS)}`;
	const alg = String(header.alg ?? 'HS256');
	const hash = `sha${alg.slice(2)}`;
	return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}
const hs = (header: Record<string, unknown>) => signWith('hs256', header, CLAIMS);
const SECRET = keyText('hs256', 'secret');

describe('the alg header', () => {
	it.each([
		['is missing', hs({ typ: 'JWT' }), 'algorithm.missing'],
		['is a number', hs({ alg: 256 }), 'algorithm.type'],
		['is null', hs({ alg: null }), 'algorithm.type'],
		['is an array', hs({ alg: ['HS256'] }), 'algorithm.type'],
		['is "HS1"', hs({ alg: 'HS1' }), 'algorithm.unknown'],
		['is "hs256"', hs({ alg: 'hs256' }), 'algorithm.unknown'],
		['is "constructor"', hs({ alg: 'constructor' }), 'algorithm.unknown'],
		['is the JWE "RSA-OAEP"', hs({ alg: 'RSA-OAEP' }), 'algorithm.jwe-alg'],
		['is the JWE "dir"', hs({ alg: 'dir' }), 'algorithm.jwe-alg'],
		['is the JWE "A256GCM"', hs({ alg: 'A256GCM' }), 'algorithm.jwe-alg']
	])('fails when it %s', async (_, token, code) => {
		const report = await inspectAt({ token, key: SECRET });
		expect(row(report, 'algorithm')).toMatchObject({ status: 'fail', code });
		expect(row(report, 'signature').status).not.toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('says which registered name a wrongly cased alg meant', async () => {
		const report = await inspectAt({ token: hs({ alg: 'hs256' }), key: SECRET });
		expect(row(report, 'algorithm').detail).toContain('"HS256"');
	});

	it.each(['ES256K', 'Ed448'])(
		'warns that %s is registered but cannot be verified here',
		async (alg) => {
			for (const key of [undefined, SECRET, keyText('es256', 'pem')]) {
				const report = await inspectAt({ token: hs({ alg }), ...(key ? { key } : {}) });
				expect(row(report, 'algorithm')).toMatchObject({
					status: 'warn',
					code: 'algorithm.unsupported'
				});
				expect(report.verdict).toBe('unverified');
			}
		}
	);

	it.each(Object.entries(TOKENS))('passes the %s fixture with its key', async (name, token) => {
		const key = keyText(name as KeyName, name.startsWith('hs') ? 'secret' : 'jwk');
		expect(row(await inspectAt({ token, key }), 'algorithm')).toMatchObject({
			status: 'pass',
			code: 'algorithm.ok'
		});
	});

	it('passes a registered alg when no key is supplied', async () => {
		expect(row(await inspectAt({ token: TOKENS.rs256! }), 'algorithm').code).toBe('algorithm.ok');
	});

	it('reports a JWE’s algorithms as information', async () => {
		const jwe = `${part({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })}.AAAA.AAAA.AAAA.AAAA`;
		expect(row(await inspectAt({ token: jwe }), 'algorithm')).toMatchObject({
			status: 'info',
			code: 'algorithm.jwe'
		});
	});

	it('skips a token with no readable header', async () => {
		expect(row(await inspectAt({ token: 'not.a.token' }), 'algorithm').status).toBe('skip');
	});
});

describe('the key type must fit the algorithm', () => {
	it.each([
		['ES256 header, RSA key', TOKENS.es256!, keyText('rs256', 'pem')],
		['ES256 header, P-384 key', TOKENS.es256!, keyText('es384', 'pem')],
		['ES512 header, P-256 key', TOKENS.es512!, keyText('es256', 'jwk')],
		['RS256 header, EC key', TOKENS.rs256!, keyText('es256', 'pem')],
		['EdDSA header, RSA key', TOKENS.eddsa!, keyText('rs256', 'pem')],
		['RS256 header, HMAC secret', TOKENS.rs256!, SECRET]
	])('fails with %s', async (_, token, key) => {
		const report = await inspectAt({ token, key });
		expect(row(report, 'algorithm')).toMatchObject({
			status: 'fail',
			code: 'algorithm.key-mismatch'
		});
		expect(report.verdict).toBe('invalid');
	});

	it('does not claim a fit when no supplied key is usable', async () => {
		// A secp256k1 JWK cannot be used here at all: the key row says why, the algorithm row claims no fit.
		const key = JSON.stringify({ kty: 'EC', crv: 'secp256k1', x: 'AAAA', y: 'AAAA' });
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'algorithm')).toMatchObject({ status: 'pass', code: 'algorithm.ok' });
		expect(row(report, 'algorithm').detail).not.toContain('fits');
		expect(row(report, 'algorithm').detail).toContain('no usable key was supplied');
		expect(row(report, 'key').status).toBe('fail');
	});

	it('judges the fit on the usable keys of a set only', async () => {
		// An unusable RSA key beside a usable EC key: the RS256 token has no usable key of its type.
		const key = JSON.stringify({
			keys: [{ kty: 'RSA', kid: 'broken', e: 'AQAB' }, fixtureJwk('es256')]
		});
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'algorithm')).toMatchObject({
			status: 'fail',
			code: 'algorithm.key-mismatch'
		});
		expect(row(report, 'algorithm').detail).toContain('an EC P-256 key');
	});

	it('passes when one key of a set fits', async () => {
		const key = JSON.stringify({
			keys: [fixtureJwk('es384'), fixtureJwk('es256')]
		});
		expect(row(await inspectAt({ token: TOKENS.es256!, key }), 'algorithm').code).toBe(
			'algorithm.ok'
		);
	});
});

describe('algorithm confusion: a public key is never an HMAC secret (RFC 8725 §2.1)', () => {
	const pem = keyText('rs256', 'pem');
	const certificate = keyText('rs256', 'certificate');
	const jwk = keyText('rs256', 'jwk');
	const jwks = keyText('rs256', 'jwks');
	const pemBody = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
	const pemDer = Buffer.from(pemBody, 'base64');
	const ssh =
		'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHsMALV06RthtXP0Vr5HKlQCJIB0umHoBCoGp8GBcKWeqs0bT4OOLUC1edbkmV3ic+Q7ZXtjZIXuuyImo5C37nY= issuer';

	// What an attacker may have HMAC'd with, for each public form the victim pastes.
	const forms: Array<[string, string, Array<string | Buffer>]> = [
		['a PEM public key', pem, [pem, pem.trim(), pem.replace(/\n/g, ''), pemDer]],
		['a certificate', certificate, [certificate, certificate.trim()]],
		['a JWK', jwk, [jwk, JSON.stringify(JSON.parse(jwk), null, 2)]],
		['a JWKS', jwks, [jwks]],
		['a PEM body without its BEGIN/END lines', pemBody, [pemBody, pemDer]],
		['an OpenSSH public key', ssh, [ssh]]
	];
	const cases = forms.flatMap(([what, key, secrets]) =>
		secrets.flatMap((secret, i) =>
			['HS256', 'HS384', 'HS512'].map((alg) => [alg, what, i, key, secret] as const)
		)
	);

	it.each(cases)(
		'never verifies an %s token HMAC’d with %s as the secret (variant %i)',
		async (alg, _, _variant, key, secret) => {
			const token = hmacToken(secret, { alg });
			for (const keyEncoding of ['auto', 'utf8', 'base64', 'base64url', 'hex'] as KeyEncoding[]) {
				const report = await inspectAt({ token, key, keyEncoding });
				expect(report.verdict, keyEncoding).toBe('invalid');
				expect(row(report, 'signature').status, keyEncoding).not.toBe('pass');
			}
		}
	);

	it.each([
		['a PEM public key', pem],
		['a certificate', certificate],
		['a JWK', jwk],
		['a JWKS', jwks],
		['a PEM body without its BEGIN/END lines', pemBody]
	])('names the attack when an HS256 token meets %s', async (_, key) => {
		const report = await inspectAt({ token: hmacToken(key), key });
		expect(row(report, 'algorithm')).toMatchObject({ status: 'fail', code: 'algorithm.confusion' });
		expect(report.signature.tried.map((t) => t.outcome)).toEqual(['skipped']);
	});

	it('names the attack for an EC and an Ed25519 key as well', async () => {
		for (const name of ['es256', 'eddsa'] as const) {
			const key = keyText(name, 'pem');
			const report = await inspectAt({ token: hmacToken(key), key });
			expect(row(report, 'algorithm').code).toBe('algorithm.confusion');
			expect(report.verdict).toBe('invalid');
		}
	});
});

describe('unsecured tokens ("alg": "none") are never valid', () => {
	const unsecured = (alg: string, signature = '') =>
		`${part({ alg, typ: 'JWT' })}.${part(CLAIMS)}.${signature}`;
	const withHmac = (alg: string) =>
		signWith('hs256', { alg, typ: 'JWT' }, CLAIMS, { signAs: 'HS256' });

	const tokens = ['none', 'None', 'NONE', 'nOnE'].flatMap((alg) => [
		[alg, 'no signature', unsecured(alg)],
		[alg, 'a junk signature', unsecured(alg, 'c2lnbmF0dXJl')],
		[alg, 'a genuine HMAC', withHmac(alg)]
	]);
	const keys: Array<[string, string | undefined]> = [
		['no key', undefined],
		['the HMAC secret', SECRET],
		['an RSA key', keyText('rs256', 'pem')],
		['a JWKS', keyText('rs256', 'jwks')]
	];

	it.each(
		tokens.flatMap(([alg, what, token]) =>
			keys.map(([k, key]) => [alg, what, k, token!, key] as const)
		)
	)('fails "alg": "%s" with %s and %s', async (_, __, ___, token, key) => {
		const report = await inspectAt({ token, ...(key !== undefined ? { key } : {}) });
		expect(row(report, 'algorithm')).toMatchObject({ status: 'fail', code: 'algorithm.none' });
		expect(row(report, 'signature').status).not.toBe('pass');
		expect(report.signature.verifiedWith).toBeUndefined();
		expect(report.verdict).toBe('invalid');
	});
});

function fixtureJwk(name: KeyName): unknown {
	return JSON.parse(keyText(name, 'jwk'));
}
