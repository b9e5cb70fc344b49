// Which rows tell the two compared tokens apart, which differences explain each, and the one sentence that
// names it ("The failing token is an ID token for client "spa"; the working one is an access token for your
// API, "api://orders"."). Used by ./compare.ts; pure.
import type { CheckId, CheckResult, Report, Status } from '$lib/core';
import { quoted, quotedList } from '$lib/core/text';
import { formatInstant } from '$lib/core/time/format';
import type { ClaimDifference } from './compare';

/** What a token is for, as its report reads it. */
export type TokenKindName = 'id-token' | 'access-token' | 'unknown';

/** A row that tells the tokens apart, with what explains it. */
export interface RowExplanation {
	id: CheckId;
	title: string;
	token: Status;
	working: Status;
	/** The difference names that explain it (empty when no header or claim difference does). */
	explainedBy: string[];
	/** One sentence naming the difference, from the failing token's side. */
	sentence: string;
}

/**
 * How bad a status is: a row tells the tokens apart when one token's is worse. A warning counts (the
 * token-use row warns for an ID token sent to an API, RFC 8725 §3.11), skip and info do not.
 */
const RANK: Record<Status, number> = { fail: 2, warn: 1, pass: 0, info: 0, skip: 0 };

type Where = 'header' | 'payload';

/**
 * The header parameters and claims each row judges: a difference in one of them can explain the row.
 * RFC 7515 §4.1.1 alg, §4.1.4 kid (and the key-carrying parameters, RFC 8725 §3.10); RFC 7519 §4.1 for the
 * registered claims; RFC 9068 §2.1–2.2.3 and OIDC Core §2 for what tells an access token from an ID token.
 */
const JUDGES: Partial<Record<CheckId, Array<[Where, string]>>> = {
	algorithm: [['header', 'alg']],
	key: [
		['header', 'kid'],
		['header', 'alg'],
		...(['jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256'] as const).map((n): [Where, string] => [
			'header',
			n
		])
	],
	signature: [
		['header', 'kid'],
		['header', 'alg']
	],
	exp: [['payload', 'exp']],
	nbf: [['payload', 'nbf']],
	iat: [['payload', 'iat']],
	lifetime: [
		['payload', 'exp'],
		['payload', 'iat'],
		['payload', 'nbf']
	],
	aud: [['payload', 'aud']],
	iss: [['payload', 'iss']],
	scope: [
		['payload', 'scope'],
		['payload', 'scp']
	],
	sub: [['payload', 'sub']],
	typ: [
		['header', 'typ'],
		['payload', 'typ'],
		['payload', 'token_use']
	],
	'token-use': [
		['header', 'typ'],
		['payload', 'typ'],
		['payload', 'token_use'],
		...(['nonce', 'at_hash', 'c_hash', 'azp', 'scope', 'scp', 'client_id'] as const).map(
			(n): [Where, string] => ['payload', n]
		)
	],
	'header-keys': (['jku', 'jwk', 'x5u', 'x5c'] as const).map((n): [Where, string] => ['header', n]),
	crit: [['header', 'crit']]
};

/** An ID token or an access token, from the provider's shape first, then from the token-use row. */
export function kindOf(report: Report): TokenKindName {
	const provided = report.provider?.tokenKind;
	if (provided === 'id-token' || provided === 'access-token') return provided;
	const use = report.checks.find((c) => c.id === 'token-use')?.code;
	if (use === undefined || use === 'token-use.no-claims' || use === 'token-use.unclear')
		return 'unknown';
	// Every other code of that row concludes "an ID token" (checks/token-use.ts), a provider pitfall included.
	return use === 'token-use.access' ? 'access-token' : 'id-token';
}

/** Every row that tells the tokens apart, in the checklist's order, with its explaining differences. */
export function explainRows(
	token: Report,
	working: Report,
	differences: ClaimDifference[]
): RowExplanation[] {
	const out: RowExplanation[] = [];
	for (const row of token.checks) {
		const other = working.checks.find((c) => c.id === row.id);
		if (!other || RANK[row.status] === RANK[other.status]) continue;
		const tokenFails = RANK[row.status] > RANK[other.status];
		const [failing, passing] = tokenFails ? [token, working] : [working, token];
		const judged = JUDGES[row.id] ?? [['payload', row.id]];
		const explaining = differences.filter((d) =>
			judged.some(([where, claim]) => d.where === where && d.claim === claim)
		);
		// An ID token sent where an access token works: the kind explains the audience too (OIDC Core §2: an ID
		// token's aud is the client it was issued to, never the API).
		const kindsDiffer = kindOf(failing) !== kindOf(passing);
		const failingRow = tokenFails ? row : other;
		out.push({
			id: row.id,
			title: row.title,
			token: row.status,
			working: other.status,
			explainedBy: explaining.map((d) => d.name),
			sentence: sentenceFor(row.id, failing, passing, failingRow, explaining, kindsDiffer)
		});
	}
	return out;
}

