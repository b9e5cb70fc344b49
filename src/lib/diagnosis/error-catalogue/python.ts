// Messages printed by PyJWT (the `jwt` package on PyPI), as its exceptions' text: every class in
// `jwt.exceptions` that a verifier raises (InvalidSubjectError and InvalidJTIError are left out: no checklist
// row judges sub or jti). Read from jpadilla/pyjwt at dcc27a9 (2026-03-31).
// Source: https://github.com/jpadilla/pyjwt/blob/master/jwt/api_jwt.py , jwt/api_jws.py , jwt/jwks_client.py ,
// jwt/algorithms.py , jwt/api_jwk.py , jwt/exceptions.py
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
	},
	{
		// api_jwt.py _validate_exp/_validate_nbf/_validate_iat: int(payload[claim]) raised ValueError.
		id: 'pyjwt.claim-not-integer',
		library: PYJWT,
		pattern:
			/(?:(?:DecodeError|InvalidIssuedAtError):\s*)?(?:Expiration Time|Not Before|Issued At) claim \((?:exp|nbf|iat)\) must be an integer\./,
		cause: 'malformed',
		checks: ['exp', 'nbf', 'iat'],
		explanation:
			'A time claim is not a whole number of seconds (a date string, or a JSON value int() cannot read).'
	},
	{
		// api_jwt.py _validate_aud: aud is neither a string nor a list of strings.
		id: 'pyjwt.aud-format',
		library: PYJWT,
		pattern: /(?:InvalidAudienceError:\s*)?Invalid claim format in token(?: \(strict\))?/,
		cause: 'audience',
		checks: ['aud'],
		explanation: 'The token’s aud is not a string or a list of strings.'
	},
	{
		id: 'pyjwt.iss-not-string',
		library: PYJWT,
		pattern: /(?:InvalidIssuerError:\s*)?Payload Issuer \(iss\) must be a string/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not a string.'
	},
	{
		// api_jws.py _verify_signature: no alg in the header, or one PyJWT has no implementation for.
		id: 'pyjwt.alg-unsupported',
		library: PYJWT,
		pattern: /InvalidAlgorithmError:\s*Algorithm not (?:supported|specified)/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'The header has no alg, or one this PyJWT cannot verify (RSA/EC/EdDSA need the `cryptography` package).'
	},
	{
		// api_jws.py _validate_crit (PyJWT 2.10+): RFC 7515 §4.1.11.
		id: 'pyjwt.crit',
		library: PYJWT,
		pattern: /Unsupported critical extension: [^\n]*|Invalid 'crit' header: [^\n]*/,
		cause: 'crit',
		checks: ['crit'],
		explanation:
			'The header’s crit names an extension PyJWT does not implement, so it must refuse the token (RFC 7515 §4.1.11).'
	},
	{
		// algorithms.py HMACAlgorithm.prepare_key: the algorithm-confusion guard (RFC 8725 §3.1).
		id: 'pyjwt.hmac-with-public-key',
		library: PYJWT,
		pattern:
			/The specified key is an asymmetric key or x509 certificate and should not be used as an HMAC secret\./,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The token says HS*, but the key given to decode is a PEM public key: either an algorithm-confusion attempt, or `algorithms` lists HS256 where the issuer signs with RS256.'
	},
	{
		id: 'pyjwt.invalid-key',
		library: PYJWT,
		pattern:
			/InvalidKeyError:\s*(?:Could not parse the provided public key\.?|Not an? (?:RSA|HMAC|Elliptic curve) key|Key is not valid JSON|Not a public or private key|Not an Octet Key Pair|Invalid curve: [^\n]*|Expecting a PEM-formatted key\.|kty is not found: [^\n]*|Unsupported (?:kty|crv): [^\n]*)/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'PyJWT could not read the key it was given for this algorithm.'
	},
	{
		id: 'pyjwt.kid-not-string',
		library: PYJWT,
		pattern: /Key ID header parameter must be a string/,
		cause: 'malformed',
		checks: ['structure', 'key'],
		explanation: 'The header’s kid is not a string.'
	},
	{
		id: 'pyjwt.payload-string',
		library: PYJWT,
		pattern: /\bInvalid payload string: [^\n]*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The payload does not decode to a JSON object.'
	},
	{
		id: 'pyjwt.token-type',
		library: PYJWT,
		pattern: /Invalid token type\. Token must be a <class 'bytes'>/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'decode was given something other than a string (None, a dict…): the code passed the wrong value.'
	},
	{
		id: 'pyjwt.jwks-no-keys',
		library: PYJWT,
		pattern:
			/(?:PyJWKClientError|PyJWKSetError):\s*(?:The JWKS endpoint did not (?:contain any signing keys|return a JSON object)|The JWK Set did not contain any keys|Invalid JWK Set value)/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The JWKS PyJWKClient read has no usable signing key.'
	},
	{
		id: 'pyjwt.jwks-fetch',
		library: PYJWT,
		pattern: /Fail to fetch data from the url, err: "[^\n]*"/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'PyJWKClient could not download the JWKS (network, TLS or proxy): the token was never checked.'
	}
];
