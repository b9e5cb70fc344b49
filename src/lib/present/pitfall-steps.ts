// The verdict sentence's words for the providers' pitfalls (issue 16, item 2): when a pitfall's row is the cause,
// the sentence names that cause and ends with its concrete fix, shorter than the row's own detail and fix (the
// rows are src/lib/core/providers/pitfalls/*.ts; the facts and their sources are cited there). Keyed by the codes
// rows carry, so a renamed or removed code is a type error here.
import type { CheckResult } from '$lib/core';

export interface PitfallStep {
	/** The cause, as the sentence's reason (lower case, no final stop). */
	reason: string;
	/** The next step, one sentence. */
	next: string;
}

export const PITFALL_STEPS: Partial<Record<CheckResult['code'], PitfallStep>> = {
	'iss.entra-v1-token': {
		reason: 'an Entra ID v1.0 token (sts.windows.net), where your API expects the v2.0 issuer',
		next: 'Set "accessTokenAcceptedVersion": 2 in the API\'s manifest, or accept the v1.0 issuer.'
	},
	'iss.entra-v2-token': {
		reason: 'an Entra ID v2.0 token, where your API expects the v1.0 issuer (sts.windows.net)',
		next: "Expect the v2.0 issuer: your API's registration asks for v2.0 tokens."
	},
	'iss.entra-tenant-template': {
		reason: 'the expected issuer is the multi-tenant "{tenantid}" template, which no token carries',
		next: 'Substitute the token\'s "tid" into the template before comparing.'
	},
	'iss.entra-b2c': {
		reason:
			'an Azure AD B2C token: its issuer is its b2clogin.com host and user flow, not the one expected',
		next: 'Copy the issuer from the metadata of the user flow that issued the token.'
	},
	'aud.graph-token': {
		reason: 'a Microsoft Graph access token sent to your API: only Graph can validate it',
		next: 'Request a token for your API\'s own scope ("api://{client ID}/…"), not "User.Read".'
	},
	'aud.entra-app-id-uri': {
		reason:
			'the audience names your API by its App ID URI on one side and its client ID on the other',
		next: 'Expect the form the token carries: v2.0 tokens carry the client ID.'
	},
	'signature.graph-token': {
		reason: 'a Microsoft Graph access token: only Graph can validate its signature',
		next: 'Request a token for your API\'s own scope ("api://{client ID}/…"), not "User.Read".'
	}
};
