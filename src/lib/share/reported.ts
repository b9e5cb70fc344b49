// The receiving page's report for rows the link does not let it judge. A token without its signature cannot
// be verified (RFC 7515 §5.2): this page's own signature row would say "stripped" and fail, which is not what
// the sender saw; without the key (a secret is never carried), the key, algorithm-fit and secret-strength rows
// would be skipped. Those rows are replaced by the sender's results, labelled as reported by them, and the
// verdict is recomputed so that a report can only make things look worse, never better:
// - a reported pass becomes `info`, never `pass`: nothing was re-verified, so the verdict is never `valid`;
// - a reported failure stays a failure: the sender's page found that row wrong.
import type { CheckResult, Report, Status } from '$lib/core';
import { shortUtc } from '$lib/present/time';
import { abbreviate } from '$lib/core/text';
import { revealInvisible } from '$lib/core/visible';
import type { Reported, ReportedCheck } from './link';

/** A reported row's detail is shown up to this many characters. */
const MAX_REPORTED_CHARS = 600;

const STATUS: Record<Status, Status> = {
	pass: 'info',
	fail: 'fail',
	warn: 'warn',
	skip: 'skip',
	info: 'info'
};

/** The report with the reported rows replaced by the sender's results, and its verdict recomputed. */
export function withReported(report: Report, reported: Reported): Report {
	const byId = new Map(reported.checks.map((check) => [check.id, check]));
	const when = shortUtc(reported.at / 1000, new Date(report.evaluatedAt));
	const checks = report.checks.map((check) => {
		const said = byId.get(check.id);
		return said ? reportedRow(check, said, when) : check;
	});
	return {
		...report,
		checks,
		// As verdictOf in the core, except that nothing here verified a signature: never `valid`.
		verdict: checks.some((check) => check.status === 'fail') ? 'invalid' : 'unverified',
		// The replaced rows' underlines belong to this page's judgement, not the sender's.
		diagnostics: report.diagnostics.filter(
			(finding) => !byId.has(finding.code.slice(0, finding.code.indexOf('.')))
		),
		...(byId.has('signature') ? { signature: { attempted: false, tried: [] } } : {})
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
