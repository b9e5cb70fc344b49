// The decryption row through inspect(): every way a JWE opens or does not, each with its stable code.
import { describe, expect, it, vi } from 'vitest';
import { inspect } from '../index';
import { NOW, row } from '$lib/testing/fixtures';
import { alterPart, encrypt, recipient, secret } from '$lib/testing/jwe-fixtures';
import { MAX_INFLATED_BYTES, MAX_PBES2_COUNT } from '../decrypt/jwe-algorithms';

const CLAIMS = JSON.stringify({ sub: 'alice', exp: NOW.getTime() / 1000 + 600 });
const b64u = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function decryption(token: string, decryptionKey?: string) {
	const report = await inspect({
		token,
		now: NOW,
		...(decryptionKey !== undefined ? { decryptionKey } : {})
	});
	return row(report, 'decryption');
}

const rsa = recipient('rsa');
const otherRsa = recipient('rsa');
const p256 = recipient('P-256');
const x25519 = recipient('x25519');

describe('decryption', () => {
	it('skips a token that is not a JWE', async () => {
		const jws = `${b64u({ alg: 'HS256' })}.${b64u({})}.c2ln`;
		expect(await decryption(jws, 'secret')).toMatchObject({
			status: 'skip',
			code: 'decryption.not-jwe'
		});
	});

	it('skips a JWE when no decryption key is supplied', async () => {
		const token = await encrypt(CLAIMS, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsa.publicKey);
		expect(await decryption(token)).toMatchObject({ status: 'skip', code: 'decryption.no-key' });
	});

	it.each([
		['a private JWK', () => JSON.stringify(rsa.jwk)],
		['a PKCS #8 PEM', () => rsa.pkcs8],
		['a PKCS #1 "RSA PRIVATE KEY" PEM', () => rsa.legacy!],
		[
			'a JWKS whose kid matches',
			() =>
				JSON.stringify({
					keys: [
						{ ...otherRsa.jwk, kid: 'b' },
						{ ...rsa.jwk, kid: 'a' }
					]
				})
		]
	])('decrypts RSA-OAEP-256 with %s', async (_, key) => {
		const token = await encrypt(
			CLAIMS,
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'a' },
			rsa.publicKey
		);
		expect(await decryption(token, key())).toMatchObject({
			status: 'pass',
			code: 'decryption.decrypted'
		});
	});

	it('decrypts ECDH-ES on P-256 with a SEC1 "EC PRIVATE KEY" PEM', async () => {
		const token = await encrypt(CLAIMS, { alg: 'ECDH-ES', enc: 'A128CBC-HS256' }, p256.publicKey);
		expect(await decryption(token, p256.legacy!)).toMatchObject({ code: 'decryption.decrypted' });
	});

	it('decrypts ECDH-ES+A256KW on X25519 with a private JWK', async () => {
		const token = await encrypt(
			CLAIMS,
			{ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' },
			x25519.publicKey
		);
		expect(await decryption(token, JSON.stringify(x25519.jwk))).toMatchObject({
			code: 'decryption.decrypted'
		});
	});

	it.each([
		['dir', 'A256GCM', 32],
		['A128KW', 'A128CBC-HS256', 16],
		['A256GCMKW', 'A256GCM', 32]
	])('decrypts %s with a base64url shared secret', async (alg, enc, bytes) => {
		const key = secret(bytes);
		const token = await encrypt(CLAIMS, { alg, enc }, key.bytes);
		expect(await decryption(token, key.text)).toMatchObject({ code: 'decryption.decrypted' });
	});

	it('decrypts PBES2 with a password', async () => {
		const token = await encrypt(
			CLAIMS,
			{ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' },
			new TextEncoder().encode('correct horse'),
			{ p2c: 2048 }
		);
		expect(await decryption(token, 'correct horse')).toMatchObject({
			code: 'decryption.decrypted'
		});
	});

	it('fails when the key type does not fit alg: an RSA key for a dir token', async () => {
		const token = await encrypt(CLAIMS, { alg: 'dir', enc: 'A256GCM' }, secret(32).bytes);
		expect(await decryption(token, rsa.pkcs8)).toMatchObject({
			status: 'fail',
			code: 'decryption.key-type'
		});
	});

	it('fails when a secret cannot be the length alg needs', async () => {
		const token = await encrypt(CLAIMS, { alg: 'A256KW', enc: 'A256GCM' }, secret(32).bytes);
		expect(await decryption(token, 'short')).toMatchObject({
			status: 'fail',
			code: 'decryption.key-type'
		});
	});

	it('fails when no key in the set has the token kid', async () => {
		const token = await encrypt(
			CLAIMS,
			{ alg: 'RSA-OAEP', enc: 'A256GCM', kid: 'missing' },
			rsa.publicKey
		);
		const set = JSON.stringify({
			keys: [
				{ ...rsa.jwk, kid: 'a' },
				{ ...otherRsa.jwk, kid: 'b' }
			]
		});
		expect(await decryption(token, set)).toMatchObject({
			status: 'fail',
			code: 'decryption.kid-not-found'
		});
	});

	it('fails as unwrap-failed with the wrong key-wrapping secret (A256KW)', async () => {
		const token = await encrypt(CLAIMS, { alg: 'A256KW', enc: 'A256GCM' }, secret(32).bytes);
		expect(await decryption(token, secret(32).text)).toMatchObject({
			status: 'fail',
			code: 'decryption.unwrap-failed'
		});
	});

	it('fails as unwrap-failed with the wrong RSA private key', async () => {
		const token = await encrypt(CLAIMS, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsa.publicKey);
		expect(await decryption(token, otherRsa.pkcs8)).toMatchObject({
			code: 'decryption.unwrap-failed'
		});
	});

	it('fails as tag-mismatch when the ciphertext was altered under the right key', async () => {
		const key = secret(32);
		const token = await encrypt(CLAIMS, { alg: 'A256KW', enc: 'A256GCM' }, key.bytes);
		expect(await decryption(alterPart(token, 3), key.text)).toMatchObject({
			status: 'fail',
			code: 'decryption.tag-mismatch'
		});
	});

	it('fails as tag-mismatch for dir under another secret', async () => {
		const token = await encrypt(CLAIMS, { alg: 'dir', enc: 'A256GCM' }, secret(32).bytes);
		expect(await decryption(token, secret(32).text)).toMatchObject({
			code: 'decryption.tag-mismatch'
		});
	});

	it('fails on an unsupported algorithm', async () => {
		const token = `${b64u({ alg: 'A512KW', enc: 'A256GCM' })}.AAAA.AAAA.AAAA.AAAA`;
		expect(await decryption(token, secret(32).text)).toMatchObject({
			status: 'fail',
			code: 'decryption.unsupported-alg'
		});
	});

	it('refuses RSA1_5 (padding oracle), never crashing', async () => {
		const token = `${b64u({ alg: 'RSA1_5', enc: 'A128CBC-HS256' })}.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
		expect(await decryption(token, rsa.pkcs8)).toMatchObject({
			status: 'fail',
			code: 'decryption.rsa1_5-refused'
		});
	});

	it('refuses a PBES2 count above the bound without deriving', async () => {
		const header = {
			alg: 'PBES2-HS256+A128KW',
			enc: 'A128GCM',
			p2s: 'c2FsdHNhbHQ',
			p2c: MAX_PBES2_COUNT + 1
		};
		const token = `${b64u(header)}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
		expect(await decryption(token, 'password')).toMatchObject({
			status: 'fail',
			code: 'decryption.pbes2-count'
		});
	});

	it('refuses content that inflates past the bound (zip: DEF)', async () => {
		const key = secret(32);
		// jose deflates it (CompressionStream): a few hundred bytes that inflate past the bound.
		const bomb = new Uint8Array(MAX_INFLATED_BYTES + 1).fill(0x61);
		const token = await encrypt(bomb, { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, key.bytes);
		expect(token.length).toBeLessThan(2000);
		expect(await decryption(token, key.text)).toMatchObject({
			status: 'fail',
			code: 'decryption.inflate-bound'
		});
	});

	it('inflates zip: DEF content within the bound', async () => {
		const key = secret(32);
		const token = await encrypt(CLAIMS, { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, key.bytes);
		const report = await inspect({ token, now: NOW, decryptionKey: key.text });
		expect(row(report, 'decryption').code).toBe('decryption.decrypted');
		expect(report.token.claims).toMatchObject({ sub: 'alice' });
		expect(report.jwe).toMatchObject({ alg: 'dir', enc: 'A256GCM', zip: 'DEF', content: 'claims' });
	});

	it("says an Auth0 dir token is for its issuer when the user's key does not open it", async () => {
		const header = { alg: 'dir', enc: 'A256GCM', iss: 'https://example-tenant.us.auth0.com/' };
		const token = await encrypt(CLAIMS, header, secret(32).bytes);
		expect(await decryption(token, secret(32).text)).toMatchObject({
			status: 'info',
			code: 'decryption.issuer-only'
		});
	});

	it('says a browser without 192-bit AES (Chromium) cannot open A192 content, not that the key is wrong', async () => {
		const key = secret(24);
		const token = await encrypt(CLAIMS, { alg: 'A192KW', enc: 'A192GCM' }, key.bytes);
		const importKey = crypto.subtle.importKey.bind(crypto.subtle);
		// Chromium's own refusal, as WebCrypto raises it there.
		const spy = vi
			.spyOn(crypto.subtle, 'importKey')
			.mockImplementation((...args: Parameters<typeof importKey>) => {
				const bytes = args[1] as Uint8Array;
				if (args[0] === 'raw' && bytes.byteLength === 24)
					return Promise.reject(
						new DOMException('192-bit AES keys are not supported', 'OperationError')
					);
				return importKey(...args);
			});
		try {
			expect(await decryption(token, key.text)).toMatchObject({
				status: 'fail',
				code: 'decryption.unsupported-alg'
			});
		} finally {
			spy.mockRestore();
		}
	});

	it('fails on a key that is only public, and names it', async () => {
		const token = await encrypt(CLAIMS, { alg: 'RSA-OAEP', enc: 'A256GCM' }, rsa.publicKey);
		const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = rsa.jwk;
		const report = await inspect({ token, now: NOW, decryptionKey: JSON.stringify(publicJwk) });
		expect(row(report, 'decryption')).toMatchObject({
			status: 'fail',
			code: 'decryption.key-type'
		});
		expect(report.decryptionKey?.findings.map((f) => f.code)).toEqual([
			'decryption-key.public-only'
		]);
	});
});
