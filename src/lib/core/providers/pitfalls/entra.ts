// Microsoft Entra ID's pitfalls: the v1.0 vs v2.0 issuer, the App ID URI vs client ID audience, the Microsoft
// Graph access token sent to one's own API, the multi-tenant `{tenantid}` issuer template and B2C's issuers.
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { GUID, issuerUrl } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

// Microsoft Graph's access tokens carry a "nonce" in the header and are signed over a transformed nonce, so
// they "can't be validated" by anyone but Graph: "If you send a Microsoft Graph access token to a non-Microsoft
// Graph resource provider, you will get a signature validation error" (learn.microsoft.com/entra/
// identity-platform/access-tokens; AzureAD/microsoft-authentication-library-for-js#4702). The fix is a token
// for the API's own scope, without User.Read (AzureAD/microsoft-identity-web#744; SO 45317152).
const GRAPH_CAUSE =
	'This is a Microsoft Graph access token: it is signed over a transformed "nonce" (the header\'s), so only Graph can validate it, and its signature never verifies for your API, whatever key you try.';
const GRAPH_FIX =
	'Request a token for your API\'s own scope ("api://{your API\'s client ID}/access_as_user" or "{client ID}/.default"), not for Graph: drop "User.Read" from the requested scopes.';

// The version of an access token follows the registration of the API it is for, not the endpoint the client
// used (AzureAD/microsoft-authentication-library-for-js#560): the API's manifest sets it with
// "accessTokenAcceptedVersion" ("requestedAccessTokenVersion" in the newer manifest), and users waited days for
// a change to apply (AzureAD/microsoft-authentication-library-for-python#600). A token requested for Graph is v1.0
// whatever the API's setting (learn.microsoft.com Q&A 831716).
const V1_TO_V2 =
	'In your API\'s app registration manifest set "accessTokenAcceptedVersion": 2 ("requestedAccessTokenVersion" in the newer manifest), then get a new token; or accept the v1.0 issuer too.';
const V2_TO_V1 =
	'Expect the v2.0 issuer: your API\'s registration asks for v2.0 tokens ("accessTokenAcceptedVersion": 2); or set it back to 1 if your API accepts only v1.0 tokens.';

/** The issuer pitfalls of Entra tokens, when the token's issuer is not the expected one. */
export function entraIssuer(
	context: CheckContext,
	iss: string,
	expected: string
):
	| PitfallOutcome<
			'iss.entra-v1-token' | 'iss.entra-v2-token' | 'iss.entra-tenant-template' | 'iss.entra-b2c'
	  >
	| undefined {
	const { provider } = context;
	if (provider.id !== 'entra-id') return undefined;
	const tid = provider.facts.tenantId;
	// The `common` and `organizations` metadata give the issuer as a template, which tokens never carry: the
	// tenant is substituted before comparing (kilork/openid#70; Microsoft.Identity.Web's AadIssuerValidator).
	const template = /\{tenantid\}|%7Btenantid%7D/i;
	if (tid !== undefined && template.test(expected)) {
		if (expected.replace(template, tid).toLowerCase() === iss.toLowerCase()) {
			return pitfall(context, {
				status: 'fail',
				code: 'iss.entra-tenant-template',
				detail: `Your expected issuer is the multi-tenant template ${quoted(expected)} from the "common"/"organizations" metadata; tokens carry their own tenant (${tid}), so an exact comparison never matches.`,
				fix: `Substitute the token's "tid" into the template before comparing (as Microsoft.Identity.Web's issuer validator does), and accept only the tenants you trust.`
			});
		}
	}
	const theirs = versionOf(iss);
	const ours = versionOf(expected);
	if (theirs && ours && theirs.tenant === ours.tenant && theirs.version !== ours.version) {
		const graph = provider.facts.microsoftGraph === true;
		return pitfall(context, {
			status: 'fail',
			code: theirs.version === 'v1.0' ? 'iss.entra-v1-token' : 'iss.entra-v2-token',
			detail: `The token is an Entra ID ${theirs.version} token (issuer ${quoted(iss)}), and your API expects the ${ours.version} issuer of the same tenant (${quoted(expected)}).${graph ? ' A token requested for Microsoft Graph is v1.0 whatever your API asks for.' : " An access token's version follows the registration of the API it is for, not the endpoint the client used."}`,
			fix: graph ? GRAPH_FIX : theirs.version === 'v1.0' ? V1_TO_V2 : V2_TO_V1
		});
	}
	if (provider.variant === 'b2c') {
		const url = issuerUrl(expected);
		if (url && (url.host === 'login.microsoftonline.com' || url.host.endsWith('.b2clogin.com'))) {
			// Each B2C user flow has its own metadata and issuer, on the b2clogin.com host that issued it; the
			// legacy form carries the policy as `tfp/{tenant}/{policy}` (MicrosoftDocs/azure-docs#17706,
			// AzureAD/microsoft-identity-web PR#340, #1249).
			const policy = provider.facts.policy;
			return pitfall(context, {
				status: 'fail',
				code: 'iss.entra-b2c',
				detail: `The token is an Azure AD B2C token issued by ${quoted(iss)}${policy ? ` for the user flow ${quoted(policy)}` : ''}; your API expects ${quoted(expected)}. B2C issues from its b2clogin.com host, with one issuer per user flow.`,
				fix: `Copy the issuer from the metadata of the host and user flow that issued the token (https://{tenant}.b2clogin.com/{tenant}.onmicrosoft.com/${policy ?? '{user flow}'}/v2.0/.well-known/openid-configuration), or accept each user flow's issuer.`
			});
		}
	}
	return undefined;
}

