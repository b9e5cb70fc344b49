// The error_description ASP.NET Core's JwtBearer handler puts in `WWW-Authenticate: Bearer
// error="invalid_token", error_description="…"` (only while `IncludeErrorDetails` is true, the default).
// Since .NET 8 the audience and issuer texts quote the TOKEN's value, not the expected one; earlier versions
// print "The audience is invalid" and "The token is expired". Several failures are joined with "; ".
// Source: https://github.com/dotnet/aspnetcore/blob/main/src/Security/Authentication/JwtBearer/src/JwtBearerHandler.cs
// (CreateErrorDescription; dates are printed with CultureInfo.InvariantCulture, "MM/dd/yyyy HH:mm:ss")
import type { ErrorEntry } from './entry';

const JWT_BEARER = 'ASP.NET Core (JwtBearer)';

export const ASPNETCORE_ERRORS: ErrorEntry[] = [
	{
		id: 'aspnetcore.audience',
		library: JWT_BEARER,
		pattern: /\bThe audience (?:'[^'\n]*' )?is invalid\b/,
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'None of the token’s audiences (the quoted value) is in ValidAudience/ValidAudiences, or Audience when set on JwtBearerOptions.'
	},
	{
		id: 'aspnetcore.issuer',
		library: JWT_BEARER,
		pattern: /\bThe issuer (?:'[^'\n]*' )?is invalid\b/,
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss (the quoted value) is not the Authority’s issuer or ValidIssuer(s): check the trailing slash and the v1/v2 endpoint.'
	},
	{
		id: 'aspnetcore.expired',
		library: JWT_BEARER,
		pattern: /\bThe token (?:expired at '[^'\n]*'|is expired)/,
		cause: 'expired',
		checks: ['exp'],
		explanation: 'exp is before the API’s now minus ClockSkew (5 minutes by default).'
	},
	{
		id: 'aspnetcore.not-yet-valid',
		library: JWT_BEARER,
		pattern: /\bThe token is not valid (?:yet|before '[^'\n]*')/,
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'nbf is after the API’s now plus ClockSkew.'
	},
	{
		id: 'aspnetcore.no-expiration',
		library: JWT_BEARER,
		pattern: /\bThe token has no expiration\b/,
		cause: 'expired',
		checks: ['exp', 'lifetime'],
		explanation: 'The token has no exp, and RequireExpirationTime is true by default.'
	},
	{
		id: 'aspnetcore.lifetime',
		library: JWT_BEARER,
		pattern: /\bThe token lifetime is invalid(?:; NotBefore: '[^'\n]*', Expires: '[^'\n]*')?/,
		cause: 'expired',
		checks: ['exp', 'nbf'],
		explanation: 'nbf is after exp, or a custom LifetimeValidator said no.'
	},
	{
		id: 'aspnetcore.key-not-found',
		library: JWT_BEARER,
		pattern: /\bThe signature key was not found\b/,
		cause: 'key-not-found',
		checks: ['key', 'signature'],
		explanation:
			'No signing key has the token’s kid (IDX10501/IDX10516/IDX10517 underneath): the metadata at Authority holds other keys, the token comes from another tenant, or a symmetric IssuerSigningKey does not match.'
	},
	{
		id: 'aspnetcore.signature',
		library: JWT_BEARER,
		pattern: /\bThe signature is invalid\b/,
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'A key was found but does not verify the signature (IDX10511 underneath).'
	}
];
