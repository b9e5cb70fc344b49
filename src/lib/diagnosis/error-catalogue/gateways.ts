// Messages printed by API gateways in front of an API: AWS API Gateway's JWT authorizer, Kong's jwt plugin,
// Envoy / Istio, Apigee, and any OAuth 2.0 resource server's WWW-Authenticate header (RFC 6750 §3.1).
// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html ,
// https://github.com/Kong/kong/blob/master/kong/plugins/jwt/handler.lua and jwt_parser.lua ,
// https://www.rfc-editor.org/rfc/rfc6750#section-3.1 ; Envoy's jwt_authn prints google/jwt_verify_lib's status
// strings: https://github.com/google/jwt_verify_lib/blob/master/src/status.cc (clock_skew_seconds default 60:
// https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/filters/http/jwt_authn/v3/config.proto);
// Apigee VerifyJWT fault codes: https://cloud.google.com/apigee/docs/api-platform/reference/policies/verify-jwt-policy#runtime-errors
import type { ErrorEntry } from './entry';

const AWS = 'AWS API Gateway (JWT authorizer)';
const KONG = 'Kong (jwt plugin)';
const ENVOY = 'Envoy / Istio (jwt_authn)';
const APIGEE = 'Apigee (VerifyJWT policy)';

export const GATEWAY_ERRORS: ErrorEntry[] = [
	{
		id: 'aws-apigateway.audience',
		library: AWS,
		pattern: /the token does not have a valid audience/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'Neither aud nor (when aud is absent) client_id matches an audience configured on the authorizer.'
	},
	{
		id: 'kong.expired',
		library: KONG,
		pattern: /"exp"\s*:\s*"token expired"/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'Kong checks exp when `claims_to_verify` includes it, with no clock skew.'
	},
	{
		id: 'kong.not-before',
		library: KONG,
		pattern: /"nbf"\s*:\s*"token not valid yet"/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'Kong checks nbf when `claims_to_verify` includes it.'
	},
	{
		id: 'kong.signature',
		library: KONG,
		pattern: /"message"\s*:\s*"Invalid signature"/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The consumer’s secret or RSA public key does not verify the token (is `secret_is_base64` set as the issuer encodes it?).'
	},
	{
		id: 'kong.algorithm',
		library: KONG,
		pattern: /"message"\s*:\s*"Invalid algorithm"/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The token’s alg is not the algorithm of the consumer’s JWT credential.'
	},
	{
		id: 'kong.missing-key-claim',
		library: KONG,
		pattern: /No mandatory '[^'\n]+' in claims/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'Kong finds the credential by the `key_claim_name` claim (iss by default), and the token has none.'
	},
	{
		id: 'kong.no-credentials',
		library: KONG,
		pattern: /No credentials found for given '[^'\n]+'/,
		cause: 'key-not-found',
		checks: ['key', 'iss'],
		explanation: 'No consumer credential has a key equal to the token’s iss (or `key_claim_name`).'
	},
	{
		id: 'kong.bad-token',
		library: KONG,
		pattern: /Bad token; [^\n"]*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'Kong could not decode the token.'
	},
	{
		id: 'rfc6750.insufficient-scope',
		library: 'OAuth 2.0 resource server (RFC 6750 WWW-Authenticate)',
		pattern: /error="insufficient_scope"/,
		cause: 'scope',
		checks: ['scope', 'token-use'],
		explanation:
			'The token is valid but lacks a scope the endpoint requires: request the scope when getting the token.'
	},
	{
		id: 'kong.invalid-key',
		library: KONG,
		pattern: /"message"\s*:\s*"Invalid key\/secret"/,
		cause: 'key-not-found',
		checks: ['key', 'secret-strength'],
		explanation:
			'The consumer’s secret could not be used (with `secret_is_base64`, it is not valid base64).'
	},
	{
		// jwt_parser.lua verify_registered_claims / check_maximum_expiration.
		id: 'kong.exp-not-number',
		library: KONG,
		pattern: /"(?:exp|nbf)"\s*:\s*"must be a number"/,
		cause: 'malformed',
		checks: ['exp', 'nbf'],
		explanation: 'Kong requires exp/nbf to be numbers when `claims_to_verify` lists them.'
	},
	{
		id: 'kong.max-expiration',
		library: KONG,
		pattern: /"exp"\s*:\s*"exceeds maximum allowed expiration"/,
		cause: 'expired',
		checks: ['lifetime', 'exp'],
		explanation: 'exp is further ahead than the plugin’s `maximum_expiration` seconds.'
	},
	{
		id: 'envoy.expired',
		library: ENVOY,
		pattern: /\bJwt is expired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is past for the proxy, beyond `clock_skew_seconds` (60 by default in jwt_authn).'
	},
	{
		id: 'envoy.not-yet-valid',
		library: ENVOY,
		pattern: /\bJwt not yet valid\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is in the future for the proxy, beyond `clock_skew_seconds`.'
	},
	{
		id: 'envoy.issuer',
		library: ENVOY,
		pattern: /\bJwt issuer is not configured\b/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'No provider (Istio RequestAuthentication jwtRules) has the token’s iss as its `issuer`: compare them character for character.'
	},
	{
		id: 'envoy.audience',
		library: ENVOY,
		pattern: /\bAudiences in Jwt are not allowed\b/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'None of the token’s audiences is in the provider’s `audiences`.'
	},
	{
		id: 'envoy.signature',
		library: ENVOY,
		pattern: /\bJwt verification fails\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'The provider’s JWKS has a key for the token, but it does not verify the signature.'
	},
	{
		id: 'envoy.no-matching-key',
		library: ENVOY,
		pattern: /\bJwks doesn't have key to match kid or alg from Jwt\b/,
		cause: 'key-not-found',
		checks: ['key', 'algorithm'],
		explanation:
			'No key in the cached JWKS has the token’s kid and alg: keys rotated since the proxy fetched them (Istio refreshes every 20 minutes), or another issuer.'
	},
	{
		id: 'envoy.jwks-fetch',
		library: ENVOY,
		pattern: /\bJwks remote fetch is failed\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The proxy could not download the provider’s `remote_jwks` (DNS, TLS, or no route to the issuer).'
	},
	{
		id: 'envoy.malformed',
		library: ENVOY,
		pattern:
			/\bJwt is not in the form of Header\.Payload\.Signature[^\n]*|\bJwt (?:header|payload) is an invalid Base64(?:url)? (?:input )?or an invalid JSON\b|\bJwt signature is an invalid Base64\b|\bJwt is missing\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The proxy found no token, or one that is not three base64url parts of JSON.'
	},
	{
		id: 'envoy.algorithm',
		library: ENVOY,
		pattern: /\bJwt header \[alg\] field (?:value is invalid|is not a string)/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not one jwt_authn verifies.'
	},
	{
		// VerifyJWT runtime fault codes: match the errorcode, not the faultstring, as Apigee advises.
		id: 'apigee.expired',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.TokenExpired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is past for Apigee beyond the policy’s <TimeAllowance> (none by default).'
	},
	{
		id: 'apigee.not-yet-valid',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.TokenNotYetValid\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is in the future for Apigee beyond <TimeAllowance>.'
	},
	{
		id: 'apigee.signature',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.(?:InvalidToken|InvalidSignature)\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'The policy’s <PublicKey>/<SecretKey> does not verify the signature.'
	},
	{
		id: 'apigee.audience',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.JwtAudienceMismatch\b/,
		cause: 'audience',
		checks: ['aud'],
		explanation: 'The token’s aud is not the policy’s <Audience>.'
	},
	{
		id: 'apigee.issuer',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.JwtIssuerMismatch\b/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the policy’s <Issuer>.'
	},
	{
		id: 'apigee.invalid-claim',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.InvalidClaim\b/,
		cause: 'audience',
		checks: ['aud', 'iss'],
		explanation:
			'A claim or header the policy requires is missing or has another value (often aud).'
	},
	{
		id: 'apigee.no-matching-key',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.(?:NoMatchingPublicKey|KeyIdMissing)\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The policy’s JWKS has no key with the token’s kid (or the token has no kid).'
	},
	{
		id: 'apigee.algorithm',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.(?:AlgorithmMismatch|NoAlgorithmFoundInHeader|WrongKeyType)\b/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The header’s alg is not the policy’s <Algorithm>, or the key type does not fit it.'
	},
	{
		id: 'apigee.crit',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.UnhandledCriticalHeader\b/,
		cause: 'crit',
		checks: ['crit'],
		explanation: 'The header’s crit names a header not listed in the policy’s <KnownHeaders>.'
	},
	{
		id: 'apigee.malformed',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.(?:FailedToDecode|InvalidJsonFormat)\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The value is not a decodable JWT.'
	},
	{
		id: 'apigee.key-length',
		library: APIGEE,
		pattern: /\bsteps\.jwt\.InsufficientKeyLength\b/,
		cause: 'algorithm',
		checks: ['secret-strength'],
		explanation: 'The HMAC secret is shorter than the hash (32 bytes for HS256).'
	}
];
