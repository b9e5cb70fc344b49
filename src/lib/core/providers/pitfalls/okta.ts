// Okta's pitfalls: an access token from the org authorization server, which only Okta can validate, and issuer
// paths that miss "/oauth2".
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { issuerUrl } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

// Org authorization server access tokens "are designed to be used and consumed by Okta only": their kid is not
// in any key set the developer can fetch (support.okta.com/help/s/article/Signature-Validation-Failed-on-
// Access-Token). The fix is a custom authorization server, such as "default" (okta/samples-java-spring PR#102).
const ORG_CAUSE =
	'This is an access token from the Okta org authorization server (issuer with no /oauth2/ path, audience equal to the issuer): only Okta can validate it.';
const ORG_FIX =
	'Get tokens for your API from a custom authorization server, such as https://{your org}.okta.com/oauth2/default, and expect its issuer and audience (api://default by default).';

/** Whether the token is an org authorization server's access token: `iss` without /oauth2/, `aud` == `iss`. */
export function isOktaOrgToken(context: CheckContext): boolean {
	const { provider, token } = context;
	if (provider.id !== 'okta') return false;
	const iss = token.claims?.iss;
	const url = issuerUrl(iss);
	return url !== undefined && (url.path === '' || url.path === '/') && token.claims?.aud === iss;
}

/** The key or signature pitfall of an org server's access token: no key you hold verifies it. */
export function oktaTrust<Code extends 'key.okta-org-server' | 'signature.okta-org-server'>(
	context: CheckContext,
	code: Code
): PitfallOutcome<Code> | undefined {
	if (!isOktaOrgToken(context)) return undefined;
	return pitfall(context, { status: 'fail', code, detail: ORG_CAUSE, fix: ORG_FIX });
}

/** The audience pitfall of an org server's access token. */
export function oktaAudience(
	context: CheckContext,
	expected: string
): PitfallOutcome<'aud.okta-org-server'> | undefined {
	if (!isOktaOrgToken(context)) return undefined;
	return pitfall(context, {
		status: 'fail',
		code: 'aud.okta-org-server',
		detail: `${ORG_CAUSE} Its audience is your Okta org's URL, not ${quoted(expected)}.`,
		fix: ORG_FIX
	});
}

/** The issuer pitfalls of Okta: the org server's token where a custom server's is expected, or no "/oauth2". */
export function oktaIssuer(
	context: CheckContext,
	iss: string,
	expected: string
): PitfallOutcome<'iss.okta-org-server' | 'iss.okta-path'> | undefined {
	if (context.provider.id !== 'okta') return undefined;
	const theirs = issuerUrl(iss);
	const ours = issuerUrl(expected);
	if (!theirs || !ours || theirs.host !== ours.host) return undefined;
	// "/default" without "/oauth2" (okta/okta-oidc-js#998): a custom server's issuer is
	// https://{org}.okta.com/oauth2/{id}, exactly (okta/okta-jwt-verifier-java#93).
	const server = /^\/oauth2\/([^/]+)$/.exec(theirs.path)?.[1];
	if (server !== undefined && ours.path.replace(/\/$/, '') === `/${server}`) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.okta-path',
			detail: `Your expected issuer lacks the "/oauth2" segment: Okta's custom authorization server ${quoted(server)} issues as ${quoted(iss)}.`,
			fix: `Expect ${quoted(iss)}, exactly.`
		});
	}
	if (isOktaOrgToken(context) && /^\/oauth2\//.test(ours.path)) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.okta-org-server',
			detail: `${ORG_CAUSE} Your API expects the custom authorization server ${quoted(expected)}.`,
			fix: `Request the token from ${quoted(expected)} (its /v1/authorize and /v1/token endpoints), not from the org server.`
		});
	}
	return undefined;
}
