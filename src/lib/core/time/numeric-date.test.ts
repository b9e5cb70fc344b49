import { describe, expect, it } from 'vitest';
import { readNumericDate, SKEW_WINDOW_SECONDS } from './numeric-date';

const MINUTE = 60;

describe('readNumericDate', () => {
	it.each([
		['an integer', 1795611000],
		['a fraction, which RFC 7519 §2 allows', 1795611000.5],
		['zero', 0],
		['a negative number', -1],
		['the last value read as seconds before milliseconds', 1e11 - 1],
		['a value beyond the millisecond range, read as seconds', 1e14]
	])('reads %s', (_, value) => {
		expect(readNumericDate({ exp: value }, 'exp')).toEqual({ kind: 'ok', value });
	});

	it.each([1e11, 1795611000000, 1e14 - 1])('reads %d as milliseconds', (value) => {
		expect(readNumericDate({ exp: value }, 'exp')).toEqual({
			kind: 'milliseconds',
			value,
			asSeconds: value / 1000
		});
	});

	it.each([
		['a string of digits', '1795611000'],
		['a date string', '2026-11-25T12:00:00Z'],
		['an empty string', ''],
		['true', true],
		['false', false],
		['null', null],
		['an array', [1795611000]],
		['an object', { seconds: 1795611000 }],
		['Infinity', Infinity],
		['-Infinity', -Infinity],
		['NaN', NaN]
	])('refuses %s', (_, value) => {
		expect(readNumericDate({ exp: value }, 'exp').kind).toBe('invalid');
	});

	it.each<[unknown, string]>([
		[true, '"exp" is the boolean true;'],
		[null, '"exp" is null;'],
		[[1795611000], '"exp" is an array;'],
		[{ seconds: 1795611000 }, '"exp" is an object;'],
		['1795611000', '"exp" is the string "1795611000";']
	])('names the type of %j in its message', (value, words) => {
		const date = readNumericDate({ exp: value }, 'exp');
		expect(date.kind === 'invalid' && date.message).toContain(words);
	});

	it('quotes a long string in at most 40 characters, never splitting a character', () => {
		const date = readNumericDate({ exp: 'a' + '😀'.repeat(50) }, 'exp');
		expect(date.kind === 'invalid' && date.message).toContain(
			`"a${'😀'.repeat(19)}…${'😀'.repeat(19)}" (51 characters)`
		);
		expect(date.kind === 'invalid' && date.message).not.toMatch(/\\ud[89ab]/i);
	});

	it('says the value is absent only when the claim is not there, even as an inherited property', () => {
		expect(readNumericDate({}, 'exp')).toEqual({ kind: 'absent' });
		expect(readNumericDate(Object.create({ exp: 1 }) as Record<string, unknown>, 'exp')).toEqual({
			kind: 'absent'
		});
	});

	it('treats a miss under five minutes as likely clock skew', () => {
		expect(SKEW_WINDOW_SECONDS).toBe(5 * MINUTE);
	});
});
