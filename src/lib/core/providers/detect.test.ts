import { describe, expect, it } from 'vitest';
import { inspectAt } from '$lib/testing/fixtures';
import {
	IDS,
	allShapes,
	mintProviderToken,
	providerShape,
	type ShapeOverrides,
	type ShapedProvider,
	type ShapeVariant
} from '$lib/testing/provider-tokens';
import type { Provider, ProviderId } from './types';
import { detectProvider } from './index';

function detect<Id extends ShapedProvider>(
	id: Id,
	variant: ShapeVariant<Id>,
	overrides?: ShapeOverrides
): Provider {
	return detectProvider(providerShape(id, variant, overrides));
}

// Every shape the test helper mints, with what its detection must say: the provider, the variant, the token
// kind, the facts pitfalls rely on, and one piece of evidence that must be named.
const EXPECTED: Array<{
	shape: [ShapedProvider, string];
	provider: Partial<Provider> & { id: ProviderId };
	evidence: string;
}> = [
	{
		shape: ['entra-id', 'v1.0'],
		provider: { id: 'entra-id', variant: 'v1.0', tokenKind: 'access-token' },
		evidence: 'ver "1.0"'
	},
	{
		shape: ['entra-id', 'v2.0'],
		provider: { id: 'entra-id', variant: 'v2.0', tokenKind: 'access-token' },
		evidence: 'ver "2.0"'
	},
	{
		shape: ['entra-id', 'v2.0-id'],
		provider: { id: 'entra-id', variant: 'v2.0', tokenKind: 'id-token' },
		evidence: `tid "${IDS.tenant}"`
	},
	{
		shape: ['entra-id', 'graph'],
		provider: { id: 'entra-id', variant: 'v1.0', facts: { microsoftGraph: true } },
		evidence: 'header "nonce"'
	},
	{
		shape: ['entra-id', 'us-government'],
		provider: { id: 'entra-id', variant: 'v2.0', facts: { cloud: 'us-government' } },
		evidence: 'ver "2.0"'
	},
	{
		shape: ['entra-id', 'china'],
		provider: { id: 'entra-id', variant: 'v2.0', facts: { cloud: 'china' } },
		evidence: 'ver "2.0"'
	},
	{
		shape: ['entra-id', 'china-v1.0'],
		provider: { id: 'entra-id', variant: 'v1.0', facts: { cloud: 'china' } },
		evidence: 'ver "1.0"'
	},
	{
		shape: ['entra-id', 'b2c'],
		provider: { id: 'entra-id', variant: 'b2c', facts: { policy: IDS.b2cPolicy } },
		evidence: `tfp "${IDS.b2cPolicy}"`
	},
	{
		shape: ['entra-id', 'b2c-tfp'],
		provider: { id: 'entra-id', variant: 'b2c', facts: { policy: IDS.b2cPolicy } },
		evidence: `tfp "${IDS.b2cPolicy}"`
	},
	{
		shape: ['entra-id', 'external-id'],
		provider: { id: 'entra-id', variant: 'external-id' },
		evidence: `tid "${IDS.tenant}"`
	},
	{
		shape: ['auth0', 'access-token'],
		provider: {
			id: 'auth0',
			variant: 'tenant-domain',
			tokenKind: 'access-token',
			facts: { domain: IDS.auth0Tenant }
		},
		evidence: `aud "https://${IDS.auth0Tenant}/userinfo"`
	},
	{
		shape: ['auth0', 'id-token'],
		provider: { id: 'auth0', variant: 'tenant-domain', tokenKind: 'id-token' },
		evidence: `iss "https://${IDS.auth0Tenant}/"`
	},
	{
		shape: ['auth0', 'custom-domain'],
		provider: { id: 'auth0', variant: 'custom-domain', facts: { customDomain: true } },
		evidence: `aud "https://${IDS.auth0CustomDomain}/userinfo"`
	},
	{
		shape: ['auth0', 'client-credentials'],
		provider: { id: 'auth0', variant: 'custom-domain', tokenKind: 'access-token' },
		evidence: 'claim "gty"'
	},
	{
		shape: ['auth0', 'encrypted'],
		provider: { id: 'auth0', variant: 'encrypted', tokenKind: 'access-token' },
		evidence: 'header alg "dir"'
	},
	{
		shape: ['okta', 'org-as'],
		provider: {
			id: 'okta',
			variant: 'org-as',
			tokenKind: 'access-token',
			facts: { authorizationServer: 'org' }
		},
		evidence: 'cid "0oa1b2c3d4e5f6g7h8i9"'
	},
	{
		shape: ['okta', 'custom-as'],
		provider: { id: 'okta', variant: 'custom-as', facts: { authorizationServer: 'default' } },
		evidence: 'uid "00u1a2b3c4d5e6f7g8h9"'
	},
	{
		shape: ['okta', 'id-token'],
		provider: { id: 'okta', variant: 'custom-as', tokenKind: 'id-token' },
		evidence: `iss "https://${IDS.oktaOrg}/oauth2/default"`
	},
	{
		shape: ['okta', 'custom-domain'],
		provider: {
			id: 'okta',
			variant: 'custom-as',
			facts: { authorizationServer: 'aus1a2b3c4d5e6f7g8h9' }
		},
		evidence: 'jti "AT.qBm3sLk0r7nJxVw2Yc9dE4fG6hI8jK0l"'
	},
	{
		shape: ['google', 'id-token'],
		provider: {
			id: 'google',
			variant: 'id-token',
			tokenKind: 'id-token',
			facts: { clientKind: 'oauth-client' }
		},
		evidence: 'hd "orders.example"'
	},
	{
		shape: ['google', 'id-token-without-scheme'],
		provider: { id: 'google', variant: 'id-token' },
		evidence: 'iss "accounts.google.com"'
	},
	{
		shape: ['google', 'service-account'],
		provider: {
			id: 'google',
			variant: 'service-account',
			facts: { clientKind: 'not-a-client-id' }
		},
		evidence: `email "${IDS.googleServiceAccount}"`
	},
	{
		shape: ['google', 'self-signed'],
		provider: { id: 'google', variant: 'self-signed', tokenKind: 'service-account' },
		evidence: `sub "${IDS.googleServiceAccount}"`
	},
	{
		shape: ['google', 'iap'],
		provider: { id: 'google', variant: 'iap', facts: { project: '123456789012' } },
		evidence: 'iss "https://cloud.google.com/iap"'
	},
	{
		shape: ['cognito', 'access-token'],
		provider: {
			id: 'cognito',
			tokenKind: 'access-token',
			facts: { region: IDS.cognitoRegion, userPool: IDS.cognitoPool }
		},
		evidence: 'token_use "access"'
	},
	{
		shape: ['cognito', 'id-token'],
		provider: { id: 'cognito', tokenKind: 'id-token' },
		evidence: 'token_use "id"'
	},
	{
		shape: ['keycloak', 'access-token'],
		provider: {
			id: 'keycloak',
			variant: 'realm',
			tokenKind: 'access-token',
			facts: { realm: IDS.keycloakRealm, issuerHost: 'localhost' }
		},
		evidence: 'claim "realm_access"'
	},
	{
		shape: ['keycloak', 'legacy-auth-path'],
		provider: {
			id: 'keycloak',
			variant: 'legacy-auth-path',
			facts: { legacyAuthPath: true, realm: IDS.keycloakRealm }
		},
		evidence: 'typ "Bearer"'
	},
	{
		shape: ['keycloak', 'id-token'],
		provider: { id: 'keycloak', tokenKind: 'id-token' },
		evidence: 'typ "ID"'
	},
	{
		shape: ['firebase', 'id-token'],
		provider: { id: 'firebase', tokenKind: 'id-token', facts: { project: IDS.firebaseProject } },
		evidence: 'claim "firebase"'
	},
	{
		shape: ['firebase', 'session-cookie'],
		provider: {
			id: 'firebase',
			tokenKind: 'session-cookie',
			facts: { project: IDS.firebaseProject }
		},
		evidence: `iss "https://session.firebase.google.com/${IDS.firebaseProject}"`
	},
	{
		shape: ['firebase', 'custom-token'],
		provider: { id: 'firebase', tokenKind: 'custom-token' },
		evidence:
			'aud "https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit"'
	},
	{
		shape: ['supabase', 'access-token'],
		provider: { id: 'supabase', variant: 'hosted', facts: { projectRef: IDS.supabaseRef } },
		evidence: 'role "authenticated"'
	},
	{
		shape: ['supabase', 'api-key'],
		provider: {
			id: 'supabase',
			variant: 'api-key',
			tokenKind: 'api-key',
			facts: { projectRef: IDS.supabaseRef }
		},
		evidence: 'role "anon"'
	},
	{
		shape: ['supabase', 'self-hosted'],
		provider: { id: 'supabase', variant: 'self-hosted' },
		evidence: 'aal "aal1"'
	},
	{
		shape: ['clerk', 'development'],
		provider: { id: 'clerk', variant: 'development', facts: { domain: IDS.clerkDevHost } },
		evidence: 'claim "fva"'
	},
	{
		shape: ['clerk', 'production'],
		provider: { id: 'clerk', variant: 'production' },
		evidence: 'sid "sess_2abcDEFghiJKLmnoPQRstuVWXyz"'
	},
	{
		shape: ['github-actions', 'workload-identity'],
		provider: {
			id: 'github-actions',
			variant: 'github.com',
			facts: { repository: IDS.githubRepository, ref: 'refs/heads/main' }
		},
		evidence: 'claim "job_workflow_ref"'
	},
	{
		shape: ['gitlab-ci', 'gitlab.com'],
		provider: { id: 'gitlab-ci', variant: 'gitlab.com', facts: { repository: IDS.gitlabProject } },
		evidence: 'claim "pipeline_source"'
	},
	{
		shape: ['gitlab-ci', 'self-managed'],
		provider: { id: 'gitlab-ci', variant: 'self-managed' },
		evidence: `project_path "${IDS.gitlabProject}"`
	},
	{
		shape: ['kubernetes', 'projected'],
		provider: {
			id: 'kubernetes',
			variant: 'projected',
			facts: { namespace: 'orders', serviceAccount: 'orders-api' }
		},
		evidence: 'claim "kubernetes.io"'
	},
	{
		shape: ['kubernetes', 'legacy'],
		provider: {
			id: 'kubernetes',
			variant: 'legacy',
			facts: { namespace: 'orders', serviceAccount: 'orders-api' }
		},
		evidence: 'iss "kubernetes/serviceaccount"'
	},
	{
		shape: ['apple', 'id-token'],
		provider: { id: 'apple', variant: 'id-token', tokenKind: 'id-token' },
		evidence: `aud "${IDS.appleClientId}"`
	},
	{
		shape: ['apple', 'client-secret'],
		provider: { id: 'apple', variant: 'client-secret' },
		evidence: 'aud "https://appleid.apple.com"'
	}
];

