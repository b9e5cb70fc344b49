// Auth0: tokens from a tenant domain (`https://{tenant}.{region}.auth0.com/`) or a custom domain, and the
// encrypted access token Auth0 issues when the authorization request named no API (`audience`).
import type { Detector, Provider, ProviderTokenKind, TokenShape } from './types';
import {
	audiences,
	has,
	issEvidence,
	issuerUrl,
	labelled,
	member,
	presenceEvidence,
	stringMember,
	valueEvidence,
	type IssuerUrl
} from './read';

// Auth0 issuers end with a slash: `https://{tenant}.auth0.com/` or `https://{tenant}.{region}.auth0.com/`
// (community.auth0.com/t/custom-domains-and-iss-claim-in-tokens/18672, cited in hasura/graphql-engine#8993).
const TENANT_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)?\.auth0\.com$/;

/** Recognises a token from an Auth0 tenant domain, signed or the no-audience JWE. */
export const detectAuth0: Detector = (token) => {
	const encrypted = encryptedAccessToken(token, (url) => TENANT_HOST.test(url.host));
	if (encrypted) return encrypted;
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || !isAuth0Issuer(url) || !TENANT_HOST.test(url.host)) return undefined;
	return signed(token, iss!, url, false, []);
};

/**
 * Recognises a token from an Auth0 custom domain by its claims: the issuer has Auth0's form (https, a trailing
 * slash), and the token carries what Auth0 adds: `aud` naming `{iss}userinfo`, a `gty`, a subject in Auth0's
 * `{connection}|{id}` form, or `azp` with a namespaced claim.
 */
export const detectAuth0CustomDomain: Detector = (token) => {
	const encrypted = encryptedAccessToken(token, () => true);
	if (encrypted) return { ...encrypted, facts: { ...encrypted.facts, customDomain: true } };
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || !isAuth0Issuer(url)) return undefined;
	const signals = customDomainSignals(token, iss!);
	return signals.length > 0 ? signed(token, iss!, url, true, signals) : undefined;
};

function isAuth0Issuer(url: IssuerUrl): boolean {
	return url.scheme === 'https' && url.port === undefined && url.path === '/';
}

function signed(
	token: TokenShape,
	iss: string,
	url: IssuerUrl,
	customDomain: boolean,
	signals: string[]
): Provider {
	const tokenKind = auth0TokenKind(token);
	const evidence = [issEvidence(iss), ...signals];
	if (!customDomain) {
		const userinfo = audiences(token.claims).find((a) => a === `${iss}userinfo`);
		if (userinfo) evidence.push(valueEvidence('aud', userinfo));
		if (has(token.claims, 'gty')) evidence.push(presenceEvidence('gty'));
	}
	return {
		id: 'auth0',
		name: 'Auth0',
		variant: customDomain ? 'custom-domain' : 'tenant-domain',
		...(tokenKind ? { tokenKind } : {}),
		label: labelled(customDomain ? 'Auth0 (custom domain)' : 'Auth0', tokenKind),
		evidence,
		facts: { issuerHost: url.host, domain: url.host, ...(customDomain ? { customDomain } : {}) }
	};
}

// "If an audience is not specified, Auth0 will assume that the only audience is the /userinfo endpoint and will
// issue an opaque, encrypted token" (auth0/nextjs-auth0#1809): a five-part JWE whose header is
// `{"alg":"dir","enc":"A256GCM","iss":"https://{tenant}.auth0.com/"}` (oauth2-proxy/oauth2-proxy#3159).
function encryptedAccessToken(
	token: TokenShape,
	hostFits: (url: IssuerUrl) => boolean
): Provider | undefined {
	if (member(token.header, 'alg') !== 'dir' || !has(token.header, 'enc')) return undefined;
	const iss = stringMember(token.header, 'iss');
	const url = issuerUrl(iss);
	if (!url || !isAuth0Issuer(url) || !hostFits(url)) return undefined;
	return {
		id: 'auth0',
		name: 'Auth0',
		variant: 'encrypted',
		tokenKind: 'access-token',
		label: 'Auth0 encrypted access token (issued for /userinfo only)',
		evidence: [
			`header alg "dir"`,
			valueEvidence('header enc', stringMember(token.header, 'enc') ?? ''),
			`header ${issEvidence(iss!)}`
		],
		facts: { issuerHost: url.host, domain: url.host }
	};
}

// Auth0 user IDs are `{connection strategy}|{id}` (auth0.com/docs/manage-users/user-accounts/identify-users),
// and client-credentials tokens have `sub` = `{client id}@clients` with `gty` "client-credentials".
const AUTH0_SUB =
	/^(?:auth0|google-oauth2|github|windowslive|facebook|apple|linkedin|twitter|email|sms|samlp|waad|adfs|oidc|oauth2)\|/;

function customDomainSignals(token: TokenShape, iss: string): string[] {
	const signals: string[] = [];
	const userinfo = audiences(token.claims).find((a) => a === `${iss}userinfo`);
	if (userinfo) signals.push(valueEvidence('aud', userinfo));
	if (has(token.claims, 'gty')) signals.push(presenceEvidence('gty'));
	const sub = stringMember(token.claims, 'sub');
	if (
		sub !== undefined &&
		(AUTH0_SUB.test(sub) || (sub.endsWith('@clients') && has(token.claims, 'gty')))
	)
		signals.push(valueEvidence('sub', sub));
	// Auth0 asks that custom claims be namespaced with a URL (auth0.com/docs/secure/tokens/json-web-tokens/create-custom-claims).
	const namespaced = Object.keys(token.claims ?? {}).find((name) => /^https?:\/\//.test(name));
	if (namespaced !== undefined && has(token.claims, 'azp'))
		signals.push(presenceEvidence(namespaced), presenceEvidence('azp'));
	return signals;
}

function auth0TokenKind(token: TokenShape): ProviderTokenKind | undefined {
	if (['scope', 'gty', 'permissions'].some((name) => has(token.claims, name)))
		return 'access-token';
	if (['nonce', 'at_hash', 'c_hash', 'nickname'].some((name) => has(token.claims, name)))
		return 'id-token';
	return undefined;
}
