// Branca tokens: base62 of version (0xBA) ‖ timestamp (4 bytes, big-endian seconds) ‖ nonce (24 bytes) ‖
// XChaCha20-Poly1305 ciphertext ‖ tag (16 bytes). Source: github.com/tuupola/branca-spec (README.md, "Token
// Format" and "Base62": the alphabet 0-9A-Za-z). 45 bytes at least, so 61 base62 characters at least.
import { formatInstant } from '../time/format';
import { mask, ROTATE, type Recogniser } from './types';

export const BRANCA_CODES = ['structure.branca'] as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MIN_BYTES = 1 + 4 + 24 + 16;
// Decoding base62 is quadratic in its length: longer values are not tried (a token is a few hundred characters).
const SHAPE = /^[0-9A-Za-z]{61,2048}$/;

/** The bytes a base62 string spells (as the spec's big-number encoding: leading "0"s are zero bytes). */
export function decodeBase62(text: string): Uint8Array {
	let value = 0n;
	for (const char of text) value = value * 62n + BigInt(BASE62.indexOf(char));
	let hex = value === 0n ? '' : value.toString(16);
	if (hex.length % 2 === 1) hex = `0${hex}`;
	let zeros = 0;
	while (zeros < text.length && text[zeros] === '0') zeros++;
	const bytes = new Uint8Array(zeros + hex.length / 2);
	for (let i = 0; i < hex.length / 2; i++)
		bytes[zeros + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return bytes;
}

/** A Branca token: encrypted, readable only with its 32-byte key. */
export const recogniseBranca: Recogniser<(typeof BRANCA_CODES)[number]> = (text) => {
	if (!SHAPE.test(text)) return undefined;
	const bytes = decodeBase62(text);
	if (bytes.length < MIN_BYTES || bytes[0] !== 0xba) return undefined;
	const timestamp = ((bytes[1]! << 24) | (bytes[2]! << 16) | (bytes[3]! << 8) | bytes[4]!) >>> 0;
	return {
		format: 'branca',
		code: 'structure.branca',
		// The timestamp is outside the ciphertext (readable) but inside what the tag authenticates: without the key it
		// is what the token says, not proven.
		detail: `This is not a JWT: it is a Branca token, ${mask(text, 4)}, whose timestamp says ${formatInstant(timestamp)} (only the key can prove it). Its payload is encrypted (XChaCha20-Poly1305) with a secret key, so it cannot be decoded or verified here. ${ROTATE}`,
		fix: 'Decrypt and check it on the server that holds the Branca key, with a Branca library. An API that expects a JWT needs a token from its identity provider instead.'
	};
};
