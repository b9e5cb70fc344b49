// Recognises the identity provider that issued a token from the token alone: its issuer's exact host and path,
// its header and its claims (issue 16, item 1). Nothing is fetched. Each family has its own file; this list is
// the only place that orders them: issuers with a fixed host come first, then the shapes recognised by their
// claims under any host (Kubernetes, self-managed GitLab, Keycloak, Auth0 and Okta custom domains).
import type { Detector, Provider, TokenShape } from './types';
import { isJsonObject } from '../token/json';
import { detectEntra } from './entra';
import { detectAuth0, detectAuth0CustomDomain } from './auth0';
import { detectOkta, detectOktaCustomDomain } from './okta';
import { detectFirebase } from './firebase';
import { detectGoogle } from './google';
import { detectCognito } from './cognito';
import { detectSupabase, detectSupabaseSelfHosted } from './supabase';
import { detectClerk, detectClerkProduction } from './clerk';
import { detectGitHubActions, detectGitHubEnterpriseServer } from './github-actions';
import { detectGitLab, detectGitLabSelfManaged } from './gitlab-ci';
import { detectKubernetes } from './kubernetes';
import { detectApple } from './apple';
import { detectKeycloak } from './keycloak';

export type * from './types';

/** The answer when no provider is recognised, or there is no token: `data-provider="none"`. */
export const NO_PROVIDER: Provider = Object.freeze({
	id: 'none',
	name: 'No provider recognised',
	label: 'No provider recognised',
	evidence: Object.freeze([]) as unknown as string[],
	facts: Object.freeze({})
});

/** The detectors, in the order they are tried: the first that recognises the token names its provider. */
export const DETECTORS: readonly Detector[] = [
	// A fixed issuer host (or string) of the provider's own.
	detectEntra,
	detectAuth0,
	detectOkta,
	// Before Google: a Firebase custom token is signed by a Google service account.
	detectFirebase,
	detectGoogle,
	detectCognito,
	detectSupabase,
	detectClerk,
	detectGitHubActions,
	detectGitLab,
	detectApple,
	// Any issuer host, recognised by the provider's own claims or path. Kubernetes first: a cluster's issuer
	// can be any URL, a Keycloak realm's included, and its `kubernetes.io` claim is unambiguous.
	detectKubernetes,
	detectGitHubEnterpriseServer,
	detectGitLabSelfManaged,
	detectKeycloak,
	detectSupabaseSelfHosted,
	detectClerkProduction,
	detectOktaCustomDomain,
	detectAuth0CustomDomain
];

/** Names the provider whose token this is, with the evidence, or NO_PROVIDER. Never throws, never fetches. */
export function detectProvider(token: TokenShape): Provider {
	if (!isJsonObject(token.header) && !isJsonObject(token.claims)) return NO_PROVIDER;
	const shape: TokenShape = {
		...(isJsonObject(token.header) ? { header: token.header } : {}),
		...(isJsonObject(token.claims) ? { claims: token.claims } : {})
	};
	for (const detect of DETECTORS) {
		const provider = detect(shape);
		if (provider) return provider;
	}
	return NO_PROVIDER;
}
