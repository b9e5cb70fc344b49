// Messages printed by API gateways in front of an API: AWS API Gateway's JWT authorizer, Kong's jwt plugin,
// and any OAuth 2.0 resource server's WWW-Authenticate header (RFC 6750 §3.1).
// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html ,
// https://github.com/Kong/kong/blob/master/kong/plugins/jwt/handler.lua and jwt_parser.lua ,
// https://www.rfc-editor.org/rfc/rfc6750#section-3.1
import type { ErrorEntry } from './entry';

const AWS = 'AWS API Gateway (JWT authorizer)';
const KONG = 'Kong (jwt plugin)';

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
	}
];
