import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW_SECONDS, row } from '$lib/testing/fixtures';

// A row that fails on time by a few minutes offers the leeway under which it would pass, as plain data the
// page turns into a labelled what-if button (issue 18, item 7). RFC 7519 §4.1.4–4.1.6 allow "some small
// leeway, usually no more than a few minutes": beyond the skew window no leeway is offered.
describe('the leeway what-if on a failed time row', () => {
	it.each([
		['exp missed by 30 s', { exp: NOW_SECONDS - 30 }, 'exp', 'exp.expired', 31],
		[
			'exp missed by exactly the leeway boundary',
			{ exp: NOW_SECONDS - 90.5 },
			'exp',
			'exp.expired',
			91
		],
		['nbf 40 s ahead', { nbf: NOW_SECONDS + 40 }, 'nbf', 'nbf.future', 40],
		['iat 12.2 s ahead', { iat: NOW_SECONDS + 12.2 }, 'iat', 'iat.future', 13]
	] as const)('offers it for %s', async (_, claims, id, code, leeway) => {
		const report = await inspectAt({ token: mint('hs256', claims) });
		expect(row(report, id)).toMatchObject({
			status: 'fail',
			code,
			whatIf: { input: 'leewaySeconds', value: leeway }
		});
		// The what-if is true: with that leeway the row no longer fails.
		const relaxed = await inspectAt({ token: mint('hs256', claims), leewaySeconds: leeway });
		expect(row(relaxed, id).status).toBe('warn');
	});

	it.each([
		['exp missed by an hour', { exp: NOW_SECONDS - 3600 }, 'exp'],
		['nbf a day ahead', { nbf: NOW_SECONDS + 86400 }, 'nbf'],
		['exp still ahead', { exp: NOW_SECONDS + 60 }, 'exp']
	] as const)('offers none for %s', async (_, claims, id) => {
		const report = await inspectAt({ token: mint('hs256', claims) });
		expect(row(report, id).whatIf).toBeUndefined();
	});
});
