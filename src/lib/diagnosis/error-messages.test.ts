import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '$lib/core';
import { JAVASCRIPT_EXAMPLES } from '$lib/testing/javascript-error-examples';
import { MORE_EXAMPLES, SHARED_MESSAGES, VARIANTS } from '$lib/testing/error-examples';
import { ERROR_CATALOGUE, matchedChecks, recogniseError } from './error-messages';

/** Each catalogued message as its library prints it, in full (values and times as they appear in logs). */
const BASE_EXAMPLES: Record<string, string> = {
	'jsonwebtoken.expired':
		'TokenExpiredError: jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21',
	'jsonwebtoken.max-age': 'TokenExpiredError: maxAge exceeded',
	'jsonwebtoken.not-active': 'NotBeforeError: jwt not active',
	'jsonwebtoken.invalid-signature': 'JsonWebTokenError: invalid signature',
	'jsonwebtoken.audience':
		'JsonWebTokenError: jwt audience invalid. expected: https://api.example.com',
	'jsonwebtoken.issuer':
		'JsonWebTokenError: jwt issuer invalid. expected: https://auth.example.com/',
	'jsonwebtoken.malformed': 'JsonWebTokenError: jwt malformed',
	'jsonwebtoken.invalid-token': 'JsonWebTokenError: invalid token',
	'jsonwebtoken.must-be-provided': 'JsonWebTokenError: jwt must be provided',
	'jsonwebtoken.invalid-algorithm': 'JsonWebTokenError: invalid algorithm',
	'jsonwebtoken.alg-key-type':
		'JsonWebTokenError: "alg" parameter for "rsa" key type must be one of: RS256, RS384, RS512, PS256, PS384, PS512.',
	'jsonwebtoken.signature-required': 'JsonWebTokenError: jwt signature is required',
	'jsonwebtoken.no-key': 'JsonWebTokenError: secret or public key must be provided',
	'express-jwt.no-token': 'UnauthorizedError: No authorization token was found',
	'express-jwt.bad-format': 'UnauthorizedError: Format is Authorization: Bearer [token]',
	'jwks-rsa.no-matching-kid':
		"SigningKeyNotFoundError: Unable to find a signing key that matches 'nOo3ZDrODXEK1jKWhXslHR_KXEg'",
	'jwks-rsa.no-keys': 'JwksError: The JWKS endpoint did not contain any signing keys',
	'jose.expired': 'JWTExpired: "exp" claim timestamp check failed',
	'jose.not-before': 'JWTClaimValidationFailed: "nbf" claim timestamp check failed',
	'jose.iat-future':
		'JWTClaimValidationFailed: "iat" claim timestamp check failed (it should be in the past)',
	'jose.iat-too-old': 'JWTExpired: "iat" claim timestamp check failed (too far in the past)',
	'jose.audience': 'JWTClaimValidationFailed: unexpected "aud" claim value',
	'jose.issuer': 'JWTClaimValidationFailed: unexpected "iss" claim value',
	'jose.signature': 'JWSSignatureVerificationFailed: signature verification failed',
	'jose.no-matching-key': 'JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set',
	'jose.multiple-matching-keys':
		'JWKSMultipleMatchingKeys: multiple matching keys found in the JSON Web Key Set',
	'jose.alg-not-allowed': 'JOSEAlgNotAllowed: "alg" (Algorithm) Header Parameter value not allowed',
	'jose.invalid-compact': 'JWSInvalid: Invalid Compact JWS',
	'jose.claims-not-object': 'JWTInvalid: JWT Claims Set must be a top-level JSON object',
	'njwt.expired': 'JwtParseError: Jwt is expired',
	'njwt.not-active': 'JwtParseError: Jwt not active',
	'njwt.signature': 'JwtParseError: Signature verification failed',
	'okta.audience':
		'Error: audience claim api://default does not match expected audience: api://orders',
	'okta.issuer':
		'Error: issuer https://dev-123.okta.com/oauth2/default does not match expected issuer: https://dev-123.okta.com/oauth2/aus1',
	'okta.no-kid': 'No KID specified',
	'pyjwt.expired': 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
	'pyjwt.not-yet-valid-nbf':
		'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)',
	'pyjwt.not-yet-valid-iat':
		'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)',
	'pyjwt.audience': 'jwt.exceptions.InvalidAudienceError: Invalid audience',
	'pyjwt.missing-aud': 'jwt.exceptions.MissingRequiredClaimError: Token is missing the "aud" claim',
	'pyjwt.issuer': 'jwt.exceptions.InvalidIssuerError: Invalid issuer',
	'pyjwt.missing-exp': 'jwt.exceptions.MissingRequiredClaimError: Token is missing the "exp" claim',
	'pyjwt.signature': 'jwt.exceptions.InvalidSignatureError: Signature verification failed',
	'pyjwt.not-enough-segments': 'jwt.exceptions.DecodeError: Not enough segments',
	'pyjwt.padding': 'jwt.exceptions.DecodeError: Invalid header padding',
	'pyjwt.header-string': 'jwt.exceptions.DecodeError: Invalid header string: must be a json object',
	'pyjwt.alg-not-allowed':
		'jwt.exceptions.InvalidAlgorithmError: The specified alg value is not allowed',
	'pyjwt.algorithms-required':
		'jwt.exceptions.DecodeError: It is required that you pass in a value for the "algorithms" argument when calling decode().',
	'pyjwt.jwks-no-matching-kid':
		'jwt.exceptions.PyJWKClientError: Unable to find a signing key that matches: "2b1e6c"',
	'jjwt.expired':
		'io.jsonwebtoken.ExpiredJwtException: JWT expired 30214 milliseconds ago at 2026-11-25T13:00:00.000Z. Current time: 2026-11-25T13:00:30.214Z. Allowed clock skew: 0 milliseconds.',
	'jjwt.premature':
		'io.jsonwebtoken.PrematureJwtException: JWT early by 3842 milliseconds before 2026-11-25T13:00:03.842Z. Current time: 2026-11-25T13:00:00.000Z. Allowed clock skew: 0 milliseconds.',
	'jjwt.signature':
		'io.jsonwebtoken.security.SignatureException: JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.',
	'jjwt.malformed':
		'io.jsonwebtoken.MalformedJwtException: Invalid compact JWT string: Compact JWSs must contain exactly 2 period characters, and compact JWEs must contain exactly 4.  Found: 0',
	'jjwt.audience':
		'io.jsonwebtoken.IncorrectClaimException: Expected aud claim to be: orders-api, but was: billing-api.',
	'jjwt.issuer':
		'io.jsonwebtoken.IncorrectClaimException: Expected iss claim to be: https://auth.example.com, but was: https://auth.example.org.',
	'jjwt.weak-key':
		"io.jsonwebtoken.security.WeakKeyException: The verification key's size is 64 bits which is not secure enough for the HS256 algorithm.  The JWT JWA Specification (RFC 7518, Section 3.2) states that keys used with HS256 MUST have a size >= 256 bits",
	'jjwt.unsigned':
		'io.jsonwebtoken.UnsupportedJwtException: Unsigned Claims JWTs are not supported.',
	'spring.expired':
		'Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-11-25T13:00:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
	'spring.not-before':
		'An error occurred while attempting to decode the Jwt: Jwt used before 2026-11-25T13:05:00Z',
	'spring.audience':
		'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
	'spring.issuer':
		'An error occurred while attempting to decode the Jwt: The iss claim is not valid',
	'spring.malformed': 'An error occurred while attempting to decode the Jwt: Malformed token',
	'nimbus.no-matching-key':
		'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
	'nimbus.signature':
		'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature',
	'nimbus.expired': 'com.nimbusds.jwt.proc.BadJWTException: Expired JWT',
	'nimbus.before-use': 'com.nimbusds.jwt.proc.BadJWTException: JWT before use time',
	'nimbus.audience': 'com.nimbusds.jwt.proc.BadJWTException: JWT audience rejected: [billing-api]',
	'nimbus.issuer':
		'com.nimbusds.jwt.proc.BadJWTException: JWT iss claim has value https://a.example, must be https://b.example',
	'nimbus.parse':
		'java.text.ParseException: Invalid serialized unsecured/JWS/JWE object: Missing part delimiters',
	'keycloak.not-active': 'org.keycloak.exceptions.TokenNotActiveException: Token is not active',
	'keycloak.issuer':
		'type="USER_INFO_REQUEST_ERROR", error="invalid_token", reason="Invalid token issuer. Expected \'http://keycloak:8080/realms/demo\'"',
	'keycloak.audience':
		'org.keycloak.common.VerificationException: Expected audience not available in the token',
	'keycloak.signature':
		'org.keycloak.exceptions.TokenSignatureInvalidException: Invalid token signature',
	'identitymodel.IDX10223':
		"Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/25/2026 1:00:00 PM', Current time (UTC): '11/25/2026 1:00:30 PM'.",
	'identitymodel.IDX10222':
		"Microsoft.IdentityModel.Tokens.SecurityTokenNotYetValidException: IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '11/25/2026 1:10:00 PM', Current time (UTC): '11/25/2026 1:00:00 PM'.",
	'identitymodel.IDX10225':
		"Microsoft.IdentityModel.Tokens.SecurityTokenNoExpirationException: IDX10225: Lifetime validation failed. The token is missing an Expiration Time. Tokentype: 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken'.",
	'identitymodel.IDX10230':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException: IDX10230: Lifetime validation failed. Delegate returned false, securitytoken: '[PII of type 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
	'identitymodel.IDX10214':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'api://orders'. Did not match: validationParameters.ValidAudience: 'api://billing' or validationParameters.ValidAudiences: 'null'.",
	'identitymodel.IDX10206':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10206: Unable to validate audience. The 'audiences' parameter is empty.",
	'identitymodel.IDX10208':
		'Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10208: Unable to validate audience. validationParameters.ValidAudience is null or whitespace and validationParameters.ValidAudiences is null.',
	'identitymodel.IDX10205':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/72f988bf/'. Did not match: validationParameters.ValidIssuer: 'https://login.microsoftonline.com/72f988bf/v2.0' or validationParameters.ValidIssuers: 'null'.",
	'identitymodel.IDX10204':
		'Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10204: Unable to validate issuer. validationParameters.ValidIssuer is null or whitespace AND validationParameters.ValidIssuers is null or empty.',
	'identitymodel.IDX10500':
		'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10500: Signature validation failed. No security keys were provided to validate the signature.',
	'identitymodel.IDX10501':
		"Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10501: Signature validation failed. Unable to match key: \nkid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg'.",
	'identitymodel.IDX10516':
		"Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10516: Signature validation failed. Unable to match key: kid: 'abc'. Source of kid: 'System.IdentityModel.Tokens.Jwt.JwtHeader'. Number of keys in TokenValidationParameters: '0'. Number of keys in Configuration: '2'.",
	'identitymodel.IDX10503':
		"Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. Token does not have a kid. Keys tried: 'System.Text.StringBuilder'. Number of keys in TokenValidationParameters: '1'.",
	'identitymodel.IDX10511':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException: IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'abc''. kid: 'abc'.",
	'identitymodel.IDX10504':
		"Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException: IDX10504: Unable to validate signature, token does not have a signature: '[PII is hidden]'.",
	'identitymodel.IDX10634':
		"System.NotSupportedException: IDX10634: Unable to create the SignatureProvider. Algorithm: 'HS256', SecurityKey: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey' is not supported.",
	'identitymodel.IDX12741':
		"System.ArgumentException: IDX12741: JWT: 'Bearer eyJ…' must have three segments (JWS) or five segments (JWE).",
	'golang-jwt.expired': 'token has invalid claims: token is expired',
	'golang-jwt.not-valid-yet': 'token has invalid claims: token is not valid yet',
	'golang-jwt.used-before-issued': 'token has invalid claims: token used before issued',
	'golang-jwt.audience': 'token has invalid claims: token has invalid audience',
	'golang-jwt.issuer': 'token has invalid claims: token has invalid issuer',
	'golang-jwt.signing-method': 'token signature is invalid: signing method HS256 is invalid',
	'golang-jwt.signature': 'token signature is invalid: crypto/rsa: verification error',
	'golang-jwt.key-type': 'token signature is invalid: key is of invalid type',
	'golang-jwt.malformed': 'token is malformed: token contains an invalid number of segments',
	'golang-jwt.unverifiable':
		'token is unverifiable: error while executing keyfunc: no key found for kid "k2"',
	'aws-apigateway.audience':
		'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
	'kong.expired': '{"exp":"token expired"}',
	'kong.not-before': '{"nbf":"token not valid yet"}',
	'kong.signature': '{"message":"Invalid signature"}',
	'kong.algorithm': '{"message":"Invalid algorithm"}',
	'kong.missing-key-claim': '{"message":"No mandatory \'iss\' in claims"}',
	'kong.no-credentials': '{"message":"No credentials found for given \'iss\'"}',
	'kong.bad-token': '{"message":"Bad token; invalid JSON"}',
	'rfc6750.insufficient-scope':
		'WWW-Authenticate: Bearer realm="api", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="orders:write"'
};

