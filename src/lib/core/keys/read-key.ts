// Reads whatever the user put in the key field: an HMAC secret, PEM (SPKI public key, PKCS #1 RSA public
// key or X.509 certificate), one JWK or a JWK Set (RFC 7517). The kind is detected from the text itself, so
// the algorithms tried are set by the key, never by the token's header (RFC 8725 §2.1, §3.1).
// This file detects the kind and dispatches; each kind has its own reader beside it.
import type { KeyEncoding } from '../types';
import { none, unreadable, type KeyInput } from './key-input';
import { keyTextKind, unwrapText } from './key-text';
import { embeddedKeyRefusal, MAX_LAYERS, armor, publicKeyInText, wrappedKey } from './confusion';
import { ENCODING_NAMES, readSecret } from './secret';
import { readPem } from './pem-key';
import { readJsonKey } from './jwks';

// The key API as the rest of the core imports it.
export { isUsable, type KeyCandidate, type KeyInput } from './key-input';
export { PRIVATE_MEMBERS } from './jwk';
export { MAX_JWKS_KEYS } from './jwks';
export { describeKey } from './describe';

/** A key input longer than this is not read: a JWKS of MAX_JWKS_KEYS RSA-4096 keys is under 1 MB. */
export const MAX_KEY_CHARS = 8 * 1024 * 1024;

/** Detects and reads the key input; never throws on what a user can type. */
export function readKey(text: string | undefined, encoding: KeyEncoding = 'auto'): KeyInput {
	if ((text ?? '').length > MAX_KEY_CHARS) {
		return unreadable({
			code: 'key.too-large',
			severity: 'error',
			message: `The key input is ${((text ?? '').length / (1024 * 1024)).toFixed(1)} MB; this inspector reads keys up to ${MAX_KEY_CHARS / (1024 * 1024)} MB (a large published JWKS is a few KB). Paste the key the token names, or the issuer's current JWKS.`
		});
	}
	const trimmed = (text ?? '').trim();
	if (trimmed.length === 0) return none();

	if (encoding !== 'auto') {
		// The user said "this is a secret"; a public key pasted as one is the algorithm-confusion attack (RFC 8725
		// §2.1, §3.1). That holds for its PEM, JWK or OpenSSH text, for its DER, and for any of them wrapped in
		// quotes or in layers of base64, base64url or hex, whatever encoding was chosen.
		const found = publicKeyInText(trimmed, MAX_LAYERS);
		if (found) {
			return unreadable({
				code: 'key.public-key-as-secret',
				severity: 'error',
				message: `This is a ${found}, but the key encoding is set to ${ENCODING_NAMES[encoding]}, which would use it as an HMAC secret. That is exactly the algorithm-confusion attack (RFC 8725 §2.1): a verifier must never use a public key as an HMAC secret. Set the encoding back to "auto".`
			});
		}
		const embedded = embeddedKeyRefusal(text ?? '');
		if (embedded) return embedded;
		// An explicit UTF-8 secret is taken exactly as typed: a secret may end in a space or a newline.
		return readSecret(encoding === 'utf8' ? (text ?? '') : trimmed, encoding);
	}
	// Keys are read through what wraps them in files and chats (quotes, a BOM, a JSON string); a secret is not.
	const clean = unwrapText(trimmed);
	const kind = keyTextKind(clean);
	if (kind === 'OpenSSH public key') {
		return unreadable({
			code: 'key.ssh-format',
			severity: 'error',
			message:
				'This is an OpenSSH public key. Convert it to PEM first: ssh-keygen -e -m PKCS8 -f key.pub'
		});
	}
	if (kind === 'PEM key') return readPem(clean);
	if (clean.startsWith('{') || clean.startsWith('[')) {
		// JSON that holds no JWK at all ({"x5c": [...]}, ["MIIC…"]) may still hold a public key in its strings.
		const json = readJsonKey(clean);
		if (json.candidates.some((c) => c.view.kty !== 'unknown')) return json;
		return embeddedKeyRefusal(text ?? '') ?? json;
	}
	// A public key in base64 or hex is still a public key: read as text it would be an HMAC secret that anyone
	// holding the public key can compute (RFC 8725 §2.1). The usual case is a PEM's base64 body without its
	// BEGIN/END lines; Kubernetes secrets and environment variables hold keys in base64 or hex too.
	const wrapped = wrappedKey(clean);
	if (wrapped) {
		const der = wrapped.der;
		const read = der ? readPem(armor(der.label, der.bytes)) : readKey(wrapped.text, 'auto');
		read.view.findings.push(
			der && wrapped.encoding === 'base64'
				? {
						code: 'key.pem-unarmored',
						severity: 'info',
						message: `Read as a ${der.label} in base64 without its "-----BEGIN ${der.label}-----" and "-----END" lines.`
					}
				: {
						code: 'key.unwrapped',
						severity: 'info',
						message: `Read as a ${wrapped.what} in ${ENCODING_NAMES[wrapped.encoding]}.`
					}
		);
		return read;
	}
	const deeper = publicKeyInText(clean, MAX_LAYERS);
	if (deeper) {
		return unreadable({
			code: 'key.public-key-as-secret',
			severity: 'error',
			message: `This is a ${deeper}: a public key encoded more than once. It is never used as an HMAC secret (RFC 8725 §2.1); decode it and paste the PEM, JWK or JWKS.`
		});
	}
	const embedded = embeddedKeyRefusal(text ?? '');
	if (embedded) return embedded;
	const read = readSecret(trimmed, 'utf8');
	if (trimmed !== text) {
		read.view.findings.push({
			code: 'key.secret-trimmed',
			severity: 'info',
			message:
				'Spaces or line breaks around the secret were removed. If they are part of the secret, choose the UTF-8 encoding to keep the text exactly as typed.'
		});
	}
	return read;
}
