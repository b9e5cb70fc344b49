// Messages printed by JavaScript verifiers: node jsonwebtoken (and express-jwt, which passes its errors
// through), jwks-rsa, jose (panva) and Okta's jwt-verifier (njwt underneath).
// Sources: https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js ,
// https://github.com/auth0/express-jwt/blob/master/src/index.ts ,
// https://github.com/auth0/node-jwks-rsa/blob/master/src/errors/SigningKeyNotFoundError.js ,
// https://github.com/panva/jose/blob/main/src/lib/jwt_claims_set.ts and src/util/errors.ts ,
// https://github.com/okta/okta-jwt-verifier-js/blob/master/lib.js , https://github.com/jwtk/njwt/blob/master/index.js
import type { ErrorEntry } from './entry';

const JSONWEBTOKEN = 'node jsonwebtoken';
const JOSE = 'jose (panva)';
const OKTA = 'Okta jwt-verifier (njwt)';

export const JAVASCRIPT_ERRORS: ErrorEntry[] = [
	{
		id: 'jsonwebtoken.expired',
		library: JSONWEBTOKEN,
		pattern: /(?:TokenExpiredError:\s*)?\bjwt expired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'The token’s exp is in the past at the time the API checked it. jsonwebtoken allows no clock skew unless `clockTolerance` is set.'
	},
	{
		id: 'jsonwebtoken.max-age',
		library: JSONWEBTOKEN,
		pattern: /(?:TokenExpiredError:\s*)?\bmaxAge exceeded\b/,
		cause: 'expired',
		checks: ['iat', 'lifetime'],
		explanation:
			'The API set `maxAge`: the token was issued (iat) longer ago than that, even if exp is still ahead.'
	},
	{
		id: 'jsonwebtoken.not-active',
		library: JSONWEBTOKEN,
		pattern: /(?:NotBeforeError:\s*)?\bjwt not active\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation:
			'The token’s nbf is still in the future for the API: its clock is behind the issuer’s, or the token was used too early.'
	},
	{
		id: 'jsonwebtoken.invalid-signature',
		library: JSONWEBTOKEN,
		pattern: /(?:JsonWebTokenError|UnauthorizedError):\s*invalid signature\b/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation:
			'The signature does not verify with the secret or public key the API holds: a different key, or a secret read in another encoding. (express-jwt passes this on as UnauthorizedError.)'
	},
	{
		id: 'jsonwebtoken.audience',
		library: JSONWEBTOKEN,
		pattern: /\bjwt audience invalid\. expected: [^\n]*/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'The API’s `audience` option does not appear in the token’s aud: the token was issued for another API (or is an ID token).'
	},
	{
		id: 'jsonwebtoken.issuer',
		library: JSONWEBTOKEN,
		pattern: /\bjwt issuer invalid\. expected: [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss is not the `issuer` the API is configured with: often a trailing slash, http vs https, or another tenant.'
	},
	{
		id: 'jsonwebtoken.malformed',
		library: JSONWEBTOKEN,
		pattern: /\bjwt malformed\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'What reached the API is not three dot-separated parts: an empty or truncated token, quotes, or the "Bearer " prefix left in.'
	},
	{
		id: 'jsonwebtoken.invalid-token',
		library: JSONWEBTOKEN,
		pattern: /JsonWebTokenError:\s*invalid token\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The header could not be decoded as base64url JSON.'
	},
	{
		id: 'jsonwebtoken.must-be-provided',
		library: JSONWEBTOKEN,
		pattern: /\bjwt must be provided\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The API received no token at all: check the Authorization header reaches it.'
	},
	{
		id: 'jsonwebtoken.invalid-algorithm',
		library: JSONWEBTOKEN,
		pattern: /JsonWebTokenError:\s*invalid algorithm\b/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s alg is not in the API’s `algorithms` list, or does not fit the kind of key it holds (e.g. HS256 with an RSA public key).'
	},
	{
		id: 'jsonwebtoken.alg-key-type',
		library: JSONWEBTOKEN,
		pattern: /"alg" parameter for "[\w-]+" key type must be one of: [^\n]*/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation: 'The header’s alg does not fit the type of the key the API verifies with.'
	},
	{
		id: 'jsonwebtoken.signature-required',
		library: JSONWEBTOKEN,
		pattern: /\bjwt signature is required\b/,
		cause: 'algorithm',
		checks: ['algorithm', 'signature'],
		explanation:
			'The token has no signature (alg "none" or an empty third part) and the API, rightly, refuses it.'
	},
	{
		id: 'jsonwebtoken.no-key',
		library: JSONWEBTOKEN,
		pattern: /\bsecret or public key must be provided\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The API had no key to verify with: an unset environment variable, or a key lookup that returned nothing for this kid.'
	},
	{
		id: 'express-jwt.no-token',
		library: 'Auth0 express-jwt',
		pattern: /\bNo authorization token was found\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The request carried no token: no Authorization header (or a proxy removed it).'
	},
	{
		id: 'express-jwt.bad-format',
		library: 'Auth0 express-jwt',
		pattern: /\bFormat is Authorization: Bearer \[token\]/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The Authorization header is not "Bearer <token>": a missing scheme or extra spaces.'
	},
	{
		id: 'jwks-rsa.no-matching-kid',
		library: 'Auth0 jwks-rsa',
		pattern: /\bUnable to find a signing key that matches '[^'\n]*'/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token’s kid is not in the issuer’s JWKS: the issuer rotated its keys, or the token comes from another issuer or tenant.'
	},
	{
		id: 'jwks-rsa.no-keys',
		library: 'Auth0 jwks-rsa',
		pattern: /\bThe JWKS endpoint did not contain any (?:signing )?keys\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The JWKS the API fetched has no usable signing keys: a wrong jwks_uri, or an empty key set.'
	},
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
	}
];
