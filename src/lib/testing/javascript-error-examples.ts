// Full messages as the JavaScript libraries print them, one per catalogue entry added for issue 15: those the
// real libraries printed in src/lib/diagnosis/real-libraries.test.ts are copied from that run (marked "run"),
// the others are built from the source line each entry cites, with its variable parts filled in.
export const JAVASCRIPT_EXAMPLES: Record<string, string> = {
	'jsonwebtoken.invalid-exp': 'JsonWebTokenError: invalid exp value', // run
	'jsonwebtoken.invalid-nbf': 'JsonWebTokenError: invalid nbf value',
	'jsonwebtoken.key-callback':
		"JsonWebTokenError: error in secret or public key callback: Unable to find a signing key that matches 'rsa-2'", // run
	'jsonwebtoken.none-not-allowed':
		'JsonWebTokenError: please specify "none" in "algorithms" to verify unsigned tokens',
	'jsonwebtoken.key-material': 'JsonWebTokenError: secretOrPublicKey is not valid key material',
	'jsonwebtoken.key-kind':
		'JsonWebTokenError: secretOrPublicKey must be a symmetric key when using HS256',
	'jsonwebtoken.unknown-key-type': 'UnauthorizedError: Unknown key type "ed25519".', // run (express-jwt)
	'jsonwebtoken.curve': 'Error: "alg" parameter "ES256" requires curve "prime256v1".',
	'jsonwebtoken.rsa-pss-parameters':
		'Error: Invalid key for this operation, its RSA-PSS parameters do not meet the requirements of "alg" PS256.',
	'jsonwebtoken.iat-required': 'JsonWebTokenError: iat required when maxAge is specified',
	'jsonwebtoken.not-a-string': 'JsonWebTokenError: jwt must be a string',
	'express-jwt.code': '{"code":"credentials_bad_scheme","status":401}',
	'express-jwt.revoked': 'UnauthorizedError: The token has been revoked.',
	'passport-jwt.no-token': 'Error: No auth token',
	'jwks-rsa.no-kid-several-keys':
		'SigningKeyNotFoundError: No KID specified and JWKS endpoint returned more than 1 key',
	'jwks-rsa.unsupported-jwk': 'JwksError: Unsupported JWK',
	'jwks-rsa.rate-limit': 'JwksRateLimitError: Too many requests to the JWKS endpoint',
	'jose.exp-not-a-number': 'JWTClaimValidationFailed: "exp" claim must be a number', // run
	'jose.exp-missing': 'JWTClaimValidationFailed: missing required "exp" claim',
	'jose.nbf-not-a-number': 'JWTClaimValidationFailed: "nbf" claim must be a number',
	'jose.nbf-missing': 'JWTClaimValidationFailed: missing required "nbf" claim',
	'jose.iat-not-a-number': 'JWTClaimValidationFailed: "iat" claim must be a number',
	'jose.iat-missing': 'JWTClaimValidationFailed: missing required "iat" claim',
	'jose.typ': 'JWTClaimValidationFailed: unexpected "typ" JWT header value',
	'jose.crit-not-recognised':
		'JOSENotSupported: Extension Header Parameter "urn:example:pop" is not recognized', // run
	'jose.crit-invalid':
		'JWSInvalid: "crit" (Critical) Header Parameter MUST be an array of non-empty strings when present',
	'jose.jwks-unsupported-alg': 'JOSENotSupported: Unsupported "alg" value for a JSON Web Key Set', // run
	'jose.alg-not-supported':
		'JOSENotSupported: alg HS999 is not supported either by JOSE or your javascript runtime',
	'jose.alg-missing': 'JWSInvalid: JWS "alg" (Algorithm) Header Parameter missing or invalid',
	'jose.header-invalid': 'JWSInvalid: JWS Protected Header is invalid', // run
	'jose.base64url': 'JWSInvalid: Failed to base64url decode the signature',
	'jose.jwt-invalid': 'JWTInvalid: Failed to parse the decoded payload as JSON',
	'jose.key-unsupported':
		'JOSENotSupported: Invalid or unsupported JWK "alg" (Algorithm) Parameter value',
	'jose.rsa-too-short': 'TypeError: RS256 requires key modulusLength to be 2048 bits or larger',
	'jose.jwks-invalid': 'JWKSInvalid: JSON Web Key Set malformed',
	'njwt.parse': 'JwtParseError: Jwt cannot be parsed', // run
	'njwt.unexpected-alg': 'JwtParseError: Unexpected signature algorithm', // run
	'njwt.unsupported-alg': 'JwtError: Unsupported signing algorithm', // run
	'njwt.key-resolver': 'JwtParseError: Error while resolving signing key for kid "rsa-2"', // run
	'njwt.signing-key-required': 'Error: Signing key is required',
	'okta.client-id':
		'Error: audience claim 0oa1billing does not match expected client id: 0oa1orders',
	'fast-jwt.expired': 'TokenError: The token has expired at 2026-11-25T11:30:00.000Z.', // run
	'fast-jwt.inactive': 'TokenError: The token will be active at 2026-11-25T12:30:00.000Z.', // run
	'fast-jwt.audience': 'TokenError: The aud claim value is not allowed.', // run
	'fast-jwt.issuer': 'TokenError: The iss claim value is not allowed.', // run
	'fast-jwt.required-claim': 'TokenError: The aud claim is required.',
	'fast-jwt.exp-not-a-number': 'TokenError: The exp claim must be a number.', // run
	'fast-jwt.nbf-not-a-number': 'TokenError: The nbf claim must be a number.',
	'fast-jwt.iat-not-a-number': 'TokenError: The iat claim must be a number.',
	'fast-jwt.claim-not-a-string':
		'TokenError: The aud claim must be a string or an array of strings.',
	'fast-jwt.signature': 'TokenError: The token signature is invalid.', // run
	'fast-jwt.signature-missing': 'TokenError: The token signature is missing.', // run
	'fast-jwt.algorithm': 'TokenError: The token algorithm is invalid.', // run
	'fast-jwt.key-algorithms': 'TokenError: Invalid public key provided for algorithms HS256.',
	'fast-jwt.key-fetch': 'TokenError: Cannot fetch key.', // run
	'fast-jwt.key-missing': 'TokenError: The key option is missing.',
	'fast-jwt.malformed': 'TokenError: The token is malformed.', // run
	'fast-jwt.crit': 'TokenError: Critical extension "urn:example:pop" is not supported.', // run
	'fast-jwt.typ': 'TokenError: Invalid typ.',
	'aws-jwt-verify.expired': 'JwtExpiredError: Token expired at 2026-11-25T11:30:00.000Z', // run
	'aws-jwt-verify.not-before':
		"JwtNotBeforeError: Token can't be used before 2026-11-25T12:30:00.000Z", // run
	'aws-jwt-verify.audience':
		'JwtInvalidAudienceError: Audience not allowed: api://billing. Expected: api://orders', // run
	'aws-jwt-verify.issuer':
		'JwtInvalidIssuerError: Issuer not allowed: https://other-issuer.example. Expected: https://issuer.example', // run
	'aws-jwt-verify.scope':
		'JwtInvalidScopeError: Scope not allowed: orders:read. Expected: orders:write',
	'aws-jwt-verify.token-use':
		'CognitoJwtInvalidTokenUseError: Token use not allowed: id. Expected: access',
	'aws-jwt-verify.client-id':
		'CognitoJwtInvalidClientIdError: Client ID not allowed: 3n4b5urk1ft4fl3mg5e62d9ado. Expected: 1example23456789',
	'aws-jwt-verify.group':
		'CognitoJwtInvalidGroupError: Cognito group not allowed: users. Expected: admins',
	'aws-jwt-verify.signature': 'JwtInvalidSignatureError: Invalid signature', // run
	'aws-jwt-verify.kid-not-found': 'KidNotFoundInJwksError: JWK for kid rsa-2 not found in the JWKS', // run
	'aws-jwt-verify.no-kid': 'JwtWithoutValidKidError: JWT header does not have valid kid claim',
	'aws-jwt-verify.algorithm':
		'JwtInvalidSignatureAlgorithmError: JWT signature algorithm not allowed: PS256. Expected one of: RS256, RS384, RS512, ES256, ES384, ES512, EdDSA', // run
	'aws-jwt-verify.jwk-kty':
		'JwkInvalidKtyError: JWK kty not allowed: oct. Expected one of: EC, RSA, OKP', // run
	'aws-jwt-verify.jwk-use': 'JwkInvalidUseError: JWK use not allowed: enc. Expected: sig',
	'aws-jwt-verify.malformed':
		'JwtParseError: JWT string does not consist of exactly 3 parts (header, payload, signature)', // run
	'aws-jwt-verify.claim-type': 'JwtParseError: JWT payload exp claim is not a number', // run
	'aws-jwt-verify.claim-not-string': 'JwtParseError: JWT payload iss claim is not a string',
	'aws-jwt-verify.jwks': 'JwksValidationError: JWKS does not include keys',
	'google-auth.too-late':
		'Error: Token used too late, 1795608000.123 > 1795606500: {"iss":"https://accounts.google.com","aud":"1234.apps.googleusercontent.com","exp":1795606200}',
	'google-auth.too-early':
		'Error: Token used too early, 1795608000.123 < 1795609500: {"iss":"https://accounts.google.com","iat":1795609800}',
	'google-auth.audience': 'Error: Wrong recipient, payload audience != requiredAudience',
	'google-auth.issuer':
		'Error: Invalid issuer, expected one of [accounts.google.com,https://accounts.google.com], but got https://evil.example',
	'google-auth.signature': 'Error: Invalid token signature: eyJhbGciOiJSUzI1NiJ9.eyJ9.c2ln',
	'google-auth.no-pem':
		'Error: No pem found for envelope: {"alg":"RS256","kid":"0123abcd","typ":"JWT"}',
	'google-auth.malformed': 'Error: Wrong number of segments in token: ya29.a0AfH6SMB',
	'google-auth.missing-time':
		'Error: No expiration time in token: {"iss":"https://accounts.google.com","iat":1795607400}',
	'firebase.expired':
		'FirebaseAuthError: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired). See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
	'firebase.audience':
		'FirebaseAuthError: Firebase ID token has incorrect "aud" (audience) claim. Expected "orders-prod" but got "orders-staging". Make sure the ID token comes from the same Firebase project as the service account used to authenticate this SDK.',
	'firebase.issuer':
		'FirebaseAuthError: Firebase ID token has incorrect "iss" (issuer) claim. Expected "https://securetoken.google.com/orders-prod" but got "https://securetoken.google.com/orders-staging".',
	'firebase.algorithm':
		'FirebaseAuthError: Firebase ID token has incorrect algorithm. Expected "RS256" but got "HS256".',
	'firebase.kid':
		'FirebaseAuthError: Firebase ID token has "kid" claim which does not correspond to a known public key. Most likely the ID token is expired, so get a fresh token from your client app and try again.',
	'firebase.signature':
		'FirebaseAuthError: Firebase ID token has invalid signature. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
	'firebase.decoding':
		'FirebaseAuthError: Decoding Firebase ID token failed. Make sure you passed a string that represents a complete Firebase ID token.'
};
