// What each JWT claim and JOSE header parameter name means, and where it is defined, for the hover and
// focus explanations of the header and payload. One data table: it runs past the ~300-line guide
// because each name is one entry, and splitting the table would only scatter the names.
//
// JWT member names are case-sensitive (RFC 7519 §4, RFC 7515 §4), so lookups are exact. Names come from
// a hostile token, so they are looked up in a Map, never as properties of a plain object: `__proto__`,
// `constructor` or `toString` must find nothing.

import type { ProviderId } from '$lib/core';
import { explainProviderClaim } from './provider-claims';

/** What a claim or header parameter name means, and where it is defined. */
export interface NameExplanation {
	name: string;
	/** One or two plain sentences for a developer: what it is, and what a verifier does with it. */
	meaning: string;
	/** Where it is defined, e.g. 'RFC 7519 §4.1.4', 'OpenID Connect Core 1.0 §5.1', 'Microsoft Entra ID', 'Keycloak'. */
	source: string;
	/** 'time' for NumericDate claims (exp, nbf, iat, auth_time, updated_at...), so the page can show local/UTC/relative time. */
	kind?: 'time';
}

type Entries = Record<string, Omit<NameExplanation, 'name'>>;

/** Turns a name-keyed table into a frozen lookup whose entries carry their own name. */
function table(entries: Entries): ReadonlyMap<string, NameExplanation> {
	return new Map(
		Object.entries(entries).map(([name, entry]) => [name, Object.freeze({ name, ...entry })])
	);
}

const OIDC = 'OpenID Connect Core 1.0';
const ENTRA = 'Microsoft Entra ID';
const COGNITO = 'AWS Cognito';