const EXAMPLES: Record<string, string> = { ...BASE_EXAMPLES, ...JAVASCRIPT_EXAMPLES };

const KNOWN_CHECKS = new Set<string>(CHECK_IDS);
// The other libraries' and platforms' messages live beside the test helpers (one file, keyed the same way).
Object.assign(EXAMPLES, MORE_EXAMPLES);
const entryOf = (id: string) => ERROR_CATALOGUE.find((e) => e.id === id)!;

describe('the error catalogue', () => {
	it('holds at least 40 messages from at least 8 libraries or platforms', () => {
		expect(ERROR_CATALOGUE.length).toBeGreaterThanOrEqual(40);
		expect(new Set(ERROR_CATALOGUE.map((e) => e.library)).size).toBeGreaterThanOrEqual(8);
	});

	it('has unique ids, and an example for every entry', () => {
		const ids = ERROR_CATALOGUE.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
	});

	it('points every entry at checklist rows the page has', () => {
		for (const entry of ERROR_CATALOGUE) {
			expect(entry.checks.length, entry.id).toBeGreaterThan(0);
			for (const check of entry.checks)
				expect(KNOWN_CHECKS.has(check), `${entry.id}: ${check}`).toBe(true);
		}
	});

	it.each(ERROR_CATALOGUE.map((e) => [e.id, e] as const))(
		'recognises %s as its library prints it',
		(id, entry) => {
			const recognition = recogniseError(EXAMPLES[id]!);
			expect(recognition.recognised).toBe(true);
			if (!recognition.recognised) return;
			// Only a message two libraries print word for word may name more than its own entry.
			expect(recognition.matches.map((m) => m.id).sort()).toEqual(
				[id, ...(SHARED_MESSAGES[id] ?? [])].sort()
			);
			expect(recognition.cause).toBe(entry.cause);
			expect(recognition.matches.map((m) => m.library)).toContain(entry.library);
		}
	);

	it.each(VARIANTS)('recognises another printing of %s: %s', (id, text) => {
		const recognition = recogniseError(text);
		expect(recognition.recognised && recognition.matches.map((m) => m.id)).toEqual([id]);
		expect(recognition.recognised && recognition.cause).toBe(entryOf(id).cause);
	});
});

