// The receiving page's report for rows the link does not let it judge. A token without its signature cannot
// be verified (RFC 7515 §5.2): this page's own signature row would say "stripped" and fail, which is not what
// the sender saw; without the key (a secret is never carried), the key, algorithm-fit and secret-strength rows
// would be skipped. Those rows, and only those, are shown as the sender's results, labelled as reported by
// them, and the verdict is recomputed so that a report can only make things look worse, never better:
// - a reported pass becomes `info`, never `pass`: nothing was re-verified, so the verdict is never `valid`;
// - a reported failure stays a failure: the sender's page found that row wrong;
// - a row this page judged stays its own: a link is text anyone can write, so a reported row for any other
//   check (exp, aud, …), or for a key row when the link carries the key, is ignored; and where this page
//   judged part of a row without the key (the algorithm row knows "none" is wrong, RFC 8725 §3.1), the
//   report stands only when it is worse.
import type { CheckResult, Report, Status } from '$lib/core';
import { shortUtc } from '$lib/present/time';
import { abbreviate } from '$lib/core/text';
import { revealInvisible } from '$lib/core/visible';
import { KEY_ROWS, type Reported, type ReportedCheck } from './link';

/** A reported row's detail is shown up to this many characters. */
const MAX_REPORTED_CHARS = 600;

const STATUS: Record<Status, Status> = {
	pass: 'info',
	fail: 'fail',
	warn: 'warn',
	skip: 'skip',
	info: 'info'
};

/** How bad a status is; a reported row replaces this page's row only when it is worse. */
const RANK: Record<Status, number> = { skip: 0, pass: 1, info: 2, warn: 3, fail: 4 };

/**
 * How bad this page's own row is, where the link left it unable to judge the row: `skip` for what it could
 * not judge at all, the row's status for what it judged without the key; undefined where it judged the row
 * and no report may stand for it.
 */
function ownJudgement(check: CheckResult, report: Report): Status | undefined {
	// RFC 7515 §7.1: the empty third part is the link leaving the signature out; this page cannot verify it.
	if (check.id === 'signature' && check.code === 'signature.missing') return 'skip';
	if (report.key.kind !== 'none' || !KEY_ROWS.includes(check.id)) return undefined;
	return check.status;
}

/**
 * The report with the rows it could not judge shown as the sender's results, where those are worse than its
 * own, and its verdict recomputed; the report itself when no reported row may stand.
 */
export function withReported(report: Report, reported: Reported): Report {
	const byId = new Map(reported.checks.map((check) => [check.id, check]));
	const when = shortUtc(reported.at / 1000, new Date(report.evaluatedAt));
	const replaced = new Set<string>();
	const checks = report.checks.map((check) => {
		const said = byId.get(check.id);
		const own = ownJudgement(check, report);
		if (!said || own === undefined) return check;
		// Not better than this page's own judgement; on a tie, this page's own row (with its own wording),
		// unless it could not judge the row at all.
		const rank = RANK[STATUS[said.status]];
		if (rank < RANK[own] || (rank === RANK[own] && own !== 'skip')) return check;
		replaced.add(check.id);
		return reportedRow(check, said, when);
	});
	if (replaced.size === 0) return report;
	return {
		...report,
		checks,
		// As verdictOf in the core, except that nothing here verified a signature: never `valid`.
		verdict: checks.some((check) => check.status === 'fail') ? 'invalid' : 'unverified',
		// The replaced rows' underlines belong to this page's judgement, not the sender's.
		diagnostics: report.diagnostics.filter(
			(finding) => !replaced.has(finding.code.slice(0, finding.code.indexOf('.')))
		),
		...(replaced.has('signature') ? { signature: { attempted: false, tried: [] } } : {})
	};
}

function reportedRow(row: CheckResult, said: ReportedCheck, when: string): CheckResult {
	// The detail comes from the link, so from whoever wrote it: a sender's own core never puts a line break in
	// one (every value is quoted, see core/text.ts), so here none is kept, and its length is bounded, lest a
	// forged link draw fake checklist lines in this row or a megabyte of text.
	const sentence = revealInvisible(abbreviate(said.detail, MAX_REPORTED_CHARS), '').replace(
		/\.?$/,
		'.'
	);
	const missing = row.id === 'signature' ? 'the signature or the key' : 'the key';
	const detail =
		said.status === 'pass'
			? `Not checked: the shared link leaves out ${missing}. Reported by the sender at ${when}: ${lowerFirst(sentence)}`
			: `Reported by the sender at ${when}, not checked here: ${lowerFirst(sentence)}`;
	return {
		id: row.id,
		title: row.title,
		status: STATUS[said.status],
		code: `${row.id}.reported`,
		detail,
		fix: 'To check it here, ask for a link that keeps the signature and the public key, or paste the whole token and the key.',
		...(row.spec !== undefined ? { spec: row.spec } : {})
	};
}

function lowerFirst(text: string): string {
	return text.length > 1 && /^[A-Z][a-z]/.test(text)
		? text[0]!.toLowerCase() + text.slice(1)
		: text;
}
