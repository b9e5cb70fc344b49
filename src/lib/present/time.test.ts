import { describe, expect, it } from 'vitest';
import { describeInstant, relativeTime, shortUtc } from './time';

// 2026-11-25 12:00:00 UTC, the fixtures' evaluation time.
const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const NOW_SECONDS = NOW.getTime() / 1000;

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
		[2 * 86400, 'in 2 d'],
		[-(7 * 86400 + 3 * 3600), '7 d 3 h ago'],
		[400 * 86400, 'in 1 y 34 d'],
		[-1e300, '3.2e+292 y ago']
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
