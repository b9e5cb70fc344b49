import { describe, expect, it } from 'vitest';
import { TOKENS, inspectAt } from '$lib/testing/fixtures';
import { foundLine } from './found-line';

describe('foundLine', () => {
	it('is absent for a token pasted on its own', async () => {
		expect(foundLine((await inspectAt({ token: TOKENS.rs256! })).token)).toBeUndefined();
	});

	it('says what was taken from a token response, offers the ID token and names the refresh token', async () => {
		const report = await inspectAt({
			token: JSON.stringify({
				access_token: TOKENS.rs256,
				id_token: TOKENS.es256,
				refresh_token: 'opaque-rt'
			})
		});
		const line = foundLine(report.token)!;
		expect(line.from).toBe('token-response');
		expect(line.sentence).toContain('access_token');
		expect(line.offers).toEqual([
			{ label: 'Inspect the id_token instead', field: 'id_token', token: TOKENS.es256 }
		]);
		expect(line.withheld).toContain('refresh_token');
		expect(JSON.stringify(line)).not.toContain('opaque-rt');
	});

	it('names the cookie', async () => {
		const report = await inspectAt({ token: `Cookie: a=1; session=${TOKENS.hs256}` });
		expect(foundLine(report.token)).toMatchObject({ from: 'cookie', offers: [] });
		expect(foundLine(report.token)!.sentence).toContain('session');
	});
});