/** Every payload claim the page can explain, keyed by its exact name. */
export const CLAIMS = table({
	// RFC 7519 §4.1: the registered claims.
	iss: {
		source: 'RFC 7519 §4.1.1',
		meaning:
			'Issuer: who created and signed the token. A verifier accepts only issuers it expects, and takes the keys to check the signature from that issuer.'
	},
	sub: {
		source: 'RFC 7519 §4.1.2',
		meaning:
			'Subject: whom the token is about, usually a user or client ID, unique within the issuer. A verifier identifies the principal by iss and sub together.'
	},
	aud: {
		source: 'RFC 7519 §4.1.3',
		meaning:
			'Audience: the recipient or recipients the token is meant for, a string or an array of strings. A verifier must reject the token unless aud names it.'
	},
	exp: {
		source: 'RFC 7519 §4.1.4',
		kind: 'time',
		meaning:
			'Expiration time, in seconds since 1970-01-01 UTC. A verifier must reject the token on or after this time, allowing a small leeway for clock skew.'
	},
	nbf: {
		source: 'RFC 7519 §4.1.5',
		kind: 'time',
		meaning:
			'Not before: the time, in seconds since 1970-01-01 UTC, before which a verifier must reject the token, allowing a small leeway for clock skew.'
	},
	iat: {
		source: 'RFC 7519 §4.1.6',
		kind: 'time',
		meaning:
			"Issued at: when the token was made, in seconds since 1970-01-01 UTC. A verifier may use it to judge the token's age or to reject a token issued in the future."
	},
	jti: {
		source: 'RFC 7519 §4.1.7',
		meaning:
			'JWT ID: a unique identifier for this token. A verifier may remember the IDs it has seen to reject a replayed token.'
	},

	// OpenID Connect Core 1.0: the ID token (§2) and the hashes that bind it to the other responses.
	auth_time: {
		source: `${OIDC} §2`,
		kind: 'time',
		meaning:
			'When the user last actively authenticated, in seconds since 1970-01-01 UTC. A client that asked for max_age checks it to demand a recent login.'
	},
	nonce: {
		source: `${OIDC} §2; RFC 9449 §4.2`,
		meaning:
			'A value the client sent in the authentication request, echoed in the ID token; the client must check it is the one it sent, which stops replay. In a DPoP proof it is the nonce the server supplied.'
	},
	acr: {
		source: `${OIDC} §2`,
		meaning:
			'Authentication Context Class Reference: the level of assurance the login met. A client or API that requires a level checks it here.'
	},
	amr: {
		source: `${OIDC} §2; RFC 8176; ${ENTRA}`,
		meaning:
			'Authentication Methods References: how the user logged in, such as pwd, otp or mfa (RFC 8176); Microsoft Entra ID v1.0 tokens carry it too. A verifier may require a method, for example multi-factor.'
	},
	azp: {
		source: `${OIDC} §2; ${ENTRA}`,
		meaning:
			"Authorized party: the client the token was issued to; in an ID token it must be the client's own ID. Microsoft Entra ID v2.0 access tokens use it for the calling application's ID, in place of appid."
	},
	at_hash: {
		source: `${OIDC} §3.1.3.6`,
		meaning:
			'Access token hash: the left half of a hash of the access token issued with this ID token, base64url-encoded. The client recomputes it to check the access token belongs with the ID token.'
	},
	c_hash: {
		source: `${OIDC} §3.3.2.11`,
		meaning:
			'Code hash: the left half of a hash of the authorization code issued with this ID token, base64url-encoded. The client recomputes it to check the code was not swapped.'
	},
	s_hash: {
		source: 'OpenID FAPI 1.0 Part 2 §5.1.1',
		meaning:
			'State hash: the left half of a hash of the state value of the authorization response, base64url-encoded. The client recomputes it to check the state was not tampered with.'
	},

	// OpenID Connect Core 1.0 §5.1: the standard claims about the user.
	name: {
		source: `${OIDC} §5.1`,
		meaning: "The user's full name for display, possibly including titles and suffixes."
	},
	given_name: {
		source: `${OIDC} §5.1`,
		meaning: "The user's given or first name. Display only: it is neither unique nor stable."
	},
	family_name: {
		source: `${OIDC} §5.1`,
		meaning: "The user's surname or last name. Display only: it is neither unique nor stable."
	},
	middle_name: {
		source: `${OIDC} §5.1`,
		meaning: "The user's middle name or names, for display."
	},
	nickname: {
		source: `${OIDC} §5.1`,
		meaning: 'A casual name the user goes by, which may differ from their given name.'
	},
	preferred_username: {
		source: `${OIDC} §5.1`,
		meaning:
			'The name the user likes to be called by, such as an email address or handle. It is not guaranteed unique or stable, so never use it as a key; use iss and sub.'
	},
	profile: {
		source: `${OIDC} §5.1`,
		meaning: "The URL of the user's profile page."
	},
	picture: {
		source: `${OIDC} §5.1`,
		meaning: "The URL of the user's profile picture."
	},
	website: {
		source: `${OIDC} §5.1`,
		meaning: "The URL of the user's web page or blog."
	},
	email: {
		source: `${OIDC} §5.1`,
		meaning:
			"The user's preferred email address. It can change and need not be unique or verified, so identify users by iss and sub, and check email_verified before trusting it."
	},
	email_verified: {
		source: `${OIDC} §5.1; Google`,
		meaning:
			'True if the provider has verified that the user controls the email address. Google sets it on its ID tokens; do not trust email for sign-in unless it is true.'
	},
	gender: {
		source: `${OIDC} §5.1`,
		meaning: "The user's gender, as female, male or another value the provider defines."
	},
	birthdate: {
		source: `${OIDC} §5.1`,
		meaning:
			"The user's birthday as a YYYY-MM-DD string, or YYYY alone; 0000 as the year means it was withheld."
	},
	zoneinfo: {
		source: `${OIDC} §5.1`,
		meaning: "The user's time zone, as an IANA name such as Europe/Paris."
	},
	locale: {
		source: `${OIDC} §5.1`,
		meaning: "The user's locale, as a BCP 47 language tag such as en-US."
	},
	phone_number: {
		source: `${OIDC} §5.1`,
		meaning: "The user's preferred telephone number, usually in E.164 form such as +1 425 555 1212."
	},
	phone_number_verified: {
		source: `${OIDC} §5.1`,
		meaning: 'True if the provider has verified that the user controls the phone number.'
	},
	address: {
		source: `${OIDC} §5.1`,
		meaning:
			"The user's postal address, as an object with members such as street_address, locality, postal_code and country."
	},
	updated_at: {
		source: `${OIDC} §5.1`,
		kind: 'time',
		meaning:
			"When the user's profile information was last changed, in seconds since 1970-01-01 UTC."
	},
	_claim_names: {
		source: `${OIDC} §5.6.2; ${ENTRA}`,
		meaning:
			'Maps claims that are not in the token to the source that holds them. Microsoft Entra ID uses it when a user has too many groups to list, pointing to where to fetch them.'
	},
	_claim_sources: {
		source: `${OIDC} §5.6.2; ${ENTRA}`,
		meaning:
			'The sources named by _claim_names: where to fetch the claims left out of the token, with a JWT or an endpoint for each.'
	},
	sid: {
		source: 'OpenID Connect Front-Channel Logout 1.0 §3; Back-Channel Logout 1.0 §2.4',
		meaning:
			"Session ID: the provider's login session this token belongs to. A client keeps it to find which session to end when the provider sends a logout request or logout token."
	},

	// OAuth: token exchange (RFC 8693), JWT access tokens (RFC 9068), proof of possession (RFC 7800, RFC 9449).
	client_id: {
		source: `RFC 8693 §4.3; RFC 9068 §2.2; ${COGNITO}`,
		meaning:
			'The OAuth client the token was issued to; AWS Cognito puts it in access tokens. An API may accept only clients it knows.'
	},
	scope: {
		source: 'RFC 8693 §4.2; RFC 9068 §2.2.3',
		meaning:
			'The OAuth scopes granted, as one space-separated string. An API checks it holds the scope an operation needs.'
	},
	act: {
		source: 'RFC 8693 §4.1',
		meaning:
			'Actor: the party acting on behalf of the subject after a token exchange, itself a set of claims that may nest earlier actors. The subject is still sub; act says who is acting for them.'
	},
	may_act: {
		source: 'RFC 8693 §4.4',
		meaning:
			'Names the party allowed to act on behalf of the subject. A token exchange service checks the requesting actor matches it before issuing a delegated token.'
	},
	cnf: {
		source: 'RFC 7800 §3.1',
		meaning:
			'Confirmation: the key the holder must prove possession of, for example a key thumbprint (jkt for DPoP) or a certificate thumbprint (x5t#S256 for mutual TLS). Without that proof the token must be refused.'
	},
	groups: {
		source: `RFC 9068 §2.2.3.1; ${ENTRA}`,
		meaning:
			'Groups the subject belongs to (RFC 9068). Microsoft Entra ID lists group object IDs up to a limit, then sets hasgroups or _claim_names instead. An API can authorize by group.'
	},
	roles: {
		source: `RFC 9068 §2.2.3.1; ${ENTRA}`,
		meaning:
			'Roles granted to the subject (RFC 9068). Microsoft Entra ID lists the app roles assigned to the user or calling application. An API checks it for role-based access.'
	},
	entitlements: {
		source: 'RFC 9068 §2.2.3.1',
		meaning:
			'Entitlements of the subject, rights that are neither roles nor groups, as SCIM defines them (RFC 7643). An API can authorize by them.'
	},
	htm: {
		source: 'RFC 9449 §4.2',
		meaning:
			'In a DPoP proof, the HTTP method of the request it was made for. The server checks it matches the request.'
	},
	htu: {
		source: 'RFC 9449 §4.2',
		meaning:
			'In a DPoP proof, the URL of the request it was made for, without query or fragment. The server checks it matches the request.'
	},
	ath: {
		source: 'RFC 9449 §4.2',
		meaning:
			'In a DPoP proof, the base64url SHA-256 hash of the access token sent with it. The server checks it to bind the proof to that token.'
	},

	// RFC 8417: Security Event Tokens, also used by OpenID Connect Back-Channel Logout.
	events: {
		source: 'RFC 8417 §2.2',
		meaning:
			'Security events, keyed by event type URI: this is a Security Event Token or a logout token, not an ID or access token, and must not be accepted as one.'
	},
	txn: {
		source: 'RFC 8417 §2.2',
		meaning:
			'Transaction identifier: ties together tokens and events that belong to one transaction, for tracing and auditing.'
	},
	toe: {
		source: 'RFC 8417 §2.2',
		kind: 'time',
		meaning:
			'Time of event: when the security event happened, in seconds since 1970-01-01 UTC, as opposed to iat, when the token was issued.'
	},

	// Microsoft Entra ID (Azure AD) access and ID tokens.
	tid: {
		source: ENTRA,
		meaning:
			'Tenant ID: the GUID of the Microsoft Entra tenant the user signed in to. A multi-tenant app checks it against the tenants it allows.'
	},
	oid: {
		source: ENTRA,
		meaning:
			'Object ID: the immutable GUID of the user or service principal in the tenant, the same across applications. Identify the subject by tid and oid, not by email or upn.'
	},
	scp: {
		source: `${ENTRA}; Okta`,
		meaning:
			'Scopes granted to the client: Microsoft Entra ID gives them as one space-separated string, Okta as an array. An API checks it holds the scope an operation needs.'
	},
	appid: {
		source: ENTRA,
		meaning:
			'The application ID of the client that requested the token, in v1.0 access tokens (v2.0 uses azp). An API may accept only clients it knows.'
	},
	azpacr: {
		source: ENTRA,
		meaning:
			'How the client authenticated, in v2.0 access tokens: 0 for a public client, 1 for a client secret, 2 for a certificate.'
	},
	appidacr: {
		source: ENTRA,
		meaning:
			'How the client authenticated, in v1.0 access tokens: 0 for a public client, 1 for a client secret, 2 for a certificate.'
	},
	idp: {
		source: `${ENTRA}; Okta`,
		meaning:
			'The identity provider that authenticated the user. In Microsoft Entra ID it differs from the issuer for guests from another tenant or an external provider.'
	},
	ver: {
		source: `${ENTRA}; Okta`,
		meaning:
			'The token format version, such as 1.0 or 2.0 in Microsoft Entra ID; it decides which claims appear and what the issuer looks like.'
	},
	upn: {
		source: ENTRA,
		meaning:
			'User principal name, the sign-in name such as user@contoso.com. It can change and be reassigned, so never use it to authorize; use tid and oid.'
	},
	unique_name: {
		source: ENTRA,
		meaning:
			'A human-readable name for the user, in v1.0 tokens. It is neither unique nor stable despite its name: display only.'
	},
	uti: {
		source: ENTRA,
		meaning:
			"A per-token identifier, Microsoft's counterpart of jti, used internally to revalidate tokens. Applications should not depend on it."
	},
	rh: {
		source: ENTRA,
		meaning:
			'An opaque claim Microsoft uses internally to revalidate tokens. Applications should ignore it.'
	},
	aio: {
		source: ENTRA,
		meaning:
			'An opaque claim Microsoft uses internally to record data for token reuse. Applications should ignore it.'
	},
	wids: {
		source: ENTRA,
		meaning:
			'The template IDs of the Microsoft Entra directory roles assigned to the user, such as Global Administrator. An app can check administrative roles with it.'
	},
	hasgroups: {
		source: ENTRA,
		meaning:
			'True when the user is in too many groups to list in the token; the app must fetch the groups from Microsoft Graph instead.'
	},
	ipaddr: {
		source: ENTRA,
		meaning:
			'The IP address the user authenticated from. Informational: it need not be the caller of the API.'
	},
	onprem_sid: {
		source: ENTRA,
		meaning:
			"The user's on-premises Windows security identifier (SID), for older applications that authorize by SID."
	},

	// Keycloak.
	realm_access: {
		source: 'Keycloak',
		meaning:
			"The user's Keycloak realm roles, as { roles: [...] }. An API checks it for roles that apply across the whole realm."
	},
	resource_access: {
		source: 'Keycloak',
		meaning:
			"The user's Keycloak client roles, keyed by client ID, each as { roles: [...] }. An API checks the entry for its own client ID."
	},
	typ: {
		source: 'Keycloak',
		meaning:
			'The Keycloak token type: Bearer for access tokens, ID for ID tokens, Refresh for refresh tokens. An API should accept only Bearer.'
	},
	session_state: {
		source: 'Keycloak',
		meaning:
			"The ID of the user's Keycloak login session, the same value as sid; newer Keycloak releases leave it out."
	},
	'allowed-origins': {
		source: 'Keycloak',
		meaning:
			'The web origins the Keycloak client may call from. A resource server can use them for its CORS checks.'
	},

	// Auth0.
	gty: {
		source: 'Auth0',
		meaning:
			'The grant type the token came from, such as client-credentials or password. Auth0 sets it so an API can tell machine-to-machine tokens from user tokens.'
	},
	permissions: {
		source: 'Auth0',
		meaning:
			'The API permissions granted to the user through Auth0 role-based access control, when the API adds them to access tokens. An API checks them like scopes.'
	},
	org_id: {
		source: 'Auth0',
		meaning:
			'The Auth0 Organization the user logged in through. A multi-tenant API must check it matches the organization being accessed.'
	},

	// Okta.
	cid: {
		source: 'Okta',
		meaning: 'The Okta client ID of the application that requested the access token.'
	},
	uid: {
		source: 'Okta',
		meaning:
			'The Okta user ID of the subject of the access token; absent when no user is involved, as with client credentials.'
	},

	// AWS Cognito.
	'cognito:username': {
		source: COGNITO,
		meaning:
			"The user's user name in the Cognito user pool, in ID tokens. It may be reused after deletion, so identify users by sub."
	},
	'cognito:groups': {
		source: COGNITO,
		meaning: 'The Cognito user pool groups the user belongs to. An API can authorize by group.'
	},
	token_use: {
		source: COGNITO,
		meaning:
			'The Cognito token type: id for ID tokens, access for access tokens. An API must accept only access tokens.'
	},
	username: {
		source: COGNITO,
		meaning: "The user's user name in the Cognito user pool, in access tokens."
	},
	origin_jti: {
		source: COGNITO,
		meaning:
			'An identifier shared by every token issued from the same authentication; revoking the refresh token revokes them all.'
	},
	event_id: {
		source: COGNITO,
		meaning:
			'An identifier of the authentication event, shared by the ID and access tokens issued together.'
	},

	// Google and Firebase.
	hd: {
		source: 'Google',
		meaning:
			"Hosted domain: the Google Workspace domain of the user's account. Check it to limit sign-in to one organization; the email domain alone is not enough."
	},
	firebase: {
		source: 'Firebase',
		meaning:
			'Firebase Authentication details: sign_in_provider, the identities linked to the user and, in multi-tenant projects, the tenant.'
	},
	user_id: {
		source: 'Firebase',
		meaning: 'The Firebase user ID, the same value as sub.'
	}
});

