// Fitting the verdict sentence's reason and next step into its length (present/verdict.ts). The reason says
// what is wrong, so it is kept: the step is shortened first, to its first clauses, and only then is the reason
// cut, at a word, never below MIN_REASON characters. A cut ends in "…", which no full stop follows.

/** The fewest characters of a reason a cut keeps (a longer reason is cut no shorter than this). */
export const MIN_REASON = 60;

/** A step shorter than this is no step: "Check it." says nothing. */
const MIN_STEP = 24;

/**
 * The text cut to at most `max` UTF-16 units at a word boundary, ending in "…"; the text itself if it fits. With
 * `min`, the cut keeps at least that many characters, running past `max` to the next space when it must.
 */
export function cutAtWord(text: string, max: number, min = 0): string {
	if (text.length <= max) return text;
	let head = text.slice(0, Math.max(0, max - 1));
	// At the last space, unless that throws away more than half (or keeps under `min`): then the word is cut.
	const space = head.lastIndexOf(' ');
	if (space > head.length / 2 && space >= min) head = head.slice(0, space);
	else if (min > 0) {
		const next = text.indexOf(' ', min);
		if (next === -1) return text;
		head = text.slice(0, next);
	}
	// Never half a surrogate pair.
	if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
	// No dangling punctuation or opening bracket before the ellipsis: "token (…", "rest, …".
	return head.replace(/[\s,;:(—–-]+$/u, '') + '…';
}

/**
 * The step and shorter forms of it, longest first within each kind: the step cut before each strong clause
 * boundary (";", ":", " — "), then before each comma, each ending with a full stop; then each of those without
 * its asides in brackets. Strong boundaries first, so that a list after a colon goes whole, not half-way
 * ("…not a JWT library." rather than "…for JavaScript "paseto", for Python "pyseto"."). A boundary inside
 * brackets or quotes is not one: the clause before it would end mid-value.
 */
export function shorterSteps(step: string): string[] {
	const body = step.replace(/[.!?]$/, '');
	const strong: number[] = [];
	const commas: number[] = [];
	let depth = 0;
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const char = body[i]!;
		const outside = depth === 0 && !quoted;
		if (char === '"') quoted = !quoted;
		else if (char === '(') depth++;
		else if (char === ')') depth = Math.max(0, depth - 1);
		else if (outside && /[;:]/.test(char) && body[i + 1] === ' ') strong.push(i);
		else if (outside && char === '—' && body[i - 1] === ' ') strong.push(i - 1);
		else if (outside && char === ',' && body[i + 1] === ' ') commas.push(i);
	}
	const clauses = [
		step,
		...[...strong.reverse(), ...commas.reverse()].map((cut) => `${body.slice(0, cut).trimEnd()}.`)
	];
	const plain = clauses.map((clause) => clause.replace(/ \([^()"]*\)/g, ''));
	return [...new Set([...clauses, ...plain])].filter((s, i) => i === 0 || s.length >= MIN_STEP);
}

/**
 * The reason and step that fit in `budget` characters, the step costing one more (the space before it): the
 * whole of both if they fit; else the longest shorter step beside the whole reason; else the shortest step
 * and the reason cut to the room left; and only if that leaves under MIN_REASON, the step cut too. A step
 * written for the sentence (`shorten` false: a pitfall's, a short one for a common code) is kept whole: it
 * was written to fit, and its second clause is often the alternative ("…, or accept the v1.0 issuer").
 */
export function fitReasonAndStep(
	reason: string,
	step: string | undefined,
	budget: number,
	shorten = true
): { reason: string; step: string | undefined } {
	if (step === undefined) return { reason: cutAtWord(reason, budget), step };
	const steps = shorten ? shorterSteps(step) : [step];
	const whole = steps.find((s) => reason.length + 1 + s.length <= budget);
	if (whole !== undefined) return { reason, step: whole };
	const shortest = steps.reduce((a, b) => (b.length < a.length ? b : a));
	const kept = Math.min(reason.length, MIN_REASON);
	const room = budget - 1 - shortest.length;
	const cut = cutAtWord(reason, room);
	if (room >= kept && cut.length >= kept) return { reason: cut, step: shortest };
	const cutReason = cutAtWord(reason, kept, kept);
	return { reason: cutReason, step: cutAtWord(shortest, budget - 1 - cutReason.length) };
}
