// Verification: every algorithm verifies with its key and fails with another; the keys tried are chosen by the
// key (type, curve, kid, alg, use, key_ops), never by the token; and only keys the user supplied count.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySignature, type Verification } from './verify-signature';
import { readKey } from '../keys/read-key';
import { parseToken } from '../token/parse';
import {
	CLAIMS,
	TOKENS,
	fixture,
	inspectAt,
	keyText,
	mint,
	part,
	row,
	signWith,
	type KeyName
} from '$lib/testing/fixtures';

const spkiPem = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString();
const otherP256 = spkiPem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
const otherP384 = spkiPem(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey);
const otherP521 = spkiPem(generateKeyPairSync('ec', { namedCurve: 'P-521' }).publicKey);
const otherEd25519 = spkiPem(generateKeyPairSync('ed25519').publicKey);

const publicJwk = (name: KeyName): Record<string, unknown> => ({ ...fixture(name).publicJwk });
const jwks = (...keys: unknown[]) => JSON.stringify({ keys });
/** A token signed by a fixture key under another algorithm of its family. */
const signedAs = (name: KeyName, alg: string, header: Record<string, unknown> = {}) =>
	signWith(name, { alg, typ: 'JWT', ...header }, CLAIMS, { signAs: alg });
/** The HS256 fixture secret with its first character changed. */
const otherSecret = (name: KeyName) => {
	const secret = keyText(name, 'secret');
	return (secret[0] === 'x' ? 'y' : 'x') + secret.slice(1);
};

function verify(token: string, key: string): Promise<Verification> {
	return verifySignature(parseToken(token), readKey(key));
}

describe('every algorithm verifies with the right key and fails with a wrong one', () => {
	it.each([
		['HS256', TOKENS.hs256!, keyText('hs256', 'secret'), otherSecret('hs256')],
		['HS384', TOKENS.hs384!, keyText('hs384', 'secret'), otherSecret('hs384')],
		['HS512', TOKENS.hs512!, keyText('hs512', 'secret'), otherSecret('hs512')],
		['HS256 (as a JWK)', TOKENS.hs256!, keyText('hs256', 'jwk'), otherSecret('hs256')],
		['RS256', TOKENS.rs256!, keyText('rs256', 'jwk'), keyText('rsOther', 'pem')],
		['RS384', signedAs('rs256', 'RS384'), keyText('rs256', 'pem'), keyText('rsOther', 'pem')],
		['RS512', signedAs('rs256', 'RS512'), keyText('rs256', 'pem'), keyText('rsOther', 'pem')],
		['PS256', TOKENS.ps256!, keyText('ps256', 'jwk'), keyText('rs256', 'pem')],
		['PS384', signedAs('ps256', 'PS384'), keyText('ps256', 'pem'), keyText('rs256', 'pem')],
		['PS512', signedAs('ps256', 'PS512'), keyText('ps256', 'pem'), keyText('rs256', 'pem')],
		['ES256', TOKENS.es256!, keyText('es256', 'jwk'), otherP256],
		['ES384', TOKENS.es384!, keyText('es384', 'jwk'), otherP384],
		['ES512', TOKENS.es512!, keyText('es512', 'jwk'), otherP521],
		['EdDSA', TOKENS.eddsa!, keyText('eddsa', 'jwk'), otherEd25519],
		['Ed25519 (RFC 9864)', signedAs('eddsa', 'Ed25519'), keyText('eddsa', 'pem'), otherEd25519]
	])('%s', async (_, token, rightKey, wrongKey) => {
		const right = await inspectAt({ token, key: rightKey });
		expect(row(right, 'signature')).toMatchObject({ status: 'pass', code: 'signature.verified' });
		expect(right.verdict).toBe('valid');

		const wrong = await inspectAt({ token, key: wrongKey });
		expect(row(wrong, 'signature')).toMatchObject({ status: 'fail', code: 'signature.mismatch' });
		expect(wrong.signature.tried.map((t) => t.outcome)).toEqual(['failed']);
		expect(wrong.verdict).toBe('invalid');
	});

	it('fails a token whose payload was changed after signing', async () => {
		const [header, , signature] = TOKENS.rs256!.split('.');
		const token = `${header}.${part({ ...CLAIMS, sub: 'admin' })}.${signature}`;
		const report = await inspectAt({ token, key: keyText('rs256', 'pem') });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
		expect(report.verdict).toBe('invalid');
	});

	it('fails an RS256 header over a signature made with PS256 padding, naming the padding', async () => {
		const token = signWith('rs256', { alg: 'RS256', typ: 'JWT' }, CLAIMS, { signAs: 'PS256' });
		const report = await inspectAt({ token, key: keyText('rs256', 'pem') });
		expect(row(report, 'signature')).toMatchObject({
			status: 'fail',
			code: 'signature.rsa-padding'
		});
		expect(report.verdict).toBe('invalid');
	});

	it('fails a PS256 header over a signature made with PKCS #1 v1.5 padding, naming the padding', async () => {
		const token = signWith('ps256', { alg: 'PS256', typ: 'JWT' }, CLAIMS, { signAs: 'RS256' });
		const report = await inspectAt({ token, key: keyText('ps256', 'pem') });
		expect(row(report, 'signature').code).toBe('signature.rsa-padding');
	});

	it('fails an RS384 header over an RS256 signature', async () => {
		const token = signWith('rs256', { alg: 'RS384', typ: 'JWT' }, CLAIMS, { signAs: 'RS256' });
		const report = await inspectAt({ token, key: keyText('rs256', 'pem') });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});
});

