// Messages printed by golang-jwt (github.com/golang-jwt/jwt, v5; v4's capitalised forms match too).
// v5 joins them as "<kind>: <detail>", e.g. "token has invalid claims: token is expired".
// Source: https://github.com/golang-jwt/jwt/blob/main/errors.go , parser.go , validator.go
import type { ErrorEntry } from './entry';

const GOLANG_JWT = 'golang-jwt';

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
	}
];
