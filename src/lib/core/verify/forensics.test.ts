// Key forensics: when the signature fails, the report says why, and what it finds never makes a token valid.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	CLAIMS,
	TOKENS,
	fixture,
	inspectAt,
	keyText,
	mint,
	part,
	row,
	signWith
} from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

/** An HS256 token keyed with exactly these bytes. */
function hmacToken(secret: Buffer, alg = 'HS256'): string {
	const input = `${part({ alg, typ: 'JWT' })}.${part(CLAIMS)}`;
	const hash = `sha${alg.slice(2)}`;
	return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

const bytes = Buffer.from('9f2c1a7be04d3358c61e2fa0b7d4e9c1'.repeat(2), 'hex');
const base64 = bytes.toString('base64');
const base64url = bytes.toString('base64url');
const hex = bytes.toString('hex');
const text = 'a long shared secret, typed as text, 32+ bytes';

describe('an HMAC secret read in another encoding than the issuer’s (RFC 7518 §3.2)', () => {
	it.each([
		['base64 text read as UTF-8', hmacToken(bytes), base64, 'auto', 'base64'],
		[
			'base64url text read as UTF-8',
			hmacToken(bytes),
			`${base64url}-_`.slice(0, -2),
			'utf8',
			'base64'
		],
		['hex text read as UTF-8', hmacToken(bytes), hex, 'auto', 'hex'],
		[
			'UTF-8 text read as base64',
			hmacToken(Buffer.from('c2VjcmV0c2VjcmV0')),
			'c2VjcmV0c2VjcmV0',
			'base64',
			'UTF-8'
		],
		[
			'base64 text read as hex',
			hmacToken(Buffer.from('abcd'.repeat(12), 'base64')),
			'abcd'.repeat(12),
			'hex',
			'base64'
		],
		['HS512, base64 text read as UTF-8', hmacToken(bytes, 'HS512'), base64, 'auto', 'base64']
	] as const)(
		'fails %s, naming the encoding that verifies',
		async (_, token, key, keyEncoding, named) => {
			const report = await inspectAt({ token, key, keyEncoding: keyEncoding as KeyEncoding });
			const signature = row(report, 'signature');
			expect(signature).toMatchObject({ status: 'fail', code: 'signature.secret-encoding' });
			expect(signature.detail).toContain(`read as ${named}`);
			expect(report.verdict).toBe('invalid');
		}
	);

	it('finds base64url when the text only reads as base64url', async () => {
		const secret = Buffer.from('fb'.repeat(33), 'hex'); // base64url of 0xfb… is "-_-_…"
		const key = secret.toString('base64url');
		expect(key).toMatch(/[-_]/);
		const report = await inspectAt({ token: hmacToken(secret), key });
		expect(row(report, 'signature').code).toBe('signature.secret-encoding');
		expect(row(report, 'signature').detail).toContain('read as base64url');
	});

	it.each([
		['base64 text read as UTF-8', hmacToken(bytes), base64, 'base64'],
		['hex text read as UTF-8', hmacToken(bytes), hex, 'hex']
	] as const)(
		'offers the encoding that verifies as a what-if for %s (the page’s one-click reading)',
		async (_, token, key, encoding) => {
			const report = await inspectAt({ token, key });
			expect(row(report, 'signature')).toMatchObject({
				status: 'fail',
				whatIf: { input: 'keyEncoding', value: encoding }
			});
			// Taking it verifies, so the button leads where it says.
			const taken = await inspectAt({ token, key, keyEncoding: encoding });
			expect(row(taken, 'signature').code).toBe('signature.verified');
		}
	);

	it('offers no encoding for a plain mismatch', async () => {
		const report = await inspectAt({ token: hmacToken(bytes), key: text });
		expect(row(report, 'signature').whatIf).toBeUndefined();
	});

	it('verifies once the issuer’s encoding is chosen', async () => {
		const report = await inspectAt({ token: hmacToken(bytes), key: base64, keyEncoding: 'base64' });
		expect(row(report, 'signature').code).toBe('signature.verified');
		expect(report.verdict).toBe('valid');
	});

	it('says a plain mismatch when no reading verifies', async () => {
		const report = await inspectAt({ token: hmacToken(bytes), key: text });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});

	it('does not read key text longer than 16 KiB again: the cost stays bounded', async () => {
		const long = Buffer.alloc(13_000, 0x5a);
		const report = await inspectAt({ token: hmacToken(long), key: long.toString('base64') });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});

	it('never reads a public key as a secret, whatever the encoding', async () => {
		const pem = keyText('rs256', 'pem');
		const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
		const token = hmacToken(Buffer.from(body, 'base64'));
		for (const keyEncoding of ['auto', 'utf8', 'base64', 'hex'] as KeyEncoding[]) {
			const report = await inspectAt({ token, key: body, keyEncoding });
			expect(row(report, 'signature').code, keyEncoding).not.toBe('signature.secret-encoding');
			expect(report.verdict, keyEncoding).toBe('invalid');
		}
	});
});

describe('RSA padding: RS* and PS* (RFC 7518 §3.3, §3.5)', () => {
	const pem = keyText('rs256', 'pem');
	it.each([
		['RS256', 'PS256'],
		['PS256', 'RS256'],
		['RS384', 'PS384'],
		['PS512', 'RS512']
	])('fails a %s header over a %s signature, naming the padding', async (alg, signAs) => {
		const token = signWith('rs256', { alg, typ: 'JWT' }, CLAIMS, { signAs });
		const report = await inspectAt({ token, key: pem });
		expect(row(report, 'signature')).toMatchObject({
			status: 'fail',
			code: 'signature.rsa-padding'
		});
		expect(report.verdict).toBe('invalid');
	});

	it('finds the padding with the key of a JWKS that the kid chose', async () => {
		const jwks = JSON.stringify({
			keys: [fixture('rsOther').publicJwk, { ...fixture('rs256').publicJwk, alg: undefined }]
		});
		const token = signWith('rs256', { alg: 'RS256', kid: 'rsa-1' }, CLAIMS, { signAs: 'PS256' });
		const report = await inspectAt({ token, key: jwks });
		expect(row(report, 'signature').code).toBe('signature.rsa-padding');
	});

	it('says a plain mismatch when another RSA key signed', async () => {
		const token = signWith('rsOther', { alg: 'RS256' }, CLAIMS, { signAs: 'PS256' });
		const report = await inspectAt({ token, key: pem });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});
});

describe('ECDSA signatures in DER or of the wrong size (RFC 7518 §3.4)', () => {
	it('fails a DER signature and never converts it', async () => {
		const token = signWith('es256', { alg: 'ES256' }, CLAIMS, { derEcdsa: true });
		const report = await inspectAt({ token, key: keyText('es256', 'pem') });
		expect(row(report, 'signature')).toMatchObject({ status: 'fail', code: 'signature.ecdsa-der' });
		expect(report.verdict).toBe('invalid');
	});

	it.each([
		['ES256', 'es384', 'ES384'],
		['ES512', 'es256', 'ES256']
	] as const)(
		'fails an %s header over a signature of another curve’s size, naming it',
		async (alg, name, named) => {
			const token = signWith(name, { alg }, CLAIMS);
			const report = await inspectAt({ token });
			const signature = row(report, 'signature');
			expect(signature).toMatchObject({ status: 'fail', code: 'signature.length' });
			expect(signature.detail).toContain(named);
			expect(report.verdict).toBe('invalid');
		}
	);
});

describe('a key whose type does not fit the algorithm', () => {
	it.each([
		['an EC key for RS256', TOKENS.rs256!, keyText('es256', 'pem'), 'ES256'],
		['an RSA key for ES256', TOKENS.es256!, keyText('rs256', 'pem'), 'PS256'],
		['a P-384 key for ES256', TOKENS.es256!, keyText('es384', 'pem'), 'ES384'],
		['an Ed25519 key for ES256', TOKENS.es256!, keyText('eddsa', 'pem'), 'EdDSA'],
		['a P-256 key for EdDSA', TOKENS.eddsa!, keyText('es256', 'pem'), 'ES256']
	])('fails %s, naming what the key would verify', async (_, token, key, fits) => {
		const report = await inspectAt({ token, key });
		const algorithm = row(report, 'algorithm');
		expect(algorithm).toMatchObject({ status: 'fail', code: 'algorithm.key-mismatch' });
		expect(algorithm.detail).toContain(fits);
		expect(report.verdict).toBe('invalid');
	});
});

describe('a public key pasted as the secret of an HS* token (RFC 8725 §2.1)', () => {
	it.each([
		['PEM', keyText('rs256', 'pem')],
		['JWK', keyText('rs256', 'jwk')]
	])('names the algorithm-confusion attack for a %s, and is never valid', async (_, key) => {
		const token = hmacToken(Buffer.from(key));
		const report = await inspectAt({ token, key });
		expect(row(report, 'algorithm')).toMatchObject({ status: 'fail', code: 'algorithm.confusion' });
		expect(report.verdict).toBe('invalid');
	});
});

describe('a kid the key set does not have', () => {
	it('fails the key row, listing the kids present', async () => {
		const jwks = JSON.stringify({
			keys: [fixture('rsOther').publicJwk, fixture('es256').publicJwk]
		});
		const report = await inspectAt({ token: mint('rs256'), key: jwks });
		const key = row(report, 'key');
		expect(key).toMatchObject({ status: 'fail', code: 'key.kid-not-found' });
		expect(key.detail).toContain('"rsa-2"');
		expect(key.detail).toContain('"ec256-1"');
		expect(key.fix).toContain('Fetch issuer keys');
		expect(report.verdict).toBe('invalid');
	});
});

describe('a signature no key verifies', () => {
	it('says which keys were tried and why each other key was skipped', async () => {
		const jwks = JSON.stringify({
			keys: [fixture('rsOther').publicJwk, fixture('es256').publicJwk]
		});
		const report = await inspectAt({ token: mint('rs256', {}, { kid: undefined }), key: jwks });
		const signature = row(report, 'signature');
		expect(signature).toMatchObject({ status: 'fail', code: 'signature.mismatch' });
		expect(signature.detail).toContain('rsa-2');
		expect(signature.detail).toContain('ec256-1');
		expect(report.signature.tried.map((t) => t.outcome)).toEqual(['failed', 'skipped']);
	});

	it('says why every key was skipped when none could be tried', async () => {
		const key = JSON.stringify({ keys: [{ ...fixture('rs256').publicJwk, use: 'enc' }] });
		const report = await inspectAt({ token: mint('rs256'), key });
		const signature = row(report, 'signature');
		expect(signature.status).toBe('skip');
		expect(signature.detail).toContain('rsa-1');
	});
});
