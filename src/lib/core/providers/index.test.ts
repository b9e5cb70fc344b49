import { describe, expect, it } from 'vitest';
import { inspect } from '$lib/core';
import { NOW, mint, part } from '$lib/testing/fixtures';
import { detectProvider, NO_PROVIDER } from './index';

describe('detectProvider', () => {
	it('names no provider for an empty token', async () => {
		expect((await inspect({ token: '', now: NOW })).provider.id).toBe('none');
	});

	it.each([
		['three dots', '...'],
		['not base64url', '@@@.###.$$$'],
		['a header that is an array', `${part([1])}.${part({ iss: 'x' })}.`],
		[
			'claims that are a string',
			`${part({ alg: 'HS256' })}.${part('"https://sts.windows.net/x/"')}.c2ln`
		],
		['an opaque token', 'ya29.a0AfH6SMBx']
	])('names no provider for malformed input: %s', async (_, token) => {
		expect((await inspect({ token, now: NOW })).provider.id).toBe('none');
	});

	it('names no provider for a token from an issuer it does not know', async () => {
		expect((await inspect({ token: mint('rs256'), now: NOW })).provider).toEqual(NO_PROVIDER);
	});

	it('reads only the members the token has, never inherited ones', () => {
		const claims = JSON.parse('{"__proto__": {"iss": "https://sts.windows.net/x/"}}');
		expect(detectProvider({ claims }).id).toBe('none');
		expect(detectProvider({ header: null as never, claims: [] as never }).id).toBe('none');
	});
});
