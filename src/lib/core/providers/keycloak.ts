// Keycloak (and Red Hat build of Keycloak / RH-SSO): tokens of a realm, under any host.
import type { Detector, ProviderTokenKind } from './types';
import {
	has,
	issEvidence,
	issuerUrl,
	labelled,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';
import { quoted } from '../text';

// iss "{scheme}://{host}[:{port}]/realms/{realm}", with the "/auth" prefix before Keycloak 17/18, which dropped
// it from the default path (keycloak/keycloak#10464, #10615). The host is whatever the client
// reached Keycloak by, so only the path is Keycloak's: http and any port are accepted.
const REALM_PATH = /^(\/auth)?\/realms\/([^/]+)$/;
// Keycloak's own claims: roles under `realm_access` and `resource_access` (robsontenorio/laravel-keycloak-guard#79),
// `azp` the client, `allowed-origins`, `session_state`, and a `typ` claim naming the token kind: Bearer, ID,
// Refresh, Offline (Keycloak's TokenUtil.TOKEN_TYPE_* constants).
const KEYCLOAK_CLAIMS = ['realm_access', 'resource_access', 'allowed-origins', 'session_state'];
const TYP_KINDS: Record<string, ProviderTokenKind> = {
	Bearer: 'access-token',
	ID: 'id-token',
	Refresh: 'refresh-token',
	Offline: 'refresh-token'
};

/** Recognises a Keycloak realm's token by the realm path of its issuer. */
export const detectKeycloak: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	const match = url ? REALM_PATH.exec(url.path) : null;
	if (!url || !match) return undefined;
	const realm = decodeRealm(match[2]!);
	const evidence = [issEvidence(iss!)];
	const typ = stringMember(token.claims, 'typ');
	if (typ !== undefined) evidence.push(valueEvidence('typ', typ));
	for (const name of KEYCLOAK_CLAIMS)
		if (has(token.claims, name)) evidence.push(presenceEvidence(name));
	const tokenKind = typ !== undefined && Object.hasOwn(TYP_KINDS, typ) ? TYP_KINDS[typ] : undefined;
	const legacy = match[1] !== undefined;
	return {
		id: 'keycloak',
		name: 'Keycloak',
		variant: legacy ? 'legacy-auth-path' : 'realm',
		...(tokenKind ? { tokenKind } : {}),
		label: `${labelled('Keycloak', tokenKind)} of realm ${quoted(realm)}`,
		evidence,
		facts: { issuerHost: url.host, realm, ...(legacy ? { legacyAuthPath: true } : {}) }
	};
};

function decodeRealm(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch (error) {
		// A lone "%" is not an encoding: the realm is shown as the token spells it.
		if (error instanceof URIError) return segment;
		throw error;
	}
}
