import { describe, expect, it } from 'vitest';
import { looksLikeJwe } from './looks-like-jwe';

describe('looksLikeJwe', () => {
	it.each([
		['a compact JWE', 'eyJhbGciOiJkaXIifQ..aXY.Y3Q.dGFn', true],
		['a JWE after "Bearer "', 'Bearer eyJhbGciOiJkaXIifQ..aXY.Y3Q.dGFn', true],
		['a JWS (three parts)', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', false],
		['six parts', 'eyJhbGciOiJkaXIifQ..aXY.Y3Q.dGFn.eA', false],
		['nothing', '', false]
	])('%s: %s', (_, text, expected) => {
		expect(looksLikeJwe(text)).toBe(expected);
	});
});
