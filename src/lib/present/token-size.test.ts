import { describe, expect, it } from 'vitest';
import { mint } from '$lib/testing/fixtures';
import { tokenSize, tokenSizeText } from './token-size';

describe('tokenSize', () => {
	it('has no size for no token', () => {
		expect(tokenSize('')).toBeUndefined();
	});

	it('counts a JWT’s characters, and its header with the 22 bytes of "Authorization: Bearer "', () => {
		const token = mint('hs256');
		expect(tokenSize(token)).toEqual({
			characters: token.length,
			bytes: token.length,
			headerBytes: token.length + 22
		});
	});

	it('counts characters as code points and bytes in UTF-8', () => {
		// "é" is 2 bytes, "😀" 4 bytes in two UTF-16 code units.
		expect(tokenSize('aé😀')).toEqual({ characters: 3, bytes: 7, headerBytes: 29 });
	});
});

describe('tokenSizeText', () => {
	it('reads as the Token field shows it, with thousands separated', () => {
		expect(tokenSizeText({ characters: 1234, bytes: 1234, headerBytes: 1256 })).toBe(
			'1,234 characters · Authorization header 1,256 bytes'
		);
	});

	it('names the bytes when they differ from the characters', () => {
		expect(tokenSizeText(tokenSize('aé😀')!)).toBe(
			'3 characters (7 bytes) · Authorization header 29 bytes'
		);
	});
});
