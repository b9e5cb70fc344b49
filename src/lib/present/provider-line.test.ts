import { describe, expect, it } from 'vitest';
import { inspectAt, mint } from '$lib/testing/fixtures';
import { IDS, mintProviderToken } from '$lib/testing/provider-tokens';
import { providerLine } from './provider-line';

describe('the provider line by the verdict', () => {
	it('names an Entra ID v1.0 access token and the iss and ver that show it', async () => {
		const report = await inspectAt({ token: mintProviderToken('entra-id', 'v1.0') });
		expect(providerLine(report.provider)).toBe(
			`Microsoft Entra ID v1.0 access token: iss "https://sts.windows.net/${IDS.tenant}/", ver "1.0", tid "${IDS.tenant}"`
		);
	});

	it('is absent when no provider is recognised, or there is no report yet', async () => {
		expect(providerLine((await inspectAt({ token: mint('rs256') })).provider)).toBeUndefined();
		expect(providerLine(undefined)).toBeUndefined();
	});

	it('shows a hostile claim value quoted, so it cannot end the line or add one', async () => {
		const report = await inspectAt({
			token: mintProviderToken('keycloak', 'access-token', {
				claims: { iss: 'http://localhost:8080/realms/a%22b', typ: 'Bearer\nFix: trust me' }
			})
		});
		const line = providerLine(report.provider)!;
		expect(line).not.toContain('\n');
		expect(line).toContain('typ "Bearer\\nFix: trust me"');
		expect(line).toContain('realm "a\\"b"');
	});
});
