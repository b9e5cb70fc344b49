// Microsoft Entra ID (Azure AD): v1.0 and v2.0 tokens in every cloud, Azure AD B2C, External ID, and the
// Microsoft Graph access tokens only Graph can verify.
import type { Detector, Provider, ProviderFacts, ProviderTokenKind, TokenShape } from './types';
import {
	GUID,
	audiences,
	has,
	issEvidence,
	issuerUrl,
	labelUnder,
	labelled,
	presenceEvidence,
	stringMember,
	valueEvidence,
	type IssuerUrl
} from './read';

type Cloud = NonNullable<ProviderFacts['cloud']>;

// v1.0 issuers are `https://sts.windows.net/{tid}/` in the global cloud and Azure Government, and
// `https://sts.chinacloudapi.cn/{tid}/` in Azure China; v2.0 issuers are `https://{login host}/{tid}/v2.0`
// (learn.microsoft.com/entra/identity-platform/id-token-claims-reference; the sovereign clouds:
// learn.microsoft.com/en-us/answers/questions/1190472/what-are-the-token-issuers-for-the-sovereign-cloud).
// `sts.microsoftonline.de` is the retired German cloud's v1 host, which Azure/Azurite still accepts
// (Azure/Azurite, its OAuth tests: "Should work with valid issuers").
const V1_HOSTS: ReadonlyMap<string, Cloud> = new Map([
	['sts.windows.net', 'global'],
	['sts.chinacloudapi.cn', 'china'],
	['sts.microsoftonline.de', 'germany']
]);
// The login hosts and their aliases, as Entra's instance discovery lists them
// (https://login.microsoftonline.com/common/discovery/instance?api-version=1.1, "metadata[].aliases").
const V2_HOSTS: ReadonlyMap<string, Cloud> = new Map([
	['login.microsoftonline.com', 'global'],
	['login.windows.net', 'global'],
	['login.microsoft.com', 'global'],
	['login.microsoftonline.us', 'us-government'],
	['login.usgovcloudapi.net', 'us-government'],
	['login-us.microsoftonline.com', 'us-government'],
	['login.partner.microsoftonline.cn', 'china'],
	['login.chinacloudapi.cn', 'china'],
	['login.microsoftonline.de', 'germany']
]);

const CLOUD_NAMES: Record<Cloud, string> = {
	global: '',
	'us-government': ' (Azure Government)',
	china: ' (Azure China, operated by 21Vianet)',
	germany: ' (Azure Germany)'
};

// Microsoft Graph's resource: its application ID and its URLs in each cloud
// (learn.microsoft.com/graph/deployments#microsoft-graph-and-graph-explorer-service-root-endpoints). Its access
// tokens carry a `nonce` in the header, and their signature is made over a transformed nonce, so it never
// verifies for anyone but Graph (AzureAD/microsoft-authentication-library-for-js#4702).
const GRAPH_AUDIENCES: ReadonlySet<string> = new Set([
	'00000003-0000-0000-c000-000000000000',
	'https://graph.microsoft.com',
	'https://graph.microsoft.com/',
	'https://graph.microsoft.us',
	'https://graph.microsoft.us/',
	'https://dod-graph.microsoft.us',
	'https://dod-graph.microsoft.us/',
	'https://microsoftgraph.chinacloudapi.cn',
	'https://microsoftgraph.chinacloudapi.cn/'
]);

/** Recognises a token Microsoft Entra ID issued, by the exact host and path of its `iss`. */
export const detectEntra: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	if (iss === undefined) return undefined;
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https' || url.port !== undefined) return undefined;
	return workforce(token, iss, url) ?? b2c(token, iss, url) ?? externalId(token, iss, url);
};

/** v1.0 (`sts.windows.net/{tid}/`) or v2.0 (`login.microsoftonline.com/{tid}/v2.0`), in any cloud. */
function workforce(token: TokenShape, iss: string, url: IssuerUrl): Provider | undefined {
	const v1 = /^\/([0-9a-fA-F-]{36})\/$/.exec(url.path);
	const v2 = /^\/([0-9a-fA-F-]{36})\/v2\.0$/.exec(url.path);
	const v1Cloud = V1_HOSTS.get(url.host);
	const v2Cloud = V2_HOSTS.get(url.host);
	let version: 'v1.0' | 'v2.0';
	let cloud: Cloud;
	let tenantId: string;
	if (v1Cloud && v1 && GUID.test(v1[1]!)) [version, cloud, tenantId] = ['v1.0', v1Cloud, v1[1]!];
	else if (v2Cloud && v2 && GUID.test(v2[1]!))
		[version, cloud, tenantId] = ['v2.0', v2Cloud, v2[1]!];
	else return undefined;

	const evidence = [issEvidence(iss)];
	const ver = stringMember(token.claims, 'ver');
	if (ver !== undefined) evidence.push(valueEvidence('ver', ver));
	const tid = stringMember(token.claims, 'tid');
	if (tid !== undefined) evidence.push(valueEvidence('tid', tid));
	const graph = isGraphToken(token);
	if (graph) evidence.push(presenceEvidence('nonce', 'header'), graphAudienceEvidence(token));
	const tokenKind = graph ? 'access-token' : entraTokenKind(token);
	const base = graph
		? `Microsoft Graph access token (Microsoft Entra ID ${version})`
		: `Microsoft Entra ID ${version}`;
	return {
		id: 'entra-id',
		name: 'Microsoft Entra ID',
		variant: version,
		...(tokenKind ? { tokenKind } : {}),
		label: (graph ? base : labelled(base, tokenKind)) + CLOUD_NAMES[cloud],
		evidence,
		facts: {
			issuerHost: url.host,
			tenantId: tid ?? tenantId,
			cloud,
			...(graph ? { microsoftGraph: true } : {})
		}
	};
}

