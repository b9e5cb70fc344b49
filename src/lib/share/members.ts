// Every member of a share link's JSON, checked before any of it is used. A link is text anyone can write: its
// checksum tells a cut or mistyped link from the inspector's own, never a crafted one from an honest one. So
// the receiver holds each member to what the sender's page ever writes (type, range, length), and refuses the
// whole link when one is off: nothing of it is loaded, nothing of it is reported. Members it does not know are
// ignored, so that later versions of format 1 can add optional ones.
import type { Status } from '../core/types';
import type { LinkErrorCode, Reported, SharedDiagnosis } from './link';
import { shareableKey } from './public-key';

/**
 * The bounds a link's members are held to. The token and key bounds are the core's own (MAX_TOKEN_CHARS in
 * token/parse.ts, MAX_KEY_CHARS in keys/read-key.ts), copied so the link reader does not load the core's
 * parsers; a test keeps them equal. The others are far beyond what anyone types, and keep a crafted link
 * from filling the page.
 */
export const LINK_LIMITS = {
	tokenChars: 8 * 1024 * 1024,
	keyChars: 8 * 1024 * 1024,
	/** Expected audience, expected issuer, expected subject, required scopes. */
	expectationChars: 16_384,
	/** A check's code, e.g. `signature.verified`. */
	codeChars: 200,
	/** A reported row's wording: compose.ts cuts a longer one to this. */
	detailChars: 2_000,
	claimNameChars: 1_024,
	maskedClaims: 1_000,
	/**
	 * RFC 7519 §4.1.4 and §4.1.5 allow "some small leeway, usually no more than a few minutes, to account for
	 * clock skew". A day is already far beyond clock skew; more would let a link call a long-expired token
	 * valid, so a link may carry at most a day, in whole seconds as the Clock leeway field takes it.
	 */
	leewaySeconds: 86_400
} as const;

/**
 * An instant the page can pin, in whole ms: what a datetime-local field holds, years 0001 to 9999
 * (HTML §2.3.5.1: four-digit years at least; the inspector's field and browsers stop at 9999).
 */
const FIRST_YEAR_MS = new Date('0001-01-01T00:00:00Z').getTime();
const LAST_YEAR_MS = new Date('9999-12-31T23:59:59.999Z').getTime();

/** Wire names a link must never hold, with the member each would be: refused by the receiver (issue 19). */
const NEVER_CARRIED: ReadonlyArray<readonly [string, string]> = [
	['dk', 'decryptionKey'],
	['decryptionKey', 'decryptionKey'],
	['pt', 'plaintext'],
	['plaintext', 'plaintext']
];

const STATUSES = new Set<unknown>(['pass', 'warn', 'fail', 'skip', 'info'] satisfies Status[]);
// A check ID as the registry spells them ("signature", "token-use"). The reader does not hold the list of IDs:
// it runs outside the app's build too (the end-to-end tests decode links in Node), and a link from a newer page
// may report a check this one lacks. An ID this page has no row for is ignored when the rows are shown
// (./reported.ts), so only its shape and its uniqueness are held here.
const CHECK_ID_SHAPE = /^[a-z][a-z0-9-]{0,39}$/;
/** More rows than any version of the checklist will have; the registry holds 17 today. */
const MAX_REPORTED_ROWS = 64;

function isCheckIdShaped(value: unknown): value is string {
	return typeof value === 'string' && CHECK_ID_SHAPE.test(value);
}

/** What is wrong with one member, named as SharedDiagnosis names it. */
export interface MemberProblem {
	code: Extract<LinkErrorCode, 'link.invalid-member' | 'link.secret-key'>;
	member: string;
	message: string;
}

export type MembersResult =
	{ ok: true; diagnosis: SharedDiagnosis } | ({ ok: false } & MemberProblem);

class Refused {
	constructor(readonly problem: MemberProblem) {}
}

/** The diagnosis a link's JSON object carries, or the first member that is not one the inspector writes. */
export function diagnosisFromWire(wire: Record<string, unknown>): MembersResult {
	try {
		return { ok: true, diagnosis: read(wire) };
	} catch (error) {
		if (error instanceof Refused) return { ok: false, ...error.problem };
		throw error;
	}
}

