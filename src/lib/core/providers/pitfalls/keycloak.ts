// Keycloak's pitfalls: one realm reached by two hostnames (localhost, a Docker service name, a proxy), the
// `/auth` path prefix Keycloak 17 dropped, and an access token whose audience lacks the API (`azp` vs `aud`).
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { issuerUrl, stringMember } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

/** A Keycloak issuer's parts: `{scheme}://{host}(:{port})(/auth)/realms/{realm}`. */
function realmOf(iss: string) {
	const url = issuerUrl(iss);
	const path = url && /^(\/auth)?\/realms\/([^/]+)\/?$/.exec(url.path);
	if (!url || !path) return undefined;
	return {
		origin: `${url.scheme}://${url.host}${url.port !== undefined ? `:${url.port}` : ''}`,
		auth: path[1] !== undefined,
		realm: path[2]!
	};
}

/** The issuer pitfalls of Keycloak tokens: another hostname for the same realm, or the `/auth` prefix. */
export function keycloakIssuer(
	context: CheckContext,
	iss: string,
	expected: string
): PitfallOutcome<'iss.keycloak-hostname' | 'iss.keycloak-auth-path'> | undefined {
	if (context.provider.id !== 'keycloak') return undefined;
	const theirs = realmOf(iss);
	const ours = realmOf(expected);
	if (!theirs || !ours || theirs.realm !== ours.realm) return undefined;
	if (theirs.origin.toLowerCase() !== ours.origin.toLowerCase()) {
		// Keycloak writes into "iss" the URL the token was requested through, so a browser on localhost and an
		// API reaching the server by its Docker service name see two issuers (keycloak/keycloak#24596;
		// LandRegistry/common-dev-env PR#83). Hostname v2: KC_HOSTNAME fixes the public URL, and
		// KC_HOSTNAME_BACKCHANNEL_DYNAMIC lets back-channel requests use the internal one
		// (NikiforovAll/keycloak-authorization-services-dotnet#144; keycloak/keycloak#27660).
		return pitfall(context, {
			status: 'fail',
			code: 'iss.keycloak-hostname',
			detail: `The same Keycloak realm ${quoted(theirs.realm)} reached by two hostnames: the token was issued through ${quoted(theirs.origin)}, and your API expects ${quoted(ours.origin)}. Keycloak puts the URL a token was requested through into "iss".`,
			fix: `Set KC_HOSTNAME to one public URL (e.g. ${quoted(theirs.origin)}) so every token carries it, with KC_HOSTNAME_BACKCHANNEL_DYNAMIC=true so your API can still reach the server by its internal name; or expect the issuer the token carries and fetch the keys from the internal JWKS URI.`
		});
	}
	if (theirs.auth !== ours.auth) {
		// Keycloak 17 (Quarkus) dropped "/auth" from the default path (keycloak/keycloak#10464, #10615:
		// "RESTEASY003210: Could not find resource for full path"); KC_HTTP_RELATIVE_PATH=/auth brings it back.
		return pitfall(context, {
			status: 'fail',
			code: 'iss.keycloak-auth-path',
			detail: `The issuer ${theirs.auth ? 'has' : 'lacks'} the "/auth" path prefix and your expected issuer ${ours.auth ? 'has' : 'lacks'} it: Keycloak dropped "/auth" from its default path in version 17.`,
			fix: `Expect the path the server issues, ${quoted(iss)}; Keycloak 17 and later serve without "/auth" unless KC_HTTP_RELATIVE_PATH=/auth.`
		});
	}
	return undefined;
}

/** The audience pitfall of Keycloak access tokens: the API is the client (`azp`), not an audience. */
export function keycloakAudience(
	context: CheckContext,
	audiences: string[],
	expected: string
): PitfallOutcome<'aud.keycloak-audience-mapper'> | undefined {
	if (context.provider.id !== 'keycloak') return undefined;
	const azp = stringMember(context.token.claims, 'azp');
	if (azp !== expected && !(audiences.length === 1 && audiences[0] === 'account')) return undefined;
	// Keycloak access tokens name the requesting client in "azp" and carry only "account" as "aud" unless an
	// Audience mapper adds the API (oauth2-proxy/oauth2-proxy#1931; keycloak/keycloak#12415, #42407). Accepting
	// "account" instead is a confused-deputy risk (agentic-community/mcp-gateway-registry PR#1533).
	return pitfall(context, {
		status: 'fail',
		code: 'aud.keycloak-audience-mapper',
		detail: `Keycloak did not put ${quoted(expected)} into "aud"${azp !== undefined ? ` (the token was requested by the client ${quoted(azp)}, its "azp")` : ''}: without an Audience mapper, Keycloak access tokens carry only ${audiences.map((a) => quoted(a)).join(', ')}.`,
		fix: `Add an Audience protocol mapper to the client (Client scopes → the client's dedicated scope → Add mapper → Audience) with ${quoted(expected)} as the included audience; do not accept "account" instead.`
	});
}
