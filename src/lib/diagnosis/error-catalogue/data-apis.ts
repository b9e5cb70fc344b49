// Messages printed by APIs that sit on a database and read a JWT themselves: Hasura GraphQL Engine and
// PostgREST (and so Supabase's REST API). Both use the Haskell `jose` library, so Hasura prints its error
// constructors (JWTExpired, JWSError JWSInvalidSignature…) and older PostgREST versions print the same.
// Sources: https://github.com/hasura/graphql-engine/blob/master/server/src-lib/Hasura/Server/Auth/JWT.hs
// ("Could not verify JWT: " <> show e) and the JWTError constructors of
// https://github.com/frasertweedale/hs-jose/blob/master/src/Crypto/JWT.hs ;
// https://github.com/PostgREST/postgrest/blob/main/src/library/PostgREST/Error.hs (JwtError: PGRST301/303)
import type { ErrorEntry } from './entry';

const HASURA = 'Hasura GraphQL Engine';
const POSTGREST = 'PostgREST / Supabase';

export const DATA_API_ERRORS: ErrorEntry[] = [
	{
		id: 'hasura.expired',
		library: HASURA,
		pattern: /Could not verify JWT: JWTExpired\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is past for Hasura (its `allowed_skew` is 0 unless set in HASURA_GRAPHQL_JWT_SECRET).'
	},
	{
		id: 'hasura.not-yet-valid',
		library: HASURA,
		pattern: /Could not verify JWT: JWTNotYetValid\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is in the future for Hasura.'
	},
	{
		id: 'hasura.issued-in-future',
		library: HASURA,
		pattern: /Could not verify JWT: JWTIssuedAtFuture\b/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future for Hasura: its clock is behind the issuer’s (set `allowed_skew`).'
	},
	{
		id: 'hasura.audience',
		library: HASURA,
		pattern: /Could not verify JWT: JWTNotInAudience\b/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The token’s aud is not the `audience` in HASURA_GRAPHQL_JWT_SECRET.'
	},
	{
		id: 'hasura.issuer',
		library: HASURA,
		pattern: /Could not verify JWT: JWTNotInIssuer\b/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the `issuer` in HASURA_GRAPHQL_JWT_SECRET.'
	},
	{
		id: 'hasura.signature',
		library: HASURA,
		pattern: /Could not verify JWT: JWSError JWSInvalidSignature\b/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The key in HASURA_GRAPHQL_JWT_SECRET (or its jwk_url) does not verify the token.'
	},
	{
		id: 'hasura.jws-error',
		library: HASURA,
		pattern: /Could not verify JWT: JWSError (?!JWSInvalidSignature\b)[^\n"]*/,
		cause: 'malformed',
		checks: ['structure', 'algorithm', 'key'],
		explanation: 'The token could not be decoded, or no key fits its alg (JWSError names which).'
	},
	{
		id: 'hasura.malformed-header',
		library: HASURA,
		pattern: /Malformed Authorization header/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The Authorization header is not "Bearer <token>".'
	},
	{
		id: 'postgrest.expired',
		library: POSTGREST,
		pattern: /\bJWT expired\b(?! \d)/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is past for the server’s clock: refresh the session (Supabase: supabase.auth.refreshSession).'
	},
	{
		id: 'postgrest.not-yet-valid',
		library: POSTGREST,
		pattern: /\bJWT not yet valid\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is in the future for the database server’s clock.'
	},
	{
		id: 'postgrest.issued-in-future',
		library: POSTGREST,
		pattern: /\bJWT issued at future\b/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat is in the future for the server: the clocks disagree.'
	},
	{
		id: 'postgrest.audience',
		library: POSTGREST,
		pattern: /\bJWT not in audience\b|The JWT 'aud' claim must be a string or an array of strings/,
		cause: 'audience',
		checks: ['aud'],
		explanation: 'The token’s aud is not `jwt-aud` (Supabase: "authenticated").'
	},
	{
		id: 'postgrest.signature',
		library: POSTGREST,
		pattern: /JWSError JWSInvalidSignature\b|JWT cryptographic operation failed/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation:
			'`jwt-secret` does not verify the token: with Supabase, a token from another project, or the anon key used as a secret.'
	},
	{
		id: 'postgrest.key',
		library: POSTGREST,
		pattern: /No suitable key or wrong key type/,
		cause: 'key-not-found',
		checks: ['key', 'algorithm'],
		explanation: 'No key in `jwt-secret` (a secret or a JWKS) fits the token’s alg and kid.'
	},
	{
		id: 'postgrest.algorithm',
		library: POSTGREST,
		pattern: /Wrong or unsupported encoding algorithm/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The token’s alg is not one PostgREST verifies with the configured key.'
	},
	{
		id: 'postgrest.malformed',
		library: POSTGREST,
		pattern:
			/Expected 3 parts in JWT; got \d+|Empty JWT is sent in Authorization header|The JWT '(?:exp|nbf|iat)' claim must be a number/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The bearer value is not a three-part JWT, or a time claim is not a number.'
	}
];
