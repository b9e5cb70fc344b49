// The algorithm table: what each JWS algorithm needs of a key, and the names that are not JWS algorithms.
import { describe, expect, it } from 'vitest';
import { ALGORITHMS, UNSUPPORTED_ALGORITHMS, isJweAlgorithm, keyNeed } from './algorithms';
import { CURVES } from './keys/oids';

describe('ALGORITHMS', () => {
	it('has every signature algorithm of RFC 7518 §3.1, RFC 8037 and RFC 9864 that WebCrypto verifies', () => {
		expect(Object.keys(ALGORITHMS).sort()).toEqual(
			[
				...['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'],
				...['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']
			].sort()
		);
	});

	it.each(Object.entries(ALGORITHMS).filter(([alg]) => /^[HRPE]S\d{3}$/.test(alg)))(
		'%s hashes with SHA-2 of the size its name says',
		(alg, spec) => {
			expect(spec.hashBytes * 8).toBe(Number(alg.slice(2)));
		}
	);

	it.each([
		['ES256', 'P-256'],
		['ES384', 'P-384'],
		['ES512', 'P-521']
	])('%s signatures are R‖S, twice the %s coordinate size (RFC 7518 §3.4)', (alg, crv) => {
		const curve = Object.values(CURVES).find((c) => c.crv === crv)!;
		expect(ALGORITHMS[alg]).toMatchObject({ kty: 'EC', crv, signatureBytes: 2 * curve.size });
	});

	it('gives HMAC, RSA and RSA-PSS no fixed signature length in the table', () => {
		for (const spec of Object.values(ALGORITHMS).filter((s) => s.kty === 'oct' || s.kty === 'RSA'))
			expect(spec.signatureBytes).toBeUndefined();
	});

	it('keeps the unsupported algorithms apart from the supported ones', () => {
		for (const alg of Object.keys(UNSUPPORTED_ALGORITHMS))
			expect(Object.hasOwn(ALGORITHMS, alg), alg).toBe(false);
	});

	it('does not let a name inherited from Object pass as an algorithm', () => {
		expect(Object.hasOwn(ALGORITHMS, 'constructor')).toBe(false);
	});
});

describe('isJweAlgorithm', () => {
	it.each([
		'RSA-OAEP',
		'RSA-OAEP-256',
		'RSA1_5',
		'dir',
		'A256KW',
		'ECDH-ES',
		'A256GCM',
		'PBES2-HS256+A128KW'
	])('recognises %s as a JWE algorithm', (alg) => {
		expect(isJweAlgorithm(alg)).toBe(true);
	});

	it.each([...Object.keys(ALGORITHMS), 'none', 'rsa-oaep'])('does not take %s for one', (alg) => {
		expect(isJweAlgorithm(alg)).toBe(false);
	});
});

describe('keyNeed', () => {
	it('names the curve for EC and OKP algorithms', () => {
		expect(keyNeed(ALGORITHMS.ES384!)).toContain('P-384');
		expect(keyNeed(ALGORITHMS.EdDSA!)).toContain('Ed25519');
	});
});
