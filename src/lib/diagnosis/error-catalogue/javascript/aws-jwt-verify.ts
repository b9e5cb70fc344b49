// Messages printed by aws-jwt-verify 5 (Cognito, ALB and any OIDC issuer). Its error classes keep `name` "Error",
// so String(error) reads "Error: Token expired at …" while a logged error names the class.
// Source: node_modules/aws-jwt-verify/dist/cjs/jwt.js, jwt-verifier.js, jwk.js, assert.js, cognito-verifier.js,
// error.js (https://github.com/awslabs/aws-jwt-verify/tree/main/src).
import type { ErrorEntry, TargetCheck } from '../entry';

const AWS = 'aws-jwt-verify';

/**
 * assert.js's three shapes for a claim that fails: "Missing X. Expected…", "X not allowed: …", type errors, with
 * the class name in front when a log prints it (so PyJWT's "InvalidAudienceError" inside it is not a match).
 */
const claimCheck = (
	id: string,
	name: string,
	errorClass: string,
	cause: ErrorEntry['cause'],
	checks: TargetCheck[],
	explanation: string
): ErrorEntry => ({
	id: `aws-jwt-verify.${id}`,
	library: AWS,
	pattern: new RegExp(
		`(?:\\b${errorClass}: )?\\b(?:Missing ${name}\\. Expected[^\\n]*|${name} not allowed: [^\\n]*|${name} (?:is not of type string|is not an array|includes elements that are not of type string))`
	),
	cause,
	checks,
	explanation
});

