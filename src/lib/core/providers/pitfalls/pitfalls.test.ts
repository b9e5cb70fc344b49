// Every provider's pitfalls (besides Entra ID's, in entra.test.ts) through inspect() and the verdict sentence:
// a token of the provider's shape, the inputs that meet the pitfall, then the provider recognised, the row that
// fails with the pitfall's code, its fix in the row, and the same cause leading the sentence with its next step.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../index';
import { NOW, keyText, mint, row } from '$lib/testing/fixtures';
import { IDS, mintProviderToken } from '$lib/testing/provider-tokens';
import { verdictSentence } from '$lib/present/verdict';
import { PITFALL_STEPS } from '$lib/present/pitfall-steps';
import type { CheckId, InspectInput, ProviderId } from '../../types';

const KEYCLOAK_ISSUER = `${IDS.keycloakHost}/realms/${IDS.keycloakRealm}`;

interface Case {
	name: string;
	token: string;
	inputs: Omit<InspectInput, 'now' | 'token'>;
	provider: ProviderId;
	row: CheckId;
	code: string;
	status?: 'fail' | 'warn' | 'info';
	/** Words of the fix the row must show. */
	fix?: string;
}

const CASES: Case[] = [
	{
		name: "Auth0's encrypted token, asked for without an audience",
		token: mintProviderToken('auth0', 'encrypted'),
		inputs: {},
		provider: 'auth0',
		row: 'structure',
		code: 'structure.auth0-no-audience',
		status: 'warn',
		fix: '"audience"'
	},
	{
		name: 'an Auth0 token for /userinfo only',
		token: mintProviderToken('auth0', 'access-token', {
			claims: { aud: `https://${IDS.auth0Tenant}/userinfo` }
		}),
		inputs: { audience: 'https://orders.example/api' },
		provider: 'auth0',
		row: 'aud',
		code: 'aud.auth0-userinfo',
		fix: '"audience"'
	},
	{
		name: "an Auth0 token under the tenant domain, where the custom domain's issuer is expected",
		token: mintProviderToken('auth0', 'access-token'),
		inputs: { issuer: `https://${IDS.auth0CustomDomain}/` },
		provider: 'auth0',
		row: 'iss',
		code: 'iss.auth0-domain',
		fix: `https://${IDS.auth0Tenant}/`
	},
	{
		name: "Auth0's issuer without its trailing slash",
		token: mintProviderToken('auth0', 'access-token'),
		inputs: { issuer: `https://${IDS.auth0Tenant}` },
		provider: 'auth0',
		row: 'iss',
		code: 'iss.auth0-trailing-slash',
		fix: 'trailing slash'
	},
	{
		name: "an Okta org server's access token whose kid is in no key set you hold",
		token: mintProviderToken('okta', 'org-as'),
		inputs: { key: keyText('rsOther', 'jwks') },
		provider: 'okta',
		row: 'key',
		code: 'key.okta-org-server',
		fix: '/oauth2/default'
	},
	{
		name: "an Okta org server's access token checked with a key",
		token: mintProviderToken('okta', 'org-as'),
		inputs: { key: keyText('rsOther', 'pem') },
		provider: 'okta',
		row: 'signature',
		code: 'signature.okta-org-server',
		fix: '/oauth2/default'
	},
	{
		name: "an Okta org server's access token sent to an API",
		token: mintProviderToken('okta', 'org-as'),
		inputs: { audience: 'api://default' },
		provider: 'okta',
		row: 'aud',
		code: 'aud.okta-org-server',
		fix: '/oauth2/default'
	},
	{
		name: 'an Okta issuer expected without "/oauth2"',
		token: mintProviderToken('okta', 'custom-as'),
		inputs: { issuer: `https://${IDS.oktaOrg}/default` },
		provider: 'okta',
		row: 'iss',
		code: 'iss.okta-path',
		fix: `https://${IDS.oktaOrg}/oauth2/default`
	},
	{
		name: "an Okta org server's token where a custom server is expected",
		token: mintProviderToken('okta', 'org-as'),
		inputs: { issuer: `https://${IDS.oktaOrg}/oauth2/default` },
		provider: 'okta',
		row: 'iss',
		code: 'iss.okta-org-server'
	},
	{
		name: 'a Google ID token without "https://" in its issuer',
		token: mintProviderToken('google', 'id-token-without-scheme'),
		inputs: { issuer: 'https://accounts.google.com' },
		provider: 'google',
		row: 'iss',
		code: 'iss.google-scheme',
		fix: 'both spellings'
	},
	{
		name: 'a Google ID token sent to an API behind Google',
		token: mintProviderToken('google', 'id-token'),
		inputs: { audience: 'https://orders-abc123-ew.a.run.app' },
		provider: 'google',
		row: 'aud',
		code: 'aud.google-client-id',
		fix: 'gcloud auth print-identity-token --audiences=https://orders-abc123-ew.a.run.app'
	},
	{
		name: "a Google ID token for another of the app's clients",
		token: mintProviderToken('google', 'id-token'),
		inputs: {
			audience: '999999999999-zyxwvutsrqponmlkjihgfedcba987654.apps.googleusercontent.com'
		},
		provider: 'google',
		row: 'aud',
		code: 'aud.google-client-id',
		fix: 'every client'
	},
	{
		name: "Google's ID token where Firebase's is expected",
		token: mintProviderToken('google', 'id-token'),
		inputs: { audience: IDS.firebaseProject },
		provider: 'google',
		row: 'aud',
		code: 'aud.google-not-firebase',
		fix: 'getIdToken()'
	},
	{
		name: 'a Firebase ID token for another project',
		token: mintProviderToken('firebase', 'id-token'),
		inputs: { audience: 'other-project-9z8y' },
		provider: 'firebase',
		row: 'aud',
		code: 'aud.firebase-project',
		fix: IDS.firebaseProject
	},
	{
		name: 'a Firebase session cookie where an ID token is expected',
		token: mintProviderToken('firebase', 'session-cookie'),
		inputs: { issuer: `https://securetoken.google.com/${IDS.firebaseProject}` },
		provider: 'firebase',
		row: 'iss',
		code: 'iss.firebase-session-cookie',
		fix: 'verifySessionCookie'
	},
	{
		name: 'a Cognito access token judged by its audience',
		token: mintProviderToken('cognito', 'access-token'),
		inputs: { audience: IDS.cognitoClientId },
		provider: 'cognito',
		row: 'aud',
		code: 'aud.cognito-access-token',
		fix: '"client_id"'
	},
	{
		name: 'a Cognito ID token sent to an API',
		token: mintProviderToken('cognito', 'id-token'),
		inputs: { audience: IDS.cognitoClientId, key: keyText('rs256', 'jwks') },
		provider: 'cognito',
		row: 'token-use',
		code: 'token-use.cognito-id-token',
		status: 'warn',
		fix: 'tokenUse'
	},
	{
		name: 'a Keycloak token issued through localhost, expected through the Docker service name',
		token: mintProviderToken('keycloak', 'access-token'),
		inputs: { issuer: `http://keycloak:8080/realms/${IDS.keycloakRealm}` },
		provider: 'keycloak',
		row: 'iss',
		code: 'iss.keycloak-hostname',
		fix: 'KC_HOSTNAME'
	},
	{
		name: 'a Keycloak issuer expected with the old "/auth" prefix',
		token: mintProviderToken('keycloak', 'access-token'),
		inputs: { issuer: `${IDS.keycloakHost}/auth/realms/${IDS.keycloakRealm}` },
		provider: 'keycloak',
		row: 'iss',
		code: 'iss.keycloak-auth-path',
		fix: KEYCLOAK_ISSUER
	},
	{
		name: 'a Keycloak access token without the API in its audience',
		token: mintProviderToken('keycloak', 'access-token'),
		inputs: { audience: 'orders-api' },
		provider: 'keycloak',
		row: 'aud',
		code: 'aud.keycloak-audience-mapper',
		fix: 'Audience protocol mapper'
	},
	{
		name: 'a GitHub Actions token for AWS sent to Azure',
		token: mintProviderToken('github-actions', 'workload-identity'),
		inputs: { audience: 'api://AzureADTokenExchange' },
		provider: 'github-actions',
		row: 'aud',
		code: 'aud.ci-audience',
		fix: 'azure/login'
	},
	{
		name: "GitHub's issuer expected with a trailing slash",
		token: mintProviderToken('github-actions', 'workload-identity'),
		inputs: { issuer: 'https://token.actions.githubusercontent.com/' },
		provider: 'github-actions',
		row: 'iss',
		code: 'iss.github-trailing-slash',
		fix: 'without the slash'
	},
	{
		name: 'a GitLab CI token for Vault sent to AWS',
		token: mintProviderToken('gitlab-ci', 'gitlab.com'),
		inputs: { audience: 'sts.amazonaws.com' },
		provider: 'gitlab-ci',
		row: 'aud',
		code: 'aud.ci-audience',
		fix: 'id_tokens'
	},
	{
		name: 'a Kubernetes projected token for the API server, sent elsewhere',
		token: mintProviderToken('kubernetes', 'projected'),
		inputs: { audience: 'vault' },
		provider: 'kubernetes',
		row: 'aud',
		code: 'aud.kubernetes-audience',
		fix: '--audience vault'
	},
	{
		name: 'a legacy Kubernetes token where the cluster issuer is expected',
		token: mintProviderToken('kubernetes', 'legacy'),
		inputs: { issuer: IDS.kubernetesIssuer },
		provider: 'kubernetes',
		row: 'iss',
		code: 'iss.kubernetes-issuer',
		fix: 'kubectl create token'
	},
	{
		name: "an Apple ID token for the app's other identifier",
		token: mintProviderToken('apple', 'id-token'),
		inputs: { audience: 'com.example.orders.web' },
		provider: 'apple',
		row: 'aud',
		code: 'aud.apple-client-id',
		fix: 'Services ID'
	},
	{
		name: 'a Supabase user token judged by an API name',
		token: mintProviderToken('supabase', 'access-token'),
		inputs: { audience: 'orders-api' },
		provider: 'supabase',
		row: 'aud',
		code: 'aud.supabase-authenticated',
		fix: '"authenticated"'
	},
	{
		name: 'a Clerk session token where an audience is required',
		token: mintProviderToken('clerk', 'development'),
		inputs: { audience: 'convex' },
		provider: 'clerk',
		row: 'aud',
		code: 'aud.clerk-no-audience',
		fix: 'JWT template'
	}
];

