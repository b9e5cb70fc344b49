// A shared diagnosis is judged at the sender's moment (the link's `evaluatedAt`), so its rows say "expires in
// 54 min" as the sender saw it. Opened hours later, that reads as "now" unless it is said: every relative time
// on the receiving page is labelled as the sender's, with the receiver's "now" beside it where they differ
// (issue 18, item 5). Pure: the page passes both instants in; nothing here reads a clock.
import type { CheckResult, Report, Status } from '$lib/core';
import { normalizeLeeway } from '$lib/core/time/leeway';
import { formatInstant, relativeTime } from '$lib/present/time';

/** The two instants a received report is read at, in ms since 1970. */
export interface SenderMoment {
	/** The sender's moment, which the report was judged at. */
	at: number;
	/** The receiver's clock, as the page passes it in. */
	now: number;
}

/** Below this, the receiver's now and the sender's moment read alike: no "now" is added beside. */
export const SAME_MOMENT_MS = 60_000;

export type TimeRowId = 'exp' | 'nbf' | 'iat';

/** How one time claim reads at the receiver's now, beside the sender's row. */
export interface NowReading {
	id: TimeRowId;
	/** The claim's NumericDate, in seconds. */
	claim: number;
	/** The row as the sender's moment judged it. */
	atSender: Status;
	/** The same rule applied at the receiver's now. */
	atNow: Status;
	/** "expired 2 h ago", "expires in 5 min", "started 3 h ago", "issued 4 h ago". */
	nowPhrase: string;
}

/**
 * The rules of the exp, nbf and iat checks at another instant (RFC 7519 §4.1.4: now < exp, with the leeway;
 * §4.1.5: now ≥ nbf, with the leeway; §4.1.6: an iat in the future beyond the leeway is rejected here as by
 * the iat check). Only for a row the core judged as pass, warn or fail: a skipped or malformed claim stays so.
 */
function statusAt(id: TimeRowId, claim: number, now: number, leeway: number): Status {
	if (id === 'exp') {
		const ago = now - claim;
		return ago >= leeway ? 'fail' : ago >= 0 ? 'warn' : 'pass';
	}
	const ahead = claim - now;
	return ahead > leeway ? 'fail' : ahead > 0 ? 'warn' : 'pass';
}

function phraseAt(id: TimeRowId, claim: number, now: number): string {
	const relative = relativeTime(claim - now);
	if (id === 'exp') return `${claim <= now ? 'expired' : 'expires'} ${relative}`;
	if (id === 'nbf') return `${claim <= now ? 'started' : 'starts'} ${relative}`;
	return claim <= now ? `issued ${relative}` : `issued in the future (${relative})`;
}

/** Whether the receiver's now differs enough from the sender's moment to be said beside it. */
export function momentsDiffer(moment: SenderMoment): boolean {
	return (
		Number.isFinite(moment.at - moment.now) && Math.abs(moment.now - moment.at) >= SAME_MOMENT_MS
	);
}

/** Each judged time row (exp, nbf, iat) read again at the receiver's now; empty when the moments read alike. */
export function nowReadings(report: Report, moment: SenderMoment): NowReading[] {
	if (!momentsDiffer(moment)) return [];
	const claims = report.token.claims ?? {};
	const now = moment.now / 1000;
	const leeway = normalizeLeeway(report.leewaySeconds);
	const readings: NowReading[] = [];
	for (const check of report.checks) {
		if (check.id !== 'exp' && check.id !== 'nbf' && check.id !== 'iat') continue;
		const claim = claims[check.id];
		const judged = check.status === 'pass' || check.status === 'warn' || check.status === 'fail';
		if (!judged || typeof claim !== 'number' || !Number.isFinite(claim)) continue;
		readings.push({
			id: check.id,
			claim,
			atSender: check.status,
			atNow: statusAt(check.id, claim, now, leeway),
			nowPhrase: phraseAt(check.id, claim, now)
		});
	}
	return readings;
}

/** "2026-11-25 09:12:03 UTC" for an instant in ms. */
export function momentText(ms: number): string {
	return formatInstant(Math.floor(ms / 1000));
}

const VERB: Record<Status, string> = {
	pass: 'passes',
	warn: 'passes only within the leeway',
	fail: 'fails',
	skip: 'is not judged',
	info: 'is not judged'
};

/**
 * The report with each time row saying that its relative times are the sender's, and how the claim reads at
 * the receiver's now (and whether the row would pass then); the report itself when the moments read alike.
 * Statuses, codes and the verdict stay the sender's moment's: "now" is said beside, never judged instead.
 */
export function withNowBeside(report: Report, moment: SenderMoment): Report {
	const readings = new Map(nowReadings(report, moment).map((r) => [r.id, r]));
	if (readings.size === 0) return report;
	const checks = report.checks.map((check): CheckResult => {
		const reading = readings.get(check.id as TimeRowId);
		if (!reading) return check;
		const change =
			reading.atNow === reading.atSender ? '' : `; at that time this row ${VERB[reading.atNow]}`;
		return {
			...check,
			// The label comes first, so that a folded row's one line already says whose moment it is.
			detail: `At the sender's moment, ${momentText(moment.at)}: ${check.detail} Now, ${momentText(moment.now)}: ${reading.nowPhrase}${change}.`
		};
	});
	return { ...report, checks };
}
