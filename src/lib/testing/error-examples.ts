// Catalogued messages beyond the JavaScript libraries, each as its library or platform prints it in full
// (class prefix, values and times as they appear in logs), taken from the sources cited in
// ../diagnosis/error-catalogue/<family>.ts. Keyed by catalogue ID; error-messages.test.ts checks that every
// entry has one and that each is recognised as exactly that entry.

/** One full message per catalogue entry. */
export const MORE_EXAMPLES: Record<string, string> = {
	// PyJWT (jwt/api_jwt.py, api_jws.py, algorithms.py, jwks_client.py, api_jwk.py)
	'pyjwt.claim-not-integer':
		'jwt.exceptions.DecodeError: Expiration Time claim (exp) must be an integer.',
	'pyjwt.aud-format': 'jwt.exceptions.InvalidAudienceError: Invalid claim format in token',
	'pyjwt.iss-not-string':
		'jwt.exceptions.InvalidIssuerError: Payload Issuer (iss) must be a string',
	'pyjwt.alg-unsupported': 'jwt.exceptions.InvalidAlgorithmError: Algorithm not supported',
	'pyjwt.crit': 'jwt.exceptions.InvalidTokenError: Unsupported critical extension: urn:example:pop',
	'pyjwt.hmac-with-public-key':
		'jwt.exceptions.InvalidKeyError: The specified key is an asymmetric key or x509 certificate and should not be used as an HMAC secret.',
	'pyjwt.invalid-key': 'jwt.exceptions.InvalidKeyError: Could not parse the provided public key.',
	'pyjwt.kid-not-string':
		'jwt.exceptions.InvalidTokenError: Key ID header parameter must be a string',
	'pyjwt.payload-string':
		'jwt.exceptions.DecodeError: Invalid payload string: Expecting value: line 1 column 1 (char 0)',
	'pyjwt.token-type':
		"jwt.exceptions.DecodeError: Invalid token type. Token must be a <class 'bytes'>",
	'pyjwt.jwks-no-keys':
		'jwt.exceptions.PyJWKClientError: The JWKS endpoint did not contain any signing keys',
	'pyjwt.jwks-fetch':
		'jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: "<urlopen error [Errno 111] Connection refused>"',
	// python-jose (jose/jwt.py, jose/jws.py)
	'python-jose.expired': 'jose.exceptions.ExpiredSignatureError: Signature has expired.',
	'python-jose.not-yet-valid': 'jose.exceptions.JWTClaimsError: The token is not yet valid (nbf)',
	'python-jose.audience': 'jose.exceptions.JWTClaimsError: Invalid audience',
	'python-jose.issuer': 'jose.exceptions.JWTClaimsError: Invalid issuer',
	'python-jose.claim-not-integer':
		'jose.exceptions.JWTClaimsError: Expiration Time claim (exp) must be an integer.',
	'python-jose.signature': 'jose.exceptions.JWTError: Signature verification failed.',
	'python-jose.algorithm': 'jose.exceptions.JWTError: The specified alg value is not allowed',
	'python-jose.malformed': 'jose.exceptions.JWTError: Error decoding token headers.',
	// Authlib (authlib/jose/errors.py: str(e) is "<error>: <description>")
	'authlib.expired': 'authlib.jose.errors.ExpiredTokenError: expired_token: The token is expired',
	'authlib.not-yet-valid':
		'authlib.jose.errors.InvalidTokenError: invalid_token: The token is not valid yet',
	'authlib.issued-in-future':
		'authlib.jose.errors.InvalidTokenError: invalid_token: The token is not valid as it was issued in the future',
	'authlib.invalid-aud':
		'authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "aud"',
	'authlib.invalid-iss':
		'authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "iss"',
	'authlib.missing-claim':
		'authlib.jose.errors.MissingClaimError: missing_claim: Missing "exp" claim',
	'authlib.bad-signature': 'authlib.jose.errors.BadSignatureError: bad_signature: ',
	'authlib.algorithm': 'authlib.jose.errors.UnsupportedAlgorithmError: unsupported_algorithm: ',
	'authlib.decode': 'authlib.jose.errors.DecodeError: decode_error: Invalid input segments length',
	// Django REST framework simplejwt (401 bodies)
	'simplejwt.expired':
		'{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is expired"}]}',
	'simplejwt.invalid':
		'{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}',
	'simplejwt.wrong-type': 'rest_framework_simplejwt.exceptions.TokenError: Token has wrong type',
	'simplejwt.not-valid-for-any':
		'{"detail":"Given token not valid for any token type","code":"token_not_valid"}',
	// ruby-jwt
	'ruby-jwt.expired': 'JWT::ExpiredSignature: Signature has expired',
	'ruby-jwt.immature': 'JWT::ImmatureSignature: Signature nbf has not been reached',
	'ruby-jwt.iat': 'JWT::InvalidIatError: Invalid iat',
	'ruby-jwt.audience':
		'JWT::InvalidAudError: Invalid audience. Expected api://orders, received api://billing',
	'ruby-jwt.issuer':
		'JWT::InvalidIssuerError: Invalid issuer. Expected ["https://auth.example.com/"], received https://auth.example.org/',
	'ruby-jwt.signature': 'JWT::VerificationError: Signature verification failed',
	'ruby-jwt.algorithm': 'JWT::IncorrectAlgorithm: Expected a different algorithm',
	'ruby-jwt.unsupported-curve':
		"JWT::UnsupportedEcdsaCurve: The ECDSA curve 'secp256k1' is not supported",
	'ruby-jwt.segments': 'JWT::DecodeError: Not enough or too many segments',
	'ruby-jwt.kid': 'JWT::DecodeError: Could not find public key for kid 2b1e6c',
	'ruby-jwt.no-key': 'JWT::DecodeError: No verification key available',
	'ruby-jwt.crit': 'JWT::InvalidCritError: Crit header missing expected values: b64',
	'ruby-jwt.missing-claim': 'JWT::MissingRequiredClaim: Missing required claim exp',
	'ruby-jwt.payload': 'JWT::InvalidPayload: exp claim must be a Numeric value but it is a String',
	'ruby-jwt.jwk': 'JWT::JWKError: Key format is invalid for RSA',
	// firebase/php-jwt
	'php-jwt.expired':
		'PHP Fatal error:  Uncaught Firebase\\JWT\\ExpiredException: Expired token in /app/vendor/firebase/php-jwt/src/JWT.php:187',
	'php-jwt.before-valid-nbf':
		'Firebase\\JWT\\BeforeValidException: Cannot handle token with nbf prior to 2026-11-25T13:05:00+00:00',
	'php-jwt.before-valid-iat':
		'Firebase\\JWT\\BeforeValidException: Cannot handle token with iat prior to 2026-11-25T13:05:00+00:00',
	'php-jwt.signature': 'Firebase\\JWT\\SignatureInvalidException: Signature verification failed',
	'php-jwt.kid': 'UnexpectedValueException: "kid" invalid, unable to lookup correct key',
	'php-jwt.key-set': 'InvalidArgumentException: JWK Set did not contain any keys',
	'php-jwt.algorithm': 'UnexpectedValueException: Incorrect key for this algorithm',
	'php-jwt.malformed': 'UnexpectedValueException: Wrong number of segments',
	// lcobucci/jwt (RequiredConstraintsViolated lists each violation as "- <message>")
	'lcobucci.expired':
		'Lcobucci\\JWT\\Validation\\RequiredConstraintsViolated: The token violates some mandatory constraints, details:\n- The token is expired',
	'lcobucci.not-yet':
		'The token violates some mandatory constraints, details:\n- The token cannot be used yet',
	'lcobucci.issued-in-future':
		'The token violates some mandatory constraints, details:\n- The token was issued in the future',
	'lcobucci.missing-time':
		'The token violates some mandatory constraints, details:\n- "Expiration Time" claim missing',
	'lcobucci.issuer':
		'The token violates some mandatory constraints, details:\n- The token was not issued by the given issuers',
	'lcobucci.audience':
		'The token violates some mandatory constraints, details:\n- The token is not allowed to be used by this audience',
	'lcobucci.signature':
		'The token violates some mandatory constraints, details:\n- Token signature mismatch',
	'lcobucci.signer':
		'The token violates some mandatory constraints, details:\n- Token signer mismatch',
	'lcobucci.structure':
		'Lcobucci\\JWT\\Token\\InvalidTokenStructure: The JWT string must have two dots',
	// jjwt (DefaultJwtParser)
	'jjwt.crit':
		"io.jsonwebtoken.UnsupportedJwtException: Protected Header 'crit' (Critical) set references unsupported header name 'urn:example:pop'. Application developers expecting to support a JWT extension using header 'urn:example:pop' in their application code must indicate it is supported by using the JwtParserBuilder.critical method.",
	'jjwt.no-key':
		'io.jsonwebtoken.UnsupportedJwtException: Cannot verify JWS signature: unable to locate signature verification key for JWS with header: {alg=RS256, kid=k2}',
	'jjwt.key-algorithm':
		"io.jsonwebtoken.UnsupportedJwtException: The parsed JWT indicates it was signed with the 'RS256' signature algorithm, but the provided javax.crypto.spec.SecretKeySpec key may not be used to verify RS256 signatures.  Because the specified key reflects a specific and expected algorithm, and the JWT does not reflect this algorithm, it is likely that the JWT was not expected and therefore should not be trusted.",
	'jjwt.unsupported-algorithm':
		"io.jsonwebtoken.security.SignatureException: Unsupported signature algorithm 'ES256K'",
	// Auth0 java-jwt
	'java-jwt.expired':
		'com.auth0.jwt.exceptions.TokenExpiredException: The Token has expired on 2026-11-25T13:00:00Z.',
	'java-jwt.not-before':
		"com.auth0.jwt.exceptions.IncorrectClaimException: The Token can't be used before 2026-11-25T13:05:00Z.",
	'java-jwt.audience':
		"com.auth0.jwt.exceptions.IncorrectClaimException: The Claim 'aud' value doesn't contain the required audience.",
	'java-jwt.issuer':
		"com.auth0.jwt.exceptions.IncorrectClaimException: The Claim 'iss' value doesn't match the required issuer.",
	'java-jwt.signature':
		"com.auth0.jwt.exceptions.SignatureVerificationException: The Token's Signature resulted invalid when verified using the Algorithm: SHA256withRSA",
	'java-jwt.algorithm':
		"com.auth0.jwt.exceptions.AlgorithmMismatchException: The provided Algorithm doesn't match the one defined in the JWT's Header.",
	'java-jwt.malformed':
		'com.auth0.jwt.exceptions.JWTDecodeException: The token was expected to have 3 parts, but got 1.',
	// Microsoft.IdentityModel
	'identitymodel.IDX10517':
		"Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10517: Signature validation failed. The token's kid is missing. Keys tried: 'Microsoft.IdentityModel.Tokens.SymmetricSecurityKey, KeyId: '', InternalId: 'x'. , KeyId: '. Number of keys in TokenValidationParameters: '1'. ",
	'identitymodel.IDX10231':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10231: Audience validation failed. Delegate returned false, securitytoken: '[PII of type 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
	'identitymodel.IDX10224':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException: IDX10224: Lifetime validation failed. The NotBefore: '11/25/2026 13:10:00' is after Expires: '11/25/2026 13:00:00'.",
	'identitymodel.IDX12729':
		"System.ArgumentException: IDX12729: Unable to decode the header '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]' as Base64Url encoded string.",
	'identitymodel.IDX10257':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidTypeException: IDX10257: Token type validation failed. Type: 'JWT'. Did not match: validationParameters.TokenTypes: 'at+jwt'.",
	// ASP.NET Core JwtBearer (WWW-Authenticate)
	'aspnetcore.audience':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'api://billing\' is invalid"',
	'aspnetcore.issuer':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The issuer \'https://sts.windows.net/72f988bf/\' is invalid"',
	'aspnetcore.expired':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'11/25/2026 13:00:00\'"',
	'aspnetcore.not-yet-valid':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The token is not valid before \'11/25/2026 13:10:00\'"',
	'aspnetcore.no-expiration':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The token has no expiration"',
	'aspnetcore.lifetime':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The token lifetime is invalid; NotBefore: \'11/25/2026 13:10:00\', Expires: \'11/25/2026 13:00:00\'"',
	'aspnetcore.key-not-found':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature key was not found"',
	'aspnetcore.signature':
		'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid"',
	// golang-jwt v5 and v4, lestrrat-go/jwx
	'golang-jwt.crypto-verification': 'crypto/rsa: verification error',
	'golang-jwt.alg-unavailable': 'token is unverifiable: signing method (alg) is unavailable',
	'golang-jwt.hash-unavailable':
		'token signature is invalid: the requested hash function is unavailable',
	'golang-jwt.key-invalid': 'token signature is invalid: key is invalid',
	'golang-jwt.bearer-prefix': "tokenstring should not contain 'bearer '",
	'jwx.exp': 'failed to parse token: jwt.Validate: validation failed: "exp" not satisfied',
	'jwx.nbf': 'jwt.Validate: validation failed: "nbf" not satisfied',
	'jwx.iat': 'jwt.Validate: validation failed: "iat" not satisfied',
	'jwx.aud': 'jwt.Validate: validation failed: "aud" not satisfied',
	'jwx.iss': 'jwt.Validate: validation failed: "iss" not satisfied: values do not match',
	'jwx.signature':
		'failed to parse token: jws.Verify: could not verify message using any of the signatures or keys',
	'jwx.kid': 'jws.Verify: failed to find key with key ID "k2" in key set',
	// Kong, Envoy / Istio, Apigee
	'kong.invalid-key': '{"message":"Invalid key/secret"}',
	'kong.exp-not-number': '{"exp":"must be a number"}',
	'kong.max-expiration': '{"exp":"exceeds maximum allowed expiration"}',
	'envoy.expired': 'Jwt is expired',
	'envoy.not-yet-valid': 'Jwt not yet valid',
	'envoy.issuer': 'Jwt issuer is not configured',
	'envoy.audience': 'Audiences in Jwt are not allowed',
	'envoy.signature': 'Jwt verification fails',
	'envoy.no-matching-key': "Jwks doesn't have key to match kid or alg from Jwt",
	'envoy.jwks-fetch': 'Jwks remote fetch is failed',
	'envoy.malformed':
		'Jwt is not in the form of Header.Payload.Signature with two dots and 3 sections',
	'envoy.algorithm': 'Jwt header [alg] field value is invalid',
	'apigee.expired':
		'{"fault":{"faultstring":"The Token has expired: policy(JWT-Verify-RS256)","detail":{"errorcode":"steps.jwt.TokenExpired"}}}',
	'apigee.not-yet-valid':
		'{"fault":{"faultstring":"The Token is not yet valid: policy(JWT-Verify)","detail":{"errorcode":"steps.jwt.TokenNotYetValid"}}}',
	'apigee.signature':
		'{"fault":{"faultstring":"Invalid token: policy(JWT-Verify)","detail":{"errorcode":"steps.jwt.InvalidToken"}}}',
	'apigee.audience': '{"fault":{"detail":{"errorcode":"steps.jwt.JwtAudienceMismatch"}}}',
	'apigee.issuer': '{"fault":{"detail":{"errorcode":"steps.jwt.JwtIssuerMismatch"}}}',
	'apigee.invalid-claim':
		'{"fault":{"faultstring":"Invalid Claim: policy(JWT-Verify), claim(aud)","detail":{"errorcode":"steps.jwt.InvalidClaim"}}}',
	'apigee.no-matching-key': '{"fault":{"detail":{"errorcode":"steps.jwt.NoMatchingPublicKey"}}}',
	'apigee.algorithm': '{"fault":{"detail":{"errorcode":"steps.jwt.AlgorithmMismatch"}}}',
	'apigee.crit': '{"fault":{"detail":{"errorcode":"steps.jwt.UnhandledCriticalHeader"}}}',
	'apigee.malformed': '{"fault":{"detail":{"errorcode":"steps.jwt.FailedToDecode"}}}',
	'apigee.key-length': '{"fault":{"detail":{"errorcode":"steps.jwt.InsufficientKeyLength"}}}',
	// Hasura, PostgREST / Supabase
	'hasura.expired':
		'{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}',
	'hasura.not-yet-valid': '{"errors":[{"message":"Could not verify JWT: JWTNotYetValid"}]}',
	'hasura.issued-in-future': '{"errors":[{"message":"Could not verify JWT: JWTIssuedAtFuture"}]}',
	'hasura.audience': '{"errors":[{"message":"Could not verify JWT: JWTNotInAudience"}]}',
	'hasura.issuer': '{"errors":[{"message":"Could not verify JWT: JWTNotInIssuer"}]}',
	'hasura.signature': 'GraphQL error: Could not verify JWT: JWSError JWSInvalidSignature',
	'hasura.jws-error':
		'Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 2)',
	'hasura.malformed-header': '{"errors":[{"message":"Malformed Authorization header"}]}',
	'postgrest.expired': '{"code":"PGRST303","details":null,"hint":null,"message":"JWT expired"}',
	'postgrest.not-yet-valid':
		'{"code":"PGRST303","details":null,"hint":null,"message":"JWT not yet valid"}',
	'postgrest.issued-in-future':
		'{"code":"PGRST303","details":null,"hint":null,"message":"JWT issued at future"}',
	'postgrest.audience':
		'{"code":"PGRST303","details":null,"hint":null,"message":"JWT not in audience"}',
	'postgrest.signature':
		'{"code":"PGRST301","details":null,"hint":null,"message":"JWSError JWSInvalidSignature"}',
	'postgrest.key':
		'{"code":"PGRST301","details":"None of the keys was able to decode the JWT","hint":null,"message":"No suitable key or wrong key type"}',
	'postgrest.algorithm':
		'{"code":"PGRST301","details":null,"hint":null,"message":"Wrong or unsupported encoding algorithm"}',
	'postgrest.malformed':
		'{"code":"PGRST301","details":null,"hint":null,"message":"Expected 3 parts in JWT; got 2"}'
};

