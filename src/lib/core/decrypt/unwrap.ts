// Tells a wrong key from an altered token once decryption failed. jose cannot say which: when unwrapping the
// content key fails it goes on with a random key (RFC 7516 §11.5, against oracles), so both end in a tag that
// does not match. Here, with the user's own key and no attacker to answer, the key-management step is redone
// alone: if it fails, the key is wrong; if it succeeds, the key is right and the content was altered.
import { decodeBase64url } from '../token/base64url';

/** `unwrap-failed`: the key could not unwrap the content key; `unwrapped`: it could; `unknown`: not checkable. */
export type UnwrapFinding = 'unwrap-failed' | 'unwrapped' | 'unknown';

const subtle = () => globalThis.crypto.subtle;
const bytesOf = (b64u: unknown): Uint8Array<ArrayBuffer> | undefined => {
	if (typeof b64u !== 'string') return undefined;
	const decoded = decodeBase64url(b64u);
	return decoded.faults.length ? undefined : new Uint8Array(decoded.bytes);
};

/** Redoes the key-management step of `alg` with `key` on the token's encrypted key; never throws on input. */
export async function checkUnwrap(
	alg: string,
	header: Record<string, unknown>,
	encryptedKey: string,
	key: CryptoKey | Uint8Array
): Promise<UnwrapFinding> {
	const wrapped = bytesOf(encryptedKey);
	if (!wrapped) return 'unknown';
	try {
		if (/^A\d{3}KW$/.test(alg) && key instanceof Uint8Array) return await aesKw(wrapped, key);
		if (/^A\d{3}GCMKW$/.test(alg) && key instanceof Uint8Array) {
			// RFC 7518 §4.7: AES-GCM over the CEK with the header's "iv" and "tag".
			const iv = bytesOf(header.iv);
			const tag = bytesOf(header.tag);
			if (!iv || !tag) return 'unknown';
			const kek = await subtle().importKey('raw', new Uint8Array(key), 'AES-GCM', false, [
				'decrypt'
			]);
			const sealed = new Uint8Array(wrapped.length + tag.length);
			sealed.set(wrapped);
			sealed.set(tag, wrapped.length);
			await subtle().decrypt({ name: 'AES-GCM', iv, tagLength: 128 }, kek, sealed);
			return 'unwrapped';
		}
		if (alg.startsWith('PBES2-') && key instanceof Uint8Array) {
			// RFC 7518 §4.8.1.1: salt = UTF8(alg) || 0x00 || p2s; PBKDF2 with HMAC-SHA-256/384/512.
			const p2s = bytesOf(header.p2s);
			if (!p2s || typeof header.p2c !== 'number') return 'unknown';
			const name = new TextEncoder().encode(alg);
			const salt = new Uint8Array(name.length + 1 + p2s.length);
			salt.set(name);
			salt.set(p2s, name.length + 1);
			const bits = Number(alg.slice(-5, -2));
			const password = await subtle().importKey('raw', new Uint8Array(key), 'PBKDF2', false, [
				'deriveBits'
			]);
			const kek = await subtle().deriveBits(
				{ name: 'PBKDF2', salt, iterations: header.p2c, hash: `SHA-${alg.slice(8, 11)}` },
				password,
				bits
			);
			return await aesKw(wrapped, new Uint8Array(kek));
		}
		if (alg.startsWith('RSA-OAEP') && !(key instanceof Uint8Array)) {
			// RFC 7518 §4.3: the OAEP decryption itself fails (its padding check) under the wrong private key.
			await subtle().decrypt({ name: 'RSA-OAEP' }, key, wrapped);
			return 'unwrapped';
		}
	} catch (error) {
		// WebCrypto reports a failed integrity check or padding as an OperationError.
		if (error instanceof DOMException || error instanceof TypeError) return 'unwrap-failed';
		throw error;
	}
	// ECDH-ES+A*KW would need the Concat KDF redone (RFC 7518 §4.6.2); dir and ECDH-ES wrap nothing.
	return 'unknown';
}

/** RFC 3394 AES Key Wrap: unwrapping checks the integrity value, so a wrong key-wrapping key fails here. */
async function aesKw(wrapped: Uint8Array<ArrayBuffer>, key: Uint8Array): Promise<UnwrapFinding> {
	const kek = await subtle().importKey('raw', new Uint8Array(key), 'AES-KW', false, ['unwrapKey']);
	await subtle().unwrapKey('raw', wrapped, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, [
		'sign'
	]);
	return 'unwrapped';
}
