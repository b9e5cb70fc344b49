import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url, type Base64Fault } from './base64url';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** Each fault as [code, the characters it points at]. */
function faultsIn(text: string): Array<[Base64Fault['code'], string]> {
	return decodeBase64url(text).faults.map((f) => [f.code, text.slice(f.from, f.to)]);
}

describe('encodeBase64url and decodeBase64url', () => {
	it('round-trip any bytes, without padding and without faults', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const text = encodeBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				const decoded = decodeBase64url(text);
				expect(decoded.faults).toEqual([]);
				expect(decoded.bytes).toEqual(bytes);
			})
		);
	});

	it.each([
		['', ''],
		['f', 'Zg'],
		['fo', 'Zm8'],
		['foo', 'Zm9v'],
		['foob', 'Zm9vYg'],
		['fooba', 'Zm9vYmE'],
		['foobar', 'Zm9vYmFy']
	])('encodes the RFC 4648 §10 vector "%s" as "%s"', (plain, encoded) => {
		expect(encodeBase64url(bytesOf(plain))).toBe(encoded);
		expect(decodeBase64url(encoded)).toEqual({ bytes: bytesOf(plain), faults: [] });
	});

	it('finds a fault wherever one character is changed to a non-base64url one (the one-pass decoder steps aside)', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 1, maxLength: 300 }),
				fc.nat(),
				fc.constantFrom('=', '+', '/', '.', ' ', '\n', 'é', '!', '\u0000', '😀'),
				(bytes, at, bad) => {
					const text = encodeBase64url(bytes);
					const i = at % text.length;
					const changed = text.slice(0, i) + bad + text.slice(i + 1);
					expect(decodeBase64url(changed).faults.length).toBeGreaterThan(0);
				}
			)
		);
	});

	it('uses "-" and "_" where standard base64 has "+" and "/"', () => {
		expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
	});
});

describe('decodeBase64url faults', () => {
	it.each<[string, string, Array<[Base64Fault['code'], string]>]>([
		['a space', 'Zm9v YmFy', [['b64.alphabet', ' ']]],
		['a question mark', 'Zm9v?YmFy', [['b64.alphabet', '?']]],
		['a "#" fragment', 'Zm9vYmFy#', [['b64.alphabet', '#']]],
		['a run of foreign characters, as one fault', 'Zm9v*%$YmFy', [['b64.alphabet', '*%$']]],
		['a non-ASCII letter', 'Zm9vé', [['b64.alphabet', 'é']]],
		['an emoji (two UTF-16 units)', 'Zm9v😀', [['b64.alphabet', '😀']]],
		['a control character', 'Zm9v\u0000YmFy', [['b64.alphabet', '\u0000']]],
		['standard base64 "+"', 'Zm+v', [['b64.standard-alphabet', '+']]],
		['standard base64 "/"', 'Zm/v', [['b64.standard-alphabet', '/']]],
		['a run of "+" and "/", as one fault', 'Z+/+', [['b64.standard-alphabet', '+/+']]],
		['"=" padding', 'Zg==', [['b64.padding', '==']]],
		['a single "=" pad', 'Zm8=', [['b64.padding', '=']]],
		['an "=" in the middle', 'Zm=9v', [['b64.alphabet', '=']]],
		['an impossible length (4n + 1 characters)', 'Zm9vY', [['b64.length', 'Zm9vY']]],
		['a single character', 'Z', [['b64.length', 'Z']]],
		['non-zero unused bits after one byte', 'Zh', [['b64.trailing-bits', 'h']]],
		['non-zero unused bits after two bytes', 'Zm9', [['b64.trailing-bits', '9']]],
		[
			'padding and non-zero unused bits',
			'Zh==',
			[
				['b64.padding', '=='],
				['b64.trailing-bits', 'h']
			]
		],
		[
			'a space and padding',
			'Zm 8=',
			[
				['b64.alphabet', ' '],
				['b64.padding', '=']
			]
		]
	])('reports %s', (_, text, expected) => {
		expect(faultsIn(text)).toEqual(expected);
	});

	it.each([
		['a standard-base64 segment as the same bytes', 'Zm+/', 'Zm-_'],
		['a padded segment as the unpadded one', 'Zm8=', 'Zm8'],
		['a segment with a space as the segment without it', 'Zm 9v', 'Zm9v'],
		['non-zero unused bits as if they were zero', 'Zh', 'Zg'],
		['an impossible length without its last character', 'Zm9vY', 'Zm9v']
	])('still decodes %s', (_, faulty, clean) => {
		const result = decodeBase64url(faulty);
		expect(result.faults.length).toBeGreaterThan(0);
		expect(result.bytes).toEqual(decodeBase64url(clean).bytes);
	});

	it('reports at most 8 runs of foreign characters, so a pasted paragraph stays readable', () => {
		const text = Array.from({ length: 12 }, () => 'Zm9v').join(' ');
		const faults = decodeBase64url(text).faults;
		expect(faults).toHaveLength(8);
		expect(faults.every((f) => f.code === 'b64.alphabet' && text.slice(f.from, f.to) === ' ')).toBe(
			true
		);
	});

	it.each([
		['a zero-width space', '\u200B', 'U+200B'],
		['a soft hyphen', '\u00AD', 'U+00AD'],
		['a no-break space', '\u00A0', 'U+00A0'],
		['a right-to-left mark', '\u200F', 'U+200F'],
		['a NUL', '\u0000', '"\\u0000"']
	])('names %s by its code point, since it cannot be seen', (_, char, name) => {
		const [fault] = decodeBase64url(`Zm9v${char}YmFy`).faults;
		expect(fault?.code).toBe('b64.alphabet');
		expect(fault?.message).toContain(name);
	});

	it('reports no fault for an empty segment', () => {
		expect(decodeBase64url('')).toEqual({ bytes: new Uint8Array(0), faults: [] });
	});

	it('finds every canonical encoding clean and every other last character faulty', () => {
		// RFC 4648 §3.5: of the 64 characters that could end a 2- or 3-character group, only those with zero
		// unused bits are canonical.
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (const [prefix, unusedBits] of [
			['Z', 4],
			['Zm', 2]
		] as const) {
			for (let v = 0; v < 64; v++) {
				const text = prefix + alphabet[v];
				const faulty = (v & ((1 << unusedBits) - 1)) !== 0;
				expect(faultsIn(text), text).toEqual(faulty ? [['b64.trailing-bits', alphabet[v]]] : []);
			}
		}
	});
});