const KIND_WORDS: Record<TokenKindName, string> = {
	'id-token': 'an ID token',
	'access-token': 'an access token',
	unknown: 'a token'
};

function kindPhrase(report: Report): string {
	const provider = report.provider;
	const from = provider && provider.id !== 'none' ? ` from ${provider.name}` : '';
	return `${KIND_WORDS[kindOf(report)]}${from}`;
}

/** A claim's value as a sentence shows it: strings and lists quoted, other JSON as it is. */
function shown(value: unknown): string {
	if (value === undefined) return 'none';
	if (typeof value === 'string') return quoted(value);
	if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
		return value.length === 0 ? 'an empty list' : quotedList(value);
	return quoted(JSON.stringify(value));
}

function sentenceFor(
	id: CheckId,
	failing: Report,
	passing: Report,
	failingRow: CheckResult,
	explaining: ClaimDifference[],
	kindsDiffer: boolean
): string {
	const claim = (r: Report, name: string) => r.token.claims?.[name];
	const header = (r: Report, name: string) => r.token.header?.[name];
	const names = new Set(explaining.map((d) => d.claim));
	if (id === 'aud' && (names.has('aud') || kindsDiffer)) {
		// The API's expected audience, as the failing row's diff names it.
		const expected = failingRow.diff?.expected;
		const audienceOf = (r: Report) => {
			const aud = claim(r, 'aud');
			const list = Array.isArray(aud) ? aud : [aud];
			if (expected !== undefined && list.includes(expected)) return `your API, ${quoted(expected)}`;
			// OIDC Core §2: an ID token's aud is the client_id of the client it was issued to.
			return kindOf(r) === 'id-token' ? `client ${shown(aud)}` : shown(aud);
		};
		return `The failing token is ${kindPhrase(failing)} for ${audienceOf(failing)}; the working one is ${kindPhrase(passing)} for ${audienceOf(passing)}.`;
	}
	if ((id === 'token-use' || id === 'typ') && (kindsDiffer || names.size > 0)) {
		// The evidence is what differs: "typ" when the two types differ (RFC 9068 §2.1 "at+jwt"), otherwise the
		// claims that tell the kinds apart and this token carries (an ID token's nonce, an access token's scope).
		const typDiffers = header(failing, 'typ') !== header(passing, 'typ');
		const evidence = (r: Report) => {
			if (typDiffers && header(r, 'typ') !== undefined)
				return ` (its "typ" is ${shown(header(r, 'typ'))})`;
			const carried = explaining
				.filter((d) => d.where === 'payload' && claim(r, d.claim) !== undefined)
				.map((d) => quoted(d.claim));
			return carried.length > 0 ? ` (it carries ${carried.join(' and ')})` : '';
		};
		return `The failing token is ${kindPhrase(failing)}${evidence(failing)}; the working one is ${kindPhrase(passing)}${evidence(passing)}.`;
	}
	if (id === 'iss' && names.has('iss'))
		return `The failing token was issued by ${shown(claim(failing, 'iss'))}; the working one by ${shown(claim(passing, 'iss'))}.`;
	if (id === 'scope' && (names.has('scope') || names.has('scp'))) {
		const grants = (r: Report) => {
			const values = ['scope', 'scp'].map((n) => claim(r, n)).filter((v) => v !== undefined);
			return values.length === 0 ? 'no scopes' : values.map(shown).join(' and ');
		};
		return `The failing token grants ${grants(failing)}; the working one grants ${grants(passing)}.`;
	}
	if (id === 'algorithm' || id === 'key' || id === 'signature') {
		if (names.has('kid'))
			return `The failing token names key ${shown(header(failing, 'kid'))}; the working one names key ${shown(header(passing, 'kid'))}.`;
		if (names.has('alg'))
			return `The failing token is signed with ${shown(header(failing, 'alg'))}; the working one with ${shown(header(passing, 'alg'))}.`;
		if (id === 'signature')
			return 'Both headers name the same key and algorithm: the failing token was signed with another key, or changed after it was signed.';
	}
	const time = explaining.find((d) => ['exp', 'nbf', 'iat'].includes(d.claim));
	if (time) {
		const at = (r: Report) => {
			const v = claim(r, time.claim);
			return typeof v === 'number' ? formatInstant(v) : shown(v);
		};
		return `The failing token's "${time.claim}" is ${at(failing)}; the working one's is ${at(passing)}.`;
	}
	const first = explaining[0];
	if (first) {
		const read = first.where === 'header' ? header : claim;
		return `The failing token's "${first.claim}" is ${shown(read(failing, first.claim))}; the working one's is ${shown(read(passing, first.claim))}.`;
	}
	return `No header parameter or claim explains it: the ${failingRow.title} row says why.`;
}
