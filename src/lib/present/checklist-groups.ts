// The checklist's calm order (issue 18, item 4): what needs attention first, then what passed and what was not
// judged, each folded into one line. The core's order (the page contract's) is kept inside each group, so the
// rows still read in the registry's order within a group. Plain data, tested in Node; Checklist.svelte lays
// it out.
import type { CheckResult, Status } from '$lib/core';

export interface ChecklistGroups {
	/** Failed and warned rows, failures first (the reason a token is rejected comes before a caution). */
	attention: CheckResult[];
	/** Rows that state a fact worth reading but judge nothing (status `info`). */
	notes: CheckResult[];
	passed: CheckResult[];
	/** Checks with nothing to judge (no key, no expected value, no such claim): `skip`, never `pass`. */
	skipped: CheckResult[];
	/** Nothing pasted yet: every row is a skip, so the page invites a paste instead of listing them. */
	empty: boolean;
}

const ATTENTION_RANK: Partial<Record<Status, number>> = { fail: 0, warn: 1 };

/** The rows in the order the page shows them, grouped so that only what needs attention is open. */
export function groupChecks(checks: readonly CheckResult[]): ChecklistGroups {
	const attention = checks
		.filter((check) => check.status in ATTENTION_RANK)
		// Array.prototype.sort is stable (ES2019), so the registry's order holds within fail and within warn.
		.sort((a, b) => ATTENTION_RANK[a.status]! - ATTENTION_RANK[b.status]!);
	const of = (status: Status) => checks.filter((check) => check.status === status);
	const skipped = of('skip');
	return {
		attention,
		notes: of('info'),
		passed: of('pass'),
		skipped,
		empty: checks.length > 0 && skipped.length === checks.length
	};
}

/** "1 check passed", "9 checks passed". */
export function countLine(count: number, what: string): string {
	return `${count} ${count === 1 ? 'check' : 'checks'} ${what}`;
}
