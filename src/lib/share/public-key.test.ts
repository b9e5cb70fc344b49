import { describe, expect, it } from 'vitest';
import { fixture, keyText } from '$lib/testing/fixtures';
import { shareableKey } from './public-key';

const rsa = fixture('rs256');

describe('shareableKey', () => {
	it.each([
		['a public JWK', keyText('rs256', 'jwk')],
		[
			'a JWKS of public keys',
			JSON.stringify({ keys: [rsa.publicJwk, fixture('es256').publicJwk] })
		],
		['an SPKI PEM', keyText('rs256', 'pem')],
		['a PKCS #1 public PEM', keyText('rs256', 'pkcs1')],
		['a certificate', keyText('rs256', 'certificate')]
	])('carries %s', (_, text) => {
		expect(shareableKey(text)).toBeDefined();
	});

	it.each([
		['an HMAC secret', keyText('hs256', 'secret')],
		['a secret JWK', keyText('hs256', 'private-jwk')],
		['a private RSA JWK', keyText('rs256', 'private-jwk')],
		['a private EC JWK', keyText('es256', 'private-jwk')],
		[
			'a JWKS with one private key among public ones',
			JSON.stringify({ keys: [rsa.publicJwk, rsa.privateJwk] })
		],
		['a private PEM', (rsa as { privatePem?: string }).privatePem!],
		[
			'a public PEM followed by a private one',
			`${keyText('rs256', 'pem')}\n${(rsa as { privatePem?: string }).privatePem!}`
		],
		['an empty JWKS', '{"keys":[]}'],
		['JSON that is not a key', '{"kid":"x"}'],
		['broken JSON', '{"kty":"RSA",'],
		['base64 that might be anything', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
		['nothing', '   ']
	])('never carries %s', (_, text) => {
		expect(shareableKey(text)).toBeUndefined();
	});

	it('sends a JWK as compact JSON', () => {
		const pretty = JSON.stringify({ keys: [rsa.publicJwk] }, null, 2);
		expect(shareableKey(pretty)).toBe(JSON.stringify({ keys: [rsa.publicJwk] }));
	});

	it('keeps only the PEM blocks, not the text around them', () => {
		const pem = keyText('rs256', 'pem').trim();
		expect(shareableKey(`my key:\n${pem}\nthanks`)).toBe(pem);
	});
});
