import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	abbreviate,
	capitalise,
	describeJsonValue,
	groupDigits,
	quoted,
	quotedList,
	trimEnd
} from './text';

describe('describeJsonValue', () => {
	it.each<[string, unknown, string]>([
		['a number', 42, 'a number'],
		['a fraction', 1.5, 'a number'],
		['a string', 'x', 'a string'],
		['an empty string', '', 'a string'],
		['an array', [1, 2], 'an array'],
		['an empty array', [], 'an array'],
		['an object', { a: 1 }, 'an object'],
		['null', null, 'null'],
		['true', true, 'the boolean true'],
		['false', false, 'the boolean false'],
		['undefined, which JSON cannot hold', undefined, 'undefined']
	])('names %s as "%s"', (_, value, words) => {
		expect(describeJsonValue(value)).toBe(words);
	});
});

describe('capitalise', () => {
	it.each([
		['an array', 'An array'],
		['null', 'Null'],
		['', ''],
		['Already', 'Already'],
		['élan', 'Élan'],
		['𝑥 stays', '𝑥 stays']
	])('writes %j as %j', (text, capitalised) => {
		expect(capitalise(text)).toBe(capitalised);
	});
});

describe('abbreviate', () => {
	it.each([
		['short text, untouched', 'abc', 5, 'abc'],
		['text exactly at the limit, untouched', 'abcde', 5, 'abcde'],
		['text one over the limit', 'abcdef', 5, 'abcd…'],
		['a long number', '1' + '0'.repeat(400), 24, '1' + '0'.repeat(22) + '…'],
		['emoji that fit by code points, though not by UTF-16 units', '😀😀😀', 3, '😀😀😀'],
		['emoji, never split into a lone surrogate', '😀😀😀😀', 3, '😀😀…'],
		['a limit of one', 'abc', 1, '…']
	])('shortens %s', (_, text, max, short) => {
		expect(abbreviate(text, max)).toBe(short);
	});

	it('never returns more than the limit, counted in code points', () => {
		for (const text of ['x'.repeat(100), '😀'.repeat(100), 'a😀'.repeat(50)]) {
			for (let max = 1; max <= 60; max++) {
				const short = abbreviate(text, max);
				expect(Array.from(short).length).toBeLessThanOrEqual(max);
				expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
			}
		}
	});
});

describe('trimEnd', () => {
	it.each([
		['https://a.example///', '/', 'https://a.example'],
		['abc', '/', 'abc'],
		['///', '/', ''],
		['', '=', ''],
		['a=b==', '=', 'a=b']
	])('trims %j of trailing %j to %j', (text, char, trimmed) => {
		expect(trimEnd(text, char)).toBe(trimmed);
	});

	it('takes linear time on a long run that is not at the end', () => {
		const text = '='.repeat(200_000) + 'x';
		expect(trimEnd(text, '=')).toBe(text);
	});
});

describe('quoted and quotedList', () => {
	it('quotes a value', () => {
		expect(quoted('api://orders')).toBe('"api://orders"');
		expect(quoted('')).toBe('""');
	});

	it.each([
		['a quote and a backslash', 'a"b\\c', '"a\\"b\\\\c"'],
		['line breaks and a tab', 'a\nb\r\tc', '"a\\nb\\r\\tc"'],
		['a NUL and an escape', 'a\u0000\u001B', '"a\\u0000\\u001b"'],
		['a lone surrogate', 'a\uD800', '"a\\ud800"'],
		['line and paragraph separators', 'a\u2028b\u2029', '"a⟨U+2028⟩b⟨U+2029⟩"'],
		['a right-to-left override', 'admin\u202Enimda', '"admin⟨U+202E⟩nimda"'],
		['a bidi isolate', '\u2066x\u2069', '"⟨U+2066⟩x⟨U+2069⟩"'],
		['a zero-width space', 'ad\u200Bmin', '"ad⟨U+200B⟩min"'],
		['a C1 control', 'a\u0085', '"a⟨U+0085⟩"']
	])('escapes %s as JSON does, and names what cannot be seen', (_, text, shown) => {
		expect(quoted(text)).toBe(shown);
	});

	it('keeps the start and the end of a long value, and says how long it is', () => {
		expect(quoted('abcdefghij', 9)).toBe('"abcd…ghij" (10 characters)');
		expect(quoted('x'.repeat(6144) + 'yz')).toBe(
			`"${'x'.repeat(30)}…${'x'.repeat(27)}yz" (6,146 characters)`
		);
		expect(quoted('abcdefghi', 9)).toBe('"abcdefghi"');
	});

	it('counts and cuts by code points, never splitting an emoji', () => {
		expect(quoted('😀'.repeat(9), 9)).toBe(`"${'😀'.repeat(9)}"`);
		expect(quoted('😀'.repeat(10), 9)).toBe(`"😀😀😀😀…😀😀😀😀" (10 characters)`);
	});

	it('cuts a 1 MB value in one pass', () => {
		const start = performance.now();
		const text = quoted('k'.repeat(1024 * 1024));
		expect(text).toMatch(/^"k{30}…k{29}" \(1,048,576 characters\)$/);
		expect(performance.now() - start).toBeLessThan(200);
	});

	it.each([
		[[], ''],
		[['a'], '"a"'],
		[['a', 'b', 'c'], '"a", "b", "c"'],
		[['a', 'b', 'c', 'd', 'e', 'f', 'g'], '"a", "b", "c", "d", "e" and 2 more']
	])('lists %j as %s', (values, expected) => {
		expect(quotedList(values)).toBe(expected);
	});

	it('groups the count of the rest in thousands', () => {
		expect(quotedList(Array(1006).fill('k'))).toMatch(/ and 1,001 more$/);
		expect(groupDigits(999)).toBe('999');
		expect(groupDigits(1234567)).toBe('1,234,567');
	});
});

describe('quoted, for short values', () => {
	it('writes any value of up to 60 characters exactly as JSON does, when nothing in it is invisible', () => {
		// The quick path for plain ASCII must agree with the escaping one, quotes and backslashes included.
		fc.assert(
			fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
				fc.pre(!/[\x00-\x1f\x7f]/.test(text));
				expect(quoted(text)).toBe(JSON.stringify(text));
			}),
			{ numRuns: 2000 }
		);
		expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"');
	});
});