export const AWS_JWT_VERIFY_ERRORS: ErrorEntry[] = [
	{
		id: 'aws-jwt-verify.expired',
		library: AWS,
		// jwt.js validateJwtFields: `Token expired at ${new Date(payload.exp * 1000).toISOString()}`, graceSeconds 0.
		pattern: /\bToken expired at [\dT:.Z-]+/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is before the API’s clock plus `graceSeconds` (0 by default). The time printed is the token’s exp.'
	},
	{
		id: 'aws-jwt-verify.not-before',
		library: AWS,
		pattern: /\bToken can't be used before [\dT:.Z-]+/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation:
			'nbf is after the API’s clock (minus `graceSeconds`): the clocks disagree, or the token was used early.'
	},
	claimCheck(
		'audience',
		'Audience',
		'JwtInvalidAudienceError',
		'audience',
		['aud', 'token-use'],
		'The token’s aud is not the API’s `audience` (or aud is missing). For Cognito access tokens, which carry no aud, use CognitoJwtVerifier with `clientId`.'
	),
	claimCheck(
		'issuer',
		'Issuer',
		'JwtInvalidIssuerError',
		'issuer',
		['iss'],
		'The token’s iss is not the verifier’s `issuer`: another user pool, region or tenant.'
	),
	claimCheck(
		'scope',
		'Scope',
		'JwtInvalidScopeError',
		'scope',
		['scope'],
		'The token’s scope does not include any of the API’s required `scope` values.'
	),
	claimCheck(
		'token-use',
		'Token use',
		'CognitoJwtInvalidTokenUseError',
		'token-type',
		['token-use'],
		'Cognito: an ID token was sent where an access token is expected, or the reverse (`tokenUse`).'
	),
	claimCheck(
		'client-id',
		'Client ID(?: \\("audience"\\))?',
		'CognitoJwtInvalidClientIdError',
		'audience',
		['aud'],
		'Cognito: the token was issued to another app client than the verifier’s `clientId`.'
	),
	claimCheck(
		'group',
		'Cognito group',
		'CognitoJwtInvalidGroupError',
		'scope',
		['scope'],
		'Cognito: the user is in none of the `groups` the API requires.'
	),
	{
		id: 'aws-jwt-verify.signature',
		library: AWS,
		// jwt-verifier.js: `new JwtInvalidSignatureError("Invalid signature")`; String(error) is "Error: Invalid signature".
		pattern: /JwtInvalidSignatureError: Invalid signature\b|\bError: Invalid signature\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The JWK selected by the token’s kid does not verify its signature: a different key or a tampered token.'
	},
	{
		id: 'aws-jwt-verify.kid-not-found',
		library: AWS,
		// jwk.js and jwt-verifier.js print the kid with quotes (fetched JWKS) or without (a JWKS given to verifySync).
		pattern: /\bJWK for kid "?[^"\s]*"? not found in the JWKS\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The token’s kid is not in the JWKS (fetched again once, then refused): rotated keys, or a token from another user pool or issuer.'
	},
	{
		id: 'aws-jwt-verify.no-kid',
		library: AWS,
		pattern: /\bJWT header does not have valid kid claim\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The header has no kid, so aws-jwt-verify cannot pick a key from the JWKS.'
	},
	{
		id: 'aws-jwt-verify.algorithm',
		library: AWS,
		pattern:
			/\b(?:JWT signature algorithm not allowed: [^\n]*|Missing JWT signature algorithm\. Expected[^\n]*|JWT header alg claim is not a string)/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'aws-jwt-verify verifies RS256/384/512, ES256/384/512 and EdDSA only (no HS*, no PS*), and the header’s alg must equal the JWK’s alg when the JWK has one.'
	},
	{
		id: 'aws-jwt-verify.jwk-kty',
		library: AWS,
		pattern: /\bJWK kty not allowed: [^\n]*|\bMissing JWK kty\b/,
		cause: 'algorithm',
		checks: ['key', 'algorithm'],
		explanation:
			'The key is not RSA, EC or OKP: aws-jwt-verify has no HMAC (oct) keys, so an HS256 token cannot be verified with it at all.'
	},
	{
		id: 'aws-jwt-verify.jwk-use',
		library: AWS,
		pattern: /\bJWK use not allowed: [^\n]*/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The JWK for this kid is marked for encryption (use "enc"), not signatures.'
	},
	{
		id: 'aws-jwt-verify.malformed',
		library: AWS,
		pattern:
			/\bJWT string does not consist of exactly 3 parts \(header, payload, signature\)|\bInvalid JWT\. (?:Header|Payload) is not a valid JSON object\b[^\n]*|\bJWT (?:header|payload) is not an object\b|\bEmpty JWT\b|\bJWT is not a string\b/,
		cause: 'malformed',
		// An empty signature (alg "none") also counts as not three parts.
		checks: ['structure', 'signature'],
		explanation:
			'The token is not three non-empty base64url parts of JSON: a cut or corrupted token, or an unsigned one (alg "none", empty third part).'
	},
	{
		id: 'aws-jwt-verify.claim-type',
		library: AWS,
		pattern: /\bJWT payload (exp|nbf|iat) claim is not a number\b/,
		cause: 'malformed',
		checks: ['exp', 'nbf', 'iat'],
		explanation: 'A time claim is not a JSON number (a string, even of digits, is refused).'
	},
	{
		id: 'aws-jwt-verify.claim-not-string',
		library: AWS,
		pattern:
			/\bJWT payload (?:iss|sub|scope|jti) claim is not a string\b|\bJWT payload aud claim is not a string or array of strings\b/,
		cause: 'malformed',
		checks: ['iss', 'aud'],
		explanation: 'A claim has the wrong JSON type for aws-jwt-verify.'
	},
	{
		id: 'aws-jwt-verify.jwks',
		library: AWS,
		pattern:
			/\bJWKS (?:empty|should be an object|does not include keys|keys should be an array|could not be parsed as JSON[^\n]*)|\bJWKS for uri \S+ not yet available in cache\b|\bNot allowed to fetch JWKS yet, still waiting for back off period to end\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The JWKS could not be used: empty, not JSON, not yet fetched, or refetching is backing off after a failure.'
	}
];
