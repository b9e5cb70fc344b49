import { generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compactVerify, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose';
import { SIGNING_ALGORITHMS, signToken, type SignInput } from './sign';
import { generateSigningKey } from './key-pair';
import { decodeSecret } from '$lib/core/keys/secret';

const header = '{"alg":"HS256","typ":"JWT"}';
const payload = '{"sub":"user-123","aud":"my-api","iat":1764547200,"exp":1764550800}';
const input = (over: Partial<SignInput>): SignInput => ({
	header: JSON.stringify({ typ: 'JWT' }),
	payload,
	alg: 'HS256',
	key: 'q7Vt2wN9xLp4Rz8sKd1mFh6Yc3Bj0Ga5Ue-TiWoXnQ',
	encoding: 'auto',
	...over
});
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe('signToken', () => {
	it.each(SIGNING_ALGORITHMS)(
		'signs %s with a generated key, and jose in Node verifies it',
		async (alg) => {
			const generated = await generateSigningKey(alg);
			const result = await signToken(
				input({ alg, key: generated.signingKey, encoding: generated.signingEncoding })
			);
			expect(result.findings).toEqual([]);
			const token = result.token!;
			// Verified with the public JWK the page shows (or the secret), as an API given them would.
			const key = generated.publicJwk
				? await importJWK(JSON.parse(generated.publicJwk), alg)
				: decodeSecret(generated.signingKey, 'base64url').value!;
			const verified = await compactVerify(token, key, { algorithms: [alg] });
			expect(verified.protectedHeader).toEqual({ typ: 'JWT', alg });
			expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(JSON.parse(payload));
		}
	);

	it('writes the chosen algorithm into a header that has none, and keeps one that agrees', async () => {
		const bare = await signToken(input({ header: '{"kid":"k1"}' }));
		expect(decodeProtectedHeader(bare.token!)).toEqual({ kid: 'k1', alg: 'HS256' });
		const same = await signToken(input({ header }));
		expect(decodeProtectedHeader(same.token!)).toEqual({ alg: 'HS256', typ: 'JWT' });
	});

	it.each([
		['PKCS #1 (RSA PRIVATE KEY)', 'RS256', 'rsa', 'pkcs1'],
		['SEC1 (EC PRIVATE KEY)', 'ES256', 'ec', 'sec1'],
		['PKCS #8 (PRIVATE KEY)', 'PS256', 'rsa', 'pkcs8'],
		['PKCS #8 Ed25519', 'EdDSA', 'ed25519', 'pkcs8']
	] as const)('signs with a %s PEM private key', async (_name, alg, type, format) => {
		const pair: KeyPairKeyObjectResult =
			type === 'rsa'
				? generateKeyPairSync('rsa', { modulusLength: 2048 })
				: type === 'ec'
					? generateKeyPairSync('ec', { namedCurve: 'P-256' })
					: generateKeyPairSync('ed25519');
		const pem = pair.privateKey.export({ type: format, format: 'pem' }) as string;
		const result = await signToken(input({ alg, key: pem }));
		expect(result.findings).toEqual([]);
		await expect(compactVerify(result.token!, pair.publicKey)).resolves.toBeDefined();
	});

	it('signs with a private JWK', async () => {
		const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
		const jwk = JSON.stringify(await exportJWK(privateKey));
		const result = await signToken(input({ alg: 'ES384', key: jwk }));
		await expect(compactVerify(result.token!, publicKey)).resolves.toBeDefined();
	});

	it('reads the secret in the encoding chosen', async () => {
		const result = await signToken(input({ key: '00'.repeat(32), encoding: 'hex' }));
		await expect(compactVerify(result.token!, new Uint8Array(32))).resolves.toBeDefined();
	});
});

describe('what signToken refuses or warns about', () => {
	const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
	const publicJwk = JSON.stringify(rsa.publicKey.export({ format: 'jwk' }));
	const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
	const ecPem = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

	it.each<[string, Partial<SignInput>, string]>([
		['"alg": "none" in the header', { header: '{"alg":"none"}' }, 'sign.alg-none'],
		['a header alg other than the chosen one', { header: '{"alg":"RS999"}' }, 'sign.alg-differs'],
		['a header that is not JSON', { header: '{"alg":' }, 'sign.header-json'],
		['a payload that is an array', { payload: '[1,2]' }, 'sign.payload-json'],
		['no key', { key: '' }, 'sign.no-key'],
		['a secret not in the encoding chosen', { key: 'zz', encoding: 'hex' }, 'sign.secret-encoding'],
		['a public PEM as an HMAC secret', { key: publicPem }, 'sign.public-key-as-secret'],
		['a public JWK as an HMAC secret', { key: publicJwk }, 'sign.public-key-as-secret'],
		[
			'a public PEM in base64 as an HMAC secret',
			{ key: Buffer.from(publicPem).toString('base64') },
			'sign.public-key-as-secret'
		],
		['a public PEM for RS256', { alg: 'RS256', key: publicPem }, 'sign.public-key'],
		['a public JWK for RS256', { alg: 'RS256', key: publicJwk }, 'sign.public-key'],
		['an EC P-384 key for RS256', { alg: 'RS256', key: ecPem }, 'sign.key-mismatch'],
		['an EC P-384 key for ES256', { alg: 'ES256', key: ecPem }, 'sign.key-mismatch'],
		[
			'an RSA key for EdDSA',
			{ alg: 'EdDSA', key: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string },
			'sign.key-mismatch'
		],
		[
			'a 1024-bit RSA key',
			{
				alg: 'RS256',
				key: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
					type: 'pkcs8',
					format: 'pem'
				}) as string
			},
			'sign.rsa-too-small'
		],
		[
			'a password-protected private key',
			{
				alg: 'RS256',
				key: rsa.privateKey.export({
					type: 'pkcs8',
					format: 'pem',
					cipher: 'aes-256-cbc',
					passphrase: 'pw'
				}) as string
			},
			'sign.key-unreadable'
		],
		['text that is no key for RS256', { alg: 'RS256', key: 'hello' }, 'sign.key-unreadable']
	])('refuses %s', async (_name, over, code) => {
		const result = await signToken(input(over));
		expect(result.token).toBeUndefined();
		expect(codes(result)).toContain(code);
		expect(result.findings.find((f) => f.code === code)?.severity).toBe('error');
	});

	it.each([
		['a known example secret', 'your-256-bit-secret', ['sign.secret-short', 'sign.secret-weak']],
		['a secret shorter than the hash', 'Zq8v1LmX3rT0bNc7Wy2p', ['sign.secret-short']],
		[
			'a long secret from the word lists',
			'a-string-secret-at-least-256-bits-long',
			['sign.secret-weak']
		]
	])('signs with %s, and says why it is weak', async (_name, key, expected) => {
		const result = await signToken(input({ key }));
		expect(result.token).toBeDefined();
		expect(codes(result)).toEqual(expected);
		expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
	});

	it('signs a payload that names a claim twice with its last value, and says so', async () => {
		const result = await signToken(input({ payload: '{"aud":"a","aud":"b"}' }));
		expect(codes(result)).toEqual(['sign.payload-json']);
		expect(result.findings[0]!.severity).toBe('warning');
		expect(JSON.parse(atob(result.token!.split('.')[1]!))).toEqual({ aud: 'b' });
	});

	it('never signs with the verification key of an RS256 token as the copy’s HMAC secret', async () => {
		// The alg-confusion attack (RFC 8725 §2.1): the public half, pasted as an HS256 secret.
		const jwk = await exportJWK(await (await generateKeyPair('RS256')).publicKey);
		for (const key of [JSON.stringify(jwk), JSON.stringify({ keys: [jwk] }), publicPem]) {
			const result = await signToken(input({ alg: 'HS256', key }));
			expect(codes(result)).toEqual(['sign.public-key-as-secret']);
		}
	});
});
