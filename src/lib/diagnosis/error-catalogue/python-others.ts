// Messages printed by the other Python verifiers: python-jose, Authlib (authlib.jose) and Django REST
// framework simplejwt (whose 401 body wraps PyJWT's failure in its own words).
// Sources: https://github.com/mpdavis/python-jose/blob/master/jose/jwt.py and jose/jws.py (at 018b310);
// https://github.com/lepture/authlib/blob/main/authlib/jose/errors.py , authlib/jose/rfc7519/claims.py and
// authlib/common/errors.py (str(error) is "<error>: <description>");
// https://github.com/jazzband/djangorestframework-simplejwt/blob/master/rest_framework_simplejwt/exceptions.py ,
// tokens.py and authentication.py
import type { ErrorEntry } from './entry';

const PYTHON_JOSE = 'python-jose';
const AUTHLIB = 'Authlib (authlib.jose)';
const SIMPLEJWT = 'Django REST framework simplejwt';

export const PYTHON_OTHER_ERRORS: ErrorEntry[] = [
	{
		// jwt.py _validate_exp: python-jose ends the sentence with a period, PyJWT does not.
		id: 'python-jose.expired',
		library: PYTHON_JOSE,
		pattern: /(?:jose\.exceptions\.)?ExpiredSignatureError: Signature has expired\./,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is before now minus `options["leeway"]` (0 by default).'
	},
	{
		id: 'python-jose.not-yet-valid',
		library: PYTHON_JOSE,
		pattern: /JWTClaimsError: The token is not yet valid \(nbf\)/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus the leeway: the API’s clock is behind the issuer’s.'
	},
	{
		id: 'python-jose.audience',
		library: PYTHON_JOSE,
		pattern: /JWTClaimsError: (?:Invalid audience|Invalid claim format in token)/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'The token’s aud does not contain the `audience` passed to decode (or aud has the wrong type).'
	},
	{
		id: 'python-jose.issuer',
		library: PYTHON_JOSE,
		pattern: /JWTClaimsError: Invalid issuer/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `issuer` passed to decode.'
	},
	{
		id: 'python-jose.claim-not-integer',
		library: PYTHON_JOSE,
		pattern:
			/JWTClaimsError: (?:Expiration Time|Not Before|Issued At) claim \((?:exp|nbf|iat)\) must be an integer\./,
		cause: 'malformed',
		checks: ['exp', 'nbf', 'iat'],
		explanation: 'A time claim is not a whole number of seconds.'
	},
	{
		// jws.py _verify_signature: the JWSError is re-raised by jwt.decode as JWTError with the same text.
		id: 'python-jose.signature',
		library: PYTHON_JOSE,
		pattern: /(?:JWTError|JWSError): Signature verification failed\./,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The key given to decode does not verify the signature.'
	},
	{
		id: 'python-jose.algorithm',
		library: PYTHON_JOSE,
		pattern:
			/(?:JWTError|JWSError): (?:The specified alg value is not allowed|No algorithm was specified in the JWS header\.|Algorithm \S+ not supported\.|Invalid or unsupported algorithm: \S+)/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not in the `algorithms` passed to decode, or is unknown.'
	},
	{
		id: 'python-jose.malformed',
		library: PYTHON_JOSE,
		pattern:
			/(?:JWTError|JWSError): (?:Not enough segments|Invalid (?:header|payload|crypto) padding|Invalid (?:header|payload|claims) string: [^\n]*|Error decoding token (?:headers|claims)\.)/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not three base64url parts of JSON.'
	},
	{
		id: 'authlib.expired',
		library: AUTHLIB,
		pattern: /\bexpired_token: The token is expired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'JWTClaims.validate found exp before now minus `leeway` (0 by default).'
	},
	{
		id: 'authlib.not-yet-valid',
		library: AUTHLIB,
		pattern: /\binvalid_token: The token is not valid yet\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus `leeway`.'
	},
	{
		id: 'authlib.issued-in-future',
		library: AUTHLIB,
		pattern: /\binvalid_token: The token is not valid as it was issued in the future\b/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat is after now plus `leeway`: the issuer’s clock is ahead of the API’s.'
	},
	{
		id: 'authlib.invalid-aud',
		library: AUTHLIB,
		pattern: /\binvalid_claim: Invalid claim ["']aud["']/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The token’s aud is not among the `claims_options` aud values.'
	},
	{
		id: 'authlib.invalid-iss',
		library: AUTHLIB,
		pattern: /\binvalid_claim: Invalid claim ["']iss["']/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `claims_options` iss value.'
	},
	{
		id: 'authlib.missing-claim',
		library: AUTHLIB,
		pattern: /\bmissing_claim: Missing ["'](?:exp|aud|iss)["'] claim/,
		cause: 'malformed',
		checks: ['exp', 'aud', 'iss'],
		explanation: 'A claim marked `essential` in claims_options is absent from the token.'
	},
	{
		id: 'authlib.bad-signature',
		library: AUTHLIB,
		pattern: /\bbad_signature: ?/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The key given to jwt.decode does not verify the signature.'
	},
	{
		id: 'authlib.algorithm',
		library: AUTHLIB,
		pattern: /\b(?:unsupported_algorithm|missing_algorithm): ?/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header has no alg, or one outside the JsonWebToken’s `algorithms`.'
	},
	{
		id: 'authlib.decode',
		library: AUTHLIB,
		pattern: /\bdecode_error: [^\n]*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not a parseable JWS.'
	},
	{
		// tokens.py Token.__init__: PyJWT's ExpiredSignatureError becomes "Token is expired" (simplejwt 5.3+).
		id: 'simplejwt.expired',
		library: SIMPLEJWT,
		pattern:
			/(?:"detail"\s*:\s*"Given token not valid for any token type"[^\n]*?)?"message"\s*:\s*"Token is expired"/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'The access token’s exp is past: ACCESS_TOKEN_LIFETIME is 5 minutes by default, so refresh it.'
	},
	{
		id: 'simplejwt.invalid',
		library: SIMPLEJWT,
		pattern:
			/(?:"detail"\s*:\s*"Given token not valid for any token type"[^\n]*?)?"message"\s*:\s*"Token is invalid(?: or expired)?"/,
		cause: 'signature',
		checks: ['signature', 'exp', 'secret-strength'],
		explanation:
			'simplejwt could not decode the token with SIGNING_KEY (Django’s SECRET_KEY by default), or (older versions) it expired.'
	},
	{
		id: 'simplejwt.wrong-type',
		library: SIMPLEJWT,
		pattern: /\bToken has (?:wrong|no) type\b/,
		cause: 'malformed',
		checks: ['token-use', 'typ'],
		explanation:
			'The token_type claim is not "access": a refresh token was sent where an access token is expected.'
	},
	{
		id: 'simplejwt.not-valid-for-any',
		library: SIMPLEJWT,
		pattern: /Given token not valid for any token type|"code"\s*:\s*"token_not_valid"/,
		cause: 'expired',
		checks: ['exp', 'signature'],
		explanation:
			'simplejwt refused the token for every AUTH_TOKEN_CLASSES: the "messages" list says why (usually expired).'
	}
];
