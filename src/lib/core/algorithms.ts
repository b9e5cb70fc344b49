// The JWS algorithms (RFC 7518 §3, RFC 8037 §3.1) and what key each one needs. A key decides which of these
// may be tried; the header only says which one the token claims (RFC 8725 §3.1).
import { quoted } from './text';

/** What one JWS algorithm needs of a key, and the sizes that go with it. */
export interface AlgorithmSpec {
	family: 'HMAC' | 'RSA' | 'RSA-PSS' | 'ECDSA' | 'EdDSA';
	kty: 'oct' | 'RSA' | 'EC' | 'OKP';
	crv?: string;
	/** The hash output in bytes: also the minimum HMAC key size (RFC 7518 §3.2). */
	hashBytes: number;
	/** The exact signature length for ECDSA (R‖S, RFC 7518 §3.4) and EdDSA. */
	signatureBytes?: number;
}

export const ALGORITHMS: Record<string, AlgorithmSpec> = {
	HS256: { family: 'HMAC', kty: 'oct', hashBytes: 32 },
	HS384: { family: 'HMAC', kty: 'oct', hashBytes: 48 },
	HS512: { family: 'HMAC', kty: 'oct', hashBytes: 64 },
	RS256: { family: 'RSA', kty: 'RSA', hashBytes: 32 },
	RS384: { family: 'RSA', kty: 'RSA', hashBytes: 48 },
	RS512: { family: 'RSA', kty: 'RSA', hashBytes: 64 },
	PS256: { family: 'RSA-PSS', kty: 'RSA', hashBytes: 32 },
	PS384: { family: 'RSA-PSS', kty: 'RSA', hashBytes: 48 },
	PS512: { family: 'RSA-PSS', kty: 'RSA', hashBytes: 64 },
	ES256: { family: 'ECDSA', kty: 'EC', crv: 'P-256', hashBytes: 32, signatureBytes: 64 },
	ES384: { family: 'ECDSA', kty: 'EC', crv: 'P-384', hashBytes: 48, signatureBytes: 96 },
	ES512: { family: 'ECDSA', kty: 'EC', crv: 'P-521', hashBytes: 64, signatureBytes: 132 },
	EdDSA: { family: 'EdDSA', kty: 'OKP', crv: 'Ed25519', hashBytes: 64, signatureBytes: 64 },
	// RFC 9864 names the curve in the algorithm itself.
	Ed25519: { family: 'EdDSA', kty: 'OKP', crv: 'Ed25519', hashBytes: 64, signatureBytes: 64 }
};

/** Algorithms that are registered but that this inspector cannot verify, with the reason in words. */
export const UNSUPPORTED_ALGORITHMS: Record<string, string> = {
	ES256K: "ES256K (secp256k1, RFC 8812) cannot be verified with the browser's WebCrypto.",
	Ed448: 'Ed448 cannot be verified with WebCrypto in most browsers.',
	'ML-DSA-44': 'ML-DSA is not yet supported by this inspector.',
	'ML-DSA-65': 'ML-DSA is not yet supported by this inspector.',
	'ML-DSA-87': 'ML-DSA is not yet supported by this inspector.'
};

// JWE key management and content encryption algorithms (RFC 7518 §4, §5): a sign that a JWE header or a
// JWE key's "alg" ended up where a JWS one belongs.
const JWE_ALGORITHMS = new Set([
	'RSA1_5',
	'RSA-OAEP',
	'RSA-OAEP-256',
	'RSA-OAEP-384',
	'RSA-OAEP-512',
	'A128KW',
	'A192KW',
	'A256KW',
	'dir',
	'ECDH-ES',
	'ECDH-ES+A128KW',
	'ECDH-ES+A192KW',
	'ECDH-ES+A256KW',
	'A128GCMKW',
	'A192GCMKW',
	'A256GCMKW',
	'PBES2-HS256+A128KW',
	'PBES2-HS384+A192KW',
	'PBES2-HS512+A256KW',
	'A128CBC-HS256',
	'A192CBC-HS384',
	'A256CBC-HS512',
	'A128GCM',
	'A192GCM',
	'A256GCM'
]);

/** True for the names of JWE algorithms, which can never sign a JWS. */
export function isJweAlgorithm(alg: string): boolean {
	return JWE_ALGORITHMS.has(alg);
}

/** A key's type in words: "a shared secret", "an RSA key", "an EC P-256 key", "an Ed25519 key". */
export function keyTypeWords(key: { kty: string; crv?: string | undefined }): string {
	if (key.kty === 'oct') return 'a shared secret';
	if (key.kty === 'RSA') return 'an RSA key';
	if (key.kty === 'EC') return `an EC ${key.crv ?? ''} key`;
	if (key.kty === 'OKP') return `an ${key.crv ?? 'OKP'} key`;
	return 'a key of unknown type';
}

/** The key an algorithm needs, in words: "an RSA key", "an EC P-256 key", "a shared secret (HMAC key)". */
export function keyNeed(spec: AlgorithmSpec): string {
	return spec.kty === 'oct' ? 'a shared secret (HMAC key)' : keyTypeWords(spec);
}

/**
 * An algorithm as a message names it: a registered name bare (RS256), anything else quoted like every value
 * from a key or a token, since a key's "alg" may hold any text (RFC 7517 §4.4).
 */
export function algorithmName(alg: string): string {
	return Object.hasOwn(ALGORITHMS, alg) ? alg : quoted(alg, 20);
}
