import { describe, expect, it } from 'vitest';
import { inspect } from '../../index';
import { NOW, keyText, row } from '$lib/testing/fixtures';
import { IDS, mintProviderToken } from '$lib/testing/provider-tokens';
import { verdictSentence } from '$lib/present/verdict';
import type { InspectInput } from '../../types';

const V1 = `https://sts.windows.net/${IDS.tenant}/`;
const V2 = `https://login.microsoftonline.com/${IDS.tenant}/v2.0`;

/** Inspects with only what the case gives: no fixture audience or issuer. */
async function judge(input: Omit<InspectInput, 'now'>) {
	const report = await inspect({ now: NOW, ...input });
	return { report, sentence: verdictSentence(report) };
}

describe('Entra ID pitfalls', () => {
	describe('v1.0 vs v2.0 issuer', () => {
		it('names a v1.0 token judged against the v2.0 issuer, and the manifest setting as the fix', async () => {
			const { report, sentence } = await judge({
				token: mintProviderToken('entra-id', 'v1.0'),
				issuer: V2
			});
			expect(report.provider).toMatchObject({ id: 'entra-id', variant: 'v1.0' });
			const iss = row(report, 'iss');
			expect(iss).toMatchObject({ status: 'fail', code: 'iss.entra-v1-token' });
			expect(iss.fix).toContain('"accessTokenAcceptedVersion": 2');
			expect(iss.findings?.[0]?.message).toContain('Entra ID v1.0');
			expect(sentence.mainCheck).toBe('iss');
			expect(sentence.text).toContain('accessTokenAcceptedVersion');
			// The generic advice changes nothing for this cause (issue 16): it is not given.
			expect(sentence.text).not.toContain('discovery document');
		});

		it('names a v2.0 token judged against the v1.0 issuer, and expecting v2.0 as the fix', async () => {
			const { report } = await judge({ token: mintProviderToken('entra-id', 'v2.0'), issuer: V1 });
			const iss = row(report, 'iss');
			expect(iss).toMatchObject({ status: 'fail', code: 'iss.entra-v2-token' });
			expect(iss.fix).toMatch(/^Expect the v2\.0 issuer/);
		});

		it('leaves another tenant to the generic mismatch', async () => {
			const other = `https://login.microsoftonline.com/${IDS.objectId}/v2.0`;
			const { report } = await judge({
				token: mintProviderToken('entra-id', 'v1.0'),
				issuer: other
			});
			expect(row(report, 'iss').code).toBe('iss.mismatch');
		});

		it('passes the issuer the token carries', async () => {
			const { report } = await judge({ token: mintProviderToken('entra-id', 'v1.0'), issuer: V1 });
			expect(row(report, 'iss').code).toBe('iss.ok');
		});
	});

	describe('the multi-tenant {tenantid} template', () => {
		it.each([
			['braces', 'https://login.microsoftonline.com/{tenantid}/v2.0'],
			['percent-encoded braces', 'https://login.microsoftonline.com/%7Btenantid%7D/v2.0']
		])(
			'names the template written with %s, and substituting "tid" as the fix',
			async (_, issuer) => {
				const { report, sentence } = await judge({
					token: mintProviderToken('entra-id', 'v2.0'),
					issuer
				});
				const iss = row(report, 'iss');
				expect(iss).toMatchObject({ status: 'fail', code: 'iss.entra-tenant-template' });
				expect(iss.fix).toContain('"tid"');
				expect(sentence.text).toContain('"tid"');
			}
		);

		it('does not call a template for another version a template match', async () => {
			const { report } = await judge({
				token: mintProviderToken('entra-id', 'v1.0'),
				issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0'
			});
			expect(row(report, 'iss').code).not.toBe('iss.entra-tenant-template');
		});
	});

	it('names a B2C token judged against the login.microsoftonline.com issuer, with its user flow', async () => {
		const { report, sentence } = await judge({
			token: mintProviderToken('entra-id', 'b2c'),
			issuer: `https://login.microsoftonline.com/${IDS.tenant}/v2.0/`
		});
		expect(report.provider).toMatchObject({ id: 'entra-id', variant: 'b2c' });
		const iss = row(report, 'iss');
		expect(iss).toMatchObject({ status: 'fail', code: 'iss.entra-b2c' });
		expect(iss.fix).toContain(IDS.b2cPolicy);
		expect(sentence.mainCheck).toBe('iss');
		expect(sentence.text).toContain('user flow');
	});

	it('names a legacy tfp B2C token judged against the b2clogin.com issuer without the user flow', async () => {
		const { report } = await judge({
			token: mintProviderToken('entra-id', 'b2c-tfp'),
			issuer: `https://${IDS.b2cTenant}.b2clogin.com/${IDS.tenant}/v2.0/`
		});
		expect(row(report, 'iss')).toMatchObject({ status: 'fail', code: 'iss.entra-b2c' });
	});

	describe('App ID URI vs client ID audience', () => {
		it('names a v1.0 token for api://{id} judged against the bare client ID', async () => {
			const { report, sentence } = await judge({
				token: mintProviderToken('entra-id', 'v1.0'),
				audience: IDS.apiClientId
			});
			const aud = row(report, 'aud');
			expect(aud).toMatchObject({ status: 'fail', code: 'aud.entra-app-id-uri' });
			expect(aud.fix).toContain(`api://${IDS.apiClientId}`);
			expect(sentence.mainCheck).toBe('aud');
		});

		it('names a v2.0 token for the client ID judged against api://{id}', async () => {
			const { report } = await judge({
				token: mintProviderToken('entra-id', 'v2.0'),
				audience: `api://${IDS.apiClientId}`
			});
			const aud = row(report, 'aud');
			expect(aud).toMatchObject({ status: 'fail', code: 'aud.entra-app-id-uri' });
			expect(aud.fix).toContain(`Expect the client ID "${IDS.apiClientId}"`);
		});
	});

	describe('a Microsoft Graph access token sent to your own API', () => {
		it('explains the signature that fails with the API key, and leads with a token for the API', async () => {
			const { report, sentence } = await judge({
				token: mintProviderToken('entra-id', 'graph'),
				key: keyText('rsOther', 'pem')
			});
			expect(report.verdict).toBe('invalid');
			const signature = row(report, 'signature');
			expect(signature).toMatchObject({ status: 'fail', code: 'signature.graph-token' });
			expect(signature.fix).toContain('User.Read');
			expect(sentence.mainCheck).toBe('signature');
			expect(sentence.text).toContain('only Graph can validate');
			expect(sentence.next).toContain('api://');
		});

		it('says without a key that no key would help, rather than asking for one', async () => {
			const { report, sentence } = await judge({ token: mintProviderToken('entra-id', 'graph') });
			expect(report.verdict).toBe('unverified');
			expect(row(report, 'signature')).toMatchObject({
				status: 'warn',
				code: 'signature.graph-token'
			});
			expect(sentence.text).toContain('only Graph can validate');
			expect(sentence.text).not.toContain("add the issuer's key");
		});

		it("names Graph's audience on the aud row", async () => {
			const { report, sentence } = await judge({
				token: mintProviderToken('entra-id', 'graph'),
				audience: `api://${IDS.apiClientId}`
			});
			expect(row(report, 'aud')).toMatchObject({ status: 'fail', code: 'aud.graph-token' });
			expect(sentence.mainCheck).toBe('aud');
			expect(sentence.next).toContain('User.Read');
		});

		it("does not call an ordinary v1.0 token's failed signature a Graph token's", async () => {
			const { report } = await judge({
				token: mintProviderToken('entra-id', 'v1.0'),
				key: keyText('rsOther', 'pem')
			});
			expect(row(report, 'signature').code).toBe('signature.mismatch');
		});
	});
});
