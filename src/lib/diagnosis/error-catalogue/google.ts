// Messages printed by Google's Node libraries: the Firebase Admin SDK (verifyIdToken, verifySessionCookie)
// and google-auth-library (OAuth2Client.verifyIdToken, which allows 300 s of clock skew).
// Sources: https://github.com/firebase/firebase-admin-node/blob/master/src/auth/token-verifier.ts ,
// https://github.com/googleapis/google-auth-library-nodejs/blob/main/src/auth/oauth2client.ts
// (verifySignedJwtWithCertsAsync; CLOCK_SKEW_SECS_ = 300)
import type { ErrorEntry } from './entry';

const FIREBASE = 'Firebase Admin SDK';
const GOOGLE_AUTH = 'google-auth-library';
const TOKEN = '(?:Firebase ID token|Firebase session cookie|Firebase App Check token)';

export const GOOGLE_ERRORS: ErrorEntry[] = [
	{
		id: 'firebase.expired',
		library: FIREBASE,
		pattern: new RegExp(`${TOKEN} has expired\\.|\\bauth/(?:id-token|session-cookie)-expired\\b`),
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'The ID token’s exp is past (they last one hour): get a fresh one with getIdToken().'
	},
	{
		id: 'firebase.audience',
		library: FIREBASE,
		pattern: new RegExp(
			`${TOKEN} has incorrect "aud" \\(audience\\) claim\\. Expected "[^"\\n]*" but got "[^"\\n]*"\\.`
		),
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'The token’s aud is another Firebase project ID than the Admin SDK’s: the client and the server use different projects.'
	},
	{
		id: 'firebase.issuer',
		library: FIREBASE,
		pattern: new RegExp(
			`${TOKEN} has incorrect "iss" \\(issuer\\) claim\\. Expected "[^"\\n]*" but got "[^"\\n]*"\\.`
		),
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss is not https://securetoken.google.com/<project-id> for this project.'
	},
	{
		id: 'firebase.algorithm',
		library: FIREBASE,
		pattern: new RegExp(
			`${TOKEN} has incorrect algorithm\\. Expected "RS256" but got "[^"\\n]*"\\.`
		),
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'Firebase ID tokens are RS256: this is some other token (a custom token, or one your server signed).'
	},
	{
		id: 'firebase.signature',
		library: FIREBASE,
		pattern: new RegExp(`${TOKEN} has invalid signature\\.`),
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'Google’s published key for the kid does not verify the token.'
	},
	{
		id: 'firebase.kid',
		library: FIREBASE,
		pattern: new RegExp(
			`${TOKEN} has (?:"kid" claim which does not correspond to a known public key(?:\\. Most likely the \\S+(?: \\S+)? is expired, so get a fresh token from your client app and try again\\.)?|no "kid" claim)`
		),
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'None of Google’s current public keys has the token’s kid: most often an old token, or one not issued by Firebase Auth.'
	},
	{
		id: 'firebase.decode',
		library: FIREBASE,
		pattern: new RegExp(`Decoding ${TOKEN} failed`),
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The value is not a whole JWT: a truncated string, or an access token instead of the ID token.'
	},
	{
		// now > exp + 300: the message prints both numbers (seconds).
		id: 'google-auth.too-late',
		library: GOOGLE_AUTH,
		pattern: /Token used too late, \d+(?:\.\d+)? > \d+/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'The API’s now is more than 300 s past exp.'
	},
	{
		// now < iat - 300.
		id: 'google-auth.too-early',
		library: GOOGLE_AUTH,
		pattern: /Token used too early, \d+(?:\.\d+)? < \d+/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat is more than 300 s ahead of the API’s clock: one of the clocks is wrong.'
	},
	{
		id: 'google-auth.audience',
		library: GOOGLE_AUTH,
		pattern: /Wrong recipient, payload audience != requiredAudience/,
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'The token’s aud is not the `audience` passed to verifyIdToken (your OAuth client ID).'
	},
	{
		id: 'google-auth.issuer',
		library: GOOGLE_AUTH,
		pattern: /Invalid issuer, expected one of \[[^\]\n]*\], but got [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not accounts.google.com (or https://accounts.google.com).'
	},
	{
		id: 'google-auth.signature',
		library: GOOGLE_AUTH,
		pattern: /Invalid token signature: \S+/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'Google’s certificate for the kid does not verify the token.'
	},
	{
		id: 'google-auth.no-pem',
		library: GOOGLE_AUTH,
		pattern: /No pem found for envelope: [^\n]*/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'No Google certificate has the token’s kid: not a Google ID token, or a stale certificate cache.'
	},
	{
		id: 'google-auth.malformed',
		library: GOOGLE_AUTH,
		pattern: /Wrong number of segments in token: \S*|Can't parse token (?:envelope|payload): \S*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The value is not a three-part JWT.'
	},
	{
		id: 'google-auth.missing-time',
		library: GOOGLE_AUTH,
		pattern: /No (?:expiration|issue) time in token: [^\n]*/,
		cause: 'malformed',
		checks: ['exp', 'iat', 'lifetime'],
		explanation: 'verifyIdToken requires both iat and exp.'
	}
];
