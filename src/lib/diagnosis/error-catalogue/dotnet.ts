// Messages printed by Microsoft.IdentityModel (JwtSecurityTokenHandler, JsonWebTokenHandler, and so ASP.NET
// Core's JwtBearer). Each starts with a stable IDX code; the text after it varies between versions, so the
// code is what is matched. With PII hidden, values read "[PII of type '…' is hidden …]".
// Source: https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/LogMessages.cs
// and src/System.IdentityModel.Tokens.Jwt/LogMessages.cs
import type { ErrorEntry } from './entry';

const IDENTITY_MODEL = 'Microsoft.IdentityModel (.NET)';

/** An IDX code as printed, followed by its message. */
const idx = (code: number): RegExp => new RegExp(`\\bIDX${code}\\b:?[^\\n]*`);

export const DOTNET_ERRORS: ErrorEntry[] = [
	{
		id: 'identitymodel.IDX10223',
		library: IDENTITY_MODEL,
		pattern: idx(10223),
		cause: 'expired',
		checks: ['exp'],
		explanation:
			'Lifetime validation failed, the token is expired: ValidTo is before now minus ClockSkew (5 minutes by default).'
	},
	{
		id: 'identitymodel.IDX10222',
		library: IDENTITY_MODEL,
		pattern: idx(10222),
		cause: 'not-yet-valid',
		checks: ['nbf'],
		explanation: 'The token is not yet valid: ValidFrom (nbf) is after now plus ClockSkew.'
	},
	{
		id: 'identitymodel.IDX10225',
		library: IDENTITY_MODEL,
		pattern: idx(10225),
		cause: 'expired',
		checks: ['exp', 'lifetime'],
		explanation: 'The token has no exp, and RequireExpirationTime is true by default.'
	},
	{
		id: 'identitymodel.IDX10230',
		library: IDENTITY_MODEL,
		pattern: idx(10230),
		cause: 'expired',
		checks: ['exp', 'nbf'],
		explanation:
			'A custom LifetimeValidator returned false: look at exp and nbf against that delegate’s rule.'
	},
	{
		id: 'identitymodel.IDX10214',
		library: IDENTITY_MODEL,
		pattern: idx(10214),
		cause: 'audience',
		checks: ['aud', 'token-use'],
		explanation:
			'None of the token’s audiences is ValidAudience/ValidAudiences. With Entra ID, v2 tokens carry the client ID GUID, v1 the "api://…" App ID URI.'
	},
	{
		id: 'identitymodel.IDX10206',
		library: IDENTITY_MODEL,
		pattern: idx(10206),
		cause: 'audience',
		checks: ['aud'],
		explanation: 'The token has no aud, and audience validation is on by default.'
	},
	{
		id: 'identitymodel.IDX10208',
		library: IDENTITY_MODEL,
		pattern: idx(10208),
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'The API configured no ValidAudience(s) while ValidateAudience is true (the default): a configuration gap, not the token.'
	},
	{
		id: 'identitymodel.IDX10205',
		library: IDENTITY_MODEL,
		pattern: idx(10205),
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'The token’s iss is not ValidIssuer/ValidIssuers. With Entra ID, v1 tokens come from sts.windows.net/{tenant}/, v2 from login.microsoftonline.com/{tenant}/v2.0.'
	},
	{
		id: 'identitymodel.IDX10204',
		library: IDENTITY_MODEL,
		pattern: new RegExp(`${idx(10204).source}|${idx(10211).source}`),
		cause: 'issuer',
		checks: ['iss'],
		explanation:
			'No valid issuer is configured, or the token has no iss, while issuer validation is on.'
	},
	{
		id: 'identitymodel.IDX10500',
		library: IDENTITY_MODEL,
		pattern: idx(10500),
		cause: 'key-not-found',
		checks: ['key'],
		explanation:
			'No signing keys were configured or fetched: check Authority/MetadataAddress and that discovery works.'
	},
	{
		id: 'identitymodel.IDX10501',
		library: IDENTITY_MODEL,
		pattern: idx(10501),
		cause: 'key-not-found',
		checks: ['key', 'signature'],
		explanation:
			'No signing key has the token’s kid: keys were rotated, or the token was issued by another tenant or authority.'
	},
	{
		id: 'identitymodel.IDX10516',
		library: IDENTITY_MODEL,
		pattern: idx(10516),
		cause: 'key-not-found',
		checks: ['key', 'signature'],
		explanation: 'Unable to match the token’s kid to any configured or fetched key.'
	},
	{
		id: 'identitymodel.IDX10503',
		library: IDENTITY_MODEL,
		pattern: idx(10503),
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation:
			'Keys were tried and none verified the signature (or the token has no kid): another key, or a secret in another encoding.'
	},
	{
		id: 'identitymodel.IDX10511',
		library: IDENTITY_MODEL,
		pattern: idx(10511),
		cause: 'signature',
		checks: ['signature', 'key'],
		explanation: 'A key matching the kid was tried and did not verify the signature.'
	},
	{
		id: 'identitymodel.IDX10504',
		library: IDENTITY_MODEL,
		pattern: idx(10504),
		cause: 'algorithm',
		checks: ['algorithm', 'signature'],
		explanation: 'The token is unsigned while RequireSignedTokens is true (the default).'
	},
	{
		id: 'identitymodel.IDX10634',
		library: IDENTITY_MODEL,
		pattern: idx(10634),
		cause: 'algorithm',
		checks: ['algorithm', 'key'],
		explanation:
			'The token’s alg does not fit the key type (e.g. HS256 with an RSA key) or is not supported.'
	},
	{
		id: 'identitymodel.IDX12741',
		library: IDENTITY_MODEL,
		pattern: new RegExp(`${idx(12741).source}|${idx(12709).source}|${idx(14100).source}`),
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The value is not a JWT (three parts for JWS, five for JWE): often the "Bearer " prefix twice, or an opaque token.'
	},
	{
		// IDX10517 (Microsoft.IdentityModel 7+): the token has no kid and no key verified it.
		id: 'identitymodel.IDX10517',
		library: IDENTITY_MODEL,
		pattern: idx(10517),
		cause: 'key-not-found',
		checks: ['key', 'signature'],
		explanation:
			'The token has no kid and none of the keys tried verified it: the issuer signs with another key (or another secret).'
	},
	{
		id: 'identitymodel.IDX10231',
		library: IDENTITY_MODEL,
		pattern: idx(10231),
		cause: 'audience',
		checks: ['aud'],
		explanation:
			'A custom AudienceValidator returned false: look at aud against that delegate’s rule.'
	},
	{
		id: 'identitymodel.IDX10224',
		library: IDENTITY_MODEL,
		pattern: idx(10224),
		cause: 'expired',
		checks: ['exp', 'nbf'],
		explanation: 'nbf is after exp: the token can never be valid.'
	},
	{
		id: 'identitymodel.IDX12729',
		library: IDENTITY_MODEL,
		pattern: new RegExp(`${idx(12729).source}|${idx(12723).source}`),
		cause: 'malformed',
		checks: ['structure'],
		explanation:
			'The header (IDX12729) or payload (IDX12723) is not base64url JSON: a cut or wrapped token, or an opaque one.'
	},
	{
		id: 'identitymodel.IDX10257',
		library: IDENTITY_MODEL,
		pattern: new RegExp(`${idx(10257).source}|${idx(10256).source}`),
		cause: 'malformed',
		checks: ['typ', 'token-use'],
		explanation:
			'The header’s typ is not in ValidTypes (e.g. an ID token where at+jwt is required).'
	}
];
