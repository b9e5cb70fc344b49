// Clerk: session tokens from a development instance (`{x}.clerk.accounts.dev`) or a production frontend API
// (`clerk.{domain}`).
import type { Detector, Provider, TokenShape } from './types';
import {
	has,
	issEvidence,
	issuerUrl,
	labelUnder,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';

// iss "https://{adjective}-{animal}-{00}.clerk.accounts.dev" in development, "https://clerk.{domain}" in production
// (clerk/clerk-docs PR#3102); claims `sid`, `azp`, `fva`, no `aud` unless a JWT template adds one
// (clerk/clerk-sdk-python#90). Session IDs start "sess_" (clerk.com/docs/backend-requests/resources/session-tokens).
const SESSION_ID = /^sess_[A-Za-z0-9]+$/;

/** Recognises a Clerk development instance's token by its issuer host. */
export const detectClerk: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (labelUnder(url, 'clerk.accounts.dev') === undefined || url!.path !== '') return undefined;
	return clerk(token, iss!, url!.host, 'development');
};

/** Recognises a Clerk production token: issuer `https://clerk.{domain}` and a Clerk session ID in `sid`. */
export const detectClerkProduction: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https' || url.path !== '' || !url.host.startsWith('clerk.'))
		return undefined;
	const sid = stringMember(token.claims, 'sid');
	if (sid === undefined || !SESSION_ID.test(sid)) return undefined;
	return clerk(token, iss!, url.host, 'production');
};

function clerk(token: TokenShape, iss: string, host: string, variant: string): Provider {
	const evidence = [issEvidence(iss)];
	const sid = stringMember(token.claims, 'sid');
	if (sid !== undefined) evidence.push(valueEvidence('sid', sid));
	if (has(token.claims, 'fva')) evidence.push(presenceEvidence('fva'));
	return {
		id: 'clerk',
		name: 'Clerk',
		variant,
		label: `Clerk session token (${variant} instance)`,
		evidence,
		facts: { issuerHost: host, domain: host }
	};
}