/** More ways a catalogued message is printed (older versions, bare forms): each must give its entry. */
export const VARIANTS: Array<[id: string, text: string]> = [
	['golang-jwt.used-before-issued', 'Token used before issued'],
	['golang-jwt.expired', 'Token is expired'],
	['golang-jwt.expired', 'token has invalid claims: token is expired by 2m30s'],
	['golang-jwt.crypto-verification', 'crypto/ecdsa: verification error'],
	['golang-jwt.signature', 'token signature is invalid: crypto/rsa: verification error'],
	[
		'identitymodel.IDX12741',
		'IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format.'
	],
	[
		'identitymodel.IDX10223',
		"IDX10223: Lifetime validation failed. The token is expired. ValidTo: '11/25/2026 13:00:00', Current time: '11/25/2026 13:03:00'."
	],
	[
		'aspnetcore.audience',
		'Bearer error="invalid_token", error_description="The audience is invalid"'
	],
	['aspnetcore.expired', 'Bearer error="invalid_token", error_description="The token is expired"'],
	[
		'aspnetcore.not-yet-valid',
		'Bearer error="invalid_token", error_description="The token is not valid yet"'
	],
	['pyjwt.expired', 'Signature has expired'],
	['postgrest.signature', 'JWSError JWSInvalidSignature'],
	['firebase.expired', 'auth/id-token-expired'],
	// The same Firebase Admin and google-auth-library messages, as read from their sources for the other
	// catalogue: the entries live with the JavaScript libraries (error-catalogue/javascript/google.ts).
	[
		'firebase.expired',
		'FirebaseAuthError: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired). See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.'
	],
	[
		'firebase.audience',
		'FirebaseAuthError: Firebase ID token has incorrect "aud" (audience) claim. Expected "orders-prod" but got "orders-staging". Make sure the ID token comes from the same Firebase project as the service account used to authenticate this SDK.'
	],
	[
		'firebase.issuer',
		'FirebaseAuthError: Firebase ID token has incorrect "iss" (issuer) claim. Expected "https://securetoken.google.com/orders-prod" but got "https://securetoken.google.com/orders-staging".'
	],
	[
		'firebase.algorithm',
		'FirebaseAuthError: Firebase ID token has incorrect algorithm. Expected "RS256" but got "HS256".'
	],
	['firebase.signature', 'FirebaseAuthError: Firebase ID token has invalid signature.'],
	[
		'firebase.kid',
		'FirebaseAuthError: Firebase ID token has "kid" claim which does not correspond to a known public key. Most likely the ID token is expired, so get a fresh token from your client app and try again.'
	],
	[
		'firebase.decoding',
		'FirebaseAuthError: Decoding Firebase ID token failed. Make sure you passed the entire string JWT which represents an ID token.'
	],
	[
		'google-auth.too-late',
		'Error: Token used too late, 1796120430.123 > 1796120300: {"iss":"https://accounts.google.com","aud":"123.apps.googleusercontent.com","exp":1796120000}'
	],
	[
		'google-auth.too-early',
		'Error: Token used too early, 1796119000.5 < 1796119700: {"iat":1796120000}'
	],
	['google-auth.audience', 'Error: Wrong recipient, payload audience != requiredAudience'],
	[
		'google-auth.issuer',
		'Error: Invalid issuer, expected one of [accounts.google.com,https://accounts.google.com], but got https://securetoken.google.com/orders'
	],
	[
		'google-auth.signature',
		'Error: Invalid token signature: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'
	],
	[
		'google-auth.no-pem',
		'Error: No pem found for envelope: {"alg":"RS256","kid":"k2","typ":"JWT"}'
	],
	['google-auth.malformed', 'Error: Wrong number of segments in token: eyJhbGciOiJSUzI1NiJ9'],
	['google-auth.missing-time', 'Error: No expiration time in token: {"iss":"accounts.google.com"}']
];

/** A message two libraries print word for word: the text alone cannot tell which one said it. */
export const SHARED_MESSAGES: Record<string, string[]> = {
	'envoy.expired': ['njwt.expired'],
	'njwt.expired': ['envoy.expired']
};
