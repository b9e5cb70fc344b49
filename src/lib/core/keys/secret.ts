// HMAC secrets: the bytes of a typed secret in the encoding the user chose (or UTF-8), and the candidate
// they make. Whether the text is really a public key is asked before, in confusion.ts.
import type { KeyEncoding, KeySource, KeyView } from '../types';
// Every finding made here is about the key, so its code is one of KEY_READING_CODES.
import type { KeyFinding as Finding } from './key-codes';
import type { Fault, Read } from '../read';
import { decodeBase64url } from '../token/base64url';
import { decodeBase64 } from './pem';
import { rawPublicKeyFinding } from './raw-public-key';
import { unreadable, type KeyCandidate, type KeyInput } from './key-input';
import { quoted, trimEnd } from '../text';

/** How each encoding is named in sentences. */
export const ENCODING_NAMES: Record<Exclude<KeyEncoding, 'auto'>, string> = {
	utf8: 'UTF-8',
	base64: 'base64',
	base64url: 'base64url',
	hex: 'hex'
};

/** Reads the key field as a secret in the given encoding: one HMAC candidate, or why it cannot be read. */
export function readSecret(text: string, encoding: Exclude<KeyEncoding, 'auto'>): KeyInput {
	const read = decodeSecret(text, encoding);
	const bytes = read.value;
	if (bytes === undefined) {
		const { code, message } = read.faults[0]!;
		return unreadable({ code, severity: 'error', message });
	}
	const candidate = secretCandidate(bytes, 'the secret', 'secret');
	const raw = rawPublicKeyFinding(text, bytes);
	if (raw) candidate.view.problems.push({ ...raw, severity: 'warning' });
	return {
		view: {
			kind: 'secret',
			summary: `HMAC secret, ${bytes.length} byte${bytes.length === 1 ? '' : 's'}, ${ENCODING_NAMES[encoding]}`,
			keys: [candidate.view],
			findings: []
		},
		candidates: [candidate],
		isSet: false
	};
}

/** Turns a typed secret into bytes, or gives the fault that says in words why it cannot be read so. */
export function decodeSecret(
	text: string,
	encoding: Exclude<KeyEncoding, 'auto'>
): Read<Uint8Array, Fault<'key.secret-encoding'>> {
	if (encoding === 'utf8') return { value: new TextEncoder().encode(text), faults: [] };
	if (encoding === 'hex') {
		// Bytes written 0xde, 0xad or \xde\xad, or separated by spaces, colons, commas or dashes, all count.
		const digits = text.replace(/0x|\\x/gi, '').replace(/[\s:,-]/g, '');
		const bad = /[^0-9a-fA-F]/.exec(digits);
		if (bad)
			return unreadableSecret(
				`The secret is not hex: ${quoted(bad[0])} at position ${bad.index} is not a hex digit.`
			);
		if (digits.length % 2 === 1)
			return unreadableSecret(
				`The secret is not hex: ${digits.length} digits is an odd number, and each byte takes two.`
			);
		const bytes = new Uint8Array(digits.length / 2);
		for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
		return { value: bytes, faults: [] };
	}
	// Line breaks, and the "\n" escapes a .env file or a JSON string leaves in them, are not part of base64.
	const compact = text.replace(/\\[nr]/g, '').replace(/\s+/g, '');
	if (encoding === 'base64') {
		const bytes = decodeBase64(compact);
		if (bytes) return { value: bytes, faults: [] };
		return unreadableSecret(
			`The secret is not standard base64 (A–Z, a–z, 0–9, "+", "/", optional "=" padding).${/[-_]/.test(compact) ? ' It contains "-" or "_": try base64url.' : ''}`
		);
	}
	const decoded = decodeBase64url(trimEnd(compact, '='));
	const fault = decoded.faults.find((f) => f.code !== 'b64.trailing-bits');
	if (fault)
		return unreadableSecret(
			`The secret is not base64url: ${fault.message}${/[+/]/.test(compact) ? ' It contains "+" or "/": try base64.' : ''}`
		);
	return { value: decoded.bytes, faults: [] };
}

function unreadableSecret(message: string): Read<Uint8Array, Fault<'key.secret-encoding'>> {
	return { faults: [{ code: 'key.secret-encoding', message }] };
}

/** The candidate a secret's bytes make; an empty secret is recorded as its problem. */
export function secretCandidate(
	bytes: Uint8Array,
	label: string,
	source: KeySource,
	extra: Partial<KeyView> = {}
): KeyCandidate {
	const problems: Finding[] = [];
	if (bytes.length === 0) {
		problems.push({
			code: 'key.secret-empty',
			severity: 'error',
			message:
				'The secret is empty: an HMAC needs a key of at least one byte, and RFC 7518 §3.2 asks for as many bytes as the hash output.'
		});
	}
	return {
		view: {
			label,
			kty: 'oct',
			bits: bytes.length * 8,
			source,
			hasPrivateParts: false,
			problems,
			...extra
		},
		secret: bytes
	};
}
