// Sign in with Apple: the ID tokens Apple issues, and the client secrets developers sign to call Apple.
import type { Detector } from './types';
import { audiences, issEvidence, stringMember, valueEvidence } from './read';

// ID tokens: iss "https://appleid.apple.com", aud the bundle ID (native) or Services ID (web, Android)
// (stefanprokopdev/verify-apple-id-token#2; YosemiteCrew/Yosemite-Crew PR#2285). A client secret is the reverse:
// a developer-signed ES256 JWT with iss the 10-character Team ID and aud "https://appleid.apple.com"
// (developer.apple.com/documentation/accountorganizationaldatasharing/creating-a-client-secret).
const APPLE = 'https://appleid.apple.com';
const TEAM_ID = /^[A-Z0-9]{10}$/;

/** Recognises an Apple ID token by its issuer, and a Sign in with Apple client secret by its audience. */
export const detectApple: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	if (iss === APPLE) {
		const aud = audiences(token.claims)[0];
		return {
			id: 'apple',
			name: 'Sign in with Apple',
			variant: 'id-token',
			tokenKind: 'id-token',
			label: 'Sign in with Apple ID token',
			evidence: [issEvidence(iss), ...(aud !== undefined ? [valueEvidence('aud', aud)] : [])],
			facts: { issuerHost: 'appleid.apple.com' }
		};
	}
	if (iss !== undefined && TEAM_ID.test(iss) && audiences(token.claims).includes(APPLE)) {
		return {
			id: 'apple',
			name: 'Sign in with Apple',
			variant: 'client-secret',
			tokenKind: 'client-secret',
			label: 'Sign in with Apple client secret',
			evidence: [issEvidence(iss), valueEvidence('aud', APPLE)],
			facts: {}
		};
	}
	return undefined;
};
