import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW_SECONDS, row } from '$lib/testing/fixtures';
import { describeFutureClaim } from '$lib/testing/future-claim-cases';

describeFutureClaim('iat', 'RFC 7519 §4.1.6');

describe('iat check, in its own words', () => {
	it('says how far in the future the token was issued', async () => {
		const report = await inspectAt({ token: mint('hs256', { iat: NOW_SECONDS + 3 * 3600 }) });
		expect(row(report, 'iat').detail).toBe('Issued 3 h in the future, at 2026-11-25 15:00:00 UTC.');
	});

	it('says when a past token was issued', async () => {
		const report = await inspectAt({ token: mint('hs256', { iat: NOW_SECONDS - 600 }) });
		expect(row(report, 'iat').detail).toBe('Issued 10 min ago, at 2026-11-25 11:50:00 UTC.');
	});
});