describe('recogniseError', () => {
	it('says an empty paste is empty, and an unknown message is not recognised', () => {
		expect(recogniseError('   \n')).toEqual({ recognised: false, reason: 'empty' });
		expect(recogniseError('Error: ECONNRESET socket hang up')).toEqual({
			recognised: false,
			reason: 'unknown'
		});
	});

	it('finds a message inside a longer log line, and says where', () => {
		const log = '2026-11-25 13:00:30 WARN  auth: verify failed: TokenExpiredError: jwt expired';
		const recognition = recogniseError(log);
		expect(recognition.recognised && recognition.matches[0]).toMatchObject({
			id: 'jsonwebtoken.expired',
			text: 'TokenExpiredError: jwt expired',
			from: log.indexOf('TokenExpiredError')
		});
	});

	it('reports every cause in a log that holds several, the first one first', () => {
		const log = 'IDX10223: Lifetime validation failed.\nIDX10214: Audience validation failed.';
		const recognition = recogniseError(log);
		expect(recognition.recognised && recognition.cause).toBe('expired');
		expect(matchedChecks(recognition)).toEqual(['exp', 'aud', 'token-use']);
	});

	it('tells jose’s lowercase signature message from PyJWT’s capitalised one', () => {
		const jose = recogniseError('signature verification failed');
		const pyjwt = recogniseError('Signature verification failed');
		expect(jose.recognised && jose.matches.map((m) => m.id)).toEqual(['jose.signature']);
		expect(pyjwt.recognised && pyjwt.matches.map((m) => m.id)).toEqual(['pyjwt.signature']);
	});

	it('stops a Spring timestamp at its end, not at the quote around it', () => {
		const recognition = recogniseError('error_description="Jwt expired at 2026-11-25T13:00:00Z"');
		expect(recognition.recognised && recognition.matches[0]!.text).toBe(
			'Jwt expired at 2026-11-25T13:00:00Z'
		);
	});

	it('reads a very long paste only up to its bound, without hanging', () => {
		const started = performance.now();
		const recognition = recogniseError('x'.repeat(2_000_000) + 'jwt expired');
		expect(recognition.recognised).toBe(false);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
