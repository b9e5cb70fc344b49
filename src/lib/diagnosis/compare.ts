// Comparing a failing token with one that works (issue 20, item 3): both reports were made with the same key,
// expectations and evaluation time, so whatever differs between their rows comes from the tokens. This module
// lists how the tokens differ, grouped by meaning, and which of those differences explain a row that fails for
// one and not for the other (./compare-explain.ts words them). Pure: two Reports in, plain data out.
import type { CheckId, Report, Status } from '$lib/core';
import { abbreviate } from '$lib/core/text';
import { explainRows, kindOf, type RowExplanation, type TokenKindName } from './compare-explain';

export type { RowExplanation, TokenKindName } from './compare-explain';

/** The groups the differences are shown in, in this order (the list). */
export type DiffGroup =
	'issuer' | 'audience' | 'kind' | 'algorithm' | 'key' | 'scopes' | 'times' | 'other';

export const DIFF_GROUPS: ReadonlyArray<{ id: DiffGroup; title: string }> = [
	{ id: 'issuer', title: 'Issuer' },
	{ id: 'audience', title: 'Audience' },
	{ id: 'kind', title: 'Token kind and type' },
	{ id: 'algorithm', title: 'Algorithm' },
	{ id: 'key', title: 'Key ID and key' },
	{ id: 'scopes', title: 'Scopes and roles' },
	{ id: 'times', title: 'Lifetime and times' },
	{ id: 'other', title: 'Other claims' }
];

/**
 * The JOSE header parameters registered by RFC 7515 §4.1 (JWS) and RFC 7516 §4.1 (JWE). They are what people
 * name when they compare headers ("the kid differs"), so a difference in one of them is named bare: `kid`.
 */
const HEADER_PARAMETERS = new Set([
	...['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'],
	...['enc', 'zip', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c']
]);

/**
 * The name a difference carries in `data-diff-claim`, one name per header parameter or claim, never shared:
 * - a registered header parameter is named bare (`kid`, `alg`, `typ`);
 * - any other header parameter is `header.<name>` (`header.nonce`, Entra's Graph tokens);
 * - a payload claim is named bare (`aud`, `scope`), unless its name is also a registered header parameter or
 *   starts with `header.` or `payload.`: then it is `payload.<name>` (Keycloak's `typ` claim: `payload.typ`).
 * Bare header names are registered ones, bare claim names are not, and the prefixes are kept apart, so no
 * header parameter and claim can ever share a name.
 */
export function diffName(where: 'header' | 'payload', name: string): string {
	if (where === 'header') return HEADER_PARAMETERS.has(name) ? name : `header.${name}`;
	const clashes =
		HEADER_PARAMETERS.has(name) || name.startsWith('header.') || name.startsWith('payload.');
	return clashes ? `payload.${name}` : name;
}

/** Which group a header parameter or claim belongs to, by its meaning. */
function groupOf(where: 'header' | 'payload', name: string): DiffGroup {
	if (where === 'header') {
		if (name === 'alg' || name === 'enc' || name === 'zip') return 'algorithm';
		if (name === 'typ' || name === 'cty') return 'kind';
		if (['kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256'].includes(name)) return 'key';
		return 'other';
	}
	if (name === 'iss') return 'issuer';
	// RFC 7519 §4.1.3 aud; OIDC Core §2 azp; RFC 9068 §2.2 client_id; Entra's appid/azp, Okta's cid.
	if (['aud', 'azp', 'client_id', 'appid', 'cid'].includes(name)) return 'audience';
	// RFC 9068 §2.1 typ; Cognito's token_use, Keycloak's typ claim, Entra's ver and idtyp; what only ID tokens
	// carry (OIDC Core §2 and §3.1.3.6: nonce, at_hash, c_hash).
	if (['typ', 'token_use', 'ver', 'idtyp', 'nonce', 'at_hash', 'c_hash'].includes(name))
		return 'kind';
	// RFC 8693 §4.2 scope, RFC 9068 §2.2.3 roles/groups/entitlements; Entra's scp/roles/wids, Auth0's
	// permissions, Keycloak's realm_access/resource_access, Cognito's cognito:groups.
	if (
		['scope', 'scp', 'roles', 'groups', 'entitlements', 'permissions', 'wids'].includes(name) ||
		['realm_access', 'resource_access', 'cognito:groups'].includes(name)
	)
		return 'scopes';
	if (['exp', 'nbf', 'iat', 'auth_time'].includes(name)) return 'times';
	return 'other';
}

/** One header parameter or claim whose value differs between the two tokens. */
export interface ClaimDifference {
	/** As `data-diff-claim` carries it: see diffName. */
	name: string;
	/** The parameter's or claim's own name. */
	claim: string;
	where: 'header' | 'payload';
	group: DiffGroup;
	/** Each token's value as JSON, cut short; absent when the token does not carry it. */
	token?: string;
	working?: string;
	/** The rows that fail for one token and not the other, which this difference explains. */
	explains: CheckId[];
}

/** A row that fails for one token and not for the other, and why (compare-explain.ts). */
export type RowContrast = RowExplanation;

/** What the comparison shows: the differences grouped, each row that tells the tokens apart, and their kinds. */
export interface Comparison {
	groups: Array<{ id: DiffGroup; title: string; differences: ClaimDifference[] }>;
	rows: RowContrast[];
	kinds: { token: TokenKindName; working: TokenKindName };
	/** Nothing in the headers or claims differs. */
	identical: boolean;
}

/** How long a value is shown in the comparison at most. */
const VALUE_CHARS = 200;

/** Compares the report on the Token field's token with the report on the token that works. */
export function compareReports(token: Report, working: Report): Comparison {
	const differences = [
		...differencesIn('header', token.token.header, working.token.header),
		...differencesIn('payload', token.token.claims, working.token.claims)
	];
	const rows = explainRows(token, working, differences);
	for (const row of rows)
		for (const name of row.explainedBy)
			differences.find((d) => d.name === name)?.explains.push(row.id);
	const groups = DIFF_GROUPS.map(({ id, title }) => ({
		id,
		title,
		differences: differences.filter((d) => d.group === id)
	})).filter((group) => group.differences.length > 0);
	return {
		groups,
		rows,
		kinds: { token: kindOf(token), working: kindOf(working) },
		identical: differences.length === 0
	};
}

function differencesIn(
	where: 'header' | 'payload',
	a: Record<string, unknown> | undefined,
	b: Record<string, unknown> | undefined
): ClaimDifference[] {
	const names = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
	const out: ClaimDifference[] = [];
	for (const claim of names) {
		const left = a && Object.hasOwn(a, claim) ? canonical(a[claim]) : undefined;
		const right = b && Object.hasOwn(b, claim) ? canonical(b[claim]) : undefined;
		if (left === right) continue;
		out.push({
			name: diffName(where, claim),
			claim,
			where,
			group: groupOf(where, claim),
			...(left !== undefined ? { token: abbreviate(left, VALUE_CHARS) } : {}),
			...(right !== undefined ? { working: abbreviate(right, VALUE_CHARS) } : {}),
			explains: []
		});
	}
	return out;
}

/** JSON with object members in name order, so `{"a":1,"b":2}` and `{"b":2,"a":1}` compare equal. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
			: v
	);
}
