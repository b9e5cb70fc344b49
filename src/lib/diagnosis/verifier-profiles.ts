// The defaults of widely used verifiers, as their documentation and source state them. Each value cites where
// it comes from; these are the defaults a developer gets by calling the library's verify with only a key (and
// the audience/issuer the page's inputs give), not what a particular deployment configured.

/** How a verifier treats a claim the API did not configure a value for. */
export type ClaimRule =
	/** Checked only when the API passes an expected value. */
	| 'when-configured'
	/** Checked only when configured and the token carries the claim: a token without it passes (fast-jwt). */
	| 'when-present'
	/** Validated by default: with no expected value configured, every token is refused. */
	| 'required'
	/** Checked when configured; when not, a token that carries the claim is refused. */
	| 'refuse-unexpected'
	/** Never checked by the library: the application has to compare it itself. */
	| 'not-checked';

export interface VerifierProfile {
	id:
		| 'jsonwebtoken'
		| 'express-jwt'
		| 'fast-jwt'
		| 'jose'
		| 'aws-jwt-verify'
		| 'pyjwt'
		| 'identitymodel'
		| 'spring-security'
		| 'golang-jwt'
		| 'ruby-jwt'
		| 'php-jwt'
		| 'java-jwt';
	name: string;
	/** Default clock leeway in seconds, applied to exp, nbf (and iat where checked). */
	leewaySeconds: number;
	/** Whether exp equal to now (after leeway) is already expired (`<=`), or only once past (`<`). */
	expiredAt: 'at-or-before' | 'before';
	/** Whether the library compares whole seconds (it floors "now") or the exact instant. */
	clock: 'whole-seconds' | 'exact';
	expRequired: boolean;
	/** Whether an iat in the future (beyond the leeway) is refused by default. */
	iatInFutureRefused: boolean;
	audience: ClaimRule;
	issuer: ClaimRule;
	/** Every `alg` the library can verify at all (RFC 7518 names); a token with another is refused. */
	algorithms: readonly string[];
	/** Algorithms accepted by default when nothing is configured, by key kind; absent: the caller chooses. */
	defaultAlgorithms?: { secret: string[]; publicKey: string[] };
	/**
	 * A `crit` extension it does not understand (RFC 7515 §4.1.11 says: refuse): refused, silently ignored, or
	 * not established from the library's source (the table then cannot tell).
	 */
	crit: 'refuse-unknown' | 'ignore' | 'unknown';
	/** exp/nbf/iat written as a string of digits ("1796120000"): refused, read as the number, or not established. */
	numericStrings: 'refused' | 'read-as-number' | 'unknown';
	/** Whether, given a key set, it needs the token's kid to pick a key (no kid: refused). */
	kidRequired: boolean;
	/** Whether it judges Cognito tokens as CognitoJwtVerifier does (token_use, client_id). */
	cognito?: boolean;
	/** The defaults in one line, for the table. */
	summary: string;
	sources: string[];
}

const HS = ['HS256', 'HS384', 'HS512'];
const RS = ['RS256', 'RS384', 'RS512'];
const PS = ['PS256', 'PS384', 'PS512'];
const ES = ['ES256', 'ES384', 'ES512'];

