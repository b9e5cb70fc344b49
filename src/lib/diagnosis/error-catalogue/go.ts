// Messages printed by golang-jwt (github.com/golang-jwt/jwt, v5; v4's capitalised forms match too).
// v5 joins them as "<kind>: <detail>", e.g. "token has invalid claims: token is expired".
// Source: https://github.com/golang-jwt/jwt/blob/main/errors.go , parser.go , validator.go , hmac.go , rsa.go ,
// ecdsa.go , ed25519.go (v5.3.1), and the v4.5.2 tag's errors.go , claims.go , map_claims.go , parser.go .
// lestrrat-go/jwx: https://github.com/lestrrat-go/jwx/blob/develop/v2/jwt/validate.go , jws/jws.go ,
// jws/key_provider.go (at 42920f4b)
import type { ErrorEntry } from './entry';

const GOLANG_JWT = 'golang-jwt';
const JWX = 'lestrrat-go/jwx';

export const GO_ERRORS: ErrorEntry[] = [
	{
		id: 'golang-jwt.expired',
		library: GOLANG_JWT,
		pattern: /(?:token has invalid claims: )?\btoken is expired\b/i,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is before now minus the parser’s leeway (none unless `jwt.WithLeeway` is set).'
	},
	{
		id: 'golang-jwt.not-valid-yet',
		library: GOLANG_JWT,
		pattern: /(?:token has invalid claims: )?\btoken is not valid yet\b/i,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus the leeway.'
	},
	{
		id: 'golang-jwt.used-before-issued',
		library: GOLANG_JWT,
		pattern: /(?:token has invalid claims: )?\btoken used before issued\b/i,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future (checked with `jwt.WithIssuedAt`): the issuer’s clock is ahead.'
	},
	{
		id: 'golang-jwt.audience',
		library: GOLANG_JWT,
		pattern: /(?:token has invalid claims: )?\btoken has invalid audience\b/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The `jwt.WithAudience` value is not in the token’s aud.'
	},
	{
		id: 'golang-jwt.issuer',
		library: GOLANG_JWT,
		pattern: /(?:token has invalid claims: )?\btoken has invalid issuer\b/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `jwt.WithIssuer` value.'
	},
	{
		id: 'golang-jwt.signing-method',
		library: GOLANG_JWT,
		pattern: /\bsigning method \S+ is invalid\b|\bunexpected signing method:? \S*/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'The token’s alg is not in `jwt.WithValidMethods`, or the keyfunc rejected it: the issuer signs with another algorithm.'
	},
	{
		id: 'golang-jwt.signature',
		library: GOLANG_JWT,
		pattern:
			/\btoken signature is invalid\b(?!: (?:signing method|key is of invalid type))(?::\s*(?:signature is invalid|crypto\/\w+: verification error))?|^signature is invalid$/im,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The key returned by the keyfunc does not verify the signature.'
	},
	{
		id: 'golang-jwt.key-type',
		library: GOLANG_JWT,
		pattern: /\bkey is of invalid type\b[^\n]*/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The keyfunc returned a key of the wrong Go type for the alg ([]byte for HS*, *rsa.PublicKey for RS*/PS*, *ecdsa.PublicKey for ES*).'
	},
	{
		id: 'golang-jwt.malformed',
		library: GOLANG_JWT,
		pattern: /\btoken is malformed\b[^\n]*|\btoken contains an invalid number of segments\b/i,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not three base64url parts, or a part is not JSON.'
	},
	{
		id: 'golang-jwt.unverifiable',
		library: GOLANG_JWT,
		pattern: /\btoken is unverifiable\b(?::\s*error while executing keyfunc)?/i,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The keyfunc returned an error: usually no key for the token’s kid.'
	},
	{
		// v4 returns the verifier's own error unwrapped, so a log line holds just this.
		id: 'golang-jwt.crypto-verification',
		library: GOLANG_JWT,
		pattern: /\bcrypto\/(?:rsa|ecdsa): verification error\b|\bed25519: verification error\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'The public key returned by the keyfunc does not verify the signature.'
	},
	{
		id: 'golang-jwt.alg-unavailable',
		library: GOLANG_JWT,
		pattern: /(?:token is unverifiable: )?signing method \(alg\) is (?:unavailable|unspecified)\.?/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'The header has no alg, or one no registered SigningMethod implements (e.g. EdDSA before it was added).'
	},
	{
		id: 'golang-jwt.hash-unavailable',
		library: GOLANG_JWT,
		pattern: /(?:token signature is invalid: )?\bthe requested hash function is unavailable\b/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The binary lacks the hash for this alg (crypto/sha512 not linked in).'
	},
	{
		id: 'golang-jwt.key-invalid',
		library: GOLANG_JWT,
		pattern: /(?:token signature is invalid: )?\bkey is invalid\b/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The keyfunc returned an unusable key (for HMAC: an empty secret).'
	},
	{
		id: 'golang-jwt.bearer-prefix',
		library: GOLANG_JWT,
		pattern: /tokenstring should not contain 'bearer '/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The "Bearer " prefix was passed along with the token: strip it before parsing.'
	},
	{
		// lestrrat-go/jwx v2 jwt/validate.go: errTokenExpired, errTokenNotYetValid, errInvalidIssuedAt, claimValueIs.
		id: 'jwx.exp',
		library: JWX,
		pattern: /"exp" not satisfied(?:: [^\n]*)?/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is before now minus `jwt.WithAcceptableSkew` (0 by default).'
	},
	{
		id: 'jwx.nbf',
		library: JWX,
		pattern: /"nbf" not satisfied(?:: [^\n]*)?/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus the acceptable skew.'
	},
	{
		id: 'jwx.iat',
		library: JWX,
		pattern: /"iat" not satisfied(?:: [^\n]*)?/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat is after now plus the acceptable skew: the issuer’s clock is ahead.'
	},
	{
		id: 'jwx.aud',
		library: JWX,
		pattern: /"aud" not satisfied(?:: [^\n]*)?/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The `jwt.WithAudience` value is not in the token’s aud.'
	},
	{
		id: 'jwx.iss',
		library: JWX,
		pattern: /"iss" not satisfied(?:: [^\n]*)?/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `jwt.WithIssuer` value.'
	},
	{
		// jws/jws.go verifyError and jws/key_provider.go.
		id: 'jwx.signature',
		library: JWX,
		pattern: /could not verify message using any of the signatures or keys/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'No key given with `jwt.WithKey`/`jwt.WithKeySet` verifies the signature.'
	},
	{
		id: 'jwx.kid',
		library: JWX,
		pattern: /failed to find key with key ID "[^"\n]*" in key set/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The key set has no key with the token’s kid: rotated keys, or another issuer.'
	}
];
