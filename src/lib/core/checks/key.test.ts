// The key row: whether a usable key was found for this token, and what is wrong with the key if anything.
import { describe, expect, it } from 'vitest';
import keyFixtures from '../fixtures/keys.json';
import keyVectors from '../vectors/wycheproof/json_web_key_test.json';
import {
	NOW,
	TOKENS,
	fixture,
	inspectAt,
	keyText,
	mint,
	row,
	signWith,
	CLAIMS
} from '$lib/testing/fixtures';

const publicJwk = (name: Parameters<typeof fixture>[0]): Record<string, unknown> => ({
	...fixture(name).publicJwk
});
const rocaJwks = JSON.stringify(
	keyVectors.testGroups.find((g) => g.comment === 'jws_rsa_roca_key')!.public
);

describe('the key row', () => {
	it('is skipped with no key', async () => {
		expect(row(await inspectAt({ token: TOKENS.rs256! }), 'key')).toMatchObject({
			status: 'skip',
			code: 'key.none'
		});
	});

	it('passes the key that verified', async () => {
		expect(
			row(await inspectAt({ token: TOKENS.rs256!, key: keyText('rs256', 'jwks') }), 'key')
		).toMatchObject({ status: 'pass', code: 'key.selected' });
	});

	it('passes a key of the right type even when the signature does not verify with it', async () => {
		const report = await inspectAt({ token: TOKENS.rsOther!, key: keyText('rs256', 'pem') });
		expect(row(report, 'key')).toMatchObject({ status: 'pass', code: 'key.selected' });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});

	it('is skipped when the token leaves no key to choose (alg none)', async () => {
		const token = signWith('hs256', { alg: 'none' }, CLAIMS);
		expect(row(await inspectAt({ token, key: keyText('rs256', 'pem') }), 'key')).toMatchObject({
			status: 'skip',
			code: 'key.not-chosen'
		});
	});
});

describe('the key row when the token cannot be verified', () => {
	it.each([
		// Three "=" are no base64 padding, so no repair applies (input/repair.ts).
		['"===" after the header', (t: string) => t.replace('.', '===.')],
		['a character outside base64url in the signature', (t: string) => `${t.slice(0, -2)}*A`]
	])('names the key it chose despite %s', async (_, damage) => {
		const report = await inspectAt({ token: damage(TOKENS.rs256!), key: keyText('rs256', 'pem') });
		expect(row(report, 'signature').code).toBe('signature.unverifiable');
		expect(row(report, 'key')).toMatchObject({
			status: 'pass',
			code: 'key.selected',
			detail: 'RSA public key, 2048 bits.'
		});
		expect(report.verdict).toBe('invalid');
	});

	it('still says why a key of the wrong type would not be used', async () => {
		const token = TOKENS.rs256!.replace('.', '=.');
		const report = await inspectAt({ token, key: keyText('es256', 'pem') });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.type-mismatch' });
	});
});

describe('keys that make every signature worthless', () => {
	it.each([
		['an RSA key under 2048 bits', mint('rsa1024'), keyText('rsa1024', 'jwk'), 'key.rsa-too-small'],
		[
			'an RSA key with e = 1',
			TOKENS.rs256!,
			JSON.stringify({ ...publicJwk('rs256'), e: 'AQ' }),
			'key.rsa-bad-exponent'
		],
		['the Wycheproof ROCA key', TOKENS.rs256!, rocaJwks, 'key.roca']
	])('fails %s', async (_, token, key, code) => {
		const report = await inspectAt({ token, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code });
		expect(row(report, 'signature').status).not.toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('fails the 1024-bit key even though the signature under it is genuine', async () => {
		const report = await inspectAt({ token: mint('rsa1024'), key: keyText('rsa1024', 'jwk') });
		expect(report.signature.verifiedWith).toBeUndefined();
		expect(report.signature.tried.map((t) => t.outcome)).toEqual(['skipped']);
	});
});

describe('what the key row fails, warns about or passes', () => {
	it('fails a private PEM, and asks for the public key', async () => {
		const report = await inspectAt({
			token: TOKENS.rs256!,
			key: keyFixtures.keys.rs256.privatePem
		});
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.pem-private' });
		expect(row(report, 'key').fix).toBeDefined();
	});

	it('warns about a private JWK, and still verifies with its public part', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: keyText('rs256', 'private-jwk') });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.private-jwk' });
		expect(report.verdict).toBe('valid');
	});

	it('warns, without failing, about a private key pasted beside its certificate', async () => {
		const key = keyFixtures.keys.rs256.privatePem + '\n' + keyText('rs256', 'certificate');
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.pem-private' });
		expect(report.verdict).toBe('valid');
	});

	it('warns, without failing, about a damaged PEM block beside one that verifies', async () => {
		const key = keyText('rsOther', 'pem').replace('MII', 'M!I') + keyText('rs256', 'pem');
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.pem-damaged' });
		expect(report.verdict).toBe('valid');
	});

	it('warns about a single key whose kid is not the token’s', async () => {
		const key = JSON.stringify({ ...publicJwk('rs256'), kid: 'rsa-0' });
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.kid-mismatch' });
		expect(report.verdict).toBe('valid');
	});

	it('warns about an expired certificate', async () => {
		const report = await inspectAt({
			token: TOKENS.es256!,
			key: keyText('es256', 'certificate'),
			now: new Date(NOW.getTime() + 2 * 86400_000)
		});
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.certificate-expired' });
	});

	it('fails when none of several keys can verify the token, with a finding for each', async () => {
		const key = JSON.stringify({
			keys: [publicJwk('es256'), { ...publicJwk('rs256'), kid: undefined, use: 'enc' }]
		});
		const token = mint('rs256', {}, { kid: undefined });
		const report = await inspectAt({ token, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.no-usable-key' });
		expect(row(report, 'key').findings?.map((f) => f.code)).toEqual([
			'key.type-mismatch',
			'key.use-mismatch'
		]);
	});

	it('fails when every key in a set is broken, with the first problem', async () => {
		const key = JSON.stringify({ keys: [{ kty: 'RSA' }, { kty: 'EC', crv: 'P-256' }] });
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.jwk-missing-member' });
	});

	it('passes the key the verifier refused the token for: the refusal is about the token', async () => {
		const token = signWith('hs256', { alg: 'HS256', crit: ['exp'] }, CLAIMS);
		const report = await inspectAt({ token, key: keyText('hs256', 'secret') });
		expect(row(report, 'key')).toMatchObject({ status: 'pass', code: 'key.selected' });
		expect(row(report, 'crit').status).toBe('fail');
	});
});
