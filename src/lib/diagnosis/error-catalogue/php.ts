// Messages printed by PHP verifiers: firebase/php-jwt (JWT::decode) and lcobucci/jwt (its validation
// constraints, listed by RequiredConstraintsViolated as "- <message>" lines under one heading).
// Sources: https://github.com/firebase/php-jwt/blob/main/src/JWT.php , src/JWK.php , src/CachedKeySet.php ;
// https://github.com/lcobucci/jwt/blob/5.5.x/src/Validation/Constraint/ (LooseValidAt.php, StrictValidAt.php,
// IssuedBy.php, PermittedFor.php, SignedWith.php), src/Validation/RequiredConstraintsViolated.php ,
// src/Token/InvalidTokenStructure.php , src/Encoding/CannotDecodeContent.php
import type { ErrorEntry } from './entry';

const PHP_JWT = 'firebase/php-jwt';
const LCOBUCCI = 'lcobucci/jwt';

export const PHP_ERRORS: ErrorEntry[] = [
	{
		// JWT.php decode: ($timestamp - static::$leeway) >= exp; JWT::$leeway is 0 unless set.
		id: 'php-jwt.expired',
		library: PHP_JWT,
		pattern: /\b(?:Firebase\\JWT\\)?ExpiredException(?::\s*Expired token)?|\bExpired token\b/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is at or before now minus `JWT::$leeway` (0 by default).'
	},
	{
		id: 'php-jwt.before-valid-nbf',
		library: PHP_JWT,
		pattern: /Cannot handle token with nbf prior to \S+/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus `JWT::$leeway`: the API’s clock is behind the issuer’s.'
	},
	{
		// Checked only when the token has no nbf.
		id: 'php-jwt.before-valid-iat',
		library: PHP_JWT,
		pattern: /Cannot handle token with iat prior to \S+/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation:
			'iat is in the future for the API (and the token has no nbf): the issuer’s clock is ahead.'
	},
	{
		id: 'php-jwt.signature',
		library: PHP_JWT,
		pattern:
			/\b(?:Firebase\\JWT\\)?SignatureInvalidException(?::\s*Signature verification failed)?/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The Key given to decode does not verify the signature.'
	},
	{
		id: 'php-jwt.kid',
		library: PHP_JWT,
		pattern: /"kid" (?:invalid|empty), unable to lookup correct key/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'decode was given an array of keys (or a key set) and none is keyed by the token’s kid (or the token has none).'
	},
	{
		id: 'php-jwt.key-set',
		library: PHP_JWT,
		pattern:
			/JWK Set did not contain any keys|"keys" member must exist in the JWK Set|No supported algorithms found in JWK Set|OutOfBoundsException: Key ID not found/,
		cause: 'key-not-found',
		checks: ['key'],
		explanation: 'The JWKS JWK::parseKeySet read has no usable key for the token.'
	},
	{
		id: 'php-jwt.algorithm',
		library: PHP_JWT,
		pattern:
			/\bIncorrect key for this algorithm\b|UnexpectedValueException: (?:Empty algorithm|Algorithm not supported)/,
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The token’s alg is not the algorithm of the Key object given to decode (new Key($material, "RS256")).'
	},
	{
		id: 'php-jwt.malformed',
		library: PHP_JWT,
		pattern:
			/\bWrong number of segments\b(?! in token)|Invalid (?:header|claims) encoding|Payload must be a JSON object|Payload (?:iat|nbf|exp) must be a number/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The token is not three base64url parts of JSON, or a time claim is not a number.'
	},
	{
		id: 'lcobucci.expired',
		library: LCOBUCCI,
		pattern: /(?:^|\n)- The token is expired/,
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'LooseValidAt/StrictValidAt found exp at or before now minus its leeway (none by default).'
	},
	{
		id: 'lcobucci.not-yet',
		library: LCOBUCCI,
		pattern: /The token cannot be used yet/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after now plus the constraint’s leeway.'
	},
	{
		id: 'lcobucci.issued-in-future',
		library: LCOBUCCI,
		pattern: /The token was issued in the future/,
		cause: 'not-yet-valid',
		checks: ['iat'],
		explanation: 'iat is after now plus the leeway: the issuer’s clock is ahead.'
	},
	{
		id: 'lcobucci.missing-time',
		library: LCOBUCCI,
		pattern: /"(?:Expiration Time|Not Before|Issued At)" claim missing/,
		cause: 'malformed',
		checks: ['exp', 'nbf', 'iat', 'lifetime'],
		explanation: 'StrictValidAt requires exp, nbf and iat, and one is absent.'
	},
	{
		id: 'lcobucci.issuer',
		library: LCOBUCCI,
		pattern: /The token was not issued by the given issuers/,
		cause: 'issuer',
		checks: ['iss'],
		explanation: 'The token’s iss is none of the IssuedBy constraint’s issuers.'
	},
	{
		id: 'lcobucci.audience',
		library: LCOBUCCI,
		pattern: /The token is not allowed to be used by this audience/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation: 'The PermittedFor constraint’s audience is not in the token’s aud.'
	},
	{
		id: 'lcobucci.signature',
		library: LCOBUCCI,
		pattern: /Token signature mismatch/,
		cause: 'signature',
		checks: ['signature', 'key', 'secret-strength'],
		explanation: 'The SignedWith constraint’s key does not verify the signature.'
	},
	{
		id: 'lcobucci.signer',
		library: LCOBUCCI,
		pattern: /Token signer mismatch/,
		cause: 'algorithm',
		checks: ['algorithm'],
		explanation:
			'The token’s alg is not the SignedWith constraint’s signer (e.g. Sha256 for HS256).'
	},
	{
		id: 'lcobucci.structure',
		library: LCOBUCCI,
		pattern:
			/The JWT string must have two dots|The JWT string is missing the (?:Header|Claim|Signature) part|Error while decoding from (?:JSON|Base64Url)[^\n]*/,
		cause: 'malformed',
		checks: ['structure'],
		explanation: 'The Parser could not split or decode the token.'
	}
];
