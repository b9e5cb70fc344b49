// Google's OAuth access tokens: "ya29." then an opaque string (the legacy "ya29..…" has an empty middle part).
// They are not JWTs: Google checks them at its tokeninfo endpoint. Sources: developers.google.com/identity/
// protocols/oauth2 and .../sign-in/web/backend-auth (tokeninfo); research providers.md §2.4, §3.
import { mask, ROTATE, type Recogniser } from './types';

export const GOOGLE_CODES = ['structure.google-access-token'] as const;

// After "ya29." real tokens carry 100–250 characters of [A-Za-z0-9_.-]; at least 20 are asked for here.
const GOOGLE = /^ya29\.[0-9A-Za-z_.-]{20,4096}$/;

/** A Google OAuth access token: opaque, checked by Google's tokeninfo endpoint. */
export const recogniseGoogle: Recogniser<(typeof GOOGLE_CODES)[number]> = (text) => {
	if (!GOOGLE.test(text)) return undefined;
	return {
		format: 'google-access-token',
		code: 'structure.google-access-token',
		detail: `This is not a JWT: it is a Google OAuth access token, ${mask(text, 5)}. Google's access tokens are opaque: their dots do not separate a header, payload and signature, so they cannot be decoded or verified here. ${ROTATE}`,
		fix: 'Check it with https://oauth2.googleapis.com/tokeninfo?access_token=… (on your server, not in a page). An API that verifies JWTs should be sent a Google ID token minted for its audience instead.'
	};
};
