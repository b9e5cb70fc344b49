// What the signer says, as data: each finding has a stable code that tests and the page switch on, a
// severity (an error means nothing was signed; a warning rides along with the token) and a sentence.

/**
 * Every JWS algorithm jose 6 signs with in a browser's WebCrypto (RFC 7518 §3.1, RFC 8037 §3.1, and RFC 9864's
 * "Ed25519", which names the curve in the algorithm). Not offered: "none" (an unsecured JWS, RFC 7518 §3.6,
 * is not a signature), ES256K and Ed448 (WebCrypto has neither curve in most browsers).
 */
export const SIGNING_ALGORITHMS = [
	'HS256',
	'HS384',
	'HS512',
	'RS256',
	'RS384',
	'RS512',
	'PS256',
	'PS384',
	'PS512',
	'ES256',
	'ES384',
	'ES512',
	'EdDSA',
	'Ed25519'
] as const;

export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
	return (SIGNING_ALGORITHMS as readonly unknown[]).includes(value);
}

export type SignCode =
	/** The header or payload is not JSON, or not a JSON object (RFC 7515 §4, RFC 7519 §7.2). */
	| 'sign.header-json'
	| 'sign.payload-json'
	/** The header asks for "none": an unsecured token is not a signed one (RFC 7518 §3.6, RFC 8725 §3.2). */
	| 'sign.alg-none'
	/** The header's "alg" is not the Algorithm chosen. */
	| 'sign.alg-differs'
	| 'sign.no-key'
	| 'sign.secret-encoding'
	| 'sign.secret-empty'
	/** Shorter than the hash (RFC 7518 §3.2): signed, with a warning. */
	| 'sign.secret-short'
	/** A known example secret (RFC 8725 §3.5): signed, with a warning. */
	| 'sign.secret-weak'
	/** A key used as an HMAC secret: the algorithm-confusion attack (RFC 8725 §2.1). */
	| 'sign.public-key-as-secret'
	/** A public key where a private one is needed. */
	| 'sign.public-key'
	/** The key's type or curve does not fit the algorithm (RFC 7518 §3.1). */
	| 'sign.key-mismatch'
	| 'sign.rsa-too-small'
	| 'sign.key-unreadable';

export interface SignFinding {
	code: SignCode;
	severity: 'error' | 'warning';
	message: string;
}
