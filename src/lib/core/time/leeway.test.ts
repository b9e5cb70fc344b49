import { describe, expect, it } from 'vitest';
import { normalizeLeeway } from './leeway';

describe('normalizeLeeway', () => {
	it.each([
		[30, 30],
		[0.5, 0.5],
		[86_400, 86_400]
	])('keeps a leeway of %d s', (seconds, leeway) => {
		expect(normalizeLeeway(seconds)).toBe(leeway);
	});

	it.each([
		['an empty field', null],
		['no leeway given', undefined],
		['zero', 0],
		['a negative number', -5],
		['NaN', NaN],
		['Infinity', Infinity],
		['-Infinity', -Infinity]
	])('judges with no leeway for %s', (_, seconds) => {
		expect(normalizeLeeway(seconds)).toBe(0);
	});
});
