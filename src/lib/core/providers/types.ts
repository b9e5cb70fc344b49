// What the inspector recognises about who issued a token, from the token alone (issue 16, item 1). Plain data,
// like the rest of the report: it crosses from the worker to the page unchanged.

/** The providers the page names in `data-provider` (page contract); `none` when no provider is recognised. */
export type ProviderId =
	| 'entra-id'
	| 'auth0'
	| 'okta'
	| 'google'
	| 'cognito'
	| 'keycloak'
	| 'firebase'
	| 'supabase'
	| 'clerk'
	| 'github-actions'
	| 'gitlab-ci'
	| 'kubernetes'
	| 'apple'
	| 'none';

/** What the token is, as far as its shape tells: an ID token, an access token… */
export type ProviderTokenKind =
	| 'id-token'
	| 'access-token'
	| 'refresh-token'
	| 'session-cookie'
	| 'custom-token'
	| 'api-key'
	| 'client-secret'
	| 'workload-identity'
	| 'service-account';

/**
 * The facts the token shows about its provider, for the pitfalls that need them (the tenant to substitute into
 * an issuer template, the realm, the project…). Every member is read from the token itself, never fetched.
 */
export interface ProviderFacts {
	/** The host of the token's `iss` (lower case), when `iss` is an https or http URL. */
	issuerHost?: string;
	/** Entra ID: the tenant GUID (`tid`, or the GUID in `iss`). */
	tenantId?: string;
	/** Entra ID: the cloud the issuer host belongs to. */
	cloud?: 'global' | 'us-government' | 'china' | 'germany';
	/** Entra ID: a Microsoft Graph access token (`nonce` in the header, Graph's audience): only Graph can verify it. */
	microsoftGraph?: boolean;
	/** Entra B2C: the tenant name in `{tenant}.b2clogin.com`; External ID: in `{tenant}.ciamlogin.com`. */
	tenantName?: string;
	/** Entra B2C: the user flow (policy) in a legacy `tfp` issuer, or the `tfp`/`acr` claim. */
	policy?: string;
	/** Auth0: the tenant or custom domain (iss host); Clerk: the frontend API host. */
	domain?: string;
	/** Auth0: the issuer is a custom domain, not `{tenant}.auth0.com`. */
	customDomain?: boolean;
	/** Okta: `org` for the org authorization server, otherwise the custom authorization server's ID (`default`…). */
	authorizationServer?: string;
	/** Cognito: the region in the iss host, and the user pool ID (`{region}_{id}`) in its path. */
	region?: string;
	userPool?: string;
	/** Keycloak: the realm, and whether the issuer keeps the `/auth` prefix of Keycloak before 17. */
	realm?: string;
	legacyAuthPath?: boolean;
	/** Firebase / Google Cloud: the project ID (Firebase) or number (IAP). */
	project?: string;
	/** Supabase: the project ref in `{ref}.supabase.co`. */
	projectRef?: string;
	/** Google: what kind of OAuth client `aud` names, read from its suffix. */
	clientKind?: 'oauth-client' | 'not-a-client-id';
	/** GitHub Actions / GitLab CI: the repository or project path, and the ref. */
	repository?: string;
	ref?: string;
	/** Kubernetes: the service account's namespace and name. */
	namespace?: string;
	serviceAccount?: string;
}

/** A recognised provider: who, which of its token shapes, and the evidence read from the token. */
export interface Provider {
	id: ProviderId;
	/** The provider's name, e.g. "Microsoft Entra ID". */
	name: string;
	/** Which of its issuers or formats, e.g. 'v1.0', 'v2.0', 'b2c', 'org-as', 'custom-as', 'legacy'. */
	variant?: string;
	/** What kind of token this is, when its shape says. */
	tokenKind?: ProviderTokenKind;
	/** One line naming it, e.g. "Microsoft Entra ID v1.0 access token". */
	label: string;
	/** What in the token showed it, each value quoted: `iss "https://sts.windows.net/…/"`, `ver "1.0"`. */
	evidence: string[];
	facts: ProviderFacts;
}

/** What a detector reads: the decoded header and claims (a ParsedToken has both; a JWE only a header). */
export interface TokenShape {
	header?: Record<string, unknown>;
	claims?: Record<string, unknown>;
}

/** One provider family's recogniser: the provider when the token has its shape, otherwise undefined. */
export type Detector = (token: TokenShape) => Provider | undefined;
