// Okta: the org authorization server (`https://{org}.okta.com`) and custom authorization servers
// (`https://{org}.okta.com/oauth2/{id}`, `default` among them), on Okta's domains or a custom domain.
import { quoted } from '../text';
import type { Detector, Provider, ProviderTokenKind, TokenShape } from './types';
import {
	has,
	issEvidence,
	issuerUrl,
	labelUnder,
	labelled,
	member,
	stringMember,
	valueEvidence,
	type IssuerUrl
} from './read';

// Okta's org domains (developer.okta.com/docs/concepts/auth-servers/: "https://{yourOktaDomain}" for the org
// server, "https://{yourOktaDomain}/oauth2/{authorizationServerId}" for a custom one; the domains
// `{org}.okta.com`, `{org}.oktapreview.com` for preview orgs and `{org}.okta-emea.com` for EU cells).
const OKTA_DOMAINS = ['okta.com', 'oktapreview.com', 'okta-emea.com'];

/** Recognises a token from an Okta org domain by its issuer. */
export const detectOkta: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!OKTA_DOMAINS.some((domain) => labelUnder(url, domain) !== undefined)) return undefined;
	const server = authorizationServer(url!);
	return server === undefined ? undefined : okta(token, iss!, url!, server, []);
};

/**
 * Recognises an Okta token under a custom domain by its claims: Okta's issuer paths with a `jti` of Okta's form
 * (`AT.…` in access tokens, `ID.…` in ID tokens) and Okta's `cid` or `ver` 1.
 */
export const detectOktaCustomDomain: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https') return undefined;
	const server = authorizationServer(url);
	const jti = stringMember(token.claims, 'jti');
	if (server === undefined || jti === undefined || !/^(?:AT|ID)\./.test(jti)) return undefined;
	if (!has(token.claims, 'cid') && member(token.claims, 'ver') !== 1) return undefined;
	return okta(token, iss!, url, server, [valueEvidence('jti', jti)]);
};

/** 'org' for the org server (no path), the server ID for `/oauth2/{id}`, undefined otherwise. */
function authorizationServer(url: IssuerUrl): string | undefined {
	if (url.path === '') return 'org';
	return /^\/oauth2\/([A-Za-z0-9_-]+)$/.exec(url.path)?.[1];
}

function okta(
	token: TokenShape,
	iss: string,
	url: IssuerUrl,
	server: string,
	signals: string[]
): Provider {
	const evidence = [issEvidence(iss), ...signals];
	for (const name of ['cid', 'uid']) {
		const value = stringMember(token.claims, name);
		if (value !== undefined) evidence.push(valueEvidence(name, value));
	}
	const tokenKind = oktaTokenKind(token);
	const where =
		server === 'org' ? 'org authorization server' : `authorization server ${quoted(server)}`;
	return {
		id: 'okta',
		name: 'Okta',
		variant: server === 'org' ? 'org-as' : 'custom-as',
		...(tokenKind ? { tokenKind } : {}),
		label: `${labelled('Okta', tokenKind)} from the ${where}`,
		evidence,
		facts: { issuerHost: url.host, domain: url.host, authorizationServer: server }
	};
}

// Okta's access tokens carry `cid` and `scp`, and a `jti` starting "AT."; ID tokens a `jti` starting "ID."
// (developer.okta.com/docs/reference/api/oidc/#token-claims).
function oktaTokenKind(token: TokenShape): ProviderTokenKind | undefined {
	const jti = stringMember(token.claims, 'jti');
	if (jti?.startsWith('AT.') || has(token.claims, 'cid') || has(token.claims, 'scp'))
		return 'access-token';
	if (jti?.startsWith('ID.') || has(token.claims, 'nonce') || has(token.claims, 'at_hash'))
		return 'id-token';
	return undefined;
}
