// After decryption (issue 19, item 4): a nested JWT is judged as if pasted, a claims JWE gets the claim checks,
// and the verdict is valid only for a verified nested JWS or a claims JWE under a key management the user shares.
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { AUDIENCE, ISSUER, NOW, keyText, mint, row } from '$lib/testing/fixtures';
import { encrypt, recipient, secret } from '$lib/testing/jwe-fixtures';

const rsa = recipient('rsa');
const inner = mint('hs256');
const claims = JSON.stringify({
	iss: ISSUER,
	aud: AUDIENCE,
	sub: 'alice',
	exp: NOW.getTime() / 1000 + 600
});

function inspectJwe(token: string, decryptionKey: string, key?: string) {
	return inspect({
		token,
		now: NOW,
		audience: AUDIENCE,
		issuer: ISSUER,
		decryptionKey,
		...(key ? { key } : {})
	});
}

describe('a nested JWT inside a JWE', () => {
	it('is judged as if pasted: valid with the verification key, the JWE layer beside it', async () => {
		const token = await encrypt(
			inner,
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: 'enc-1' },
			rsa.publicKey
		);
		const report = await inspectJwe(token, rsa.pkcs8, keyText('hs256'));
		expect(report.verdict).toBe('valid');
		expect(row(report, 'signature').code).toBe('signature.verified');
		expect(report.token).toMatchObject({ kind: 'jws', normalized: inner });
		expect(report.jwe).toMatchObject({
			alg: 'RSA-OAEP-256',
			enc: 'A256GCM',
			kid: 'enc-1',
			cty: 'JWT',
			content: 'jwt'
		});
		expect(report.format).toBe('jwe');
		// The rows judge the inner token, whose spans are not in the pasted text: none is given to the editor.
		expect(report.diagnostics).toEqual([]);
	});

	it('sizes the Authorization header by the JWE that is sent, not the token inside', async () => {
		const token = await encrypt(
			inner,
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' },
			rsa.publicKey
		);
		const report = await inspectJwe(token, rsa.pkcs8, keyText('hs256'));
		expect(row(report, 'size').detail).toContain(
			`${token.length + 'Authorization: Bearer '.length} bytes`
		);
	});

	it('is unverified without the verification key, though it decrypted', async () => {
		const token = await encrypt(
			inner,
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' },
			rsa.publicKey
		);
		const report = await inspectJwe(token, rsa.pkcs8);
		expect(row(report, 'decryption').status).toBe('pass');
		expect(report.verdict).toBe('unverified');
	});

	it('gets every expectation: an expired inner token is invalid', async () => {
		const expired = mint('hs256', { exp: NOW.getTime() / 1000 - 3600 });
		const token = await encrypt(
			expired,
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' },
			rsa.publicKey
		);
		const report = await inspectJwe(token, rsa.pkcs8, keyText('hs256'));
		expect(row(report, 'exp')).toMatchObject({ status: 'fail', code: 'exp.expired' });
		expect(report.verdict).toBe('invalid');
	});
});

describe('a claims set inside a JWE', () => {
	it('gets the claim checks and is valid under a shared key (dir)', async () => {
		const key = secret(32);
		const token = await encrypt(claims, { alg: 'dir', enc: 'A256GCM' }, key.bytes);
		const report = await inspectJwe(token, key.text);
		expect(row(report, 'aud').status).toBe('pass');
		expect(row(report, 'iss').status).toBe('pass');
		expect(row(report, 'signature')).toMatchObject({
			status: 'info',
			code: 'signature.jwe-shared-key'
		});
		expect(report.verdict).toBe('valid');
	});

	it('is never valid under RSA-OAEP: anyone with the public key can make one', async () => {
		const token = await encrypt(claims, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsa.publicKey);
		const report = await inspectJwe(token, rsa.pkcs8);
		expect(row(report, 'aud').status).toBe('pass');
		expect(row(report, 'signature')).toMatchObject({
			status: 'warn',
			code: 'signature.jwe-public-key'
		});
		expect(report.verdict).toBe('unverified');
	});

	it('fails its claim checks like any token: the wrong audience', async () => {
		const key = secret(32);
		const token = await encrypt(
			JSON.stringify({ aud: 'someone-else' }),
			{ alg: 'dir', enc: 'A256GCM' },
			key.bytes
		);
		const report = await inspectJwe(token, key.text);
		expect(row(report, 'aud').status).toBe('fail');
		expect(report.verdict).toBe('invalid');
	});

	it('shows a plaintext that is not a token as its payload text', async () => {
		const key = secret(32);
		const token = await encrypt('hello, world', { alg: 'dir', enc: 'A256GCM' }, key.bytes);
		const report = await inspectJwe(token, key.text);
		expect(report.token).toMatchObject({ payloadKind: 'text', payloadText: 'hello, world' });
		expect(report.verdict).toBe('unverified');
	});
});

describe('a JWE that does not open', () => {
	it('is never valid, whatever else passes', async () => {
		const token = await encrypt(claims, { alg: 'dir', enc: 'A256GCM' }, secret(32).bytes);
		expect((await inspectJwe(token, '')).verdict).toBe('unverified');
		expect((await inspectJwe(token, secret(32).text)).verdict).toBe('invalid');
	});
});
