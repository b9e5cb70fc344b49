// Firebase Authentication: ID tokens, session cookies and custom tokens.
import type { Detector, ProviderTokenKind } from './types';
import {
	audiences,
	issEvidence,
	issuerUrl,
	isHttpsHost,
	labelled,
	member,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';

// ID tokens: iss "https://securetoken.google.com/{project}", aud the project ID; session cookies:
// "https://session.firebase.google.com/{project}" (firebase.google.com/docs/auth/admin/verify-id-tokens,
// firebase.google.com/docs/auth/admin/manage-cookies).
const ISSUERS: ReadonlyArray<[string, ProviderTokenKind]> = [
	['securetoken.google.com', 'id-token'],
	['session.firebase.google.com', 'session-cookie']
];
// A custom token a server mints with a service account for signInWithCustomToken
// (firebase.google.com/docs/auth/admin/create-custom-tokens#create_custom_tokens_using_a_third-party_jwt_library).
const CUSTOM_TOKEN_AUDIENCE =
	'https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit';

/** Recognises Firebase ID tokens and session cookies by their issuer, and custom tokens by their audience. */
export const detectFirebase: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	if (iss === undefined) return undefined;
	const url = issuerUrl(iss);
	for (const [host, tokenKind] of ISSUERS) {
		const project = /^\/([a-z0-9-]+)$/.exec(url?.path ?? '')?.[1];
		if (!isHttpsHost(url, host) || project === undefined) continue;
		const evidence = [issEvidence(iss)];
		if (typeof member(token.claims, 'firebase') === 'object')
			evidence.push(presenceEvidence('firebase'));
		return {
			id: 'firebase',
			name: 'Firebase Authentication',
			variant: tokenKind,
			tokenKind,
			label: labelled('Firebase', tokenKind),
			evidence,
			facts: { issuerHost: host, project }
		};
	}
	if (audiences(token.claims).includes(CUSTOM_TOKEN_AUDIENCE)) {
		return {
			id: 'firebase',
			name: 'Firebase Authentication',
			variant: 'custom-token',
			tokenKind: 'custom-token',
			label: 'Firebase custom token',
			evidence: [valueEvidence('aud', CUSTOM_TOKEN_AUDIENCE, 100), issEvidence(iss)],
			facts: {}
		};
	}
	return undefined;
};