// Azure AD B2C issuers: `https://{tenant}.b2clogin.com/{tenant id}/v2.0/`, and the legacy form with the user
// flow in the path, `https://{host}/tfp/{tenant id}/{policy}/v2.0/` (AzureAD/microsoft-identity-web PR#340,
// #1249; MicrosoftDocs/azure-docs#17706).
function b2c(token: TokenShape, iss: string, url: IssuerUrl): Provider | undefined {
	const tenantName = labelUnder(url, 'b2clogin.com');
	const legacy = /^\/tfp\/([^/]+)\/([^/]+)\/v2\.0\/?$/.exec(url.path);
	const current = /^\/([^/]+)\/v2\.0\/?$/.exec(url.path);
	const onLoginHost = url.host === 'login.microsoftonline.com' && legacy;
	if (!(tenantName && (legacy || current)) && !onLoginHost) return undefined;
	const tenant = (legacy ?? current)![1]!;
	const policy =
		legacy?.[2] ?? stringMember(token.claims, 'tfp') ?? stringMember(token.claims, 'acr');
	const evidence = [issEvidence(iss)];
	if (has(token.claims, 'tfp'))
		evidence.push(valueEvidence('tfp', stringMember(token.claims, 'tfp') ?? ''));
	const tokenKind = entraTokenKind(token);
	return {
		id: 'entra-id',
		name: 'Microsoft Entra ID',
		variant: 'b2c',
		...(tokenKind ? { tokenKind } : {}),
		label: labelled('Azure AD B2C', tokenKind),
		evidence,
		facts: {
			issuerHost: url.host,
			...(GUID.test(tenant) ? { tenantId: tenant } : {}),
			...(tenantName ? { tenantName } : {}),
			...(policy !== undefined ? { policy } : {})
		}
	};
}

// Microsoft Entra External ID (customer tenants) issues from `https://{tenant}.ciamlogin.com/…`
// (azurefeeds.com/2025/04/06/validating-the-id-and-access-jwt-signature-in-entra-external-id); the path
// after the host is not confirmed, so any path is accepted under that exact host suffix.
function externalId(token: TokenShape, iss: string, url: IssuerUrl): Provider | undefined {
	const tenantName = labelUnder(url, 'ciamlogin.com');
	if (!tenantName) return undefined;
	const tid = stringMember(token.claims, 'tid');
	const inPath = /^\/([0-9a-fA-F-]{36})(?:\/|$)/.exec(url.path)?.[1];
	const tenantId = tid ?? (inPath && GUID.test(inPath) ? inPath : undefined);
	const evidence = [issEvidence(iss)];
	if (tid !== undefined) evidence.push(valueEvidence('tid', tid));
	const tokenKind = entraTokenKind(token);
	return {
		id: 'entra-id',
		name: 'Microsoft Entra ID',
		variant: 'external-id',
		...(tokenKind ? { tokenKind } : {}),
		label: labelled('Microsoft Entra External ID', tokenKind),
		evidence,
		facts: { issuerHost: url.host, tenantName, ...(tenantId ? { tenantId } : {}) }
	};
}

/** A Graph access token: a `nonce` in the header and Graph's audience. */
function isGraphToken(token: TokenShape): boolean {
	return has(token.header, 'nonce') && audiences(token.claims).some((a) => GRAPH_AUDIENCES.has(a));
}

function graphAudienceEvidence(token: TokenShape): string {
	const aud = audiences(token.claims).find((a) => GRAPH_AUDIENCES.has(a))!;
	return valueEvidence('aud', aud);
}

// Access tokens name the calling client (`appid` in v1.0, `azp` in v2.0) and carry the granted scopes or app
// roles (`scp`, `roles`), `idtyp` and the client's authentication (`appidacr`, `azpacr`); ID tokens carry
// `nonce`, `at_hash` or `c_hash` instead (learn.microsoft.com/entra/identity-platform/access-token-claims-reference,
// id-token-claims-reference).
const ACCESS_SIGNALS = ['scp', 'appid', 'azp', 'idtyp', 'appidacr', 'azpacr'];
const ID_SIGNALS = ['nonce', 'at_hash', 'c_hash'];

function entraTokenKind(token: TokenShape): ProviderTokenKind | undefined {
	if (ACCESS_SIGNALS.some((name) => has(token.claims, name))) return 'access-token';
	if (ID_SIGNALS.some((name) => has(token.claims, name))) return 'id-token';
	return undefined;
}
