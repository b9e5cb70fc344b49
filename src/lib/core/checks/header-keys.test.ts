// Keys and key URLs carried in the token's own header are never trusted and never fetched (RFC 8725 §3.10).
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLAIMS, TOKENS, inspectAt, keyText, mint, part, row } from '$lib/testing/fixtures';

// An attacker's key pair, whose public half rides in the header of the token it signs (CVE-2018-0114).
const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const attackerJwk = attacker.publicKey.export({ format: 'jwk' });
function forge(header: Record<string, unknown>): string {
	const input = `${part({ alg: 'ES256', typ: 'JWT', kid: 'ec256-1', ...header })}.${part(CLAIMS)}`;
	const signature = sign('sha256', Buffer.from(input), {
		key: attacker.privateKey,
		dsaEncoding: 'ieee-p1363'
	});
	return `${input}.${signature.toString('base64url')}`;
}
const findingCodes = (report: Awaited<ReturnType<typeof inspectAt>>) =>
	(row(report, 'header-keys').findings ?? []).map((f) => f.code);

describe('a token signed by the key it carries', () => {
	const forged = forge({ jwk: attackerJwk });

	it.each([
		['the issuer’s PEM key', keyText('es256', 'pem')],
		['the issuer’s JWK', keyText('es256', 'jwk')],
		['the issuer’s JWKS', keyText('es256', 'jwks')],
		['no key', undefined]
	])('is never valid with %s', async (_, key) => {
		const report = await inspectAt({ token: forged, ...(key !== undefined ? { key } : {}) });
		expect(report.verdict).not.toBe('valid');
		expect(row(report, 'signature').status).not.toBe('pass');
	});

	it('fails the signature against the user’s key', async () => {
		const report = await inspectAt({ token: forged, key: keyText('es256', 'pem') });
		expect(row(report, 'signature')).toMatchObject({ status: 'fail', code: 'signature.mismatch' });
		expect(report.verdict).toBe('invalid');
	});

	it('warns about the embedded key and says the token verifies only with it', async () => {
		const report = await inspectAt({ token: forged, key: keyText('es256', 'pem') });
		expect(row(report, 'header-keys')).toMatchObject({
			status: 'warn',
			code: 'header-keys.embedded'
		});
		expect(findingCodes(report)).toEqual(['header-keys.jwk', 'header-keys.self-signed']);
	});

	it('does not call it self-signed when the embedded key did not sign it', async () => {
		const report = await inspectAt({
			token: mint('es256', {}, { jwk: attackerJwk }),
			key: keyText('es256', 'pem')
		});
		expect(findingCodes(report)).toEqual(['header-keys.jwk']);
		// The user's own key verified it: the warning about the header stays, the verdict is the key's.
		expect(report.verdict).toBe('valid');
	});

	it('is not fooled by private members slipped into the embedded key', async () => {
		const privateJwk = attacker.privateKey.export({ format: 'jwk' });
		const report = await inspectAt({
			token: forge({ jwk: privateJwk }),
			key: keyText('es256', 'pem')
		});
		expect(findingCodes(report)).toContain('header-keys.self-signed');
		expect(report.verdict).toBe('invalid');
	});
});

describe('key URLs and certificates in the header', () => {
	it.each([
		['jku', { jku: 'https://attacker.example/jwks.json' }, 'header-keys.embedded'],
		['x5u', { x5u: 'https://attacker.example/cert.pem' }, 'header-keys.certificate'],
		['x5c', { x5c: ['MIIBszCCAVmgAwIBAgIU'] }, 'header-keys.certificate'],
		['jwk and x5c', { jwk: attackerJwk, x5c: ['MIIB'] }, 'header-keys.embedded']
	])('warns about %s, and verifies only with the supplied key', async (names, header, code) => {
		const report = await inspectAt({
			token: mint('es256', {}, header),
			key: keyText('es256', 'pem')
		});
		expect(row(report, 'header-keys')).toMatchObject({ status: 'warn', code });
		expect(findingCodes(report)).toEqual(names.split(' and ').map((n) => `header-keys.${n}`));
		expect(report.verdict).toBe('valid');
	});

	it('passes a header with no key and no key URL', async () => {
		expect(row(await inspectAt({ token: TOKENS.rs256! }), 'header-keys')).toMatchObject({
			status: 'pass',
			code: 'header-keys.none'
		});
	});

	it.each([
		['no key', {}, 'No key was supplied, so nothing was verified', 'the key you supplied'],
		[
			'a key that cannot be read',
			{ key: '-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----' },
			'could not be read, so nothing was verified',
			'verified only with'
		],
		[
			'the issuer’s key',
			{ key: keyText('es256', 'pem') },
			'verified only with the key you supplied',
			'nothing was verified'
		]
	])('says what it verified with, given %s', async (_, input, says, never) => {
		const report = await inspectAt({
			token: mint('es256', {}, { jku: 'https://a.example/k' }),
			...input
		});
		const check = row(report, 'header-keys');
		expect(check.status).toBe('warn');
		expect(check.detail).toContain(says);
		expect(check.detail).not.toContain(never);
	});

	it('skips a token with no readable header', async () => {
		expect(row(await inspectAt({ token: 'nope' }), 'header-keys').status).toBe('skip');
	});
});
