import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, utf8Length, utf8TextOf } from './utf8';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
	it.each([
		['ASCII', bytes(0x7b, 0x7d), '{}'],
		['two-byte "é"', bytes(0xc3, 0xa9), 'é'],
		['three-byte "€"', bytes(0xe2, 0x82, 0xac), '€'],
		['four-byte "😀"', bytes(0xf0, 0x9f, 0x98, 0x80), '😀'],
		['the largest code point U+10FFFF', bytes(0xf4, 0x8f, 0xbf, 0xbf), '\u{10FFFF}'],
		['the last code point before the surrogates, U+D7FF', bytes(0xed, 0x9f, 0xbf), '\uD7FF'],
		[
			'a byte order mark, kept so that JSON parsing can report it',
			bytes(0xef, 0xbb, 0xbf, 0x7b),
			'\uFEFF{'
		],
		['nothing', bytes(), '']
	])('decodes %s', (_, input, text) => {
		expect(decodeUtf8(input)).toEqual({ ok: true, text });
	});

	it.each([
		['a lone continuation byte', bytes(0x41, 0x80, 0x42), 1],
		['an overlong two-byte "/" (C0 AF)', bytes(0x41, 0xc0, 0xaf), 1],
		['an overlong two-byte sequence with C1', bytes(0xc1, 0xbf), 0],
		['an overlong three-byte sequence', bytes(0x41, 0x41, 0xe0, 0x80, 0xaf), 2],
		['an overlong four-byte sequence', bytes(0xf0, 0x80, 0x80, 0xaf), 0],
		['an encoded high surrogate U+D800', bytes(0x22, 0xed, 0xa0, 0x80, 0x22), 1],
		['an encoded low surrogate U+DFFF', bytes(0xed, 0xbf, 0xbf), 0],
		['a code point above U+10FFFF (F4 90)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
		['a lead byte above F4', bytes(0x41, 0xf5, 0x80, 0x80, 0x80), 1],
		['the byte FF', bytes(0x7b, 0xff, 0x7d), 1],
		['a two-byte sequence cut short by ASCII', bytes(0xc3, 0x28), 0],
		['a three-byte sequence cut short at the end', bytes(0x41, 0x42, 0xe2, 0x82), 2],
		['a four-byte sequence cut short at the end', bytes(0xf0, 0x9f, 0x98), 0],
		['a bad byte after valid multi-byte characters', bytes(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xfe), 5]
	])('gives the offset of %s', (_, input, offset) => {
		const result = decodeUtf8(input);
		expect(result.ok).toBe(false);
		expect(result).toMatchObject({ offset });
	});

	it('still gives a lenient decoding, with U+FFFD for the bad bytes', () => {
		expect(decodeUtf8(bytes(0x7b, 0xff, 0x7d))).toEqual({ ok: false, offset: 1, text: '{\uFFFD}' });
	});

	it('agrees with a strict decoder on random bytes, and finds the first bad byte', () => {
		const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
				const result = decodeUtf8(input);
				let valid = true;
				try {
					strict.decode(input);
				} catch {
					valid = false;
				}
				expect(result.ok).toBe(valid);
				if (!result.ok) {
					// Everything before the offset is valid; the sequence starting at it is not.
					expect(() => strict.decode(input.subarray(0, result.offset))).not.toThrow();
					expect(() => strict.decode(input.subarray(result.offset, result.offset + 4))).toThrow();
				}
			})
		);
	});
});

describe('utf8Length', () => {
	it.each([
		['', 0],
		['a', 1],
		['é', 2],
		['€', 3],
		['😀', 4],
		['\uD800', 3],
		['\uDC00', 3],
		['\uD800é', 5],
		['\uD800\uD800\uDC00', 7]
	])('counts %j as %i bytes', (text, length) => {
		expect(utf8Length(text)).toBe(length);
	});

	it('counts what TextEncoder writes, lone surrogates included', () => {
		const encoder = new TextEncoder();
		// Pieces chosen so that lone and paired surrogates meet every width of character.
		const piece = fc.constantFrom('a', 'é', '€', '😀', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 20 }),
			fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''))
		);
		fc.assert(
			fc.property(text, (text) => {
				expect(utf8Length(text)).toBe(encoder.encode(text).length);
			})
		);
	});
});

describe('utf8TextOf', () => {
	it.each([
		[[0x68, 0x69], 'hi'],
		[[0xc3, 0xa9], 'é'],
		[[], '']
	])('reads %j as %j', (bytes, text) => {
		expect(utf8TextOf(new Uint8Array(bytes))).toBe(text);
	});

	it.each([[[0xff]], [[0xc3]], [[0xed, 0xa0, 0x80]]])('gives undefined for %j', (bytes) => {
		expect(utf8TextOf(new Uint8Array(bytes))).toBeUndefined();
	});
});
