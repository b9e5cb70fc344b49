// What a claim means in the tokens of one provider (issue 16, item 1): the page explains a name by the
// provider the core recognised first, then by the general dictionary (claim-dictionary.ts). Some names mean
// different things at different providers (`azp` is an application ID at Entra, an origin at Clerk; `ref` a Git
// ref at GitHub, a project at Supabase); others exist at one provider only. Data only, one entry per name, as
// jwt.ms does for Entra. Sources, per provider:
// - Entra ID: learn.microsoft.com/entra/identity-platform/access-token-claims-reference, id-token-claims-reference,
//   optional-claims-reference
// - Amazon Cognito: docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
// - Keycloak: keycloak.org/docs/latest/server_admin (protocol mappers, roles)
// - Okta: developer.okta.com/docs/reference/api/oidc/#token-claims
// - GitHub Actions: docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
// - GitLab CI/CD: docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload
// - Google: developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload
// - Firebase: firebase.google.com/docs/auth/admin/verify-id-tokens
// - Supabase: supabase.com/docs/guides/auth/jwt-fields
// - Clerk: clerk.com/docs/backend-requests/resources/session-tokens
// - Kubernetes: kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/
// - Apple: developer.apple.com/documentation/sign_in_with_apple/authenticating-users-with-sign-in-with-apple
import type { ProviderId } from '$lib/core';
import type { NameExplanation } from './claim-dictionary';

type Entries = Record<string, { meaning: string; kind?: 'time' }>;

function table(source: string, entries: Entries): ReadonlyMap<string, NameExplanation> {
	return new Map(
		Object.entries(entries).map(([name, entry]) => [
			name,
			Object.freeze({ name, source, ...entry })
		])
	);
}

const ENTRA = table('Microsoft Entra ID', {
	oid: {
		meaning:
			'Object ID: the immutable GUID of the user or service principal in this tenant, the same in every application. Identify the subject by tid and oid.'
	},
	tid: {
		meaning:
			'Tenant ID: the GUID of the tenant the user signed in to, also the GUID in iss. A multi-tenant API substitutes it into the {tenantid} issuer template and checks it against the tenants it allows.'
	},
	scp: {
		meaning:
			'The delegated permissions (scopes) the user consented to, one space-separated string. Present only in tokens for a user; an app-only token carries roles instead.'
	},
	roles: {
		meaning:
			"The app roles assigned to the user or, in an app-only token, to the calling application, from the API's app registration. An API authorizes by them."
	},
	wids: {
		meaning:
			"The template IDs of the tenant's directory roles assigned to the user, such as 62e90394-69f5-4237-9190-012177145e10 for Global Administrator."
	},
	azp: {
		meaning:
			'In v2.0 access tokens, the application (client) ID of the app that requested the token, the v2.0 counterpart of appid.'
	},
	azpacr: {
		meaning:
			'In v2.0 access tokens, how the client authenticated: 0 public client, 1 client secret, 2 certificate.'
	},
	appid: {
		meaning:
			'In v1.0 access tokens, the application (client) ID of the app that requested the token (v2.0 uses azp).'
	},
	appidacr: {
		meaning:
			'In v1.0 access tokens, how the client authenticated: 0 public client, 1 client secret, 2 certificate.'
	},
	idtyp: {
		meaning:
			'Whether the token is for an app (app, client credentials) or a user (user), an optional claim an API adds to tell app-only tokens apart.'
	},
	uti: {
		meaning:
			'A per-token identifier Microsoft uses internally to revalidate tokens; do not depend on it.'
	},
	ver: {
		meaning:
			"The token's version: 1.0 (iss sts.windows.net/{tid}/) or 2.0 (iss login.microsoftonline.com/{tid}/v2.0). The API's app registration decides it (accessTokenAcceptedVersion), not the client."
	},
	upn: {
		meaning:
			'The user principal name, such as ada@contoso.com. It can change and be reassigned: never authorize by it.'
	},
	unique_name: {
		meaning: 'A display name for the user in v1.0 tokens; neither unique nor stable.'
	},
	groups: {
		meaning:
			'The object IDs of the groups the user belongs to, when the app registration asks for them; past a limit they are left out and hasgroups or _claim_names appear instead.'
	},
	hasgroups: {
		meaning: 'True when the user is in too many groups to list: fetch them from Microsoft Graph.'
	},
	_claim_names: {
		meaning:
			'Group overage: the groups were too many for the token, and this names where to fetch them (Microsoft Graph).'
	},
	idp: {
		meaning:
			"The identity provider that authenticated the user, when it is not this tenant: a guest's home tenant or an external provider."
	},
	acct: {
		meaning: "The user's account status in the tenant: 0 for a member, 1 for a guest."
	},
	ctry: { meaning: "The user's country or region, as a two-letter code." },
	tenant_ctry: { meaning: "The tenant's country or region, as a two-letter code." },
	tenant_region_scope: { meaning: 'The region of the tenant, such as NA, EU or WW.' },
	login_hint: {
		meaning: 'An opaque, reliable login hint for the user, to pass to the next sign-in.'
	},
	sid: { meaning: "The session ID of the user's sign-in, used for sign-out." },
	tfp: {
		meaning:
			'Azure AD B2C: the user flow (policy) that issued the token, such as B2C_1_signupsignin. Each user flow has its own issuer and metadata.'
	},
	acr: {
		meaning:
			'In Azure AD B2C tokens, the user flow that issued the token (as tfp); in workforce v1.0 tokens, 0 when the authentication did not meet ISO/IEC 29115.'
	}
});