/** jsonwebtoken 9, which express-jwt 8 wraps: express-jwt hands its options to jsonwebtoken.verify. */
const JSONWEBTOKEN = {
	// verify.js: `clockTolerance` defaults to 0; "if (clockTimestamp >= payload.exp + clockTolerance)" is
	// expired; nbf "payload.nbf > clockTimestamp + clockTolerance"; aud/iss only "if (options.audience)" /
	// "if (options.issuer)"; exp is checked only when present ("if (typeof payload.exp !== 'undefined' ...") and
	// must be a number ("if (typeof payload.exp !== 'number') ... 'invalid exp value'").
	leewaySeconds: 0,
	expiredAt: 'at-or-before',
	clock: 'whole-seconds',
	expRequired: false,
	iatInFutureRefused: false,
	audience: 'when-configured',
	issuer: 'when-configured',
	// verify.js lines 11-19: PUB_KEY_ALGS / RSA_KEY_ALGS / EC_KEY_ALGS / HS_ALGS; an Ed25519 key falls to
	// PUB_KEY_ALGS (RS*, PS*), so EdDSA is always "invalid algorithm".
	algorithms: [...HS, ...RS, ...PS, ...ES],
	// verify.js reads no `crit` (auth0/node-jsonwebtoken issue #1032): an unknown extension is ignored.
	crit: 'ignore',
	numericStrings: 'refused',
	kidRequired: false
} as const;
export const VERIFIER_PROFILES: readonly VerifierProfile[] = [
	{
		id: 'jsonwebtoken',
		name: 'node jsonwebtoken 9',
		...JSONWEBTOKEN,
		summary:
			'no leeway; exp checked if present; aud and iss only when given; no EdDSA; crit ignored',
		sources: [
			'https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback',
			'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js'
		]
	},
	{
		id: 'express-jwt',
		name: 'express-jwt 8',
		// dist/index.js: "if (!options.algorithms) throw new RangeError('express-jwt: `algorithms` is a required
		// option')", then "jwt.verify(token, key, options)": jsonwebtoken's rules with the algorithms the API lists
		// (the table assumes the key's own, as the README's `algorithms: ["RS256"]` / `["HS256"]` do).
		...JSONWEBTOKEN,
		summary: 'jsonwebtoken underneath; `algorithms` must be listed; no EdDSA; crit ignored',
		sources: [
			'https://github.com/auth0/express-jwt#usage',
			'https://github.com/auth0/express-jwt/blob/master/src/index.ts'
		]
	},
	{
		id: 'fast-jwt',
		name: 'fast-jwt 6',
		// src/verifier.js createVerifier: `clockTolerance: 0`; validateClaimDateValue: exp valid while
		// "now <= exp * 1000 + clockTolerance" (ms clock); nbf valid once "now >= nbf * 1000 - clockTolerance";
		// validateClaimType: dates must be numbers ("The exp claim must be a number."); allowedAud / allowedIss
		// validators are skipped "if (!(claim in payload))", so a token without aud passes unless requiredClaims
		// lists it; validateCrit: "Critical extension … is not supported." unless in allowedCritHeaders.
		// src/crypto.js: hsAlgorithms, esAlgorithms, rsaAlgorithms (RS*, PS*), edAlgorithms ['EdDSA'].
		leewaySeconds: 0,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-present',
		issuer: 'when-present',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'EdDSA'],
		crit: 'refuse-unknown',
		numericStrings: 'refused',
		kidRequired: false,
		summary: 'no leeway; aud and iss checked only if the token has them; unknown crit refused',
		sources: [
			'https://github.com/nearform/fast-jwt#createverifier',
			'https://github.com/nearform/fast-jwt/blob/master/src/verifier.js'
		]
	},
	{
		id: 'jose',
		name: 'jose (panva) jwtVerify',
		// lib/jwt_claims_set.js: clockTolerance 0; "exp <= now - tolerance" is expired; "nbf > now + tolerance";
		// audience/issuer checked only when passed (and then required); exp required only via requiredClaims;
		// validateNumericDate: '"exp" claim must be a number'. lib/validate.js validateCrit: 'Extension Header
		// Parameter "…" is not recognized' (JOSENotSupported). No ES256K in v6.
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'EdDSA', 'Ed25519'],
		crit: 'refuse-unknown',
		numericStrings: 'refused',
		kidRequired: false,
		summary: 'no leeway; exp checked if present; aud and iss only when given; unknown crit refused',
		sources: [
			'https://github.com/panva/jose/blob/main/docs/jwt/verify/interfaces/JWTVerifyOptions.md',
			'https://github.com/panva/jose/blob/main/src/lib/jwt_claims_set.ts',
			'https://github.com/panva/jose/blob/main/src/lib/validate_crit.ts'
		]
	},
	{
		id: 'aws-jwt-verify',
		name: 'aws-jwt-verify 5 (JwtVerifier / CognitoJwtVerifier)',
		// dist/cjs/jwt.js validateJwtFields: graceSeconds 0; expired when "payload.exp + graceSeconds < now"
		// (Date.now() / 1000, exact); "issuer must be provided or set to null explicitly", likewise audience;
		// assertJwtPayload: "JWT payload exp claim is not a number". jwt-verifier.js supportedSignatureAlgorithms:
		// RS256-512, ES256-512, EdDSA (no HS*, no PS*: it verifies with a JWKS only). jwk.js getCachedJwk: "JWT
		// header does not have valid kid claim"; no `crit` handling. cognito-verifier.js: token_use must be "id"
		// or "access", and the clientId is checked against aud (id tokens) or client_id (access tokens).
		leewaySeconds: 0,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'required',
		issuer: 'required',
		algorithms: [...RS, ...ES, 'EdDSA'],
		crit: 'ignore',
		numericStrings: 'refused',
		kidRequired: true,
		cognito: true,
		summary: 'issuer and audience must be configured; JWKS only (no HS*, no PS*); kid required',
		sources: [
			'https://github.com/awslabs/aws-jwt-verify#readme',
			'https://github.com/awslabs/aws-jwt-verify/blob/main/src/jwt.ts',
			'https://github.com/awslabs/aws-jwt-verify/blob/main/src/jwt-verifier.ts',
			'https://github.com/awslabs/aws-jwt-verify/blob/main/src/cognito-verifier.ts'
		]
	},
	{
		id: 'pyjwt',
		name: 'PyJWT 2',
		// jwt/api_jwt.py: leeway=0; `options["require"]` is [] so exp is optional; _validate_exp does
		// "exp = int(payload["exp"])" (so "1796120000" is read as a number) and "if exp <= (now - leeway)" raises
		// ExpiredSignatureError; _validate_iat: "if iat > (now + leeway)" raises ImmatureSignatureError;
		// _validate_aud: "if audience is None: ... the token has the 'aud' claim → raise InvalidAudienceError".
		// 2.12.0 refuses an unknown crit ("Unsupported critical extension", CVE-2026-32597). jwt/algorithms.py
		// get_default_algorithms: HS*, RS*, PS*, ES256, ES256K, ES384, ES512, EdDSA (with cryptography).
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: true,
		audience: 'refuse-unexpected',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'ES256K', 'EdDSA'],
		crit: 'refuse-unknown',
		numericStrings: 'read-as-number',
		kidRequired: false,
		summary:
			'no leeway; exp checked if present (digit strings read as numbers); a token with aud is refused unless an audience is given',
		sources: [
			'https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode',
			'https://github.com/jpadilla/pyjwt/blob/master/jwt/api_jwt.py',
			'https://www.cve.org/CVERecord?id=CVE-2026-32597'
		]
	},
	{
		id: 'identitymodel',
		name: 'Microsoft.IdentityModel (JwtSecurityTokenHandler / JsonWebTokenHandler)',
		// TokenValidationParameters: DefaultClockSkew = 300 seconds; ValidateAudience, ValidateIssuer,
		// ValidateLifetime and RequireExpirationTime default to true. Validators.ValidateLifetime: expired when
		// "expires.Value < DateTime.UtcNow.Add(clockSkew.Negate())". No EdDSA or ES256K in its crypto provider.
		// Its handling of an unknown `crit` was not established from source: the table cannot tell.
		leewaySeconds: 300,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: true,
		iatInFutureRefused: false,
		audience: 'required',
		issuer: 'required',
		algorithms: [...HS, ...RS, ...PS, ...ES],
		crit: 'unknown',
		numericStrings: 'refused',
		kidRequired: false,
		summary: '5 min clock skew; exp required; audience and issuer must be configured and match',
		sources: [
			'https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.tokens.tokenvalidationparameters.defaultclockskew',
			'https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.tokens.tokenvalidationparameters.validateaudience',
			'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/Validators.cs'
		]
	},
	{
		id: 'spring-security',
		name: 'Spring Security (NimbusJwtDecoder + JwtTimestampValidator)',
		// JwtTimestampValidator: DEFAULT_MAX_CLOCK_SKEW = 60 s; expired when "now.minus(clockSkew).isAfter(expiry)",
		// exp and nbf checked only when present. JwtValidators.createDefault() adds no aud/iss check; the issuer
		// is checked when configured (issuer-uri → createDefaultWithIssuer), the audience when configured.
		// NimbusJwtDecoder trusts RS256 only unless configured (HS256 for withSecretKey). Nimbus JWTClaimsSet.parse
		// reads exp with JSONObjectUtils.getLong (a string is a ParseException); Nimbus's JWS verifiers refuse a
		// crit parameter they do not defer (CriticalHeaderParamsDeferral).
		leewaySeconds: 60,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'ES256K', 'EdDSA', 'Ed25519'],
		defaultAlgorithms: { secret: ['HS256'], publicKey: ['RS256'] },
		crit: 'refuse-unknown',
		numericStrings: 'refused',
		kidRequired: false,
		summary: '60 s clock skew; exp checked if present; RS256 only unless configured',
		sources: [
			'https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html',
			'https://github.com/spring-projects/spring-security/blob/main/oauth2/oauth2-jose/src/main/java/org/springframework/security/oauth2/jwt/JwtTimestampValidator.java',
			'https://bitbucket.org/connect2id/nimbus-jose-jwt/src/master/src/main/java/com/nimbusds/jose/crypto/impl/CriticalHeaderParamsDeferral.java'
		]
	},
	{
		id: 'golang-jwt',
		name: 'golang-jwt v5',
		// validator.go: leeway 0 unless WithLeeway; exp required only WithExpirationRequired; aud only
		// WithAudience, iss only WithIssuer; iat only WithIssuedAt; expired unless "now.Before(exp.Add(+leeway))".
		// types.go NumericDate.UnmarshalJSON: "json.Unmarshal(b, &number)" into a json.Number, which Go also fills
		// from a JSON string holding a number, so "1796120000" is read. parser.go reads no crit. Signing methods:
		// HS*, RS*, PS*, ES256-512, EdDSA.
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'EdDSA'],
		crit: 'ignore',
		numericStrings: 'read-as-number',
		kidRequired: false,
		summary: 'no leeway; exp checked if present; aud and iss only when given; crit ignored',
		sources: [
			'https://pkg.go.dev/github.com/golang-jwt/jwt/v5#ParserOption',
			'https://github.com/golang-jwt/jwt/blob/main/validator.go',
			'https://github.com/golang-jwt/jwt/blob/main/types.go'
		]
	},
	{
		id: 'ruby-jwt',
		name: 'ruby-jwt 3',
		// lib/jwt/configuration/decode_configuration.rb: leeway 0, verify_iat/verify_aud/verify_iss false (the
		// API passes aud:/iss: with verify_aud:/verify_iss: true); lib/jwt/claims/expiration.rb: "payload['exp'].to_i
		// <= (Time.now.to_i - leeway)" (a digit string is read; "tomorrow".to_i is 0, expired); claims/audience.rb
		// "Invalid audience. Expected …, received …"; claims/crit.rb runs only when the API configures crit.
		// lib/jwt/jwa: HS*, RS*, PS*, ES256-512, ES256K; EdDSA moved to the separate jwt-eddsa gem in 3.0.
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...PS, ...ES, 'ES256K'],
		crit: 'ignore',
		numericStrings: 'read-as-number',
		kidRequired: false,
		summary: 'no leeway; aud and iss only with verify_aud / verify_iss; no EdDSA without jwt-eddsa',
		sources: [
			'https://github.com/jwt/ruby-jwt#readme',
			'https://github.com/jwt/ruby-jwt/blob/main/lib/jwt/configuration/decode_configuration.rb',
			'https://github.com/jwt/ruby-jwt/blob/main/lib/jwt/claims/expiration.rb'
		]
	},
	{
		id: 'php-jwt',
		name: 'firebase/php-jwt 6',
		// src/JWT.php decode: `$leeway = 0`; nbf "> ($timestamp + static::$leeway)" and iat "> ($timestamp +
		// static::$leeway)" raise BeforeValidException; "($timestamp - static::$leeway) >= $payload->exp" raises
		// ExpiredException; no aud or iss check at all (the application compares them); getKey with a key set:
		// '"kid" empty, unable to lookup correct key' / '"kid" invalid'. $supported_algs: ES384, ES256, ES256K,
		// HS*, RS*, EdDSA (no PS*, no ES512). No crit handling. A digit-string exp was not established from
		// source (tests/JWTTest.php only shows 'Payload exp must be a number' for "not-an-int").
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: true,
		audience: 'not-checked',
		issuer: 'not-checked',
		algorithms: [...HS, ...RS, 'ES256', 'ES384', 'ES256K', 'EdDSA'],
		crit: 'ignore',
		numericStrings: 'unknown',
		kidRequired: true,
		summary: 'no leeway; iat in the future refused; aud and iss never checked; no PS*, no ES512',
		sources: [
			'https://github.com/firebase/php-jwt#readme',
			'https://github.com/firebase/php-jwt/blob/main/src/JWT.php'
		]
	},
	{
		id: 'java-jwt',
		name: 'Auth0 java-jwt 4',
		// lib/src/main/java/com/auth0/jwt/JWTVerifier.java: leeway 0; assertInstantIsFuture "now.minus(leeway)
		// .isBefore(claimVal)" ("The Token has expired on …"); iat and nbf "The Token can't be used before …"
		// (iat checked unless ignoreIssuedAt()); aud/iss only withAudience / withIssuer. impl/PayloadDeserializer
		// getInstantFromSeconds: "The claim '%s' contained a non-numeric date value." for any string. Algorithm:
		// HMAC256-512, RSA256-512, ECDSA256-512 (no PS*, no EdDSA, ES256K removed in 4.0). No crit support
		// (auth0/java-jwt issue #492).
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: true,
		audience: 'when-configured',
		issuer: 'when-configured',
		algorithms: [...HS, ...RS, ...ES],
		crit: 'ignore',
		numericStrings: 'refused',
		kidRequired: false,
		summary: 'no leeway; iat in the future refused; aud and iss only when given; no PS*, no EdDSA',
		sources: [
			'https://github.com/auth0/java-jwt#verify-a-jwt',
			'https://github.com/auth0/java-jwt/blob/master/lib/src/main/java/com/auth0/jwt/JWTVerifier.java'
		]
	}
];
