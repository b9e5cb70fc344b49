// The instants a value that is not a JWT states (a PASETO's "exp", a SAML assertion's NotOnOrAfter), judged by
// the exp, nbf and iat rows exactly as they judge a JWT's claim: the same codes, statuses and words, with the
// label of where each instant was read. Not a check itself.
import type { CheckContext, Outcome } from '../check';
import type { Status } from '../../types';

const RANK: Record<Status, number> = { fail: 4, warn: 3, pass: 2, info: 1, skip: 0 };

/**
 * The row's outcome for the format's instants that `claim` judges, or undefined when the format states none:
 * every instant is judged, the worst outcome gives the row its code and status, and the detail names each.
 */
export function formatTimesOutcome<Code extends string>(
	context: CheckContext,
	claim: 'exp' | 'nbf' | 'iat',
	judge: (seconds: number) => Outcome<Code>
): Outcome<Code> | undefined {
	const times = context.format?.times?.filter((time) => time.claim === claim) ?? [];
	if (times.length === 0) return undefined;
	const judged = times.map((time) => ({ label: time.label, outcome: judge(time.seconds) }));
	const worst = judged.reduce((a, b) => (RANK[b.outcome.status] > RANK[a.outcome.status] ? b : a));
	return {
		...worst.outcome,
		detail: judged.map(({ label, outcome }) => `${label}: ${outcome.detail}`).join(' ')
	};
}
