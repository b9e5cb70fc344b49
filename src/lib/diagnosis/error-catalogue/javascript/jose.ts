// Messages printed by jose (panva) 6: each error's class name, then its message.
// Source: the installed jose 6.2, node_modules/jose/dist/webapi/lib/jwt_claims_set.js, lib/validate.js,
// lib/jws_verify.js, lib/jws_algorithms.js, jwks/local.js, util/errors.js
// (https://github.com/panva/jose/tree/main/src/lib).
import type { ErrorEntry } from '../entry';
import type { TargetCheck } from '../entry';

const JOSE = 'jose (panva)';

/** jose's "must be a number" and "missing required" for a time claim, one entry each, pointing at its row. */
const timeClaim = (claim: 'exp' | 'nbf' | 'iat'): ErrorEntry[] => [
	{
		id: `jose.${claim}-not-a-number`,
		library: JOSE,
		pattern: new RegExp(`"${claim}" claim must be a number`),
		cause: 'malformed',
		checks: [claim as TargetCheck],
		explanation: `The token’s ${claim} is not a JSON number (a string, even of digits, is refused): the issuer must write it as seconds, unquoted.`
	},
	{
		id: `jose.${claim}-missing`,
		library: JOSE,
		pattern: new RegExp(`missing required "${claim}" claim`),
		cause: 'malformed',
		checks: claim === 'exp' ? ['exp', 'lifetime'] : [claim as TargetCheck],
		explanation: `The API lists ${claim} in \`requiredClaims\` (or sets \`maxTokenAge\`, which needs iat) and the token has none.`
	}
];

