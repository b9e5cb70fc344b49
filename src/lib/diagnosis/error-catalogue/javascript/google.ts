// Messages printed by google-auth-library (OAuth2Client.verifyIdToken) and firebase-admin (verifyIdToken,
// verifySessionCookie). Not installed (firebase-admin is heavy); read from their published builds:
// google-auth-library 11.3 build/src/auth/oauth2client.js, verifySignedJwtWithCertsAsync
// (https://github.com/googleapis/google-auth-library-nodejs/blob/main/src/auth/oauth2client.ts);
// firebase-admin 14.5 lib/auth/token-verifier.js, verifyContent and mapJwtErrorToAuthError
// (https://github.com/firebase/firebase-admin-node/blob/main/src/auth/token-verifier.ts).
import type { ErrorEntry } from '../entry';

const GOOGLE = 'google-auth-library';
const FIREBASE = 'Firebase Admin';
/** firebase-admin's token names (token-verifier.js, ID_TOKEN_INFO, SESSION_COOKIE_INFO, AUTH_BLOCKING_TOKEN_INFO). */
const FIREBASE_TOKEN = '(?:Firebase (?:ID token|session cookie|Auth Blocking token))';

export const GOOGLE_ERRORS: ErrorEntry[] = [
	{
		id: 'google-auth.too-late',
		library: GOOGLE,
		// 'Token used too late, ' + now + ' > ' + latest + ': ' + payload, latest being exp + 300 s (CLOCK_SKEW_SECS_).
		pattern: /\bToken used too late, \d+(?:\.\d+)? > \d+/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp plus Google’s 5 minutes of skew is before the API’s clock (both printed, in seconds). Google ID tokens live an hour: get a fresh one.'
	},
	{
		id: 'google-auth.too-early',
		library: GOOGLE,
		pattern: /\bToken used too early, \d+(?:\.\d+)? < \d+/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat minus 5 minutes is after the API’s clock: the server’s clock is behind.'
	},
	{
		id: 'google-auth.audience',
		library: GOOGLE,
		pattern: /\bWrong recipient, payload audience != requiredAudience\b/,
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'The ID token’s aud is another OAuth client ID than the `audience` passed to verifyIdToken.'
	},
	{
		id: 'google-auth.issuer',
		library: GOOGLE,
		pattern: /\bInvalid issuer, expected one of \[[^\]\n]*\], but got [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token was not issued by accounts.google.com (or the issuers the API lists).'
	},
	{
		id: 'google-auth.signature',
		library: GOOGLE,
		pattern: /\bInvalid token signature: \S+/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The signature does not verify with Google’s certificate for the kid: a tampered or non-Google token.'
	},
	{
		id: 'google-auth.no-pem',
		library: GOOGLE,
		pattern: /\bNo pem found for envelope: [^\n]*/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The kid is not among Google’s current certificates: not a Google token, or one signed with a retired key.'
	},
	{
		id: 'google-auth.malformed',
		library: GOOGLE,
		pattern:
			/\bWrong number of segments in token: \S*|\bCan't parse token (?:envelope|payload): \S*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'What reached verifyIdToken is not a three-part JWT of JSON: an access token, or a cut one.'
	},
	{
		id: 'google-auth.missing-time',
		library: GOOGLE,
		pattern: /\bNo (?:issue|expiration) time in token: |\bExpiration time too far in future: /,
		cause: 'malformed',
		checks: ['iat', 'exp', 'lifetime'],
		explanation:
			'The token lacks iat or exp, or exp is more than a day ahead (maxExpiry, 86400 s by default).'
	},
	{
		id: 'firebase.expired',
		library: FIREBASE,
		// Its error code alone, as logs and HTTP error bodies print it (firebase-admin lib/utils/error.js
		// AuthClientErrorCode.ID_TOKEN_EXPIRED: 'id-token-expired', prefixed 'auth/').
		pattern: new RegExp(
			`${FIREBASE_TOKEN} has expired\\. Get a fresh [^\\n]*|\\bauth/id-token-expired\\b`
		),
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'Firebase ID tokens live an hour: the client must call getIdToken() again (the SDK refreshes it).'
	},
	{
		id: 'firebase.audience',
		library: FIREBASE,
		pattern: new RegExp(`${FIREBASE_TOKEN} has incorrect "aud" \\(audience\\) claim\\.[^\\n]*`),
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'The token belongs to another Firebase project than the Admin SDK’s service account: aud is the project ID.'
	},
	{
		id: 'firebase.issuer',
		library: FIREBASE,
		pattern: new RegExp(`${FIREBASE_TOKEN} has incorrect "iss" \\(issuer\\) claim\\.[^\\n]*`),
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'iss is not https://securetoken.google.com/<project-id>: another project, or not a Firebase token.'
	},
	{
		id: 'firebase.algorithm',
		library: FIREBASE,
		pattern: new RegExp(
			`${FIREBASE_TOKEN} has incorrect algorithm\\. Expected "RS256" but got "[^"\\n]*"`
		),
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'Firebase tokens are RS256; this one is not (a custom token signed by the app, or a forged one).'
	},
	{
		id: 'firebase.kid',
		library: FIREBASE,
		pattern: new RegExp(
			`${FIREBASE_TOKEN} has (?:no "kid" claim|"kid" claim which does not correspond to a known public key(?:\\. Most likely the [\\w ]+ is expired, so get a fresh token from your client app and try again\\.)?)`
		),
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The kid is absent or not among Google’s current securetoken keys: most often the token is old.'
	},
	{
		id: 'firebase.signature',
		library: FIREBASE,
		pattern: new RegExp(`${FIREBASE_TOKEN} has invalid signature\\.`),
		cause: 'signature',
		checks: ['signature'],
		explanation: 'The signature does not verify with Google’s key for the kid.'
	},
	{
		id: 'firebase.decoding',
		library: FIREBASE,
		pattern: new RegExp(
			`Decoding ${FIREBASE_TOKEN} failed\\.|verifyIdToken\\(\\) expects an ID token, but was given a (?:legacy )?custom token`
		),
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'Not a Firebase ID token: a cut string, or a custom token (exchange it with signInWithCustomToken first).'
	}
];
