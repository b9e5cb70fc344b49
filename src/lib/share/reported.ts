// The receiving page's report when the link left the signature out. A token without its signature cannot be
// verified (RFC 7515 §5.2), so this page's own signature row would say "stripped" and fail, which is not what
// the sender saw. The row is replaced by the sender's result, labelled as reported by them, and the verdict is
// recomputed so that a report can only make things look worse, never better:
// - a reported pass becomes `info`, never `pass`: it was not re-verified, so the verdict is never `valid`;
// - a reported failure stays a failure: the sender's page found the signature wrong.
import type { CheckResult, Report, Status } from '$lib/core';
import { shortUtc } from '$lib/present/time';
import type { ReportedSignature } from './link';

const STATUS: Record<Status, Status> = {
	pass: 'info',
	fail: 'fail',
	warn: 'warn',
	skip: 'skip',
	info: 'info'
};

/** The report with its signature row replaced by what the sender reported, and its verdict recomputed. */
export function withReportedSignature(report: Report, reported: ReportedSignature): Report {
	const checks = report.checks.map((check) =>
		check.id === 'signature' ? reportedRow(check, reported, report) : check
	);
	return {
		...report,
		checks,
		// As verdictOf in the core, except that nothing here verified a signature: never `valid`.
		verdict: checks.some((check) => check.status === 'fail') ? 'invalid' : 'unverified',
		diagnostics: report.diagnostics.filter((finding) => !finding.code.startsWith('signature.')),
		signature: { attempted: false, tried: [] }
	};
}

function reportedRow(row: CheckResult, reported: ReportedSignature, report: Report): CheckResult {
	const when = shortUtc(reported.at / 1000, new Date(report.evaluatedAt));
	const said = reported.detail.replace(/\.?$/, '.');
	const status = STATUS[reported.status];
	const detail =
		reported.status === 'pass'
			? `Not checked: the shared link leaves the signature out. Reported by the sender at ${when}: ${lowerFirst(said)}`
			: `Reported by the sender at ${when}, not re-verified here: ${lowerFirst(said)}`;
	return {
		id: 'signature',
		title: row.title,
		status,
		code: 'signature.reported',
		detail,
		fix: 'To verify it here, ask for a link that keeps the signature, or paste the whole token and the key.',
		...(row.spec !== undefined ? { spec: row.spec } : {})
	};
}

function lowerFirst(text: string): string {
	return text.length > 1 && /^[A-Z][a-z]/.test(text)
		? text[0]!.toLowerCase() + text.slice(1)
		: text;
}
