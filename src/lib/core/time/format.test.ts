// The one vocabulary for time: instants, durations and relative times as every panel writes them.
import { describe, expect, it } from 'vitest';
import { describeInstant, formatDuration, formatInstant, relativeTime, shortUtc } from './format';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const YEAR = 365.25 * DAY;

// 2026-11-25 12:00:00 UTC, the fixtures' evaluation time.
const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const NOW_SECONDS = NOW.getTime() / 1000;

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

describe('relativeTime', () => {
	it.each([
		[0, 'just now'],
		[0.4, 'just now'],
		[-0.999, 'just now'],
		[-20, '20 s ago'],
		[20.9, 'in 20 s'],
		[300, 'in 5 min'],
		[-(5 * 60 + 3), '5 min 3 s ago'],
		[-3 * 3600, '3 h ago'],
		[-(3600 + 5 * 60), '1 h 5 min ago'],
		[-(3600 + 5 * 60 + 59), '1 h 5 min ago'],
		[2 * 86400, 'in 2 days'],
		[-(7 * 86400 + 3 * 3600), '7 days 3 h ago'],
		[-90, '1 min 30 s ago'],
		[3 * 3600 + 12 * 60, 'in 3 h 12 min'],
		[-4 * 86400, '4 days ago'],
		[400 * 86400, 'in 400 days'],
		[3 * 365.25 * 86400, 'in 3 years'],
		[-1e300, '3.2e+292 years ago']
	])('reads a delta of %s s as "%s"', (delta, expected) => {
		expect(relativeTime(delta)).toBe(expected);
	});

	it.each([NaN, Infinity, -Infinity])('says the time is unknown for %s', (delta) => {
		expect(relativeTime(delta)).toBe('at an unknown time');
	});
});

describe('shortUtc', () => {
	it.each([
		[
			'the time alone for an instant on the same UTC day',
			NOW_SECONDS - 2 * 3600 - 48 * 60,
			'09:12 UTC'
		],
		[
			'the date too for another day',
			NOW_SECONDS - 5 * 86400 - 2 * 3600 - 48 * 60,
			'2026-11-20 09:12 UTC'
		],
		['the date for the next day', NOW_SECONDS + 86400, '2026-11-26 12:00 UTC'],
		['years beyond 9999 without the ISO sign', 1e12, '33658-09-27 01:46 UTC'],
		['years before 1970', -86400, '1969-12-31 00:00 UTC'],
		['out of range beyond what a Date holds', 1e15, 'out of range'],
		['out of range for NaN', NaN, 'out of range']
	])('gives %s', (_, seconds, expected) => {
		expect(shortUtc(seconds, NOW)).toBe(expected);
	});
});

describe('describeInstant', () => {
	it('reads an instant in the given locale and time zone, with the zone named', () => {
		const views = describeInstant(NOW_SECONDS + 3600, NOW, {
			locale: 'en-GB',
			timeZone: 'Europe/Berlin'
		});
		expect(views.local).toMatch(/^25 Nov 2026, 14:00:00 (CET|GMT\+1)$/);
		expect(views.utc).toBe('2026-11-25 13:00:00 UTC');
		expect(views.iso).toBe('2026-11-25T13:00:00.000Z');
		expect(views.relative).toBe('in 1 h');
	});

	it('reads the same instant in UTC when asked', () => {
		const views = describeInstant(NOW_SECONDS, NOW, { locale: 'en-GB', timeZone: 'UTC' });
		expect(views.local).toBe('25 Nov 2026, 12:00:00 UTC');
		expect(views.relative).toBe('just now');
	});

	it.each([
		['UTC', NOW_SECONDS, true],
		['Europe/London', NOW_SECONDS, true], // GMT in November
		['Europe/London', Date.UTC(2026, 6, 1) / 1000, false], // BST in July
		['Europe/Berlin', NOW_SECONDS, false],
		['America/New_York', NOW_SECONDS, false]
	])('says whether the local time in %s is UTC at that instant', (timeZone, seconds, expected) => {
		expect(describeInstant(seconds, NOW, { locale: 'en-GB', timeZone }).localIsUtc).toBe(expected);
	});

	it('writes UTC to the whole second for a fractional NumericDate', () => {
		const views = describeInstant(NOW_SECONDS - 20.75, NOW, { locale: 'en-GB', timeZone: 'UTC' });
		expect(views.utc).toBe('2026-11-25 11:59:39 UTC');
		expect(views.relative).toBe('20 s ago');
	});

	it('falls back to the runtime zone for an unknown time zone instead of throwing', () => {
		expect(() =>
			describeInstant(NOW_SECONDS, NOW, { locale: 'en-GB', timeZone: 'Nowhere/Else' })
		).not.toThrow();
	});

	it.each([
		['a far-future exp', 1e15],
		['a huge value', 1e300],
		['a huge negative value', -1e300],
		['NaN', NaN],
		['Infinity', Infinity]
	])('says out of range for %s instead of throwing', (_, seconds) => {
		const views = describeInstant(seconds, NOW, { locale: 'en-GB', timeZone: 'UTC' });
		expect(views).toMatchObject({ iso: '', local: 'out of range', utc: 'out of range' });
		expect(typeof views.relative).toBe('string');
	});

	it.each([
		['a negative value', -1e9, '1938-04-24 22:13:20 UTC'],
		['the last instant a Date holds', 8.64e12, '275760-09-13 00:00:00 UTC']
	])('formats %s that a Date still holds', (_, seconds, utc) => {
		expect(describeInstant(seconds, NOW, { locale: 'en-GB', timeZone: 'UTC' }).utc).toBe(utc);
	});
});