/** Entra's optional claims all begin `xms_` (xms_cc, xms_pl, xms_tpl, xms_mirid…). */
const ENTRA_XMS: Omit<NameExplanation, 'name'> = {
	source: 'Microsoft Entra ID',
	meaning:
		'An optional Microsoft claim (the xms_ prefix), such as xms_cc for client capabilities, xms_pl and xms_tpl for the user and tenant languages, or xms_mirid for a managed identity. Informational for most APIs.'
};

const COGNITO = table('Amazon Cognito', {
	token_use: {
		meaning:
			'Which kind of Cognito token this is: access for access tokens, id for ID tokens. An API must accept only access tokens, and verify it before anything else.'
	},
	'cognito:groups': {
		meaning: 'The user pool groups the user belongs to. An API can authorize by group.'
	},
	'cognito:username': {
		meaning:
			'The user name in the user pool, in ID tokens. It can be reused after a user is deleted: identify users by sub.'
	},
	'cognito:roles': { meaning: 'The IAM role ARNs of the groups the user belongs to.' },
	'cognito:preferred_role': { meaning: 'The IAM role ARN of the highest-priority group.' },
	client_id: {
		meaning:
			'The app client the access token was issued to. Cognito access tokens have no aud: check client_id instead.'
	},
	username: { meaning: 'The user name in the user pool, in access tokens.' },
	auth_time: {
		kind: 'time',
		meaning: 'When the user authenticated, in seconds since 1970-01-01 UTC; kept across refreshes.'
	},
	event_id: {
		meaning: 'The authentication event, shared by the ID and access tokens issued together.'
	},
	origin_jti: {
		meaning:
			'An identifier shared by every token issued from one authentication; revoking the refresh token revokes them all.'
	},
	scope: {
		meaning:
			'The OAuth scopes granted, space-separated; aws.cognito.signin.user.admin lets the token call the user pool API for its own user.'
	}
});

