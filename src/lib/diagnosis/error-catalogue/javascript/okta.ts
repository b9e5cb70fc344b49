// Messages printed by Okta's @okta/jwt-verifier 4 and njwt 2 beneath it (RS256 only; jwks-rsa fetches the keys).
// Sources: node_modules/@okta/jwt-verifier/lib.js (https://github.com/okta/okta-jwt-verifier-js/blob/master/lib.js),
// node_modules/njwt/properties.json and index.js (https://github.com/jwtk/njwt).
import type { ErrorEntry } from '../entry';

const OKTA = 'Okta jwt-verifier (njwt)';

export const OKTA_ERRORS: ErrorEntry[] = [
	{
		id: 'njwt.expired',
		library: OKTA,
		pattern: /\bJwt is expired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'The token’s exp is in the past for the API.'
	},
	{
		id: 'njwt.not-active',
		library: OKTA,
		pattern: /\bJwt not active\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'The token’s nbf is in the future for the API.'
	},
	{
		id: 'njwt.signature',
		library: OKTA,
		pattern: /JwtParseError:\s*Signature verification failed/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'The key fetched for the token’s kid does not verify its signature.'
	},
	{
		id: 'okta.audience',
		library: OKTA,
		pattern:
			/\baudience claims? [^\n]*? (?:does not match(?: one of)? (?:the )?expected audiences?|do not include expected audience)[^\n]*/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'The token’s aud is not what `verifyAccessToken` was given (Okta’s default server uses "api://default").'
	},
	{
		id: 'okta.issuer',
		library: OKTA,
		pattern: /\bissuer \S+ does not match expected issuer: [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token came from another authorization server than the verifier’s `issuer`.'
	},
	{
		id: 'okta.no-kid',
		library: OKTA,
		pattern: /\bNo KID specified\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token’s header has no kid, so Okta’s verifier cannot pick a key from the JWKS.'
	},
	{
		id: 'njwt.parse',
		library: OKTA,
		pattern: /\bJwt cannot be parsed\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The header or payload does not decode to JSON: a truncated or corrupted token.'
	},
	{
		id: 'njwt.unexpected-alg',
		library: OKTA,
		pattern: /\bUnexpected signature algorithm\b/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'Okta’s verifier accepts RS256 only, and the header says otherwise ("none", HS256, ES*…): not a token from an Okta authorization server.'
	},
	{
		id: 'njwt.unsupported-alg',
		library: OKTA,
		pattern: /\bUnsupported signing algorithm\b/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'njwt does not know the header’s alg (it has no EdDSA or PS*).'
	},
	{
		id: 'njwt.key-resolver',
		library: OKTA,
		pattern: /\bError while resolving signing key for kid "[^"\n]*"/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token’s kid is not among the keys of the issuer’s JWKS (`<issuer>/v1/keys`): a token from another Okta authorization server or org, or keys rotated since.'
	},
	{
		id: 'njwt.signing-key-required',
		library: OKTA,
		pattern: /\bSigning key is required\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'njwt was given no key to verify with.'
	},
	{
		id: 'okta.client-id',
		library: OKTA,
		pattern: /\baudience claim \S+ does not match expected client id: [^\n]*/,
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'`verifyIdToken` was given another client ID than the ID token’s aud: the token was issued to another application.'
	}
];