function read(o: Record<string, unknown>): SharedDiagnosis {
	// Only the object's own members count: JSON.parse makes "__proto__" an own member, never a prototype.
	const has = (name: string) => Object.hasOwn(o, name);
	// Issue 19, item 5: a Decryption key and what it decrypted never go into a link; the sender's page has no
	// member for them. A link that carries one, under any of these names, was made by hand: it is refused
	// whole rather than loaded with the member ignored, so that nobody is led to think the page used it.
	for (const [wire, member] of NEVER_CARRIED)
		if (has(wire))
			throw refuse(
				member,
				'is something the inspector never puts in a link: a decryption key or a decrypted plaintext stays on the page it was typed into. This link was made by hand.',
				'link.secret-key'
			);
	const token = text(o.t, 'token', LINK_LIMITS.tokenChars);
	const diagnosis: SharedDiagnosis = { token };
	if (has('k')) diagnosis.key = publicKey(o.k);
	if (has('a')) diagnosis.audience = text(o.a, 'audience', LINK_LIMITS.expectationChars);
	if (has('i')) diagnosis.issuer = text(o.i, 'issuer', LINK_LIMITS.expectationChars);
	if (has('su')) diagnosis.subject = text(o.su, 'subject', LINK_LIMITS.expectationChars);
	if (has('l')) diagnosis.leewaySeconds = leeway(o.l);
	if (has('e')) diagnosis.evaluatedAt = instant(o.e, 'evaluatedAt');
	if (has('r')) diagnosis.reported = reported(o.r);
	if (has('m')) {
		const masked = claimNames(o.m);
		if (masked.length > 0) diagnosis.masked = masked;
	}
	if (has('sc'))
		diagnosis.requiredScopes = text(o.sc, 'requiredScopes', LINK_LIMITS.expectationChars);
	// The token that works is a token like the first: held to the same bound (issue 20, item 4).
	if (has('w')) diagnosis.workingToken = text(o.w, 'workingToken', LINK_LIMITS.tokenChars);
	return diagnosis;
}

function refuse(
	member: string,
	message: string,
	code: MemberProblem['code'] = 'link.invalid-member'
) {
	return new Refused({ code, member, message: `The link's ${member} ${message}` });
}

function text(value: unknown, member: string, max: number): string {
	if (typeof value !== 'string') throw refuse(member, 'is missing or is not text.');
	if (value.length > max)
		throw refuse(
			member,
			`is ${value.length} characters, more than the ${max} the inspector reads.`
		);
	return value;
}

/**
 * The sender's page carries only public keys (./public-key.ts), so the receiver holds a link to the same rule:
 * a secret or a private key in a link was put there by hand, and with it anyone can sign a token that then
 * reads "valid" (RFC 8725 §3.1, §3.2). The key is used as that rule reads it, so the page judges exactly
 * the text that was found public.
 */
function publicKey(value: unknown): string {
	const key = text(value, 'key', LINK_LIMITS.keyChars);
	const shareable = shareableKey(key);
	if (shareable === undefined)
		throw refuse(
			'key',
			'is not a public key: it is a secret, a private key, or text that is not a public PEM, certificate, JWK or JWKS. The inspector never puts one in a link, so this link was made by hand: with a key of their own, anyone can make a token read valid.',
			'link.secret-key'
		);
	return shareable;
}

function leeway(value: unknown): number {
	const max = LINK_LIMITS.leewaySeconds;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
		throw refuse(
			'leewaySeconds',
			`is ${typeof value === 'number' ? `${value} s` : 'not a number'}; a link may carry a whole number of seconds from 0 to ${max} (one day): clock leeway is for clock skew (RFC 7519 §4.1.4), and more would accept long-expired tokens.`
		);
	return value;
}

function instant(value: unknown, member: string): number {
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < FIRST_YEAR_MS ||
		value > LAST_YEAR_MS
	)
		throw refuse(
			member,
			'is not a time the inspector writes (whole milliseconds, years 0001 to 9999).'
		);
	return value;
}

function reported(value: unknown): Reported {
	if (!isObject(value)) throw refuse('reported', 'is not a report of checks.');
	const at = instant(value.w, 'reported.at');
	const rows = value.c;
	const member = 'reported.checks';
	if (!Array.isArray(rows) || rows.length > MAX_REPORTED_ROWS)
		throw refuse(member, `is not a list of at most ${MAX_REPORTED_ROWS} checklist rows.`);
	const seen = new Set<unknown>();
	const checks = rows.map((row: unknown, n) => {
		const [id, status, code, detail] = Array.isArray(row) ? (row as unknown[]) : [];
		const wellFormed =
			Array.isArray(row) &&
			row.length === 4 &&
			isCheckIdShaped(id) &&
			!seen.has(id) &&
			STATUSES.has(status) &&
			typeof code === 'string' &&
			code.length > 0 &&
			code.length <= LINK_LIMITS.codeChars &&
			typeof detail === 'string' &&
			detail.length <= LINK_LIMITS.detailChars;
		if (!wellFormed)
			throw refuse(
				member,
				`row ${n + 1} is not [check ID, status, code, detail] with a check ID (once), a known status, a code of at most ${LINK_LIMITS.codeChars} characters and a detail of at most ${LINK_LIMITS.detailChars}.`
			);
		seen.add(id);
		return { id, status: status as Status, code, detail };
	});
	return { at, checks };
}

function claimNames(value: unknown): string[] {
	const { maskedClaims, claimNameChars } = LINK_LIMITS;
	if (
		!Array.isArray(value) ||
		value.length > maskedClaims ||
		!value.every((name) => typeof name === 'string' && name.length <= claimNameChars)
	)
		throw refuse(
			'masked',
			`is not a list of at most ${maskedClaims} claim names of at most ${claimNameChars} characters.`
		);
	return value as string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
