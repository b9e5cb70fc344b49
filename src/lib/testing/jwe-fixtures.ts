// Test helpers for JWEs: recipient keys made with node:crypto and tokens encrypted with jose, so that every case
// is minted, not pasted.
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { CompactEncrypt } from 'jose';

export interface Recipient {
	publicKey: KeyObject;
	/** The private key as each form the Decryption key field reads. */
	jwk: Record<string, unknown>;
	pkcs8: string;
	/** PKCS #1 for RSA, SEC1 for EC. */
	legacy?: string;
}

/** A fresh recipient key pair: RSA 2048, an EC curve, or X25519. */
export function recipient(type: 'rsa' | 'P-256' | 'P-384' | 'P-521' | 'x25519'): Recipient {
	const { publicKey, privateKey } =
		type === 'rsa'
			? generateKeyPairSync('rsa', { modulusLength: 2048 })
			: type === 'x25519'
				? generateKeyPairSync('x25519')
				: generateKeyPairSync('ec', { namedCurve: type });
	return {
		publicKey,
		jwk: privateKey.export({ format: 'jwk' }) as Record<string, unknown>,
		pkcs8: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
		...(type === 'rsa' || type.startsWith('P-')
			? {
					legacy: privateKey
						.export({ format: 'pem', type: type === 'rsa' ? 'pkcs1' : 'sec1' })
						.toString()
				}
			: {})
	};
}

/** Encrypts `plaintext` as a compact JWE with jose under the given protected header. */
export async function encrypt(
	plaintext: string | Uint8Array,
	header: Record<string, unknown> & { alg: string; enc: string },
	key: KeyObject | Uint8Array,
	parameters: { p2c?: number } = {}
): Promise<string> {
	const bytes = typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext;
	const jwe = new CompactEncrypt(bytes).setProtectedHeader(header);
	if (parameters.p2c) jwe.setKeyManagementParameters({ p2c: parameters.p2c });
	return jwe.encrypt(key);
}

/** `n` random bytes as base64url, a JWE secret as a JWK's "k" writes it. */
export function secret(n: number): { bytes: Uint8Array; text: string } {
	const bytes = new Uint8Array(randomBytes(n));
	return { bytes, text: Buffer.from(bytes).toString('base64url') };
}

/** Changes one character in the middle of part `index` of a compact token. */
export function alterPart(token: string, index: number): string {
	const parts = token.split('.');
	const part = parts[index]!;
	const at = Math.floor(part.length / 2);
	parts[index] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
	return parts.join('.');
}
