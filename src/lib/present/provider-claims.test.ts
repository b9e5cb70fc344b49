import { describe, expect, it } from 'vitest';
import type { ProviderId } from '$lib/core';
import { explainClaim } from './claim-dictionary';
import { PROVIDER_CLAIM_TABLES } from './provider-claims';

// The claims issue 16 asks to be explained for each provider, as jwt.ms does for Entra.
const ASKED: Array<[ProviderId, string[]]> = [
	[
		'entra-id',
		[
			'oid',
			'tid',
			'scp',
			'roles',
			'wids',
			'azp',
			'azpacr',
			'idtyp',
			'uti',
			'xms_cc',
			'xms_tpl',
			'appid',
			'appidacr',
			'ver',
			'upn',
			'unique_name',
			'groups',
			'hasgroups',
			'_claim_names'
		]
	],
	[
		'cognito',
		[
			'token_use',
			'cognito:groups',
			'cognito:username',
			'client_id',
			'username',
			'auth_time',
			'event_id',
			'origin_jti'
		]
	],
	[
		'keycloak',
		[
			'azp',
			'realm_access',
			'resource_access',
			'preferred_username',
			'session_state',
			'sid',
			'acr',
			'allowed-origins'
		]
	],
	['okta', ['cid', 'uid']],
	[
		'github-actions',
		['repository', 'ref', 'sha', 'environment', 'job_workflow_ref', 'runner_environment']
	],
	['gitlab-ci', ['project_path', 'pipeline_source', 'namespace_path', 'ref_type']],
	['google', ['hd', 'azp']],
	['firebase', ['firebase', 'user_id']],
	['supabase', ['role', 'aal', 'amr', 'session_id']],
	['clerk', ['sid', 'fva', 'azp']],
	['kubernetes', ['kubernetes.io', 'kubernetes.io/serviceaccount/namespace']],
	['apple', ['nonce_supported', 'is_private_email']],
	['auth0', ['gty', 'permissions']]
];

describe("each provider's own claims", () => {
	it.each(ASKED.flatMap(([provider, names]) => names.map((name) => [provider, name] as const)))(
		'explains %s’s %s',
		(provider, name) => {
			const explanation = explainClaim(name, provider);
			expect(explanation?.name).toBe(name);
			expect(explanation?.meaning.length).toBeGreaterThan(10);
		}
	);

	it("gives a name the meaning of the token's provider where providers differ", () => {
		const meanings = (['entra-id', 'keycloak', 'clerk', 'google'] as const).map(
			(provider) => explainClaim('azp', provider)?.source
		);
		expect(meanings).toEqual(['Microsoft Entra ID', 'Keycloak', 'Clerk', 'Google']);
		expect(explainClaim('ref', 'github-actions')?.source).toBe('GitHub Actions');
		expect(explainClaim('ref', 'supabase')?.source).toBe('Supabase');
	});

	it('falls back to the general meaning for a claim the provider does not define', () => {
		expect(explainClaim('exp', 'entra-id')?.source).toBe('RFC 7519 §4.1.4');
		expect(explainClaim('azp')?.source).toContain('OpenID Connect Core 1.0');
		expect(explainClaim('azp', 'none')?.source).toContain('OpenID Connect Core 1.0');
	});

	it('does not guess a provider-only meaning when no provider was recognised', () => {
		expect(explainClaim('role')).toBeUndefined();
		expect(explainClaim('job_workflow_ref')).toBeUndefined();
		expect(explainClaim('xms_cc')).toBeUndefined();
		expect(explainClaim('xms_', 'entra-id')).toBeUndefined();
	});

	it('finds nothing for hostile names under any provider', () => {
		for (const provider of PROVIDER_CLAIM_TABLES.keys())
			for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
				expect(explainClaim(name, provider)).toBeUndefined();
	});

	it('keeps time claims marked as times', () => {
		expect(explainClaim('auth_time', 'cognito')?.kind).toBe('time');
	});
});
