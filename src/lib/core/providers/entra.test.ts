import { describe, expect, it } from 'vitest';
import { inspectAt } from '$lib/testing/fixtures';
import {
	IDS,
	mintProviderToken,
	providerShape,
	type ShapeOverrides,
	type ShapeVariant
} from '$lib/testing/provider-tokens';
import { detectProvider } from './index';

const detect = (variant: ShapeVariant<'entra-id'>, overrides?: ShapeOverrides) =>
	detectProvider(providerShape('entra-id', variant, overrides));

describe('Microsoft Entra ID tokens', () => {
	it('recognises a v1.0 access token by its sts.windows.net issuer, with ver and tid as evidence', () => {
		const provider = detect('v1.0');
		expect(provider).toMatchObject({
			id: 'entra-id',
			variant: 'v1.0',
			tokenKind: 'access-token',
			facts: { tenantId: IDS.tenant, cloud: 'global', issuerHost: 'sts.windows.net' }
		});
		expect(provider.evidence).toEqual([
			`iss "https://sts.windows.net/${IDS.tenant}/"`,
			'ver "1.0"',
			`tid "${IDS.tenant}"`
		]);
	});

	it('recognises a v2.0 access token and a v2.0 ID token', () => {
		expect(detect('v2.0')).toMatchObject({
			variant: 'v2.0',
			tokenKind: 'access-token'
		});
		expect(detect('v2.0-id')).toMatchObject({ variant: 'v2.0', tokenKind: 'id-token' });
	});

	it('names the national clouds by their issuer hosts', () => {
		expect(detect('us-government').facts.cloud).toBe('us-government');
		expect(detect('china').facts.cloud).toBe('china');
		expect(detect('china-v1.0')).toMatchObject({
			variant: 'v1.0',
			facts: { cloud: 'china' }
		});
	});

	it('marks a Microsoft Graph access token: a nonce in the header and Graph as audience', () => {
		const provider = detect('graph');
		expect(provider).toMatchObject({ variant: 'v1.0', facts: { microsoftGraph: true } });
		expect(provider.evidence).toContain('header "nonce"');
		expect(detect('graph', { claims: { aud: 'https://graph.microsoft.com' } }).facts).toMatchObject(
			{ microsoftGraph: true }
		);
		// A nonce alone, or Graph's audience alone, is not a Graph token's shape.
		expect(detect('v1.0', { header: { nonce: 'abc' } }).facts.microsoftGraph).toBeUndefined();
		expect(detect('graph', { header: { nonce: undefined } }).facts.microsoftGraph).toBeUndefined();
	});

	it('recognises Azure AD B2C issuers, current and legacy tfp, with the tenant and the user flow', () => {
		expect(detect('b2c')).toMatchObject({
			variant: 'b2c',
			facts: { tenantName: IDS.b2cTenant, tenantId: IDS.tenant, policy: IDS.b2cPolicy }
		});
		expect(detect('b2c-tfp', { claims: { tfp: undefined } })).toMatchObject({
			variant: 'b2c',
			facts: { policy: IDS.b2cPolicy }
		});
	});

	it('recognises External ID by its ciamlogin.com host', () => {
		expect(detect('external-id')).toMatchObject({
			variant: 'external-id',
			facts: { tenantName: IDS.tenant, tenantId: IDS.tenant }
		});
	});

	const nearMisses = [
		`https://login.microsoftonline.com.evil.example/${IDS.tenant}/v2.0`,
		`https://login.microsoftonline.com@evil.example/${IDS.tenant}/v2.0`,
		`https://evil.example/login.microsoftonline.com/${IDS.tenant}/v2.0`,
		`https://sts.windows.net.evil.example/${IDS.tenant}/`,
		`https://xsts.windows.net/${IDS.tenant}/`,
		`http://sts.windows.net/${IDS.tenant}/`,
		`https://sts.windows.net:8443/${IDS.tenant}/`,
		`https://login%2Emicrosoftonline.com/${IDS.tenant}/v2.0`,
		`https://sts.windows.net/${IDS.tenant}/extra/`,
		`https://sts.windows.net/not-a-guid/`,
		`https://login.microsoftonline.com/${IDS.tenant}/v2.0?x=1`,
		`https://evil.b2clogin.com.example/${IDS.tenant}/v2.0/`,
		`https://a.b.ciamlogin.com/${IDS.tenant}/v2.0`,
		`https://ciamlogin.com/${IDS.tenant}/v2.0`
	];
	it.each(nearMisses)('does not take the look-alike issuer %s for Entra ID', (iss) => {
		expect(detect('v2.0', { claims: { iss } }).id).not.toBe('entra-id');
	});

	it('is what inspect() reports, for a signed token', async () => {
		const report = await inspectAt({ token: mintProviderToken('entra-id', 'v1.0') });
		expect(report.provider).toMatchObject({ id: 'entra-id', variant: 'v1.0' });
	});
});