describe('the key decides which keys are tried', () => {
	it.each([
		['an HS256 token', TOKENS.hs256!, keyText('rs256', 'pem'), 'key.type-mismatch'],
		['an RS256 token', TOKENS.rs256!, keyText('hs256', 'secret'), 'key.type-mismatch'],
		['an ES256 token', TOKENS.es256!, keyText('rs256', 'pem'), 'key.type-mismatch'],
		['an ES256 token', TOKENS.es256!, keyText('es384', 'pem'), 'key.curve-mismatch'],
		['an EdDSA token', TOKENS.eddsa!, keyText('es256', 'pem'), 'key.type-mismatch']
	])('never tries %s with a key of another type (%#)', async (_, token, key, code) => {
		const verification = await verify(token, key);
		expect(verification.attempts.map((a) => [a.outcome, a.code])).toEqual([['skipped', code]]);
		expect(verification.verifiedBy).toBeUndefined();
		expect(verification.typeFits).toBe(false);
	});

	it('never tries a key that has an error of its own', async () => {
		const verification = await verify(mint('rsa1024'), keyText('rsa1024', 'jwk'));
		expect(verification.attempts.map((a) => a.code)).toEqual(['key.rsa-too-small']);
	});

	it.each([
		['no key', TOKENS.rs256!, '', 'signature.no-key'],
		['a JWE', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.AAAA.AAAA', 'x', 'signature.no-token'],
		[
			'an unsecured token',
			`${part({ alg: 'none' })}.${part(CLAIMS)}.`,
			'x',
			'signature.no-algorithm'
		],
		['an unknown alg', signWith('hs256', { alg: 'HS1' }, CLAIMS), 'x', 'signature.no-algorithm']
	])('tries nothing for %s', async (_, token, key, code) => {
		const verification = await verify(token, key);
		expect(verification.blocked?.code).toBe(code);
		expect(verification.attempts).toEqual([]);
	});

	it.each([
		['a broken structure', TOKENS.hs256!.replace('.', '=.')],
		['a malformed crit', signWith('hs256', { alg: 'HS256', crit: 'b64' }, CLAIMS)]
	])('does not verify a token with %s', async (_, token) => {
		const verification = await verify(token, keyText('hs256', 'secret'));
		expect(verification.blocked?.code).toBe('signature.unverifiable');
		expect(verification.verifiedBy).toBeUndefined();
	});
});

describe('choosing a key from a JWKS', () => {
	const set = jwks(publicJwk('rsOther'), publicJwk('rs256'), publicJwk('es256'));

	it('picks the key with the token’s kid and says why the others were passed over', async () => {
		const verification = await verify(TOKENS.rs256!, set);
		expect(verification.attempts.map((a) => [a.candidate.view.kid, a.outcome, a.code])).toEqual([
			['rsa-2', 'skipped', 'key.kid-other'],
			['rsa-1', 'verified', undefined],
			['ec256-1', 'skipped', 'key.kid-other']
		]);
		const report = await inspectAt({ token: TOKENS.rs256!, key: set });
		expect(report.signature).toMatchObject({ attempted: true, verifiedWith: 'key "rsa-1"' });
		expect(report.signature.tried.map((t) => [t.label, t.outcome])).toEqual([
			['key "rsa-2"', 'skipped'],
			['key "rsa-1"', 'verified'],
			['key "ec256-1"', 'skipped']
		]);
		expect(report.signature.tried[0]!.reason).toContain('rsa-2');
		expect(report.verdict).toBe('valid');
	});

	it('fails when the token’s kid is not in the set, listing the kids it has', async () => {
		const token = mint('rs256', {}, { kid: 'rsa-9' });
		const verification = await verify(token, set);
		expect(verification.kidNotFound).toEqual({
			kid: 'rsa-9',
			available: ['rsa-2', 'rsa-1', 'ec256-1']
		});
		const report = await inspectAt({ token, key: set });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.kid-not-found' });
		expect(row(report, 'key').detail).toContain('"rsa-2", "rsa-1", "ec256-1"');
		expect(report.verdict).toBe('invalid');
	});

	it('tries every key that fits when the token has no kid', async () => {
		const token = mint('rs256', {}, { kid: undefined });
		const report = await inspectAt({
			token,
			key: jwks(publicJwk('rsOther'), publicJwk('es256'), publicJwk('rs256'), {
				...publicJwk('rsOther'),
				kid: 'rsa-3'
			})
		});
		expect(report.signature.tried.map((t) => t.outcome)).toEqual([
			'failed',
			'skipped',
			'verified',
			'skipped'
		]);
		expect(report.signature.tried[3]!.reason).toMatch(/another key verified first/);
		expect(report.verdict).toBe('valid');
	});

	it.each([
		['"use": "enc"', { use: 'enc' }, 'key.use-mismatch'],
		[
			'"key_ops" without "verify"',
			{ use: undefined, key_ops: ['encrypt', 'wrapKey'] },
			'key.ops-mismatch'
		],
		['an empty "key_ops"', { use: undefined, key_ops: [] }, 'key.ops-mismatch'],
		['"alg": "PS256"', { alg: 'PS256' }, 'key.alg-mismatch'],
		['"alg": "RS512"', { alg: 'RS512' }, 'key.alg-mismatch']
	])('skips a key with %s', async (_, change, code) => {
		const key = jwks({ ...publicJwk('rs256'), ...change });
		const verification = await verify(TOKENS.rs256!, key);
		expect(verification.attempts.map((a) => [a.outcome, a.code])).toEqual([['skipped', code]]);
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code });
		expect(report.verdict).toBe('invalid');
	});

	it.each([
		['"alg": "Ed25519" verifies an EdDSA token', 'Ed25519', 'EdDSA'],
		['"alg": "EdDSA" verifies an Ed25519 token', 'EdDSA', 'Ed25519']
	])('treats EdDSA and Ed25519 as one algorithm (RFC 9864): %s', async (_, keyAlg, tokenAlg) => {
		const key = jwks({ ...publicJwk('eddsa'), alg: keyAlg });
		const token = mint('eddsa', {}, { alg: tokenAlg });
		const report = await inspectAt({ token, key });
		expect(report.signature.tried.map((t) => t.outcome)).toEqual(['verified']);
		expect(report.verdict).toBe('valid');
	});

	it('uses a key whose "key_ops" include "verify"', async () => {
		const key = jwks({ ...publicJwk('rs256'), use: undefined, key_ops: ['verify'] });
		expect((await inspectAt({ token: TOKENS.rs256!, key })).verdict).toBe('valid');
	});

	it('skips an "enc" key and goes on to the next one', async () => {
		const token = mint('rs256', {}, { kid: undefined });
		const key = jwks({ ...publicJwk('rs256'), use: 'enc' }, publicJwk('rsOther'));
		const verification = await verify(token, key);
		expect(verification.attempts.map((a) => [a.outcome, a.code])).toEqual([
			['skipped', 'key.use-mismatch'],
			['failed', 'signature.mismatch']
		]);
	});

	it('fails on a kid that two keys share', async () => {
		const key = jwks(publicJwk('rs256'), { ...publicJwk('rsOther'), kid: 'rsa-1' });
		expect((await verify(TOKENS.rs256!, key)).duplicateKid).toBe('rsa-1');
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.duplicate-kid' });
		expect(report.verdict).toBe('invalid');
	});

	it('fails a set that mixes a shared secret with public keys', async () => {
		const key = jwks(publicJwk('hs256'), publicJwk('rs256'));
		for (const token of [TOKENS.rs256!, TOKENS.hs256!]) {
			const report = await inspectAt({ token, key });
			expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.mixed-set' });
			expect(report.verdict).toBe('invalid');
		}
	});

	it('warns about a private JWK in the set, and still verifies with its public part', async () => {
		const key = jwks(fixture('rs256').privateJwk, publicJwk('es256'));
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.private-jwk' });
		expect(report.verdict).toBe('valid');
	});

	it('fails a set of one key whose kid is not the token’s', async () => {
		const key = jwks({ ...publicJwk('rs256'), kid: 'rotated' });
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key').code).toBe('key.kid-not-found');
	});
});