const KEYCLOAK = table('Keycloak', {
	azp: {
		meaning:
			'Authorized party: the client ID the token was issued to. It is not the audience: an API that wants its client ID in aud needs an Audience mapper on the client.'
	},
	realm_access: {
		meaning: "The user's realm roles, as { roles: [...] }: roles that apply across the whole realm."
	},
	resource_access: {
		meaning:
			"The user's client roles, keyed by client ID, each { roles: [...] }. An API checks the entry for its own client ID."
	},
	typ: {
		meaning:
			'The token kind: Bearer for access tokens, ID for ID tokens, Refresh or Offline for refresh tokens. An API should accept only Bearer.'
	},
	preferred_username: {
		meaning: "The user's Keycloak user name. Not stable across renames: identify users by sub."
	},
	session_state: {
		meaning: "The ID of the user's Keycloak session, the same as sid; left out by newer releases."
	},
	sid: { meaning: "The ID of the user's Keycloak session, used for logout." },
	acr: {
		meaning:
			'The level of authentication: 1 for a login with credentials, 0 for a login by cookie (single sign-on), or a configured level of assurance.'
	},
	'allowed-origins': {
		meaning: "The client's web origins, for a resource server's CORS checks."
	},
	scope: { meaning: 'The client scopes granted, space-separated.' }
});

const OKTA = table('Okta', {
	cid: { meaning: 'The client ID of the application that requested the access token.' },
	uid: {
		meaning:
			"The Okta user ID of the token's user; absent for client credentials, where no user is involved."
	},
	scp: { meaning: 'The scopes granted, as an array of strings.' },
	ver: { meaning: "The version of Okta's token format: 1." },
	jti: {
		meaning: 'The token ID: AT.… for an access token, ID.… for an ID token.'
	},
	idp: {
		meaning:
			'The ID of the identity provider that authenticated the user: the Okta org, or a federated one.'
	}
});

const GITHUB_ACTIONS = table('GitHub Actions', {
	sub: {
		meaning:
			"The job's identity, as a trust policy matches it: repo:{owner}/{repo}:ref:{ref}, …:environment:{name}, …:pull_request or …:job_workflow_ref:… (customisable per repository)."
	},
	repository: { meaning: 'The repository the workflow runs in, as owner/name.' },
	repository_owner: { meaning: 'The owner (user or organization) of the repository.' },
	repository_id: { meaning: 'The numeric ID of the repository, stable across renames.' },
	repository_owner_id: {
		meaning: 'The numeric ID of the repository owner, stable across renames.'
	},
	repository_visibility: { meaning: 'Whether the repository is public, private or internal.' },
	ref: { meaning: 'The Git ref the workflow ran on, such as refs/heads/main or refs/tags/v1.' },
	ref_type: { meaning: 'The kind of ref: branch or tag.' },
	ref_protected: { meaning: 'Whether branch protection rules apply to the ref.' },
	sha: { meaning: 'The commit SHA the workflow ran on.' },
	environment: {
		meaning:
			'The deployment environment the job used. A job with an environment gets a sub of the …:environment:{name} form instead of …:ref:….'
	},
	job_workflow_ref: {
		meaning:
			'The workflow file the job ran, with its ref: owner/repo/.github/workflows/file.yml@ref; for a reusable workflow, the reusable one.'
	},
	job_workflow_sha: { meaning: 'The commit SHA of the workflow file the job ran.' },
	workflow: { meaning: 'The name of the workflow.' },
	workflow_ref: { meaning: 'The calling workflow file with its ref.' },
	workflow_sha: { meaning: 'The commit SHA of the calling workflow file.' },
	runner_environment: {
		meaning: 'Where the job ran: github-hosted or self-hosted.'
	},
	actor: { meaning: 'The account that triggered the workflow run.' },
	actor_id: { meaning: 'The numeric ID of that account.' },
	event_name: { meaning: 'The event that triggered the run, such as push or workflow_dispatch.' },
	head_ref: { meaning: 'For a pull request, the source branch.' },
	base_ref: { meaning: 'For a pull request, the target branch.' },
	run_id: { meaning: 'The ID of the workflow run.' },
	run_number: { meaning: 'The number of the workflow run in this repository.' },
	run_attempt: { meaning: 'Which attempt at the run this is.' },
	enterprise: { meaning: 'The enterprise that owns the repository.' },
	aud: {
		meaning:
			'The audience the job asked for: by default https://github.com/{owner}; sts.amazonaws.com for AWS, api://AzureADTokenExchange for Azure.'
	}
});