// The inspector judges the signature only with a key the user supplies: a key or certificate the token
// carries or points to proves nothing, since whoever forged the token chose it (RFC 8725 §3.10).
const NEVER_TRUSTED = 'This inspector never trusts or fetches keys the token carries or points to.';

/** Every JOSE header parameter the page can explain, keyed by its exact name. */
export const HEADER_PARAMETERS = table({
	// RFC 7515 §4.1: JWS header parameters.
	alg: {
		source: 'RFC 7515 §4.1.1',
		meaning:
			'The algorithm the token says it is signed or encrypted with. A verifier must take the algorithm from its own key and policy, not trust this value, and refuse none (RFC 8725 §3.1).'
	},
	jku: {
		source: 'RFC 7515 §4.1.2',
		meaning: `A URL of a JWK Set that holds the signing key. ${NEVER_TRUSTED}`
	},
	jwk: {
		source: 'RFC 7515 §4.1.3',
		meaning: `The public key the token says it was signed with, embedded in the header; anyone can sign with their own key and embed it. ${NEVER_TRUSTED}`
	},
	kid: {
		source: 'RFC 7515 §4.1.4',
		meaning:
			"Key ID: a hint for which of the issuer's keys to verify with. It only selects a key; the key itself must come from a set the verifier already trusts."
	},
	x5u: {
		source: 'RFC 7515 §4.1.5',
		meaning: `A URL of the X.509 certificate chain for the signing key. ${NEVER_TRUSTED}`
	},
	x5c: {
		source: 'RFC 7515 §4.1.6',
		meaning: `The X.509 certificate chain for the signing key, embedded in the header. ${NEVER_TRUSTED}`
	},
	x5t: {
		source: 'RFC 7515 §4.1.7',
		meaning:
			'The base64url SHA-1 thumbprint of the X.509 certificate of the signing key. Like kid, it only selects a key from a set the verifier already trusts.'
	},
	'x5t#S256': {
		source: 'RFC 7515 §4.1.8',
		meaning:
			'The base64url SHA-256 thumbprint of the X.509 certificate of the signing key. Like kid, it only selects a key from a set the verifier already trusts.'
	},
	typ: {
		source: 'RFC 7515 §4.1.9',
		meaning:
			'The kind of token: JWT for a plain JWT (RFC 7519), at+jwt for an OAuth access token (RFC 9068). A verifier checks it so one kind of token cannot pass as another (RFC 8725 §3.11).'
	},
	cty: {
		source: 'RFC 7515 §4.1.10',
		meaning:
			'The content type of the payload. JWT means the payload is itself a nested JWT (RFC 7519 §5.2); usually it is absent.'
	},
	crit: {
		source: 'RFC 7515 §4.1.11',
		meaning:
			'Header parameters the verifier must understand and process. A verifier must reject the token if it lists one the verifier does not support.'
	},
	b64: {
		source: 'RFC 7797 §3',
		meaning:
			'When false, the payload is signed as is rather than base64url-encoded (unencoded payload). It must also be listed in crit.'
	},

	// RFC 7516 §4.1 and RFC 7518 §4.6–4.8: JWE header parameters.
	enc: {
		source: 'RFC 7516 §4.1.2',
		meaning:
			'The content encryption algorithm, such as A256GCM. Its presence means this is an encrypted token (JWE), not a signed one.'
	},
	zip: {
		source: 'RFC 7516 §4.1.3',
		meaning:
			'Compression applied before encryption; DEF means DEFLATE. RFC 8725 §3.6 advises against it, as compression can leak plaintext.'
	},
	epk: {
		source: 'RFC 7518 §4.6.1.1',
		meaning:
			'The ephemeral public key the sender made for ECDH-ES key agreement. The recipient combines it with its own private key.'
	},
	apu: {
		source: 'RFC 7518 §4.6.1.2',
		meaning:
			'Agreement PartyUInfo: base64url information about the sender, mixed into the ECDH-ES key derivation.'
	},
	apv: {
		source: 'RFC 7518 §4.6.1.3',
		meaning:
			'Agreement PartyVInfo: base64url information about the recipient, mixed into the ECDH-ES key derivation.'
	},
	iv: {
		source: 'RFC 7518 §4.7.1.1',
		meaning:
			'The initialization vector used to wrap the content encryption key with AES-GCM (A128GCMKW and its kin).'
	},
	tag: {
		source: 'RFC 7518 §4.7.1.2',
		meaning:
			'The authentication tag from wrapping the content encryption key with AES-GCM (A128GCMKW and its kin).'
	},
	p2s: {
		source: 'RFC 7518 §4.8.1.1',
		meaning: 'The salt for deriving the key from a password (PBES2).'
	},
	p2c: {
		source: 'RFC 7518 §4.8.1.2',
		meaning:
			'The iteration count for deriving the key from a password (PBES2). A recipient should cap it, as a huge count makes decryption slow.'
	},

	// Not a JOSE parameter for JWTs, but one that puzzles people.
	nonce: {
		source: `RFC 8555 §6.5.2; ${ENTRA}`,
		meaning:
			'Microsoft Entra ID puts one in Microsoft Graph access tokens, which only Graph can verify; their signature fails elsewhere by design. RFC 8555 (ACME) uses it against replay.'
	}
});

/**
 * Says what a payload claim name means and where it is defined, or undefined for an unknown name. With the
 * provider the core recognised, that provider's own meaning comes first (provider-claims.ts). Without one, a
 * name only some provider defines (`role`, `repository`) is not explained: a meaning guessed from another
 * provider could mislead.
 */
export function explainClaim(name: string, provider?: ProviderId): NameExplanation | undefined {
	return explainProviderClaim(provider, name) ?? CLAIMS.get(name);
}

/** Says what a JOSE header parameter name means and where it is defined, or undefined for an unknown name. */
export function explainHeaderParameter(name: string): NameExplanation | undefined {
	return HEADER_PARAMETERS.get(name);
}
