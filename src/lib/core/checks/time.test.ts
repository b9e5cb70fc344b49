import { describe, expect, it } from 'vitest';
import { NOW_SECONDS } from '$lib/testing/fixtures';
import {
	formatDuration,
	formatInstant,
	readNumericDate,
	relative,
	SKEW_WINDOW_SECONDS
} from './time';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const YEAR = 365.25 * DAY;

describe('formatDuration', () => {
	it.each([
		[0, 'less than a second'],
		[0.999, 'less than a second'],
		[1, '1 s'],
		[59.9, '59 s'],
		[MINUTE, '1 min'],
		[MINUTE + 1, '1 min 1 s'],
		[HOUR - 1, '59 min 59 s'],
		[HOUR, '1 h'],
		[3 * HOUR + 12 * MINUTE, '3 h 12 min'],
		[3 * HOUR + 12 * MINUTE + 59, '3 h 12 min'],
		[DAY - 1, '23 h 59 min'],
		[DAY, '1 day'],
		[DAY + 2 * HOUR, '1 day 2 h'],
		[4 * DAY + 2 * HOUR + 59 * MINUTE, '4 days 2 h'],
		[59 * DAY + 23 * HOUR, '59 days 23 h'],
		[60 * DAY, '60 days'],
		[365 * DAY, '365 days'],
		[730 * DAY, '730 days'],
		[730.25 * DAY, '730 days'],
		[731 * DAY, '2 years'],
		[2 * YEAR, '2 years'],
		[3 * YEAR + 200 * DAY, '3 years'],
		[1234 * YEAR, '1,234 years'],
		[999_999 * YEAR, '999,999 years'],
		[3.2e6 * YEAR, '3.2e+6 years']
	])('writes %d seconds as "%s"', (seconds, text) => {
		expect(formatDuration(seconds)).toBe(text);
	});

	it('writes a negative duration as its size', () => {
		expect(formatDuration(-(3 * HOUR + 12 * MINUTE))).toBe('3 h 12 min');
	});

	it('never writes "1 years"', () => {
		for (let days = 700; days <= 800; days += 0.25) {
			expect(formatDuration(days * DAY)).not.toMatch(/^1 years?$/);
		}
	});
});

describe('formatInstant', () => {
	it.each([
		[0, '1970-01-01 00:00:00 UTC'],
		[NOW_SECONDS, '2026-11-25 12:00:00 UTC'],
		[NOW_SECONDS + 0.999, '2026-11-25 12:00:00 UTC'],
		[-1, '1969-12-31 23:59:59 UTC'],
		[-0.5, '1969-12-31 23:59:59 UTC'],
		[253402300799, '9999-12-31 23:59:59 UTC'],
		[253402300800, '10000-01-01 00:00:00 UTC'],
		// A millisecond timestamp read as seconds, as verifiers read it.
		[1795611000000, '58870-08-24 17:20:00 UTC'],
		[8.64e12, '275760-09-13 00:00:00 UTC'],
		[-62167219200, '0000-01-01 00:00:00 UTC'],
		[-8.64e12, '-271821-04-20 00:00:00 UTC']
	])('writes %d as "%s"', (seconds, text) => {
		expect(formatInstant(seconds)).toBe(text);
	});

	it.each([
		[8.64e12 + 1, '8640000000001 (beyond the year 275760)'],
		[1e300, '1e+300 (beyond the year 275760)'],
		[-8.64e12 - 1, '-8640000000001 (before the year -271821)'],
		[-1e300, '-1e+300 (before the year -271821)']
	])('says plainly that %d is beyond the dates a Date can hold', (seconds, text) => {
		expect(formatInstant(seconds)).toBe(text);
	});
});

describe('relative', () => {
	it.each([
		[NOW_SECONDS - 90, '1 min 30 s ago'],
		[NOW_SECONDS + 3 * HOUR + 12 * MINUTE, 'in 3 h 12 min'],
		[NOW_SECONDS - 4 * DAY, '4 days ago'],
		[NOW_SECONDS + 0.5, 'in less than a second']
	])('writes %d as "%s" from the fixture time', (seconds, text) => {
		expect(relative(seconds, NOW_SECONDS)).toBe(text);
	});
});

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
