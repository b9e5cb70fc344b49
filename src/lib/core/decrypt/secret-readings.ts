// The bytes a shared secret typed into the Decryption key field may stand for. A JWE key-wrapping key or
// direct CEK has a fixed length (RFC 7518 §4.4, §4.7, §5.2), so the readings whose length fits are tried, in
// the order people write secrets: as text, then base64url (a JWK's "k"), base64, hex. A PBES2 password is text.
import { decodeSecret } from '../keys/secret';

export interface SecretReading {
	bytes: Uint8Array;
	how: string;
}

const ENCODINGS = ['utf8', 'base64url', 'base64', 'hex'] as const;
const NAMES = { utf8: 'as UTF-8', base64url: 'as base64url', base64: 'as base64', hex: 'as hex' };

/** The readings of `text` of exactly `length` bytes (any length for a password), or why none fits. */
export function secretReadings(
	text: string,
	length: number | undefined
): { readings: SecretReading[] } | { problem: string } {
	if (length === undefined)
		return { readings: [{ bytes: new TextEncoder().encode(text), how: 'a password, as UTF-8' }] };
	const readings: SecretReading[] = [];
	const sizes: string[] = [];
	for (const encoding of ENCODINGS) {
		const bytes = decodeSecret(text, encoding).value;
		if (!bytes) continue;
		sizes.push(`${bytes.length} bytes ${NAMES[encoding]}`);
		if (bytes.length === length && !readings.some((r) => same(r.bytes, bytes)))
			readings.push({ bytes, how: `${length} bytes ${NAMES[encoding]}` });
	}
	if (readings.length === 0)
		return {
			problem: `needs a key of exactly ${length} bytes; the secret is ${sizes.join(', ')}.`
		};
	return { readings };
}

function same(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}