describe('a single key is tried whatever its kid', () => {
	it('warns when one JWK has another kid than the token, and still verifies', async () => {
		const key = JSON.stringify({ ...publicJwk('rs256'), kid: 'rotated' });
		expect((await verify(TOKENS.rs256!, key)).kidMismatch).toEqual({
			token: 'rsa-1',
			key: 'rotated'
		});
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.kid-mismatch' });
		expect(report.verdict).toBe('valid');
	});

	it('chooses among several PEM blocks by type, since PEM carries no kid', async () => {
		const key = [keyText('rsOther', 'pem'), keyText('es256', 'pem'), keyText('rs256', 'pem')].join(
			'\n'
		);
		const verification = await verify(TOKENS.rs256!, key);
		expect(verification.kidNotFound).toBeUndefined();
		expect(verification.attempts.map((a) => a.outcome)).toEqual(['failed', 'skipped', 'verified']);
		expect((await inspectAt({ token: TOKENS.rs256!, key })).verdict).toBe('valid');
	});
});

describe('only keys the user supplied count', () => {
	// An attacker's own key pair, embedded in the header of the token it signs (CVE-2018-0114).
	const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const attackerJwk = attacker.publicKey.export({ format: 'jwk' });
	const forged = signWithKey(attacker.privateKey, { alg: 'ES256', typ: 'JWT', jwk: attackerJwk });

	it('notes that a token verifies with the key in its own header', async () => {
		const verification = await verify(forged, keyText('es256', 'pem'));
		expect(verification.selfSigned).toBe(true);
		expect(verification.verifiedBy).toBeUndefined();
		expect(verification.attempts.map((a) => a.outcome)).toEqual(['failed']);
	});

	it('notes it even with no key supplied, and verifies nothing', async () => {
		const verification = await verify(forged, '');
		expect(verification.selfSigned).toBe(true);
		expect(verification.verifiedBy).toBeUndefined();
	});

	it('does not call a genuine token with an unrelated embedded key self-signed', async () => {
		const token = mint('es256', {}, { jwk: attackerJwk });
		const verification = await verify(token, keyText('es256', 'pem'));
		expect(verification.selfSigned).toBe(false);
		expect(verification.verifiedBy).toBeDefined();
	});

	it('never verifies the forged token, with or without a key', async () => {
		for (const key of [undefined, keyText('es256', 'pem'), keyText('es256', 'jwks')]) {
			const report = await inspectAt({ token: forged, ...(key !== undefined ? { key } : {}) });
			expect(report.verdict).not.toBe('valid');
			expect(report.signature.verifiedWith).toBeUndefined();
		}
	});
});

function signWithKey(privateKey: KeyObject, header: Record<string, unknown>): string {
	// Local signer for keys that are not fixtures; ES256 in the JOSE (R‖S) form.
	const input = `${part(header)}.${part(CLAIMS)}`;
	const signature = sign('sha256', Buffer.from(input), {
		key: privateKey,
		dsaEncoding: 'ieee-p1363'
	});
	return `${input}.${signature.toString('base64url')}`;
}
