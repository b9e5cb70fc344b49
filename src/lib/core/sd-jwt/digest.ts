// The digest of a disclosure or of a presented SD-JWT (RFC 9901 §4.2.3, §4.3.1): base64url of the hash of the
// text's ASCII bytes as it appears in the SD-JWT, never of the JSON it decodes to. WebCrypto only (Node, browser,
// Web Worker alike).
import { encodeBase64url } from '../token/base64url';

/**
 * The `_sd_alg` names WebCrypto can compute: the IANA "Named Information Hash Algorithm" names (RFC 6920 §9.4)
 * that RFC 9901 §4.1.1 requires `_sd_alg` to use. `sha-256` is the default when `_sd_alg` is absent (§4.1.1).
 */
const WEBCRYPTO_HASH: Record<string, string> = {
	'sha-256': 'SHA-256',
	'sha-384': 'SHA-384',
	'sha-512': 'SHA-512'
};

/** Whether `alg` is a hash name this inspector can compute digests with. */
export function isKnownHash(alg: string): boolean {
	return Object.hasOwn(WEBCRYPTO_HASH, alg);
}

/** base64url(hash(ASCII(text))) with the `_sd_alg` hash `alg` (one isKnownHash accepts). */
export async function disclosureDigest(text: string, alg: string): Promise<string> {
	const name = WEBCRYPTO_HASH[alg];
	if (!name) throw new TypeError(`disclosureDigest: unsupported hash ${alg}`);
	const digest = await crypto.subtle.digest(name, new TextEncoder().encode(text));
	return encodeBase64url(new Uint8Array(digest));
}
