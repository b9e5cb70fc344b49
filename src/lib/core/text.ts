// Small pieces of wording shared by the checks, the parser and the key readers, so that the same value is
// described the same way everywhere.
import { revealInvisible } from './visible';

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

/**
 * A value from the token, the key, the user or a fetched document, quoted for a message: the one way a value
 * enters one. It is escaped as JSON writes a string (RFC 8259 §7: `"` as \", `\` as \\, line breaks as \n,
 * other controls as \u00XX, a lone surrogate as \udXXX), so that no value can end its quotes or start a
 * line that looks like another checklist row; then what still cannot be seen (bidi controls, zero-width and
 * format characters, U+2028/2029) is shown by code point (./visible.ts). A value longer than `max` code points
 * keeps its start and its end around "…" and says how long it is: `"abcd…wxyz" (6,144 characters)`.
 */
export function quoted(text: string, max = 60): string {
	// Most values (kids, issuers, algorithm names) are short printable ASCII with nothing to escape: they are
	// quoted as they are, which keeps a 1,000-key set's per-key reasons cheap.
	if (text.length <= max && PLAIN_ASCII.test(text)) return `"${text}"`;
	const cut = middleCut(text, max);
	if (!cut) return `"${escapeForMessage(text)}"`;
	const [head, tail, length] = cut;
	return `"${escapeForMessage(head)}…${escapeForMessage(tail)}" (${groupDigits(length)} characters)`;
}

/**
 * The text cut to at most `max` code points, keeping its start and its end around "…" as quoted() does, for a
 * value shown unquoted (a diff's parts); the text itself when it fits.
 */
export function middleEllipsis(text: string, max: number): string {
	const cut = middleCut(text, max);
	return cut ? `${cut[0]}…${cut[1]}` : text;
}

/** Printable ASCII except the quote and the backslash: what JSON leaves as it is, and nothing can hide in. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/** Up to `shown` values, quoted and joined, then how many more there are: `"a", "b" and 3 more`. */
export function quotedList(values: readonly string[], shown = 5, max = 60): string {
	const head = values.slice(0, shown).map((v) => quoted(v, max));
	return values.length > shown
		? `${head.join(', ')} and ${groupDigits(values.length - shown)} more`
		: head.join(', ');
}

/**
 * The value as it reads between the quotes of `quoted`, uncut: for a value shown on its own (a diff's parts),
 * so that it reads exactly as it does in a message.
 */
export function escapeForMessage(text: string): string {
	// Nothing is left for the code-point labels to keep: JSON has escaped every line feed and tab.
	return revealInvisible(JSON.stringify(text).slice(1, -1), '');
}

/**
 * The first and last code points of a text longer than `max` code points (about half each, `max - 1` in all,
 * so the ellipsis makes `max`), and its length in code points; undefined when it fits. Walks only the ends and
 * counts surrogate pairs, so a 1 MB value costs one pass over its UTF-16 units and is never copied whole.
 */
function middleCut(text: string, max: number): [string, string, number] | undefined {
	if (text.length <= max) return undefined;
	let pairs = 0;
	for (let i = 0; i < text.length - 1; i++) {
		if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
			pairs++;
			i++;
		}
	}
	const length = text.length - pairs;
	if (length <= max) return undefined;
	const keep = Math.max(max - 1, 0);
	const headCount = Math.ceil(keep / 2);
	let end = 0;
	for (let n = 0; n < headCount; n++) end += pairAt(text, end) ? 2 : 1;
	let start = text.length;
	for (let n = 0; n < keep - headCount; n++) start -= pairAt(text, start - 2) ? 2 : 1;
	return [text.slice(0, end), text.slice(start), length];
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const pairAt = (text: string, i: number) =>
	i >= 0 && isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));

/** A count with thousands separators, the same in every locale: 6,144. */
export function groupDigits(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
