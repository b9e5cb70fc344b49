// Messages printed by PyJWT (the `jwt` package on PyPI), as its exceptions' text.
// Source: https://github.com/jpadilla/pyjwt/blob/master/jwt/api_jwt.py , jwt/api_jws.py , jwt/jwks_client.py
import type { ErrorEntry } from './entry';

const PYJWT = 'PyJWT';

export const PYTHON_ERRORS: ErrorEntry[] = [
	{
		id: 'pyjwt.expired',
		library: PYJWT,
		pattern: /ExpiredSignatureError(?::\s*Signature has expired)?|\bSignature has expired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is at or before the API’s now minus `leeway` (0 by default in PyJWT).'
	},
	{
		id: 'pyjwt.not-yet-valid-nbf',
		library: PYJWT,
		pattern: /The token is not yet valid \(nbf\)/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after the API’s now plus `leeway`: its clock is behind the issuer’s.'
	},
	{
		id: 'pyjwt.not-yet-valid-iat',
		library: PYJWT,
		pattern: /The token is not yet valid \(iat\)/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future for the API (PyJWT 2.10 and later check it): the issuer’s clock is ahead, so allow a `leeway`.'
	},
	{
		id: 'pyjwt.audience',
		library: PYJWT,
		pattern:
			/InvalidAudienceError(?::\s*(?:Invalid audience|Audience doesn't match))?|\bAudience doesn't match\b/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'The token’s aud does not contain the `audience` passed to decode — or the token has an aud and no `audience` was passed at all: PyJWT rejects that too.'
	},
	{
		id: 'pyjwt.missing-aud',
		library: PYJWT,
		pattern: /Token is missing the "aud" claim/,
		cause: 'audience',
		checks: ['aud'],
		explanation: 'decode was given an `audience`, but the token has no aud claim.'
	},
	{
		id: 'pyjwt.issuer',
		library: PYJWT,
		pattern: /InvalidIssuerError(?::\s*Invalid issuer)?|Token is missing the "iss" claim/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not exactly the `issuer` passed to decode (or is missing).'
	},
	{
		id: 'pyjwt.missing-exp',
		library: PYJWT,
		pattern: /Token is missing the "exp" claim/,
		cause: 'expired',
		checks: ['exp', 'lifetime'],
		explanation: 'The API requires exp (options={"require": ["exp"]}) and the token has none.'
	},
	{
		id: 'pyjwt.signature',
		library: PYJWT,
		pattern: /(?:InvalidSignatureError:\s*)?Signature verification failed/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation:
			'The signature does not verify with the key given to decode: another key, or a secret in another encoding.'
	},
	{
		id: 'pyjwt.not-enough-segments',
		library: PYJWT,
		pattern: /\bNot enough segments\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token has fewer than three dot-separated parts: truncated, or not a JWT.'
	},
	{
		id: 'pyjwt.padding',
		library: PYJWT,
		pattern: /\bInvalid (?:header|payload|crypto) padding\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'A part is not valid base64url: the token was cut, wrapped or had characters added.'
	},
	{
		id: 'pyjwt.header-string',
		library: PYJWT,
		pattern: /\bInvalid header string\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The header does not decode to JSON.'
	},
	{
		id: 'pyjwt.alg-not-allowed',
		library: PYJWT,
		pattern: /The specified alg value is not allowed/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not in the `algorithms` list passed to decode.'
	},
	{
		id: 'pyjwt.algorithms-required',
		library: PYJWT,
		pattern: /It is required that you pass in a value for the "algorithms" argument/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'decode needs an explicit `algorithms` list: name the one algorithm the issuer signs with.'
	},
	{
		id: 'pyjwt.jwks-no-matching-kid',
		library: PYJWT,
		pattern: /Unable to find a signing key that matches: "[^"\n]*"/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'PyJWKClient found no key with the token’s kid in the JWKS: rotated keys or another issuer.'
	}
];