export const JOSE_ERRORS: ErrorEntry[] = [
	{
		id: 'jose.expired',
		library: JOSE,
		pattern: /(?:JWTExpired:\s*)?"exp" claim timestamp check failed|\bERR_JWT_EXPIRED\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is at or before the API’s now (minus `clockTolerance`, 0 by default in jose).'
	},
	{
		id: 'jose.not-before',
		library: JOSE,
		pattern: /"nbf" claim timestamp check failed/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after the API’s now plus `clockTolerance`.'
	},
	{
		id: 'jose.iat-future',
		library: JOSE,
		pattern: /"iat" claim timestamp check failed \(it should be in the past\)/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future for the API (checked when `maxTokenAge` is set): the clocks disagree.'
	},
	{
		id: 'jose.iat-too-old',
		library: JOSE,
		pattern: /"iat" claim timestamp check failed \(too far in the past\)/,
		cause: 'expired',
		checks: ['iat', 'lifetime'],
		explanation: 'The token is older than the API’s `maxTokenAge`, even if exp is still ahead.'
	},
	{
		id: 'jose.audience',
		library: JOSE,
		pattern: /unexpected "aud" claim value|missing required "aud" claim/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'None of the token’s aud values is the `audience` the API expects (or aud is missing).'
	},
	{
		id: 'jose.issuer',
		library: JOSE,
		pattern: /unexpected "iss" claim value|missing required "iss" claim/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not exactly the `issuer` the API expects (or iss is missing).'
	},
	{
		id: 'jose.signature',
		library: JOSE,
		// Case-sensitive on purpose: PyJWT and njwt print "Signature verification failed" with a capital S.
		pattern:
			/(?:JWSSignatureVerificationFailed:\s*)?signature verification failed|\bERR_JWS_SIGNATURE_VERIFICATION_FAILED\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The key jose selected does not verify the signature: a different key or a tampered token.'
	},
	{
		id: 'jose.no-matching-key',
		library: JOSE,
		pattern: /no applicable key found in the JSON Web Key Set|\bERR_JWKS_NO_MATCHING_KEY\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'No key in the JWKS fits the token’s kid, alg and key type: rotated keys, or a token from another issuer.'
	},
	{
		id: 'jose.multiple-matching-keys',
		library: JOSE,
		pattern: /multiple matching keys found in the JSON Web Key Set/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token has no kid (or a shared one) and several keys in the JWKS fit: the issuer should set kid.'
	},
	{
		id: 'jose.alg-not-allowed',
		library: JOSE,
		pattern: /"alg" \(Algorithm\) Header Parameter value not allowed|\bERR_JOSE_ALG_NOT_ALLOWED\b/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not in the API’s `algorithms` list, or does not fit the key.'
	},
	{
		id: 'jose.invalid-compact',
		library: JOSE,
		pattern: /Invalid Compact JWS|JWTs must use Compact JWS serialization|\bERR_JWS_INVALID\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not three base64url parts separated by dots.'
	},
	{
		id: 'jose.claims-not-object',
		library: JOSE,
		pattern: /JWT Claims Set must be a top-level JSON object/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The payload decodes, but not to a JSON object: it is not a JWT claims set.'
	},
	...timeClaim('exp'),
	...timeClaim('nbf'),
	...timeClaim('iat'),
	{
		id: 'jose.typ',
		library: JOSE,
		pattern: /unexpected "typ" JWT header value/,
		cause: 'token-type',
		checks: ['typ', 'token-use'],
		explanation:
			'The API’s `typ` option (e.g. "at+jwt" for RFC 9068 access tokens) does not match the token’s typ header: often an ID token sent as an access token.'
	},
	{
		id: 'jose.crit-not-recognised',
		library: JOSE,
		// lib/validate.js validateCrit: RFC 7515 §4.1.11, a recipient must refuse an extension it does not understand.
		pattern: /Extension Header Parameter "[^"\n]*" is not recognized/,
		cause: 'crit',
		checks: ['crit'],
		explanation:
			'The header’s crit lists an extension jose does not understand, so (as RFC 7515 §4.1.11 requires) it refuses the token. The API can accept it only by implementing that extension and listing it in the `crit` option.'
	},
	{
		id: 'jose.crit-invalid',
		library: JOSE,
		pattern:
			/Extension Header Parameter "[^"\n]*" (?:is missing|MUST be integrity protected)|"crit" \(Critical\) Header Parameter MUST (?:be integrity protected|be an array of non-empty strings when present|NOT contain duplicate values)/,
		cause: 'crit',
		checks: ['crit'],
		explanation:
			'The header’s crit is not well formed: not a list of names, a name listed twice, or a listed extension that is absent or outside the protected header.'
	},
	{
		id: 'jose.jwks-unsupported-alg',
		library: JOSE,
		// jwks/local.js: a JWKS is looked up by alg; "none" and algorithms with no key type (or HS*) have none.
		pattern: /Unsupported "alg" value for a JSON Web Key Set/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s alg cannot be served from a JWKS: "none", an HMAC alg (HS256: a public JWKS holds no secrets; perhaps an algorithm-confusion attempt), or an unknown name.'
	},
	{
		id: 'jose.alg-not-supported',
		library: JOSE,
		pattern: /\balg \S+ is not supported either by JOSE or your javascript runtime/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not a JWS algorithm jose knows, or the runtime lacks it.'
	},
	{
		id: 'jose.alg-missing',
		library: JOSE,
		pattern: /JWS "alg" \(Algorithm\) Header Parameter missing or invalid/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header has no alg, or it is not a string.'
	},
	{
		id: 'jose.header-invalid',
		library: JOSE,
		pattern: /JWS Protected Header is invalid/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The first part does not decode to a JSON object: a truncated token or a corrupted header.'
	},
	{
		id: 'jose.base64url',
		library: JOSE,
		pattern:
			/Failed to base64url decode the (?:signature|payload)|The payload is not a valid base64url string/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'A part of the token is not base64url: spaces, quotes, "+" or "/" copied in, or a cut token.'
	},
	{
		id: 'jose.jwt-invalid',
		library: JOSE,
		pattern:
			/Failed to parse the decoded payload as JSON|JWTs must contain a payload|Only JWTs using Compact JWS serialization can be decoded|JWTs MUST NOT use unencoded payload|JWTInvalid: Invalid JWT\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The token’s payload is not a JWT claims set: not JSON, absent, or not base64url-encoded.'
	},
	{
		id: 'jose.key-unsupported',
		library: JOSE,
		pattern:
			/Invalid or unsupported JWK "alg" \(Algorithm\) Parameter value|"kty" \(Key Type\) Parameter missing or unsupported|Unsupported "kty" \(Key Type\) Parameter value|Invalid or unsupported key format/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'jose cannot import the key the API gave it: an unknown kty or alg in the JWK, or a PEM of another kind.'
	},
	{
		id: 'jose.rsa-too-short',
		library: JOSE,
		pattern: /\b[RP]S\d+ requires key modulusLength to be 2048 bits or larger/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The RSA key is shorter than 2048 bits, which jose refuses (RFC 7518 §3.3).'
	},
	{
		id: 'jose.jwks-invalid',
		library: JOSE,
		pattern:
			/JSON Web Key Set malformed|JSON Web Key Set members must be public keys|\bERR_JWKS_TIMEOUT\b|JWKSTimeout: request timed out/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The JWKS the API loaded is not a key set of public keys, or fetching it timed out.'
	}
];