describe('provider pitfalls', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
		const report = await inspect({ now: NOW, token: c.token, ...c.inputs });
		expect(report.provider?.id).toBe(c.provider);
		const check = row(report, c.row);
		expect(check).toMatchObject({ status: c.status ?? 'fail', code: c.code });
		if (c.fix) expect(check.fix).toContain(c.fix);
		// The row names the provider and its evidence.
		expect(check.findings?.some((f) => f.message.startsWith(report.provider!.label))).toBe(true);
		const sentence = verdictSentence(report);
		const step = PITFALL_STEPS[check.code as keyof typeof PITFALL_STEPS]!;
		// A token that verified is valid whatever a warning says: the warning's step is still the next one.
		if (report.verdict !== 'valid') {
			expect(sentence.mainCheck).toBe(c.row);
			expect(sentence.reason).toContain(step.reason);
		}
		// The sentence always ends with the pitfall's next step: it fits in the sentence.
		expect(sentence.next).toBe(step.next);
	});

	it('gives every pitfall code a cause and a next step for the verdict sentence', async () => {
		const { AUD_PITFALL_CODES, ISS_PITFALL_CODES, KEY_PITFALL_CODES } = await import('./index');
		const { SIGNATURE_PITFALL_CODES, STRUCTURE_PITFALL_CODES } = await import('./index');
		const failing = [
			...AUD_PITFALL_CODES,
			...ISS_PITFALL_CODES,
			...KEY_PITFALL_CODES,
			...SIGNATURE_PITFALL_CODES,
			...STRUCTURE_PITFALL_CODES
		];
		expect(failing.filter((code) => !Object.hasOwn(PITFALL_STEPS, code))).toEqual([]);
	});

	describe('a Google ID token sent to an API', () => {
		// Issue 16: the page advised sending the access token, but Google's are opaque ("ya29.…").
		it('is not called the wrong kind of token, and the access token is not advised', async () => {
			const report = await inspect({
				now: NOW,
				token: mintProviderToken('google', 'id-token'),
				audience: IDS.googleClientId
			});
			const use = row(report, 'token-use');
			expect(use).toMatchObject({ status: 'info', code: 'token-use.google-id-token' });
			expect(use.fix).toBeUndefined();
			expect(report.verdict).toBe('unverified');
		});

		it('still warns of an ID token sent to an API for other providers', async () => {
			const report = await inspect({
				now: NOW,
				token: mintProviderToken('entra-id', 'v2.0-id'),
				audience: IDS.clientId
			});
			expect(row(report, 'token-use').code).toBe('token-use.id-token-for-api');
		});
	});

	it("keeps a provider's pitfall to that provider's tokens", async () => {
		// The App ID URI vs client ID is Entra's; an unrecognised token gets the generic near miss.
		const report = await inspect({
			now: NOW,
			token: mint('hs256', { aud: `api://${IDS.apiClientId}` }),
			audience: IDS.apiClientId
		});
		expect(report.provider?.id).toBe('none');
		expect(row(report, 'aud').code).toBe('aud.near-miss');
	});
});
