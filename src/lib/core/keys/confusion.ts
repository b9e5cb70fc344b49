// The algorithm-confusion defence (RFC 8725 §2.1, §3.1): a public key must never become an HMAC secret,
// because anyone holding the public key could then compute the MAC and sign tokens. These functions find a
// public key however it is written: as PEM, JWK or OpenSSH text, as DER, behind quotes, inside other text,
// or under layers of base64, base64url or hex.
import { DerError, TAG, children, readTlv } from './der';
import { jwkFromPkcs1, jwkFromSpki, readCertificate, UnsupportedKey } from './public-key-der';
import { findEmbeddedKey, SCAN_LIMIT } from './embedded-key';
import { unreadable, type KeyInput } from './key-input';
import { keyTextKind, unwrapText } from './key-text';
import { decodeSecret, ENCODING_NAMES } from './secret';
import { utf8TextOf } from '../token/utf8';

/** How many layers of base64, base64url or hex are looked through for a public key. */
export const MAX_LAYERS = 3;

/**
 * Refuses text that holds a public key among other text ("PUBLIC_KEY=MIIB…", an x5c array): used as an HMAC
 * secret, anyone holding the public key could compute it (RFC 8725 §2.1).
 */
export function embeddedKeyRefusal(text: string): KeyInput | undefined {
	const found = findEmbeddedKey(text, (bytes) => publicKeyInBytes(bytes, MAX_LAYERS - 1));
	if (found === SCAN_LIMIT) {
		return unreadable({
			code: 'key.scan-limit',
			severity: 'error',
			message:
				'The text holds more runs that begin like an encoded public key than this inspector reads, so it is not used as an HMAC secret: a secret is never shaped like this. Paste the key or the secret on its own.'
		});
	}
	if (!found) return undefined;
	return unreadable({
		code: 'key.public-key-as-secret',
		severity: 'error',
		message: `The text holds a ${found.what}, written in ${found.encoding} (characters ${found.from + 1} to ${found.to}) among other text. Text holding a public key is never used as an HMAC secret: anyone with the public key could compute it (RFC 8725 §2.1). Paste the key on its own (PEM, JWK or JWKS), without the text around it.`
	});
}

/** Names the public key hidden in text, looking through up to `layers` encodings, or returns undefined. */
export function publicKeyInText(text: string, layers: number): string | undefined {
	const clean = unwrapText(text);
	const kind = keyTextKind(clean);
	if (kind) return kind;
	if (layers === 0 || clean.length === 0) return undefined;
	for (const encoding of WRAPPINGS) {
		const bytes = decodeSecret(clean, encoding).value;
		if (bytes === undefined || bytes.length === 0) continue;
		const found = publicKeyInBytes(bytes, layers - 1);
		if (found) return `${found} in ${ENCODING_NAMES[encoding]}`;
	}
	return undefined;
}

/** Names the public key that bytes are (DER, an OpenSSH blob) or spell out as text, or returns undefined. */
export function publicKeyInBytes(bytes: Uint8Array, layers: number): string | undefined {
	const label = publicDerLabel(bytes);
	if (label) return `${label} in DER`;
	if (isSshBlob(bytes)) return 'OpenSSH public key';
	const text = utf8TextOf(bytes);
	return text === undefined ? undefined : publicKeyInText(text, layers);
}

/** An OpenSSH key blob (RFC 4253 §6.6) starts with its type's length and name: "ssh-rsa", "ecdsa-sha2-…". */
function isSshBlob(bytes: Uint8Array): boolean {
	if (bytes.length < 8) return false;
	const length = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
	if (length < 7 || length > 64 || bytes.length < 4 + length) return false;
	const name = String.fromCharCode(...bytes.subarray(4, 4 + length));
	return /^(?:ssh-|ecdsa-sha2-|sk-)[a-z0-9@.+-]+$/.test(name);
}

const WRAPPINGS = ['base64', 'base64url', 'hex'] as const;

/**
 * A public key hidden in one layer of base64, base64url or hex: its DER, or the text of its PEM, JWK or
 * OpenSSH form. Random secrets never decode to either, so finding one is proof of a key.
 */
export function wrappedKey(text: string):
	| {
			what: string;
			encoding: (typeof WRAPPINGS)[number];
			der?: { label: PublicDerLabel; bytes: Uint8Array };
			text: string;
	  }
	| undefined {
	for (const encoding of WRAPPINGS) {
		const bytes = decodeSecret(text, encoding).value;
		if (bytes === undefined || bytes.length === 0) continue;
		const label = publicDerLabel(bytes);
		if (label) return { what: `${label} in DER`, encoding, der: { label, bytes }, text };
		const decoded = utf8TextOf(bytes);
		const inner = decoded === undefined ? undefined : unwrapText(decoded);
		const kind = inner !== undefined ? keyTextKind(inner) : undefined;
		if (kind) return { what: kind, encoding, text: inner! };
	}
	return undefined;
}

/** The PEM text of a DER certificate or public key, so that a bare DER is read as its PEM would be. */
export function armor(label: PublicDerLabel, der: Uint8Array): string {
	let binary = '';
	for (const byte of der) binary += String.fromCharCode(byte);
	return `-----BEGIN ${label}-----\n${btoa(binary)}\n-----END ${label}-----`;
}

type PublicDerLabel = 'CERTIFICATE' | 'PUBLIC KEY' | 'RSA PUBLIC KEY';

/** Which PEM label the bytes would carry, when they are one whole DER certificate or public key. */
function publicDerLabel(der: Uint8Array): PublicDerLabel | undefined {
	if (der[0] !== 0x30) return undefined;
	try {
		if (readTlv(der, 0).end !== der.length) return undefined;
	} catch (error) {
		if (error instanceof DerError) return undefined;
		throw error;
	}
	const readers: Array<[PublicDerLabel, (der: Uint8Array) => unknown]> = [
		['CERTIFICATE', readCertificate],
		['PUBLIC KEY', jwkFromSpki],
		['RSA PUBLIC KEY', jwkFromPkcs1]
	];
	for (const [label, read] of readers) {
		try {
			read(der);
			return label;
		} catch (error) {
			// A well-formed key of a type JWS cannot use is still a public key.
			if (error instanceof UnsupportedKey) return label;
			if (!(error instanceof DerError)) throw error;
		}
	}
	return derShape(der);
}

/**
 * The label by outline alone, for DER that is shaped like a public key or certificate but that the readers
 * refuse (an EC key with explicit curve parameters, a damaged point): it is still no secret.
 */
function derShape(der: Uint8Array): PublicDerLabel | undefined {
	try {
		const parts = children(der, readTlv(der, 0), 3);
		const tags = parts.map((p) => p.tag).join(',');
		const algorithm = (at: number) => children(der, parts[at]!, 8)[0]?.tag === TAG.oid;
		// SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING } (RFC 5280 §4.1)
		if (tags === `${TAG.sequence},${TAG.bitString}` && algorithm(0)) return 'PUBLIC KEY';
		// Certificate ::= SEQUENCE { TBSCertificate, AlgorithmIdentifier, BIT STRING } (RFC 5280 §4.1)
		if (tags === `${TAG.sequence},${TAG.sequence},${TAG.bitString}` && algorithm(1))
			return 'CERTIFICATE';
		return undefined;
	} catch (error) {
		if (error instanceof DerError) return undefined;
		throw error;
	}
}
