// The decoded view's Claims table (issue 18, item 3, as jwt.ms has it) and the marks that tie a claim to its
// checklist row: plain data from the decoded token, the report's checks and the claim dictionary, tested in
// Node; DecodedView.svelte lays them out.
import type { CheckResult, Status } from '$lib/core';
import type { NameExplanation } from './claim-dictionary';
import { formatJson } from './json-view';
import { describeInstant, type InstantViews } from './time';
import { abbreviate } from '$lib/core/text';

export interface ClaimRow {
	name: string;
	/** The value as compact JSON, shortened for a table cell (the payload above shows it in full). */
	value: string;
	meaning?: string;
	source?: string;
	/** For a NumericDate claim (RFC 7519 §2, §4.1.4–4.1.6): local time, UTC and relative to the evaluation. */
	time?: InstantViews;
}

const CELL_CHARS = 160;
/** The Claims table shows at most this many rows. */
export const CLAIM_ROWS_LIMIT = 200;

/** How many rows the Claims table has for `claims`, without making them. */
export function claimRowCount(claims: Record<string, unknown>): number {
	return Math.min(Object.keys(claims).length, CLAIM_ROWS_LIMIT);
}

/** One row per top-level claim, in the payload's order, explained where the dictionary knows the name. */
export function claimRows(
	claims: Record<string, unknown>,
	explain: (name: string) => NameExplanation | undefined,
	now: Date,
	limit = CLAIM_ROWS_LIMIT
): ClaimRow[] {
	return Object.keys(claims)
		.slice(0, limit)
		.map((name) => {
			const value = claims[name];
			const explanation = explain(name);
			// Only a finite number is a NumericDate (RFC 7519 §2); a string "exp" is shown as the string it is.
			const time =
				explanation?.kind === 'time' && typeof value === 'number' && Number.isFinite(value)
					? describeInstant(value, now)
					: undefined;
			return {
				name,
				value: abbreviate(compact(value), CELL_CHARS),
				meaning: explanation?.meaning,
				source: explanation?.source,
				time
			};
		});
}

function compact(value: unknown): string {
	const json = formatJson(value);
	// formatJson indents; a table cell wants one line.
	return json.includes('\n') ? JSON.stringify(value) : json;
}

/**
 * Which checklist row judges each member, for the members the report did not pass: the payload's claims
 * (RFC 7519 §4.1, RFC 8693 §4.2 scope, Cognito's token_use) and the header's parameters (RFC 7515 §4.1).
 */
const PAYLOAD_CHECKS: Record<string, string> = {
	exp: 'exp',
	nbf: 'nbf',
	iat: 'iat',
	aud: 'aud',
	iss: 'iss',
	sub: 'sub',
	scope: 'scope',
	scp: 'scope',
	token_use: 'token-use'
};
const HEADER_CHECKS: Record<string, string> = {
	alg: 'algorithm',
	typ: 'typ',
	crit: 'crit',
	kid: 'key',
	jwk: 'header-keys',
	jku: 'header-keys',
	x5u: 'header-keys',
	x5c: 'header-keys'
};

export interface ClaimMark {
	check: string;
	status: Extract<Status, 'fail' | 'warn'>;
}

/** The failed or warned row that judges this member, if any: the payload marks it and links to the row. */
export function claimMark(
	section: 'header' | 'payload',
	name: string,
	checks: readonly CheckResult[]
): ClaimMark | undefined {
	const table = section === 'header' ? HEADER_CHECKS : PAYLOAD_CHECKS;
	// An own-property lookup: a token's member named "__proto__" or "constructor" finds nothing.
	if (!Object.hasOwn(table, name)) return undefined;
	const check = checks.find((c) => c.id === table[name]);
	if (check?.status !== 'fail' && check?.status !== 'warn') return undefined;
	return { check: check.id, status: check.status };
}
