import { defineCheck } from './check';
import { normaliseTyp } from '../token/media-type';
import { TOKEN_USE_PITFALL_CODES, tokenUsePitfall } from '../providers/pitfalls/index';

// Is it the right token for the job? An API must be sent an access token (RFC 9068 §2.1: "typ": "at+jwt");
// an ID token proves a sign-in to the client that asked for it (OpenID Connect Core 1.0 §2) and must not be
// used to call APIs (RFC 8725 §3.11: tokens of one kind must not be accepted as another). The claims that
// only one kind carries tell them apart.
interface Clue {
	kind: 'id' | 'access';
	why: string;
	/** The token says what it is (a type), rather than carrying a claim that one kind usually has. */
	explicit?: true;
}

/** The clues in the header and claims, each with the kind of token it points to and why. */
function cluesOf(header: Record<string, unknown>, claims: Record<string, unknown>): Clue[] {
	const clues: Clue[] = [];
	const has = (name: string) => Object.hasOwn(claims, name);
	const typ = typeof header.typ === 'string' ? normaliseTyp(header.typ) : undefined;
	if (typ === 'at+jwt')
		clues.push({ kind: 'access', why: '"typ" is "at+jwt" (RFC 9068 §2.1)', explicit: true });
	if (typ === 'id_token+jwt')
		clues.push({ kind: 'id', why: '"typ" is "id_token+jwt"', explicit: true });
	// AWS Cognito's "token_use" and Keycloak's "typ" claim say it outright.
	const use = typeof claims.token_use === 'string' ? claims.token_use.toLowerCase() : undefined;
	if (use === 'access')
		clues.push({ kind: 'access', why: '"token_use" is "access"', explicit: true });
	if (use === 'id') clues.push({ kind: 'id', why: '"token_use" is "id"', explicit: true });
	const claimTyp = typeof claims.typ === 'string' ? claims.typ.toLowerCase() : undefined;
	if (claimTyp === 'bearer')
		clues.push({ kind: 'access', why: 'the "typ" claim is "Bearer"', explicit: true });
	if (claimTyp === 'id') clues.push({ kind: 'id', why: 'the "typ" claim is "ID"', explicit: true });
	if (has('nonce'))
		clues.push({ kind: 'id', why: '"nonce" ties it to a sign-in request (OIDC Core §2)' });
	if (has('at_hash'))
		clues.push({ kind: 'id', why: '"at_hash" binds it to an access token issued beside it' });
	if (has('c_hash')) clues.push({ kind: 'id', why: '"c_hash" binds it to an authorization code' });
	if (has('azp') && !has('scope') && !has('scp'))
		clues.push({ kind: 'id', why: '"azp" names the client it was issued to' });
	if (has('scope') || has('scp'))
		clues.push({ kind: 'access', why: `"${has('scope') ? 'scope' : 'scp'}" grants scopes` });
	if (has('client_id'))
		clues.push({ kind: 'access', why: '"client_id" names the client acting (RFC 9068 §2.2)' });
	return clues;
}

export const tokenUseCheck = defineCheck({
	id: 'token-use',
	title: 'Token use',
	spec: 'RFC 9068 §2, RFC 8725 §3.11',
	codes: [
		'token-use.no-claims',
		'token-use.unclear',
		'token-use.access',
		'token-use.id-token-for-api',
		'token-use.id',
		...TOKEN_USE_PITFALL_CODES
	],
	run(context) {
		const { token, audience } = context;
		const claims = token.claims;
		if (!claims || !token.header)
			return { status: 'skip', code: 'token-use.no-claims', detail: 'No claims to read.' };
		const clues = cluesOf(token.header, claims);
		const forId = clues.filter((c) => c.kind === 'id');
		const forAccess = clues.filter((c) => c.kind === 'access');
		// An explicit type (the header's "at+jwt", a "token_use") outweighs the claims around it.
		const explicit = clues.find((c) => c.explicit);
		const kind =
			explicit?.kind ??
			(forId.length > forAccess.length
				? 'id'
				: forAccess.length > forId.length
					? 'access'
					: undefined);
		const because = (list: Clue[]) => list.map((c) => c.why).join('; ');
		if (kind === undefined) {
			return {
				status: 'info',
				code: 'token-use.unclear',
				detail:
					clues.length === 0
						? 'Neither an ID token nor an access token by its claims: it carries none of "typ": "at+jwt", "nonce", "at_hash", "c_hash", "azp", "scope", "scp" or "client_id".'
						: `Unclear whether this is an ID token or an access token: ${because(clues)}.`
			};
		}
		if (kind === 'access') {
			return {
				status: 'info',
				code: 'token-use.access',
				detail: `Looks like an access token: ${because(forAccess)}.`
			};
		}
		const idToken = `Looks like an ID token: ${because(forId)}.`;
		// Some providers mean their ID tokens to be sent to APIs (Google's access tokens are opaque).
		const pitfall = tokenUsePitfall(context);
		if (pitfall) return { ...pitfall, detail: `${idToken} ${pitfall.detail}` };
		if (audience !== undefined && audience.trim() !== '') {
			return {
				status: 'warn',
				code: 'token-use.id-token-for-api',
				detail: `${idToken} An ID token is proof of a sign-in for the client, not a credential for an API; APIs should be sent access tokens.`,
				fix: 'Send the API the access token from the same token response (its "access_token"), requested with the API as its audience.'
			};
		}
		return { status: 'info', code: 'token-use.id', detail: idToken };
	}
});
