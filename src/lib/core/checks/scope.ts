import { defineCheck } from './check';
import { describeJsonValue, quoted, quotedList } from '../text';

// RFC 8693 §4.2 and RFC 9068 §2.2.3: "scope" is one JSON string of space-separated scope values. "scp" is not
// registered, but widely issued (Azure AD, Okta, Spring's default) as a space-separated string or an array of
// strings; both are read, and a scope in either counts. RFC 6749 §3.3: scope values are case-sensitive.
export const scopeCheck = defineCheck({
	id: 'scope',
	title: 'Scopes',
	spec: 'RFC 9068 §2.2.3, RFC 8693 §4.2',
	codes: [
		'scope.not-checked',
		'scope.no-claims',
		'scope.malformed',
		'scope.absent',
		'scope.missing',
		'scope.ok'
	],
	run({ token, requiredScopes = [] }) {
		if (requiredScopes.length === 0)
			return {
				status: 'skip',
				code: 'scope.not-checked',
				detail: 'No required scopes given: not checked.'
			};
		const claims = token.claims;
		if (!claims)
			return { status: 'skip', code: 'scope.no-claims', detail: 'No claims to read scopes from.' };
		const read = readScopes(claims);
		if ('fault' in read) {
			return {
				status: 'fail',
				code: 'scope.malformed',
				detail: read.fault,
				fix: 'The issuer must write "scope" as one space-separated string (RFC 8693 §4.2), or "scp" as a string or an array of strings.'
			};
		}
		if (read.claims.length === 0) {
			return {
				status: 'fail',
				code: 'scope.absent',
				detail: `The token carries no scopes at all (no "scope" or "scp" claim), and ${quotedList(requiredScopes)} ${requiredScopes.length === 1 ? 'is' : 'are'} required.`,
				fix: 'Request the token with the scopes the API needs (the "scope" parameter of the authorization or token request); an ID token carries no scopes.'
			};
		}
		const have = new Set(read.scopes);
		const missing = requiredScopes.filter((s) => !have.has(s));
		const from = read.claims.map((c) => `"${c}"`).join(' and ');
		const carried =
			read.scopes.length > 0 ? `${from} carries ${quotedList(read.scopes, 8)}` : `${from} is empty`;
		if (missing.length > 0) {
			return {
				status: 'fail',
				code: 'scope.missing',
				// The first sentence is the verdict's reason: keep it "Missing scope x".
				detail: `Missing scope${missing.length === 1 ? '' : 's'} ${quotedList(missing, 8)}. The token's ${carried}. Scope values are case-sensitive (RFC 6749 §3.3).`,
				fix: `Request a token with ${missing.length === 1 ? 'that scope' : 'those scopes'}, or have the authorization server grant ${missing.length === 1 ? 'it' : 'them'} to the client.`,
				findings: missing.map((s) => ({
					code: 'scope.missing',
					severity: 'error' as const,
					message: `Missing scope ${quoted(s)}.`
				}))
			};
		}
		return {
			status: 'pass',
			code: 'scope.ok',
			detail: `Every required scope is present: ${quotedList(requiredScopes, 8)} (in ${from}).`
		};
	}
});

/** The required scopes typed by the user: separated by whitespace, each once, in the order typed. */
export function parseScopes(text: string | undefined): string[] {
	return [...new Set((text ?? '').split(/\s+/).filter((s) => s !== ''))];
}

/** The scopes a token carries in "scope" and "scp", or why one of them cannot be read. */
function readScopes(
	claims: Record<string, unknown>
): { scopes: string[]; claims: string[] } | { fault: string } {
	const scopes: string[] = [];
	const names: string[] = [];
	if (Object.hasOwn(claims, 'scope')) {
		const scope = claims.scope;
		if (typeof scope !== 'string')
			return {
				fault: `"scope" must be one string of space-separated scopes (RFC 8693 §4.2); it is ${describeJsonValue(scope)}.`
			};
		names.push('scope');
		scopes.push(...parseScopes(scope));
	}
	if (Object.hasOwn(claims, 'scp')) {
		const scp = claims.scp;
		if (typeof scp === 'string') scopes.push(...parseScopes(scp));
		else if (Array.isArray(scp) && scp.every((s) => typeof s === 'string'))
			scopes.push(...scp.flatMap((s: string) => parseScopes(s)));
		else
			return {
				fault: `"scp" must be a string or an array of strings; it is ${Array.isArray(scp) ? 'an array with a value that is not a string' : describeJsonValue(scp)}.`
			};
		names.push('scp');
	}
	return { scopes: [...new Set(scopes)], claims: names };
}
