// Small pieces of wording shared by the checks, the parser and the key readers, so that the same value is
// described the same way everywhere.

/**
 * Names the JSON type of a value for a sentence such as `"aud" is …`: "a number", "a string", "an array",
 * "an object", "null", "the boolean true". Non-JSON values (undefined, bigint…) get their JavaScript type.
 */
export function describeJsonValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	switch (typeof value) {
		case 'boolean':
			return `the boolean ${value}`;
		case 'number':
			return 'a number';
		case 'string':
			return 'a string';
		case 'object':
			return 'an object';
		case 'undefined':
			return 'undefined';
		default:
			return `a ${typeof value}`;
	}
}

/** The text with its first character in upper case, for a sentence that starts with a described value. */
export function capitalise(text: string): string {
	const first = text.codePointAt(0);
	if (first === undefined) return text;
	const head = String.fromCodePoint(first);
	return head.toUpperCase() + text.slice(head.length);
}

/**
 * Shortens text to at most `max` characters for a message, ending it with "…" when something was cut.
 * Counts code points, so an emoji or other character outside the BMP is never split into a lone surrogate.
 */
export function abbreviate(text: string, max: number): string {
	// A string of at most `max` UTF-16 units has at most `max` code points: nothing to cut.
	if (text.length <= max) return text;
	let count = 0;
	let keep = 0;
	for (const char of text) {
		count++;
		if (count > max) return text.slice(0, keep) + '…';
		// Everything up to here fits alongside the ellipsis.
		if (count <= max - 1) keep += char.length;
	}
	return text;
}

/**
 * The text without any run of `char` at its end. A loop, not `/x+$/`: that regex retries from every position
 * of a long run that is not at the end, which takes quadratic time on hostile input.
 */
export function trimEnd(text: string, char: string): string {
	let end = text.length;
	while (end > 0 && text[end - 1] === char) end--;
	return text.slice(0, end);
}

/** A value from the token or the user, quoted for a message and cut to `max` characters. */
export function quoted(text: string, max = 120): string {
	return `"${abbreviate(text, max)}"`;
}

/** Up to `shown` values, quoted and joined, then how many more there are: `"a", "b" and 3 more`. */
export function quotedList(values: string[], shown = 5): string {
	const head = values.slice(0, shown).map((v) => quoted(v));
	return values.length > shown
		? `${head.join(', ')} and ${values.length - shown} more`
		: head.join(', ');
}
