// Auth0's pitfalls: the encrypted token Auth0 issues when the authorization request names no audience, a token
// for /userinfo only, and the issuer's custom domain vs tenant domain (and its trailing slash).
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { issuerUrl, member } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

// "If an audience is not specified, Auth0 will assume that the only audience is the /userinfo endpoint and will
// issue an opaque, encrypted token" (Auth0 staff, auth0/nextjs-auth0#1809): a JWE with "alg": "dir" and the
// issuer in its header (oauth2-proxy/oauth2-proxy#3159), which no key the developer holds opens.
const NO_AUDIENCE_FIX =
	'Pass your API\'s identifier as the "audience" parameter of the authorization (or token) request: Auth0 then issues a signed JWT for your API.';

/** The structure pitfall of Auth0: an encrypted token for /userinfo, issued because no audience was asked for. */
export function auth0Structure(
	context: CheckContext
): PitfallOutcome<'structure.auth0-no-audience'> | undefined {
	const { provider, token } = context;
	if (provider.id !== 'auth0' || token.view.kind !== 'jwe') return undefined;
	if (member(token.header, 'alg') !== 'dir') return undefined;
	// A warning, not a failure: the token is a well-formed JWE (RFC 7516), only not one for your API; it is never
	// called valid, and the verdict sentence leads with this cause.
	return pitfall(context, {
		status: 'warn',
		code: 'structure.auth0-no-audience',
		detail: `An encrypted token (JWE, "alg": "dir", "enc": ${quoted(String(member(token.header, 'enc') ?? ''))}) that Auth0 issues when the authorization request names no audience: it is for Auth0's /userinfo endpoint only, and no key you hold can open or verify it.`,
		fix: NO_AUDIENCE_FIX
	});
}

/** The audience pitfall of Auth0: a token whose only audience is the tenant's /userinfo. */
export function auth0Audience(
	context: CheckContext,
	audiences: string[],
	expected: string
): PitfallOutcome<'aud.auth0-userinfo'> | undefined {
	if (context.provider.id !== 'auth0') return undefined;
	if (!audiences.every((a) => /\/userinfo$/.test(a))) return undefined;
	return pitfall(context, {
		status: 'fail',
		code: 'aud.auth0-userinfo',
		detail: `The token's only audience is Auth0's /userinfo endpoint (${audiences.map((a) => quoted(a)).join(', ')}), not your API (${quoted(expected)}): it was requested without an audience.`,
		fix: NO_AUDIENCE_FIX
	});
}

/** The issuer pitfalls of Auth0: a custom domain vs the tenant domain, and the issuer's trailing slash. */
export function auth0Issuer(
	context: CheckContext,
	iss: string,
	expected: string
): PitfallOutcome<'iss.auth0-domain' | 'iss.auth0-trailing-slash'> | undefined {
	if (context.provider.id !== 'auth0') return undefined;
	const theirs = issuerUrl(iss);
	const ours = issuerUrl(expected);
	if (!theirs || !ours) return undefined;
	// Auth0's issuer is "https://{domain}/", with the slash (community.auth0.com/t/custom-domains-and-iss-claim-in-
	// tokens/18672; auth0-blog/auth0-python-fastapi-sample#10, fixed by adding the "/").
	if (theirs.host === ours.host && iss === `${expected}/`) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.auth0-trailing-slash',
			detail: `Auth0's issuer ends with a slash, ${quoted(iss)}; your API expects it without, ${quoted(expected)}.`,
			fix: `Expect ${quoted(iss)}, trailing slash included.`
		});
	}
	if (theirs.host !== ours.host && (ours.path === '/' || ours.path === '')) {
		// Tokens carry the domain they were requested through: the tenant domain, or the custom domain
		// (auth0/nextjs-auth0#320; hasura/graphql-engine#8993; auth0/omniauth-auth0 PR#89).
		const tenant = theirs.host.endsWith('.auth0.com');
		return pitfall(context, {
			status: 'fail',
			code: 'iss.auth0-domain',
			detail: `The token was issued under ${tenant ? 'the Auth0 tenant domain' : 'a custom domain'} ${quoted(iss)}, and your API expects ${quoted(expected)}: Auth0 writes into "iss" the domain the token was requested through.`,
			fix: `Request tokens through the domain your API expects (the SDK's domain setting), or expect ${quoted(iss)}.`
		});
	}
	return undefined;
}