const GITLAB = table('GitLab CI/CD', {
	sub: {
		meaning:
			"The job's identity, as a trust policy matches it: project_path:{group}/{project}:ref_type:{type}:ref:{ref}."
	},
	namespace_id: { meaning: 'The ID of the group or user namespace of the project.' },
	namespace_path: { meaning: 'The path of the group or user namespace of the project.' },
	project_id: { meaning: 'The ID of the project.' },
	project_path: { meaning: 'The path of the project, as group/project.' },
	user_id: { meaning: 'The ID of the user who ran the job.' },
	user_login: { meaning: 'The user name of the user who ran the job.' },
	user_email: { meaning: 'The email address of the user who ran the job.' },
	pipeline_id: { meaning: 'The ID of the pipeline.' },
	pipeline_source: { meaning: 'What started the pipeline, such as push, web or schedule.' },
	job_id: { meaning: 'The ID of the job.' },
	ref: { meaning: 'The branch or tag name the job ran for.' },
	ref_type: { meaning: 'The kind of ref: branch or tag.' },
	ref_protected: { meaning: 'Whether the ref is protected.' },
	environment: { meaning: 'The environment the job deploys to.' },
	environment_protected: { meaning: 'Whether that environment is protected.' },
	deployment_tier: { meaning: 'The deployment tier of the environment.' },
	runner_id: { meaning: 'The ID of the runner that ran the job.' },
	runner_environment: { meaning: 'Where the job ran: gitlab-hosted or self-hosted.' },
	sha: { meaning: 'The commit SHA the job ran on.' },
	ci_config_ref_uri: { meaning: 'The CI configuration file the pipeline used, with its ref.' },
	ci_config_sha: { meaning: 'The commit SHA of that configuration file.' },
	project_visibility: { meaning: 'Whether the project is public, internal or private.' }
});

const GOOGLE = table('Google', {
	azp: {
		meaning:
			'The client ID of the app that obtained the token. On Android, azp is the Android client ID and aud the web client ID.'
	},
	aud: {
		meaning:
			"The client ID the ID token is for (…apps.googleusercontent.com), or the URL it was minted for with gcloud auth print-identity-token --audiences; check it is your own app's."
	},
	hd: {
		meaning:
			"The Google Workspace domain of the user's account. Check it to limit sign-in to one organization; the email domain alone is not enough."
	},
	email_verified: { meaning: 'True when Google has verified the email address.' }
});

const FIREBASE = table('Firebase Authentication', {
	aud: { meaning: 'The Firebase project ID the token is for: verifiers expect exactly it.' },
	firebase: {
		meaning:
			'Firebase details: sign_in_provider (password, google.com, custom…), the identities linked to the user and, with multi-tenancy, the tenant.'
	},
	user_id: { meaning: 'The Firebase user ID (UID), the same value as sub.' },
	uid: { meaning: 'In a custom token, the UID of the user to sign in.' },
	claims: { meaning: 'In a custom token, the custom claims to give the user.' }
});

const SUPABASE = table('Supabase', {
	role: {
		meaning:
			'The Postgres role requests run as: authenticated for a signed-in user, anon for the public key, service_role for the secret key (which bypasses row-level security).'
	},
	aal: {
		meaning:
			'Authenticator assurance level: aal1 for one factor, aal2 when the user completed multi-factor authentication.'
	},
	amr: {
		meaning:
			'How the user authenticated, as a list of { method, timestamp } objects (password, otp, oauth…), not strings as in RFC 8176.'
	},
	session_id: { meaning: "The ID of the user's Supabase Auth session." },
	is_anonymous: { meaning: 'True for an anonymous sign-in.' },
	app_metadata: {
		meaning: 'Data only the server can write, such as the providers the user signed in with.'
	},
	user_metadata: {
		meaning: 'Data the user can change: never authorize by it.'
	},
	ref: { meaning: 'The project ref (the subdomain of {ref}.supabase.co), in API keys.' }
});

