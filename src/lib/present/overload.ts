// The message shown when an inspection ran into the watchdog: what happened, why it is likely, what to do.

/** Sizes of what was pasted, and the limit the inspection ran past. */
export interface Overload {
	tokenLength: number;
	keyLength: number;
	limitMs: number;
}

/** A size in characters as a person reads it: "812 characters", "1.4 million characters". */
export function describeSize(length: number): string {
	if (length >= 1_000_000) return `${(length / 1_000_000).toFixed(1)} million characters`;
	if (length >= 10_000) return `${Math.round(length / 1000)} thousand characters`;
	return `${length.toLocaleString('en-US')} character${length === 1 ? '' : 's'}`;
}

/** Why no report is shown: the inspection was stopped, with the sizes that most likely made it slow. */
export function overloadMessage({ tokenLength, keyLength, limitMs }: Overload): string {
	const seconds = limitMs / 1000;
	const larger =
		tokenLength >= keyLength
			? `the token (${describeSize(tokenLength)})`
			: `the key (${describeSize(keyLength)})`;
	return (
		`This input is too heavy to inspect: checking it took longer than ${seconds} s, so it was stopped to ` +
		`keep the page responsive, and no verdict is given. The largest part is ${larger}; real tokens and ` +
		`keys are a few thousand characters at most. Check that only the token and its key were pasted.`
	);
}
