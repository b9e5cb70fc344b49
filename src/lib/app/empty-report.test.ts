import { describe, expect, it } from 'vitest';
import { inspect, type KeyEncoding } from '$lib/core';
import { emptyReport, isEmptyInput } from './empty-report';

describe('the report for empty inputs, built ahead of time', () => {
	const cases: Array<{
		audience?: string;
		issuer?: string;
		leewaySeconds?: number;
		keyEncoding?: KeyEncoding;
		requiredScopes?: string;
		now: string;
	}> = [
		{ now: '2026-11-25T09:14:00Z' },
		{ now: '1970-01-01T00:00:00Z', leewaySeconds: 0 },
		{ now: '2031-02-03T04:05:06.789Z', leewaySeconds: 120 },
		{ now: '2026-11-25T09:14:00Z', leewaySeconds: -5 },
		{ now: '2026-11-25T09:14:00Z', audience: 'api://orders', issuer: 'https://login.example.com/' },
		{ now: '2026-11-25T09:14:00Z', keyEncoding: 'hex', leewaySeconds: 30 },
		{ now: '2026-11-25T09:14:00Z', requiredScopes: '' }
	];

	for (const input of cases) {
		it(`is what inspect() says for ${JSON.stringify(input)}`, async () => {
			const now = new Date(input.now);
			const expected = await inspect({ ...input, token: '', key: '', now });
			expect(emptyReport({ now, leewaySeconds: input.leewaySeconds ?? 0 })).toEqual(expected);
		});
	}

	it('is used only when the token, the key and the required scopes are empty', () => {
		expect(isEmptyInput({ token: '', key: '' })).toBe(true);
		expect(isEmptyInput({ token: '', key: '', requiredScopes: '' })).toBe(true);
		expect(isEmptyInput({ token: '', key: '', requiredScopes: 'orders:read' })).toBe(false);
		expect(isEmptyInput({ token: ' ', key: '' })).toBe(false);
		expect(isEmptyInput({ token: '', key: 'secret' })).toBe(false);
	});
});
