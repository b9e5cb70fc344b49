import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW_SECONDS, row } from '$lib/testing/fixtures';
import { describeFutureClaim } from '$lib/testing/future-claim-cases';

describeFutureClaim('nbf', 'RFC 7519 §4.1.5');

describe('nbf check, in its own words', () => {
	it('says when the token starts and how long until then', async () => {
		const report = await inspectAt({ token: mint('hs256', { nbf: NOW_SECONDS + 3 * 3600 }) });
		expect(row(report, 'nbf').detail).toBe(
			'Not valid until 2026-11-25 15:00:00 UTC, 3 h from now.'
		);
	});

	it('says since when a started token is valid', async () => {
		const report = await inspectAt({ token: mint('hs256', { nbf: NOW_SECONDS - 600 }) });
		expect(row(report, 'nbf').detail).toBe('Valid since 2026-11-25 11:50:00 UTC (10 min ago).');
	});
});
