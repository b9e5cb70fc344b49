// The what-ifs a report's rows offer (the core's `whatIf`), as the page offers them: a labelled experiment,
// never the fix (issue 18, item 7).
import type { CheckResult } from '$lib/core';

/**
 * The leeway the page's "What if the leeway were N s?" sets: the largest a row needs, rounded up to the next
 * ten seconds with at least five to spare. The core's value is exact for its moment, but under the live clock
 * an expired token's miss grows every second, so the exact value would fail again a second later.
 * Undefined when no row offers a leeway.
 */
export function offeredLeeway(
	checks: readonly CheckResult[]
): { seconds: number; rows: string[] } | undefined {
	const offers = checks.flatMap((check) =>
		check.whatIf?.input === 'leewaySeconds' ? [{ id: check.id, seconds: check.whatIf.value }] : []
	);
	if (offers.length === 0) return undefined;
	const needed = Math.max(...offers.map((o) => o.seconds));
	return { seconds: Math.ceil((needed + 5) / 10) * 10, rows: offers.map((o) => o.id) };
}
