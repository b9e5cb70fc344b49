// Messages printed by Java verifiers: jjwt (io.jsonwebtoken), Spring Security's resource server (its
// JwtTimestampValidator and claim validators), Nimbus JOSE+JWT underneath it, and Keycloak.
// Sources: https://github.com/jwtk/jjwt/blob/master/impl/src/main/java/io/jsonwebtoken/impl/DefaultJwtParser.java ,
// https://github.com/spring-projects/spring-security/blob/main/oauth2/oauth2-jose/src/main/java/org/springframework/security/oauth2/jwt/JwtTimestampValidator.java
// (and JwtIssuerValidator, JwtAudienceValidator, NimbusJwtDecoder),
// https://bitbucket.org/connect2id/nimbus-jose-jwt (DefaultJWTProcessor, DefaultJWTClaimsVerifier),
// https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/TokenVerifier.java
import type { ErrorEntry } from './entry';

const JJWT = 'jjwt (io.jsonwebtoken)';
const SPRING = 'Spring Security (resource server)';
const NIMBUS = 'Nimbus JOSE+JWT (Spring Security)';
const KEYCLOAK = 'Keycloak';

export const JAVA_ERRORS: ErrorEntry[] = [
	{
		id: 'jjwt.expired',
		library: JJWT,
		pattern: /\bJWT expired (?:\d+ milliseconds ago )?at [^\n]*/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'exp is past the API’s now; the message says by how much and the allowed clock skew (0 unless `clockSkewSeconds` is set).'
	},
	{
		id: 'jjwt.premature',
		library: JJWT,
		pattern: /\bJWT (?:early by \d+ milliseconds before|must not be accepted before) [^\n]*/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after the API’s now: the clocks disagree, or the token was used too early.'
	},
	{
		id: 'jjwt.signature',
		library: JJWT,
		pattern: /JWT signature does not match locally computed signature/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation:
			'The key the API holds does not verify the token: another key, or a secret decoded differently (jjwt’s examples base64-decode the secret).'
	},
	{
		id: 'jjwt.malformed',
		library: JJWT,
		pattern:
			/JWT strings must contain exactly 2 period characters|Compact JWSs must contain exactly 2 period characters|\bMalformedJwtException\b/,
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The token is not three dot-separated parts, or a part is not valid base64url JSON.'
	},
	{
		id: 'jjwt.audience',
		library: JJWT,
		pattern:
			/Expected aud claim to be: [^\n]*|Missing expected '[^'\n]*' value in 'aud' claim[^\n]*/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The parser `requireAudience(...)` does not match the token’s aud.'
	},
	{
		id: 'jjwt.issuer',
		library: JJWT,
		pattern: /Expected iss claim to be: [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The parser `requireIssuer(...)` does not match the token’s iss.'
	},
	{
		id: 'jjwt.weak-key',
		library: JJWT,
		pattern:
			/The (?:signing|verification) key's size is \d+ bits which is not secure enough for the \w+ algorithm/,
		cause: 'algorithm',
		checks: ['secret-strength', 'algorithm'],
		explanation:
			'jjwt refuses HMAC keys shorter than the hash (256 bits for HS256, RFC 7518 §3.2): use a longer secret, or decode it as the issuer does.'
	},
	{
		id: 'jjwt.unsigned',
		library: JJWT,
		pattern:
			/Unsigned Claims JWTs are not supported|Unprotected JWSs? (?:are|is) not supported|Unsecured JWSs \(those with an 'alg' \(Algorithm\) header value of 'none'\) are disabled by default/,
		cause: 'algorithm',
		checks: ['algorithm', 'signature'],
		explanation: 'The token is unsigned (alg "none"): the API correctly refuses it.'
	},
	{
		id: 'spring.expired',
		library: SPRING,
		pattern: /\bJwt expired at \d[\dT:.+\-Z]*/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'JwtTimestampValidator found exp more than its clock skew (60 s by default) in the past.'
	},
	{
		id: 'spring.not-before',
		library: SPRING,
		pattern: /\bJwt used before \d[\dT:.+\-Z]*/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'JwtTimestampValidator found nbf more than its clock skew (60 s) in the future.'
	},
	{
		id: 'spring.audience',
		library: SPRING,
		pattern: /The aud claim is not valid/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'The configured audiences (e.g. `spring.security.oauth2.resourceserver.jwt.audiences`) are not in the token’s aud.'
	},
	{
		id: 'spring.issuer',
		library: SPRING,
		pattern: /The iss claim is not valid/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss is not the configured `issuer-uri` (character for character, trailing slash included).'
	},
	{
		id: 'spring.malformed',
		library: SPRING,
		pattern: /An error occurred while attempting to decode the Jwt: Malformed token/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The bearer value is not a parseable JWT.'
	},
	{
		id: 'nimbus.no-matching-key',
		library: NIMBUS,
		pattern: /Signed JWT rejected: Another algorithm expected, or no matching key\(s\) found/,
		cause: 'key-not-found',
		checks: ['key', 'algorithm'],
		explanation:
			'No key in the JWKS has the token’s kid, or the token’s alg is not the one the decoder expects (RS256 by default).'
	},
	{
		id: 'nimbus.signature',
		library: NIMBUS,
		pattern: /Signed JWT rejected: Invalid signature/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'A key was found for the token, but it does not verify the signature.'
	},
	{
		id: 'nimbus.expired',
		library: NIMBUS,
		pattern: /\bExpired JWT\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'DefaultJWTClaimsVerifier found exp in the past (beyond its 60 s skew).'
	},
	{
		id: 'nimbus.before-use',
		library: NIMBUS,
		pattern: /\bJWT before use time\b/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'DefaultJWTClaimsVerifier found nbf in the future (beyond its 60 s skew).'
	},
	{
		id: 'nimbus.audience',
		library: NIMBUS,
		pattern: /\bJWT audience rejected\b[^\n]*/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The token’s aud is not among the accepted audiences.'
	},
	{
		id: 'nimbus.issuer',
		library: NIMBUS,
		pattern: /\bJWT iss claim has value [^\n]*?, must be [^\n]*/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is not the one the verifier requires.'
	},
	{
		id: 'nimbus.parse',
		library: NIMBUS,
		pattern:
			/Invalid serialized unsecured\/JWS\/JWE object: Missing part delimiters|Invalid JWT serialization: Missing dot delimiter\(s\)/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token lacks the dots between its parts.'
	},
	{
		id: 'keycloak.not-active',
		library: KEYCLOAK,
		pattern: /\bToken is not active\b/,
		cause: 'expired',
		checks: ['exp', 'nbf'],
		explanation:
			'Keycloak’s TokenVerifier found the token expired (or not yet valid): get a fresh token.'
	},
	{
		id: 'keycloak.issuer',
		library: KEYCLOAK,
		pattern: /Invalid token issuer\. Expected '[^'\n]*'/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss is another URL for the realm than the one Keycloak is reached at (hostname, port or /auth prefix differ).'
	},
	{
		id: 'keycloak.audience',
		library: KEYCLOAK,
		pattern: /Expected audience not available in the token/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The client’s audience is not in aud: add an audience mapper for it in the realm.'
	},
	{
		id: 'keycloak.signature',
		library: KEYCLOAK,
		pattern: /Invalid token signature/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'The realm’s key does not verify the token: another realm, or rotated keys.'
	},
	{
		// DefaultJwtParser CRIT_UNSUPPORTED_MSG (jjwt 0.12+): RFC 7515 §4.1.11.
		id: 'jjwt.crit',
		library: JJWT,
		pattern: /set references unsupported header name '[^'\n]+'[^\n]*/,
		cause: 'crit',
		checks: ['crit'],
		explanation:
			'The header’s crit names an extension the parser was not told it understands (`critical().add(...)`), so it refuses the token.'
	},
	{
		id: 'jjwt.no-key',
		library: JJWT,
		pattern:
			/Cannot verify JWS signature: unable to locate signature verification key for JWS with header: [^\n]*/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The parser’s keyLocator returned no key for this header (usually its kid).'
	},
	{
		id: 'jjwt.key-algorithm',
		library: JJWT,
		pattern:
			/The parsed JWT indicates it was signed with the '[^'\n]+' signature algorithm, but the provided [\w.$]+ key may not be used to verify [^\n]*/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation: 'The key given to verifyWith(...) is of another type than the token’s alg needs.'
	},
	{
		id: 'jjwt.unsupported-algorithm',
		library: JJWT,
		pattern: /Unsupported signature algorithm '[^'\n]*'/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation: 'The header’s alg is not one jjwt (or its JCA provider) implements.'
	}
];
