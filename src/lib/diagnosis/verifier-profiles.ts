// The defaults of widely used verifiers, as their documentation and source state them. Each value cites where
// it comes from; these are the defaults a developer gets by calling the library's verify with only a key (and
// the audience/issuer the page's inputs give), not what a particular deployment configured.

/** How a verifier treats a claim the API did not configure a value for. */
export type ClaimRule =
	/** Checked only when the API passes an expected value. */
	| 'when-configured'
	/** Validated by default: with no expected value configured, every token is refused. */
	| 'required'
	/** Checked when configured; when not, a token that carries the claim is refused. */
	| 'refuse-unexpected';

export interface VerifierProfile {
	id: 'jsonwebtoken' | 'pyjwt' | 'identitymodel' | 'spring-security' | 'golang-jwt' | 'jose';
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
	/** Algorithms accepted by default when nothing is configured, by key kind; absent: the caller chooses. */
	defaultAlgorithms?: { secret: string[]; publicKey: string[] };
	/** The defaults in one line, for the table. */
	summary: string;
	sources: string[];
}

export const VERIFIER_PROFILES: readonly VerifierProfile[] = [
	{
		id: 'jsonwebtoken',
		name: 'node jsonwebtoken 9',
		// verify.js: `clockTolerance` defaults to 0; "if (clockTimestamp >= payload.exp + clockTolerance)" is
		// expired; nbf "payload.nbf > clockTimestamp + clockTolerance"; aud/iss only "if (options.audience)" /
		// "if (options.issuer)"; exp is checked only when present ("if (typeof payload.exp !== 'undefined' ...").
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		summary: 'no leeway; exp checked if present; aud and iss only when given',
		sources: [
			'https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback',
			'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js'
		]
	},
	{
		id: 'pyjwt',
		name: 'PyJWT 2',
		// api_jwt.py: leeway=0; `options["require"]` is [] so exp is optional; "if exp <= (now - leeway)" raises
		// ExpiredSignatureError; "if iat > (now + leeway)" raises ImmatureSignatureError (2.10+); _validate_aud:
		// "if audience is None: ... the token has the 'aud' claim → raise InvalidAudienceError".
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: true,
		audience: 'refuse-unexpected',
		issuer: 'when-configured',
		summary:
			'no leeway; exp checked if present; a token with aud is refused unless an audience is given',
		sources: [
			'https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode',
			'https://github.com/jpadilla/pyjwt/blob/master/jwt/api_jwt.py'
		]
	},
	{
		id: 'identitymodel',
		name: 'Microsoft.IdentityModel (JwtSecurityTokenHandler / JsonWebTokenHandler)',
		// TokenValidationParameters: DefaultClockSkew = 300 seconds; ValidateAudience, ValidateIssuer,
		// ValidateLifetime and RequireExpirationTime default to true. Validators.ValidateLifetime: expired when
		// "expires.Value < DateTime.UtcNow.Add(clockSkew.Negate())".
		leewaySeconds: 300,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: true,
		iatInFutureRefused: false,
		audience: 'required',
		issuer: 'required',
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
		// NimbusJwtDecoder trusts RS256 only unless configured (HS256 for withSecretKey).
		leewaySeconds: 60,
		expiredAt: 'before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		defaultAlgorithms: { secret: ['HS256'], publicKey: ['RS256'] },
		summary: '60 s clock skew; exp checked if present; RS256 only unless configured',
		sources: [
			'https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html',
			'https://github.com/spring-projects/spring-security/blob/main/oauth2/oauth2-jose/src/main/java/org/springframework/security/oauth2/jwt/JwtTimestampValidator.java'
		]
	},
	{
		id: 'golang-jwt',
		name: 'golang-jwt v5',
		// validator.go: leeway 0 unless WithLeeway; exp required only WithExpirationRequired; aud only
		// WithAudience, iss only WithIssuer; iat only WithIssuedAt; expired unless "now.Before(exp.Add(+leeway))".
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'exact',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		summary: 'no leeway; exp checked if present; aud and iss only when given',
		sources: [
			'https://pkg.go.dev/github.com/golang-jwt/jwt/v5#ParserOption',
			'https://github.com/golang-jwt/jwt/blob/main/validator.go'
		]
	},
	{
		id: 'jose',
		name: 'jose (panva) jwtVerify',
		// jwt_claims_set.ts: clockTolerance 0; "exp <= now - tolerance" is expired; "nbf > now + tolerance";
		// audience/issuer checked only when passed; exp required only via requiredClaims.
		leewaySeconds: 0,
		expiredAt: 'at-or-before',
		clock: 'whole-seconds',
		expRequired: false,
		iatInFutureRefused: false,
		audience: 'when-configured',
		issuer: 'when-configured',
		summary: 'no leeway; exp checked if present; aud and iss only when given',
		sources: [
			'https://github.com/panva/jose/blob/main/docs/jwt/verify/interfaces/JWTVerifyOptions.md',
			'https://github.com/panva/jose/blob/main/src/lib/jwt_claims_set.ts'
		]
	}
];
