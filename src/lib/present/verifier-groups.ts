// The verifier table's groups (issue 18, item 4): verifiers that give the same answer for the same reasons
// share one row ("All 6 reject: …"), so one sentence is not repeated six times. Each verifier keeps its own
// entry inside its group (the page's `data-verifier`/`data-accepts`). Plain data, tested in Node.
import type { VerifierVerdict } from '$lib/diagnosis/verifiers';

export interface VerifierGroup {
	accepts: VerifierVerdict['accepts'];
	reasons: string[];
	verifiers: VerifierVerdict[];
	/** "All 6 reject", "2 accept", "Cannot tell" for one: the answer and how many give it. */
	headline: string;
}

const VERB = {
	yes: ['accepts', 'accept'],
	no: ['rejects', 'reject'],
	unknown: ['cannot tell', 'cannot tell']
} as const;

/** The verdicts grouped by identical answer and reasons, in the order each answer first appears. */
export function groupVerdicts(verdicts: readonly VerifierVerdict[]): VerifierGroup[] {
	const groups = new Map<string, Omit<VerifierGroup, 'headline'>>();
	for (const verdict of verdicts) {
		// JSON of the pair is an exact key: two verdicts group only when every reason is the same text.
		const key = JSON.stringify([verdict.accepts, verdict.reasons]);
		const group = groups.get(key);
		if (group) group.verifiers.push(verdict);
		else
			groups.set(key, { accepts: verdict.accepts, reasons: verdict.reasons, verifiers: [verdict] });
	}
	return [...groups.values()].map((group) => ({
		...group,
		headline: headline(group.accepts, group.verifiers.length, verdicts.length)
	}));
}

function headline(accepts: VerifierVerdict['accepts'], count: number, total: number): string {
	const [one, many] = VERB[accepts];
	if (count === 1) return one.charAt(0).toUpperCase() + one.slice(1);
	if (count === total) return `All ${count} ${many}`;
	return `${count} ${many}`;
}