describe('recognising each provider from the token alone', () => {
	it('has an expectation for every shape the helper mints, and a shape for every provider', () => {
		expect(EXPECTED.map((e) => e.shape.join(' ')).sort()).toEqual(
			allShapes()
				.map((s) => s.join(' '))
				.sort()
		);
		const ids = new Set(EXPECTED.map((e) => e.provider.id));
		expect(ids.size).toBe(13);
	});

	it.each(EXPECTED)(
		'recognises $shape.0 $shape.1 with its evidence',
		({ shape, provider, evidence }) => {
			const found = detect(shape[0], shape[1] as never);
			expect(found).toMatchObject(provider);
			expect(found.evidence).toContain(evidence);
			expect(found.label.length).toBeGreaterThan(0);
		}
	);

	it.each(EXPECTED)(
		'reports $shape.0 $shape.1 from inspect(), signed or encrypted',
		async ({ shape, provider }) => {
			const report = await inspectAt({ token: mintProviderToken(shape[0], shape[1] as never) });
			expect(report.provider.id).toBe(provider.id);
			expect(report.checks.find((c) => c.id === 'structure')?.status).not.toBe('fail');
		}
	);
});

describe('look-alikes are not taken for a provider', () => {
	const cases: Array<[string, ShapedProvider, string, ShapeOverrides]> = [
		[
			'an Auth0 host under another domain',
			'auth0',
			'id-token',
			{
				claims: {
					iss: 'https://dev-orders.eu.auth0.com.evil.example/',
					sub: 'user-1',
					nickname: undefined
				}
			}
		],
		[
			'an Auth0 issuer without the trailing slash and no Auth0 claims',
			'auth0',
			'id-token',
			{ claims: { iss: `https://${IDS.auth0CustomDomain}`, sub: 'user-1', nickname: undefined } }
		],
		[
			'a plain issuer ending in a slash',
			'auth0',
			'id-token',
			{ claims: { iss: 'https://issuer.example/', sub: 'user-1' } }
		],
		[
			'a JWE with dir but no iss in its header',
			'auth0',
			'encrypted',
			{ header: { iss: undefined } }
		],
		[
			'an Okta org three labels deep',
			'okta',
			'org-as',
			{ claims: { iss: 'https://a.orders-org.okta.com.evil.example', jti: undefined } }
		],
		[
			'an Okta-like path without Okta claims',
			'okta',
			'custom-domain',
			{ claims: { jti: 'abc', cid: undefined } }
		],
		[
			'accounts.google.com as a path',
			'google',
			'id-token',
			{ claims: { iss: 'https://evil.example/accounts.google.com' } }
		],
		[
			'accounts.google.com with a trailing slash',
			'google',
			'id-token',
			{ claims: { iss: 'https://accounts.google.com/' } }
		],
		[
			'securetoken.google.com under another host',
			'firebase',
			'id-token',
			{ claims: { iss: 'https://securetoken.google.com.evil.example/p' } }
		],
		[
			'a Cognito host with no pool',
			'cognito',
			'id-token',
			{ claims: { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/' } }
		],
		[
			'a Cognito look-alike host',
			'cognito',
			'id-token',
			{ claims: { iss: 'https://cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_AbC' } }
		],
		[
			'a realm path with more after it',
			'keycloak',
			'access-token',
			{ claims: { iss: 'http://localhost:8080/realms/orders/extra' } }
		],
		[
			'a supabase.co look-alike',
			'supabase',
			'access-token',
			{ claims: { iss: 'https://abc.supabase.co.evil.example/auth/v1', role: undefined } }
		],
		[
			'a Clerk host two labels deep',
			'clerk',
			'development',
			{ claims: { iss: 'https://a.b.clerk.accounts.dev', sid: undefined } }
		],
		[
			'a GitHub Actions issuer with a trailing slash',
			'github-actions',
			'workload-identity',
			{
				claims: { iss: 'https://token.actions.githubusercontent.com/', job_workflow_ref: undefined }
			}
		],
		[
			'a GitHub Actions host under another domain',
			'github-actions',
			'workload-identity',
			{
				claims: {
					iss: 'https://token.actions.githubusercontent.com.evil.example',
					job_workflow_ref: undefined
				}
			}
		],
		[
			'gitlab.com claims without a GitLab subject',
			'gitlab-ci',
			'self-managed',
			{ claims: { sub: 'user-1' } }
		],
		[
			'a service-account subject without the kubernetes.io claim',
			'kubernetes',
			'projected',
			{ claims: { 'kubernetes.io': undefined } }
		],
		['Apple with http', 'apple', 'id-token', { claims: { iss: 'http://appleid.apple.com' } }]
	];
	it.each(cases)('%s', (_, id, variant, overrides) => {
		expect(detect(id, variant as never, overrides).id).toBe('none');
	});
});
