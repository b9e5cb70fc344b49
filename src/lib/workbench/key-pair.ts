// Makes a fresh key to sign test tokens with, in every form an API or this page's Verification key takes: for
// an asymmetric algorithm a key pair (jose generateKeyPair, extractable so that the private half can be shown
// as PKCS #8 for the Signing key) with its public JWK, a JWKS holding it and its SPKI PEM; for HMAC a random
// secret. The key is made in the page with WebCrypto and goes nowhere else.
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { ALGORITHMS } from '$lib/core/algorithms';
import { encodeBase64url } from '$lib/core/token/base64url';
import type { SigningAlgorithm } from './codes';

export interface GeneratedKey {
	alg: SigningAlgorithm;
	/** What goes into the Signing key field: the private key as PKCS #8 PEM, or the secret in base64url. */
	signingKey: string;
	signingEncoding: 'auto' | 'base64url';
	/** The key id: the public key's RFC 7638 thumbprint, so it names this key and no other. */
	kid?: string;
	/** The public forms, for an asymmetric algorithm only (a secret has no public half). */
	publicJwk?: string;
	jwks?: string;
	publicPem?: string;
}

/** A new key for `alg`. */
export async function generateSigningKey(alg: SigningAlgorithm): Promise<GeneratedKey> {
	const spec = ALGORITHMS[alg]!;
	if (spec.family === 'HMAC') {
		// RFC 7518 §3.2: a key at least the size of the hash output, from a CSPRNG (RFC 8725 §3.5).
		const secret = crypto.getRandomValues(new Uint8Array(spec.hashBytes));
		return { alg, signingKey: encodeBase64url(secret), signingEncoding: 'base64url' };
	}
	// RFC 7518 §3.3 asks for 2048 bits or more; jose's default modulus is 2048.
	const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
	const jwk = await exportJWK(publicKey);
	const kid = await calculateJwkThumbprint(jwk);
	// RFC 7517 §4.2 and §4.4: say what the key is for and with which algorithm, so a verifier that reads a JWKS
	// picks it for this token and no other use.
	const publicJwk = { ...jwk, kid, use: 'sig', alg };
	return {
		alg,
		signingKey: await exportPKCS8(privateKey),
		signingEncoding: 'auto',
		kid,
		publicJwk: JSON.stringify(publicJwk, null, 2),
		jwks: JSON.stringify({ keys: [publicJwk] }, null, 2),
		publicPem: await exportSPKI(publicKey)
	};
}
