// Messages printed by ruby-jwt (the `jwt` gem): every JWT:: error a decode raises, as "Class: message".
// Read from jwt/ruby-jwt at a2cb2723. JWT::InvalidSubError and JWT::InvalidJtiError are left out: no
// checklist row judges sub or jti.
// Sources: https://github.com/jwt/ruby-jwt/blob/main/lib/jwt/error.rb , lib/jwt/decode.rb ,
// lib/jwt/encoded_token.rb , lib/jwt/claims/*.rb , lib/jwt/jwk/key_finder.rb , lib/jwt/base64.rb
import type { ErrorEntry } from './entry';

const RUBY_JWT = 'ruby-jwt';

export const RUBY_ERRORS: ErrorEntry[] = [
	{
		// claims/expiration.rb: exp <= now - leeway (leeway 0 unless `leeway:`/`exp_leeway:` is passed).
		id: 'ruby-jwt.expired',
		library: RUBY_JWT,
		pattern: /JWT::ExpiredSignature(?::\s*Signature has expired)?/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is at or before the API’s now minus `leeway` (0 by default).'
	},
	{
		id: 'ruby-jwt.immature',
		library: RUBY_JWT,
		pattern:
			/JWT::ImmatureSignature(?::\s*Signature nbf has not been reached)?|\bSignature nbf has not been reached\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after the API’s now plus `leeway`: its clock is behind the issuer’s.'
	},
	{
		// claims/issued_at.rb: only with `verify_iat: true`; no leeway applies to iat.
		id: 'ruby-jwt.iat',
		library: RUBY_JWT,
		pattern: /JWT::InvalidIatError(?::\s*Invalid iat)?/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future for the API (or not a number): ruby-jwt allows no leeway here.'
	},
	{
		id: 'ruby-jwt.audience',
		library: RUBY_JWT,
		pattern: /(?:JWT::InvalidAudError:\s*)?Invalid audience\. Expected [^\n]*?, received [^\n]*/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'None of the token’s audiences is the `aud:` the API passed to decode.'
	},
	{
		id: 'ruby-jwt.issuer',
		library: RUBY_JWT,
		pattern: /(?:JWT::InvalidIssuerError:\s*)?Invalid issuer\. Expected [^\n]*?, received [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `iss:` the API passed to decode.'
	},
	{
		id: 'ruby-jwt.signature',
		library: RUBY_JWT,
		pattern:
			/JWT::VerificationError(?::\s*(?:Signature verification (?:failed|raised)|Algorithm not supported|No algorithm provided))?/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The key given to decode does not verify the signature.'
	},
	{
		id: 'ruby-jwt.algorithm',
		library: RUBY_JWT,
		pattern:
			/JWT::IncorrectAlgorithm(?::\s*(?:Expected a different algorithm|An algorithm must be specified|Token is missing alg header))?|\bExpected a different algorithm\b/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not in the `algorithm:`/`algorithms:` passed to decode.'
	},
	{
		id: 'ruby-jwt.unsupported-curve',
		library: RUBY_JWT,
		pattern: /JWT::UnsupportedEcdsaCurve(?::\s*[^\n]*)?/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation: 'The EC key’s curve does not fit the ES* algorithm.'
	},
	{
		id: 'ruby-jwt.segments',
		library: RUBY_JWT,
		pattern:
			/(?:JWT::DecodeError:\s*)?(?:Not enough or too many segments|Invalid segment encoding|Token header not a JSON object|Nil JSON web token)|JWT::Base64DecodeError(?::\s*Invalid base64 encoding)?/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not three base64url parts of JSON.'
	},
	{
		id: 'ruby-jwt.kid',
		library: RUBY_JWT,
		pattern:
			/Could not find public key for kid \S+|No keys found in jwks|No key id \(kid\) or x5t found from token headers/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'The `jwks:` loader has no key with the token’s kid (or the token has no kid): rotated keys or another issuer.'
	},
	{
		id: 'ruby-jwt.no-key',
		library: RUBY_JWT,
		pattern: /No verification key available/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'decode was called with verification on but no key (or a key finder that returned nil).'
	},
	{
		id: 'ruby-jwt.crit',
		library: RUBY_JWT,
		pattern: /JWT::InvalidCritError(?::\s*[^\n]*)?/,
		cause: 'crit',
		checks: ['crit'],
		explanation: 'The header’s crit lacks an extension the API requires, or is not an array.'
	},
	{
		id: 'ruby-jwt.missing-claim',
		library: RUBY_JWT,
		pattern: /JWT::MissingRequiredClaim(?::\s*Missing required claim \S+)?/,
		cause: 'malformed',
		checks: ['exp', 'aud', 'iss', 'lifetime'],
		explanation: 'A claim in `required_claims:` is absent from the token (the message names it).'
	},
	{
		id: 'ruby-jwt.payload',
		library: RUBY_JWT,
		pattern: /JWT::InvalidPayload(?::\s*[^\n]*)?/,
		cause: 'malformed',
		checks: ['exp', 'nbf', 'iat', 'structure'],
		explanation:
			'A time claim is not a number (claims/numeric.rb), or the payload is not a JSON object.'
	},
	{
		id: 'ruby-jwt.jwk',
		library: RUBY_JWT,
		pattern: /JWT::(?:JWKError|UnsupportedKeyType)(?::\s*[^\n]*)?/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'A JWK in the key set could not be read.'
	}
];
