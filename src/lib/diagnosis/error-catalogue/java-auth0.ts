// Messages printed by Auth0's java-jwt (com.auth0.jwt): JWTVerifier.verify and its exceptions.
// Sources: https://github.com/auth0/java-jwt/blob/master/lib/src/main/java/com/auth0/jwt/JWTVerifier.java ,
// lib/src/main/java/com/auth0/jwt/exceptions/*.java , TokenUtils.java , JWTDecoder.java
import type { ErrorEntry } from './entry';

const JAVA_JWT = 'Auth0 java-jwt';

export const JAVA_AUTH0_ERRORS: ErrorEntry[] = [
	{
		// assertValidInstantClaim: exp must be after now minus the leeway (0 unless acceptLeeway/acceptExpiresAt).
		id: 'java-jwt.expired',
		library: JAVA_JWT,
		pattern: /(?:TokenExpiredException: )?The Token has expired on \S+?\.(?=\s|$)/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is before the API’s now minus its leeway (0 by default).'
	},
	{
		// The same message judges nbf and iat (both "must not be in the future").
		id: 'java-jwt.not-before',
		library: JAVA_JWT,
		pattern: /The Token can't be used before \S+?\.(?=\s|$)/,
		cause: 'not-yet-valid',
		checks: ['nbf', 'iat'],
		explanation: 'nbf or iat is after the API’s now plus its leeway: the clocks disagree.'
	},
	{
		id: 'java-jwt.audience',
		library: JAVA_JWT,
		pattern: /The Claim 'aud' value doesn't contain the required audience\./,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'None of the token’s audiences is the one given to withAudience(...).'
	},
	{
		id: 'java-jwt.issuer',
		library: JAVA_JWT,
		pattern: /The Claim 'iss' value doesn't match the required issuer\./,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the one given to withIssuer(...).'
	},
	{
		id: 'java-jwt.signature',
		library: JAVA_JWT,
		pattern: /The Token's Signature resulted invalid when verified using the Algorithm: \S+/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation:
			'The Algorithm’s key (Algorithm.HMAC256(secret), RSA256(publicKey)…) does not verify the token.'
	},
	{
		id: 'java-jwt.algorithm',
		library: JAVA_JWT,
		pattern: /The provided Algorithm doesn't match the one defined in the JWT's Header\./,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not the Algorithm the verifier was built with.'
	},
	{
		id: 'java-jwt.malformed',
		library: JAVA_JWT,
		pattern:
			/The token was expected to have 3 parts, but got \d+\.|The input is not a valid base 64 encoded string\.|The token is null\./,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The value is not three base64url parts: a truncated token, or the "Bearer " prefix left on.'
	}
];
