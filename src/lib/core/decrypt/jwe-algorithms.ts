// The JWE algorithms this inspector decrypts (RFC 7518 §4 key management, §5 content encryption), what key each
// needs, and the bounds on the inputs that cost work before anything is authenticated.

/** A key management algorithm (RFC 7518 §4.1): the key type it needs and, for a secret, its length in bytes. */
export interface KeyManagement {
	kty: 'RSA' | 'EC/OKP' | 'oct';
	/** How the secret is used: the CEK itself (`dir`), a key-wrapping key (fixed length) or a password (PBES2). */
	secret?: 'cek' | 'kek' | 'password';
	kekBytes?: number;
	/**
	 * Whether a claims set under it can be trusted as the issuer's: a shared symmetric key authenticates the
	 * sender like an HMAC does, while anyone holding the recipient's public key can encrypt (RFC 7516 §11.5,
	 * RFC 8725 §2.7: encryption is not a signature).
	 */
	authenticatesSender: boolean;
}

const rsa: KeyManagement = { kty: 'RSA', authenticatesSender: false };
const ecdh: KeyManagement = { kty: 'EC/OKP', authenticatesSender: false };
const kw = (bytes: number): KeyManagement => ({
	kty: 'oct',
	secret: 'kek',
	kekBytes: bytes,
	authenticatesSender: true
});
const pbes2: KeyManagement = { kty: 'oct', secret: 'password', authenticatesSender: true };

/** Every key management algorithm jose decrypts in browsers (RFC 7518 §4.1 table), by its "alg". */
export const KEY_MANAGEMENT: Record<string, KeyManagement> = {
	'RSA-OAEP': rsa,
	'RSA-OAEP-256': rsa,
	'RSA-OAEP-384': rsa,
	'RSA-OAEP-512': rsa,
	'ECDH-ES': ecdh,
	'ECDH-ES+A128KW': ecdh,
	'ECDH-ES+A192KW': ecdh,
	'ECDH-ES+A256KW': ecdh,
	A128KW: kw(16),
	A192KW: kw(24),
	A256KW: kw(32),
	A128GCMKW: kw(16),
	A192GCMKW: kw(24),
	A256GCMKW: kw(32),
	dir: { kty: 'oct', secret: 'cek', authenticatesSender: true },
	'PBES2-HS256+A128KW': pbes2,
	'PBES2-HS384+A192KW': pbes2,
	'PBES2-HS512+A256KW': pbes2
};

/** The content encryption algorithms (RFC 7518 §5.1) and the length of their CEK in bytes (§5.2.3–5.2.5, §5.3). */
export const CONTENT_ENCRYPTION: Record<string, { cekBytes: number }> = {
	A128GCM: { cekBytes: 16 },
	A192GCM: { cekBytes: 24 },
	A256GCM: { cekBytes: 32 },
	'A128CBC-HS256': { cekBytes: 32 },
	'A192CBC-HS384': { cekBytes: 48 },
	'A256CBC-HS512': { cekBytes: 64 }
};

/**
 * The highest PBES2 iteration count accepted. RFC 7518 §4.8.1.2 sets a minimum (1000) and no maximum, so "p2c" is
 * the sender's choice of how long the recipient computes before anything is authenticated: a denial-of-service
 * vector (RFC 8725 §3.12 asks for bounds on such inputs). jose's default bound, 10,000, is used; OWASP's 600,000
 * for PBKDF2-SHA256 is for password storage, not a token the recipient must open per request.
 */
export const MAX_PBES2_COUNT = 10_000;

/**
 * The most bytes `zip: DEF` may inflate to (RFC 7516 §4.1.3). Deflate reaches ratios over 1000:1, so a 8 KB
 * token could otherwise become megabytes of "claims" (a decompression bomb); no token is near 250 KB.
 */
export const MAX_INFLATED_BYTES = 250_000;

/** Whether `alg` names a registered key management algorithm this inspector refuses, and why. */
export const REFUSED_KEY_MANAGEMENT: Record<string, string> = {
	RSA1_5:
		'"RSA1_5" (RSAES-PKCS1-v1_5) is refused: its padding is open to Bleichenbacher padding-oracle attacks (RFC 8725 §3.2 says to avoid it, RFC 7518 §4.2 already warned), and jose, which decrypts here, no longer implements it.'
};
