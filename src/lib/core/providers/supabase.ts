// Supabase: user access tokens of a hosted or self-hosted project, and the legacy anon / service_role API keys.
import type { Detector, Provider, TokenShape } from './types';
import {
	audiences,
	has,
	issEvidence,
	issuerUrl,
	labelUnder,
	labelled,
	stringMember,
	valueEvidence
} from './read';

// User tokens: iss "https://{ref}.supabase.co/auth/v1", aud "authenticated", `role` (supabase/supabase PR#45401);
// API keys: HS256 JWTs with iss "supabase" and role "anon" or "service_role" (supabase/supabase#17164).
const AUTH_PATH = '/auth/v1';

/** Recognises a hosted Supabase project's token by its issuer, and an API key by iss "supabase". */
export const detectSupabase: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	if (iss === 'supabase') return apiKey(token, iss);
	const url = issuerUrl(iss);
	const ref = labelUnder(url, 'supabase.co');
	if (ref === undefined || url!.path !== AUTH_PATH) return undefined;
	return userToken(token, iss!, url!.host, 'hosted', { projectRef: ref });
};

/**
 * Recognises a self-hosted or local Supabase (the CLI's `http://127.0.0.1:54321/auth/v1`) by the GoTrue path
 * of its issuer with Supabase's claims: a `role` and either `aal`, `session_id` or aud "authenticated".
 */
export const detectSupabaseSelfHosted: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.path !== AUTH_PATH || !has(token.claims, 'role')) return undefined;
	const supabaseClaims =
		has(token.claims, 'aal') ||
		has(token.claims, 'session_id') ||
		audiences(token.claims).includes('authenticated');
	return supabaseClaims ? userToken(token, iss!, url.host, 'self-hosted', {}) : undefined;
};

function userToken(
	token: TokenShape,
	iss: string,
	host: string,
	variant: string,
	facts: Provider['facts']
): Provider {
	const evidence = [issEvidence(iss)];
	const role = stringMember(token.claims, 'role');
	if (role !== undefined) evidence.push(valueEvidence('role', role));
	const aal = stringMember(token.claims, 'aal');
	if (aal !== undefined) evidence.push(valueEvidence('aal', aal));
	return {
		id: 'supabase',
		name: 'Supabase',
		variant,
		tokenKind: 'access-token',
		label: labelled(variant === 'hosted' ? 'Supabase' : 'Supabase (self-hosted)', 'access-token'),
		evidence,
		facts: { issuerHost: host, ...facts }
	};
}

function apiKey(token: TokenShape, iss: string): Provider {
	const role = stringMember(token.claims, 'role');
	const ref = stringMember(token.claims, 'ref');
	return {
		id: 'supabase',
		name: 'Supabase',
		variant: 'api-key',
		tokenKind: 'api-key',
		label:
			role !== undefined
				? `Supabase ${labelled(role, 'api-key')}`
				: labelled('Supabase', 'api-key'),
		evidence: [issEvidence(iss), ...(role !== undefined ? [valueEvidence('role', role)] : [])],
		facts: { ...(ref !== undefined ? { projectRef: ref } : {}) }
	};
}
