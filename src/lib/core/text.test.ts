import { describe, expect, it } from 'vitest';
import { abbreviate, capitalise, describeJsonValue, quoted, quotedList, trimEnd } from './text';

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
	it('quotes a value, cut to the limit', () => {
		expect(quoted('api://orders')).toBe('"api://orders"');
		expect(quoted('x'.repeat(500))).toBe(`"${'x'.repeat(119)}…"`);
		expect(quoted('abcdef', 4)).toBe('"abc…"');
	});

	it.each([
		[[], ''],
		[['a'], '"a"'],
		[['a', 'b', 'c'], '"a", "b", "c"'],
		[['a', 'b', 'c', 'd', 'e', 'f', 'g'], '"a", "b", "c", "d", "e" and 2 more']
	])('lists %j as %s', (values, expected) => {
		expect(quotedList(values)).toBe(expected);
	});
});
