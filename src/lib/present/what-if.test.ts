import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW, NOW_SECONDS } from '$lib/testing/fixtures';
import { offeredLeeway } from './what-if';

describe('offeredLeeway', () => {
	it('offers a round leeway with room to spare, which still passes a few seconds later', async () => {
		const token = mint('hs256', { exp: NOW_SECONDS - 30 });
		const offer = offeredLeeway((await inspectAt({ token })).checks);
		expect(offer).toEqual({ seconds: 40, rows: ['exp'] });
		const later = new Date(NOW.getTime() + 4_000);
		const relaxed = await inspectAt({ token, leewaySeconds: offer!.seconds, now: later });
		expect(relaxed.checks.find((c) => c.id === 'exp')!.status).toBe('warn');
	});

	it('covers every row that offers one', async () => {
		const token = mint('hs256', { nbf: NOW_SECONDS + 70, iat: NOW_SECONDS + 20 });
		expect(offeredLeeway((await inspectAt({ token })).checks)).toEqual({
			seconds: 80,
			rows: ['nbf', 'iat']
		});
	});

	it('offers nothing for a token expired an hour ago', async () => {
		const token = mint('hs256', { exp: NOW_SECONDS - 3600 });
		expect(offeredLeeway((await inspectAt({ token })).checks)).toBeUndefined();
	});
});