const CLERK = table('Clerk', {
	sid: { meaning: 'The session ID (sess_…) the token belongs to.' },
	azp: {
		meaning:
			'Authorized party: the origin of the page that requested the token. Verifiers check it against a list of allowed origins (authorizedParties).'
	},
	fva: {
		meaning:
			'Factor verification age: the minutes since the user last verified their first and second factors (-1 when never).'
	},
	org_id: { meaning: "The ID of the user's active organization." },
	org_role: { meaning: "The user's role in the active organization." },
	org_slug: { meaning: "The slug of the user's active organization." },
	org_permissions: { meaning: "The user's permissions in the active organization." },
	v: { meaning: 'The version of the session token format.' }
});

const KUBERNETES = table('Kubernetes', {
	sub: { meaning: 'The service account: system:serviceaccount:{namespace}:{name}.' },
	aud: {
		meaning:
			'Whom the token is for: by default the API server (its issuer); a projected volume can name another audience.'
	},
	'kubernetes.io': {
		meaning:
			'The objects the token is bound to: the namespace, the service account and the pod (or secret); the token is invalid once they are deleted.'
	},
	'kubernetes.io/serviceaccount/namespace': {
		meaning: "A legacy token's namespace."
	},
	'kubernetes.io/serviceaccount/secret.name': {
		meaning: 'The Secret that holds this legacy token. Legacy tokens never expire.'
	},
	'kubernetes.io/serviceaccount/service-account.name': {
		meaning: "A legacy token's service account."
	},
	'kubernetes.io/serviceaccount/service-account.uid': {
		meaning: "The UID of a legacy token's service account."
	}
});

const APPLE = table('Sign in with Apple', {
	aud: {
		meaning:
			'The client the ID token is for: the bundle ID for a native iOS app, the Services ID for the web and Android.'
	},
	nonce_supported: { meaning: 'Whether the platform supports the nonce claim.' },
	is_private_email: {
		meaning: "True when email is a private relay address hiding the user's own."
	},
	real_user_status: {
		meaning: 'How likely the user is a real person: 0 unsupported, 1 unknown, 2 likely real.'
	},
	transfer_sub: {
		meaning: 'The user identifier to use while an app is transferred between teams.'
	},
	email_verified: {
		meaning: 'Whether Apple verified the email, as a string or a boolean depending on the platform.'
	}
});

const AUTH0 = table('Auth0', {
	azp: { meaning: 'The client ID of the application the token was issued to.' },
	gty: {
		meaning:
			'The grant type the token came from, such as client-credentials for a machine-to-machine token.'
	},
	permissions: {
		meaning:
			"The API's permissions granted through role-based access control, when enabled for the API."
	},
	org_id: { meaning: 'The Auth0 Organization the user logged in through.' },
	sub: {
		meaning:
			'The user ID, as {connection}|{id} (auth0|…, google-oauth2|…), or {client id}@clients for a machine-to-machine token.'
	}
});

const BY_PROVIDER: ReadonlyMap<ProviderId, ReadonlyMap<string, NameExplanation>> = new Map([
	['entra-id', ENTRA],
	['cognito', COGNITO],
	['keycloak', KEYCLOAK],
	['okta', OKTA],
	['github-actions', GITHUB_ACTIONS],
	['gitlab-ci', GITLAB],
	['google', GOOGLE],
	['firebase', FIREBASE],
	['supabase', SUPABASE],
	['clerk', CLERK],
	['kubernetes', KUBERNETES],
	['apple', APPLE],
	['auth0', AUTH0]
]);

/** What a claim means in this provider's tokens, or undefined when the provider gives it no meaning of its own. */
export function explainProviderClaim(
	provider: ProviderId | undefined,
	name: string
): NameExplanation | undefined {
	if (provider === undefined) return undefined;
	const own = BY_PROVIDER.get(provider)?.get(name);
	if (own) return own;
	if (provider === 'entra-id' && name.startsWith('xms_') && name.length > 4)
		return Object.freeze({ name, ...ENTRA_XMS });
	return undefined;
}

/** The providers with their own claim meanings, for tests. */
export const PROVIDER_CLAIM_TABLES = BY_PROVIDER;
