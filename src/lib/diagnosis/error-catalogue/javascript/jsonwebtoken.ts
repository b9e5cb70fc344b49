// Messages printed by node jsonwebtoken 9, and by what is built on it: express-jwt (which wraps each in an
// UnauthorizedError with the same message), passport-jwt (which hands them to passport as they are) and
// jwks-rsa (the key lookup the three use with a JWKS).
// Sources (the installed devDependencies, read and run by src/lib/diagnosis/real-libraries.test.ts):
// node_modules/jsonwebtoken/verify.js and lib/validateAsymmetricKey.js (https://github.com/auth0/node-jsonwebtoken),
// node_modules/express-jwt/dist/index.js (https://github.com/auth0/express-jwt/blob/master/src/index.ts),
// node_modules/passport-jwt/lib/strategy.js (https://github.com/mikenicholson/passport-jwt),
// node_modules/jwks-rsa/src/JwksClient.js, src/utils.js, src/wrappers/rateLimit.js
// (https://github.com/auth0/node-jwks-rsa).
import type { ErrorEntry } from '../entry';

const JSONWEBTOKEN = 'node jsonwebtoken';
const EXPRESS_JWT = 'Auth0 express-jwt';
const JWKS_RSA = 'Auth0 jwks-rsa';

export const JSONWEBTOKEN_ERRORS: ErrorEntry[] = [
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
		pattern: /(?:JsonWebTokenError|UnauthorizedError):\s*invalid token\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The header could not be decoded as base64url JSON. (express-jwt passes this on as UnauthorizedError.)'
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
		pattern: /(?:JsonWebTokenError|UnauthorizedError):\s*invalid algorithm\b/,
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
		id: 'jsonwebtoken.invalid-exp',
		library: JSONWEBTOKEN,
		// verify.js: `typeof payload.exp !== 'number'` — a string, even "1796120000", is refused.
		pattern: /\binvalid exp value\b/,
		cause: 'malformed',
		checks: ['exp'],
		explanation:
			'exp is not a JSON number (a string such as "1796120000" or a date): jsonwebtoken refuses it before judging the time. The issuer must write exp as seconds, unquoted.'
	},
	{
		id: 'jsonwebtoken.invalid-nbf',
		library: JSONWEBTOKEN,
		pattern: /\binvalid nbf value\b/,
		cause: 'malformed',
		checks: ['nbf'],
		explanation: 'nbf is not a JSON number: jsonwebtoken refuses it before judging the time.'
	},
	{
		id: 'jsonwebtoken.key-callback',
		library: JSONWEBTOKEN,
		// verify.js wraps whatever the key lookup said: with jwks-rsa, "Unable to find a signing key that matches '<kid>'".
		pattern: /\berror in secret or public key callback: [^\n]*/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The API’s key lookup (usually jwks-rsa fetching the issuer’s JWKS) failed for this token; the rest of the message says why. Most often the token’s kid is not in the JWKS: rotated keys, or a token from another issuer or tenant.'
	},
	{
		id: 'jsonwebtoken.none-not-allowed',
		library: JSONWEBTOKEN,
		pattern: /please specify "none" in "algorithms" to verify unsigned tokens/,
		cause: 'algorithm',
		checks: ['algorithm', 'signature'],
		explanation:
			'The token is unsigned (alg "none", empty third part) and the API passed no key: jsonwebtoken refuses it, as it should.'
	},
	{
		id: 'jsonwebtoken.key-material',
		library: JSONWEBTOKEN,
		pattern: /\bsecretOrPublicKey is not valid key material\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The key the API passed is neither a public key Node can read nor a usable secret: a truncated PEM, a JWK object passed as is, or an empty value.'
	},
	{
		id: 'jsonwebtoken.key-kind',
		library: JSONWEBTOKEN,
		pattern: /\bsecretOrPublicKey must be an? (?:a)?symmetric key when using [\w-]+/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s alg and the kind of key the API holds disagree: an HMAC alg (HS256) with a public key, or RS/PS/ES with a secret. If the token says HS256 and the API holds an RSA key, it may be an algorithm-confusion attempt.'
	},
	{
		id: 'jsonwebtoken.unknown-key-type',
		library: JSONWEBTOKEN,
		// lib/validateAsymmetricKey.js knows ec, rsa and rsa-pss only: an Ed25519 key ends here when "EdDSA" is allowed.
		pattern: /\bUnknown key type "[\w-]+"\./,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'jsonwebtoken 9 checks keys of type ec, rsa and rsa-pss only, so an Ed25519/Ed448 key (EdDSA) is refused even when "EdDSA" is in `algorithms`. Use jose or fast-jwt for EdDSA, or another algorithm.'
	},
	{
		id: 'jsonwebtoken.curve',
		library: JSONWEBTOKEN,
		pattern: /"alg" parameter "ES\d+" requires curve "[\w-]+"\./,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s ES alg does not fit the curve of the API’s EC key (ES256 needs P-256, ES384 P-384, ES512 P-521).'
	},
	{
		id: 'jsonwebtoken.rsa-pss-parameters',
		library: JSONWEBTOKEN,
		pattern:
			/Invalid key for this operation, its RSA-PSS parameters? (?:saltLength )?do(?:es)? not meet the requirements of "alg" PS\d+/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The API’s RSA-PSS key is restricted to another hash or salt length than the token’s PS alg needs.'
	},
	{
		id: 'jsonwebtoken.iat-required',
		library: JSONWEBTOKEN,
		pattern: /\biat required when maxAge is specified\b/,
		cause: 'malformed',
		checks: ['iat', 'lifetime'],
		explanation: 'The API sets `maxAge`, which is measured from iat, and the token has no iat.'
	},
	{
		id: 'jsonwebtoken.not-a-string',
		library: JSONWEBTOKEN,
		pattern: /\bjwt must be a string\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The API passed something other than text as the token: an object, a Buffer, or the whole header parsed wrongly.'
	},
	{
		id: 'express-jwt.code',
		library: EXPRESS_JWT,
		// UnauthorizedError's `code` (dist/index.js), printed when the error object is logged or sent as JSON.
		pattern: /\bcredentials_(?:required|bad_scheme|bad_format)\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'express-jwt found no usable "Authorization: Bearer <token>" header: none at all (credentials_required), another scheme (credentials_bad_scheme) or not two words (credentials_bad_format).'
	},
	{
		id: 'express-jwt.revoked',
		library: EXPRESS_JWT,
		pattern: /\bThe token has been revoked\.|\brevoked_token\b/,
		cause: 'revoked',
		checks: ['revocation'],
		explanation:
			'The token verified, but the API’s `isRevoked` callback said it is revoked: the user logged out, or its jti is on a deny list. A fresh token is needed.'
	},
	{
		id: 'passport-jwt.no-token',
		library: 'passport-jwt',
		// lib/strategy.js: `self.fail(new Error("No auth token"))` when `jwtFromRequest` finds nothing.
		pattern: /\bNo auth token\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'passport-jwt’s `jwtFromRequest` found no token where it looks (by default nowhere: usually `ExtractJwt.fromAuthHeaderAsBearerToken()`, which wants "Authorization: Bearer <token>").'
	},
	{
		id: 'jwks-rsa.no-kid-several-keys',
		library: JWKS_RSA,
		pattern: /\bNo KID specified and JWKS endpoint returned more than 1 key\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token has no kid and the issuer’s JWKS holds several keys, so jwks-rsa cannot choose one: the issuer should set kid.'
	},
	{
		id: 'jwks-rsa.unsupported-jwk',
		library: JWKS_RSA,
		pattern: /JwksError: Unsupported JWK\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'A key in the JWKS has a type or curve jwks-rsa cannot import (it reads RSA, EC P-256/384/521 and OKP keys).'
	},
	{
		id: 'jwks-rsa.rate-limit',
		library: JWKS_RSA,
		pattern: /\bToo many requests to the JWKS endpoint\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'jwks-rsa’s `jwksRequestsPerMinute` is spent: tokens with kids the JWKS does not hold make it fetch again and again.'
	}
];
