// Google: ID tokens from accounts.google.com (users' and service accounts'), the JWTs a service account signs
// itself, and the assertions Identity-Aware Proxy puts in front of an app.
import type { Detector, Provider, ProviderTokenKind } from './types';
import {
	audiences,
	issEvidence,
	issuerUrl,
	isHttpsHost,
	labelled,
	stringMember,
	valueEvidence
} from './read';

// Google's ID tokens carry `iss` "https://accounts.google.com" or "accounts.google.com": both are valid and a
// verifier must accept both (developers.google.com/identity/gsi/web/guides/verify-google-id-token; the
// research notes ≥12 threads of one form configured where the other arrived).
const ISSUERS = new Set(['https://accounts.google.com', 'accounts.google.com']);
// OAuth client IDs end with ".apps.googleusercontent.com"; an ID token minted for a service or Cloud Run URL
// (`gcloud auth print-identity-token --audiences=…`) has that URL as `aud` instead.
const CLIENT_ID = /\.apps\.googleusercontent\.com$/;
const SERVICE_ACCOUNT = /^[a-z0-9-]+@[a-z0-9-]+\.iam\.gserviceaccount\.com$/;
// IAP signs `x-goog-iap-jwt-assertion` with iss "https://cloud.google.com/iap" and aud
// "/projects/{number}/apps/{id}" or "/projects/{number}/global/backendServices/{id}"
// (cloud.google.com/iap/docs/signed-headers-howto).
const IAP_AUDIENCE =
	/^\/projects\/(\d+)\/(?:apps|global\/backendServices|locations\/[^/]+\/backendServices)\/[^/]+$/;

/** Recognises Google ID tokens, service-account JWTs and IAP assertions. */
export const detectGoogle: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	if (iss === undefined) return undefined;
	if (ISSUERS.has(iss)) return idToken(token.claims!, iss);
	if (isHttpsHost(issuerUrl(iss), 'cloud.google.com') && iss === 'https://cloud.google.com/iap')
		return iap(token.claims!, iss);
	const sub = stringMember(token.claims, 'sub');
	if (SERVICE_ACCOUNT.test(iss) && sub === iss) return selfSigned(token.claims!, iss);
	return undefined;
};

function idToken(claims: Record<string, unknown>, iss: string): Provider {
	const evidence = [issEvidence(iss)];
	const aud = audiences(claims);
	const azp = stringMember(claims, 'azp');
	if (azp !== undefined) evidence.push(valueEvidence('azp', azp));
	const hd = stringMember(claims, 'hd');
	if (hd !== undefined) evidence.push(valueEvidence('hd', hd));
	const email = stringMember(claims, 'email');
	const serviceAccount = email !== undefined && SERVICE_ACCOUNT.test(email);
	if (serviceAccount) evidence.push(valueEvidence('email', email));
	const tokenKind: ProviderTokenKind = 'id-token';
	return {
		id: 'google',
		name: 'Google',
		variant: serviceAccount ? 'service-account' : 'id-token',
		tokenKind,
		label: serviceAccount ? 'Google ID token of a service account' : labelled('Google', tokenKind),
		evidence,
		facts: {
			...(iss.startsWith('https://') ? { issuerHost: 'accounts.google.com' } : {}),
			clientKind:
				aud.length > 0 && aud.every((a) => CLIENT_ID.test(a)) ? 'oauth-client' : 'not-a-client-id'
		}
	};
}

function iap(claims: Record<string, unknown>, iss: string): Provider {
	const aud = audiences(claims).find((a) => IAP_AUDIENCE.test(a));
	const project = aud !== undefined ? IAP_AUDIENCE.exec(aud)![1] : undefined;
	return {
		id: 'google',
		name: 'Google',
		variant: 'iap',
		label: 'Google Cloud Identity-Aware Proxy assertion',
		evidence: [issEvidence(iss), ...(aud !== undefined ? [valueEvidence('aud', aud)] : [])],
		facts: { issuerHost: 'cloud.google.com', ...(project !== undefined ? { project } : {}) }
	};
}

// A service account's self-signed JWT has its email as both iss and sub
// (developers.google.com/identity/protocols/oauth2/service-account#jwt-auth).
function selfSigned(claims: Record<string, unknown>, iss: string): Provider {
	return {
		id: 'google',
		name: 'Google',
		variant: 'self-signed',
		tokenKind: 'service-account',
		label: 'Google service account self-signed JWT',
		evidence: [issEvidence(iss), valueEvidence('sub', iss)],
		facts: { project: iss.split('@')[1]!.split('.')[0]! }
	};
}