/** The tenant and version of an Entra issuer in its v1.0 or v2.0 form, in any cloud. */
function versionOf(iss: string): { tenant: string; version: 'v1.0' | 'v2.0' } | undefined {
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https') return undefined;
	const v1 = /^\/([0-9a-f-]{36})\/?$/i.exec(url.path);
	if (v1 && url.host.startsWith('sts.') && GUID.test(v1[1]!))
		return { tenant: v1[1]!.toLowerCase(), version: 'v1.0' };
	const v2 = /^\/([0-9a-f-]{36})\/v2\.0\/?$/i.exec(url.path);
	if (v2 && url.host.startsWith('login') && GUID.test(v2[1]!))
		return { tenant: v2[1]!.toLowerCase(), version: 'v2.0' };
	return undefined;
}

/** The audience pitfalls of Entra tokens, when none of the token's audiences is the expected one. */
export function entraAudience(
	context: CheckContext,
	audiences: string[],
	expected: string
): PitfallOutcome<'aud.graph-token' | 'aud.entra-app-id-uri'> | undefined {
	const { provider } = context;
	if (provider.id !== 'entra-id') return undefined;
	if (provider.facts.microsoftGraph) {
		return pitfall(context, {
			status: 'fail',
			code: 'aud.graph-token',
			detail: `The token is for Microsoft Graph (${audiences.map((a) => quoted(a)).join(', ')}), not for your API (${quoted(expected)}). ${GRAPH_CAUSE.replace(/^This is a Microsoft Graph access token: it/, 'It')}`,
			fix: GRAPH_FIX
		});
	}
	// v2.0 access tokens carry the API's bare client ID as "aud"; the App ID URI ("api://…") appears in v1.0
	// tokens requested by that URI (microsoft/AzureTRE PR#362; thenetworg/oauth2-azure#209: "'api://XXXX' is
	// not equal to 'XXXX'"; SO 40336275).
	const bare = (s: string) => s.replace(/^api:\/\//, '').replace(/\/$/, '');
	const twin = audiences.find((a) => a !== expected && bare(a) === bare(expected));
	if (twin === undefined) return undefined;
	const tokenHasUri = twin.startsWith('api://');
	return pitfall(context, {
		status: 'fail',
		code: 'aud.entra-app-id-uri',
		detail: `The token's audience is ${quoted(twin)} and your API expects ${quoted(expected)}: the same application, once as its App ID URI and once as its client ID. Entra ID v2.0 access tokens carry the client ID, v1.0 tokens the App ID URI they were requested with.`,
		fix: tokenHasUri
			? `Expect ${quoted(twin)}, or set "accessTokenAcceptedVersion": 2 in the API's manifest and expect the client ID ${quoted(bare(twin))}.`
			: `Expect the client ID ${quoted(twin)}: ${provider.variant === 'v2.0' ? 'v2.0 access tokens carry it, not the App ID URI' : 'the token carries it, not the App ID URI'}.`
	});
}

/** The signature pitfall of a Microsoft Graph access token: it never verifies for anyone but Graph. */
export function entraSignature(
	context: CheckContext,
	keySupplied: boolean
): PitfallOutcome<'signature.graph-token'> | undefined {
	if (context.provider.id !== 'entra-id' || !context.provider.facts.microsoftGraph)
		return undefined;
	return pitfall(context, {
		// With a key that did not verify, that is the failure; without one, adding a key would not help.
		status: keySupplied ? 'fail' : 'warn',
		code: 'signature.graph-token',
		detail: keySupplied
			? `The signature does not verify, as expected: ${GRAPH_CAUSE.charAt(0).toLowerCase()}${GRAPH_CAUSE.slice(1)}`
			: `Not verified, and no key would help: ${GRAPH_CAUSE.charAt(0).toLowerCase()}${GRAPH_CAUSE.slice(1)}`,
		fix: GRAPH_FIX
	});
}
