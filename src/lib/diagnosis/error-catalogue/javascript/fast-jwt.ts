// Messages printed by fast-jwt 6 (nearform). TokenError keeps `name` "Error", so String(error) reads
// "Error: The token has expired at …" and a logged error "TokenError: …"; its `code` (FAST_JWT_*) is printed too.
// Source: node_modules/fast-jwt/src/verifier.js, decoder.js, error.js (https://github.com/nearform/fast-jwt/tree/master/src).
import type { ErrorEntry, TargetCheck } from '../entry';

const FAST_JWT = 'fast-jwt';

/** "The <claim> claim must be a number." (verifier.js validateClaimType): one entry per time claim's row. */
const notANumber = (claim: 'exp' | 'nbf' | 'iat'): ErrorEntry => ({
	id: `fast-jwt.${claim}-not-a-number`,
	library: FAST_JWT,
	pattern: new RegExp(`\\bThe ${claim} claim must be a number\\.`),
	cause: 'malformed',
	checks: [claim as TargetCheck],
	explanation: `The token’s ${claim} is not a JSON number (a string, even of digits, is refused): the issuer must write it as seconds, unquoted.`
});

export const FAST_JWT_ERRORS: ErrorEntry[] = [
	{
		id: 'fast-jwt.expired',
		library: FAST_JWT,
		// validateClaimDateValue: `The token ${errorVerb} at ${new Date(adjusted).toISOString()}.`, the time being
		// exp plus clockTolerance (or iat plus maxAge, which prints the same words).
		pattern: /\bThe token has expired at [\dT:.Z-]+|\bFAST_JWT_EXPIRED\b/,
		cause: 'expired',
		checks: ['exp', 'iat'],
		explanation:
			'exp (plus the API’s `clockTolerance`, 0 by default) is before the API’s clock; with `maxAge` set, the same words mean iat + maxAge is. The time printed is that limit.'
	},
	{
		id: 'fast-jwt.inactive',
		library: FAST_JWT,
		pattern: /\bThe token will be active at [\dT:.Z-]+|\bFAST_JWT_INACTIVE\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation:
			'nbf (minus `clockTolerance`) is after the API’s clock: the time printed is when the API would accept it.'
	},
	{
		id: 'fast-jwt.audience',
		library: FAST_JWT,
		pattern: /\bThe aud claim value is not allowed\.|\bNone of aud claim values are allowed\./,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'None of the token’s aud values matches the API’s `allowedAud`. (A token with no aud at all passes: fast-jwt judges aud only when present, unless `requiredClaims` lists it.)'
	},
	{
		id: 'fast-jwt.issuer',
		library: FAST_JWT,
		pattern: /\bThe iss claim value is not allowed\./,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss does not match the API’s `allowedIss`.'
	},
	{
		id: 'fast-jwt.required-claim',
		library: FAST_JWT,
		pattern:
			/\bThe (?:aud|iss|exp|nbf|iat|sub|jti) claim is required\.|\bFAST_JWT_MISSING_REQUIRED_CLAIM\b/,
		cause: 'malformed',
		checks: ['aud', 'iss', 'exp'],
		explanation: 'The API lists the claim in `requiredClaims` and the token lacks it.'
	},
	notANumber('exp'),
	notANumber('nbf'),
	notANumber('iat'),
	{
		id: 'fast-jwt.claim-not-a-string',
		library: FAST_JWT,
		pattern: /\bThe (?:aud|iss) claim must be a string(?: or an array of strings)?\./,
		cause: 'malformed',
		checks: ['aud', 'iss'],
		explanation: 'aud or iss is not a string (or, for aud, a list of strings).'
	},
	{
		id: 'fast-jwt.signature',
		library: FAST_JWT,
		pattern:
			/\bThe token signature is invalid\.|\bCannot verify the signature\.|\bFAST_JWT_INVALID_SIGNATURE\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The signature does not verify with the key fast-jwt used (or is not base64url): a different key, a secret read in another encoding, or a tampered token.'
	},
	{
		id: 'fast-jwt.signature-missing',
		library: FAST_JWT,
		pattern: /\bThe token signature is missing\.|\bFAST_JWT_MISSING_SIGNATURE\b/,
		cause: 'algorithm',
		checks: ['algorithm', 'signature'],
		explanation:
			'The token is unsigned (alg "none", empty third part) and the API holds a key: refused, as it should be.'
	},
	{
		id: 'fast-jwt.algorithm',
		library: FAST_JWT,
		pattern: /\bThe token algorithm is invalid\.|\bFAST_JWT_INVALID_ALGORITHM\b/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s alg is not in `algorithms`, or (without that option) does not fit the key: fast-jwt derives the allowed algorithms from the key, so HS256 with an RSA public key is refused here.'
	},
	{
		id: 'fast-jwt.key-algorithms',
		library: FAST_JWT,
		pattern: /\bInvalid public key provided for algorithms [\w, -]+\./,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation: 'The API’s key cannot serve any of the algorithms in its `algorithms` option.'
	},
	{
		id: 'fast-jwt.key-fetch',
		library: FAST_JWT,
		// verifier.js wraps any error of the key callback as "Cannot fetch key." (the cause is in `originalError`).
		pattern:
			/\bCannot fetch key\.|\bThe key returned from the callback must be a string or a buffer containing a secret or a public key\.|\bFAST_JWT_KEY_FETCHING_ERROR\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The API’s key callback failed for this token: usually its kid is not in the issuer’s JWKS (rotated keys, another issuer). fast-jwt hides the reason; log `error.originalError` to see it.'
	},
	{
		id: 'fast-jwt.key-missing',
		library: FAST_JWT,
		pattern: /\bThe key option is missing\.|\bFAST_JWT_MISSING_KEY\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The token is signed and the verifier was made without a key.'
	},
	{
		id: 'fast-jwt.malformed',
		library: FAST_JWT,
		pattern:
			/\bThe token is malformed\.|\bThe token (?:header|payload) is not a valid base64url serialized JSON\.|\bThe token header is not a valid JSON object\.|\bThe payload must be an object\b|\bThe token must be a string or a buffer\.|\bFAST_JWT_MALFORMED\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The token is not three base64url parts of JSON: fewer dots, characters outside base64url, or a header or payload that is not a JSON object.'
	},
	{
		id: 'fast-jwt.crit',
		library: FAST_JWT,
		// verifier.js validateCrit, RFC 7515 §4.1.11.
		pattern:
			/\bCritical extension "[^"\n]*" is (?:not supported|listed in crit but is not present in the header)\.|\bThe crit header must (?:be a non-empty array|not contain the standard header parameter name "[^"\n]*")\.|\bEach crit entry must be a string\.|\bDuplicate entry "[^"\n]*" in crit header\.|\bFAST_JWT_INVALID_CRIT_HEADER\b/,
		cause: 'crit',
		checks: ['crit'],
		explanation:
			'The header’s crit lists an extension the API has not declared in `allowedCritHeaders` (or crit is not well formed): RFC 7515 §4.1.11 says to refuse it.'
	},
	{
		id: 'fast-jwt.typ',
		library: FAST_JWT,
		pattern: /\bInvalid typ\.|\bThe type must be "[^"\n]*"\.|\bFAST_JWT_INVALID_TYPE\b/,
		cause: 'token-type',
		checks: ['typ', 'token-use'],
		explanation:
			'The token’s typ header is not the API’s `checkTyp`: often an ID token sent as an access token.'
	}
];
