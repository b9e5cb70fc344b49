// Shows how two identifiers that should be equal differ, as plain data the checklist marks up: the parts both
// share, and the parts only the expected value or only the token's value has. RFC 7519 §4.1.1 (iss) and §4.1.3
// (aud) compare exactly, so the page shows the difference rather than describing it (issue 16, item 3). When
// both are URLs the difference is found by URL component (scheme, host, port, each path segment, query,
// fragment), so "keycloak:8080" vs "localhost:8180" marks the host and the port, and ".../v2.0" a version
// segment; other values are compared word by word. A difference only of letter case or of whitespace is marked
// character by character. Huge values are cut in the middle, as quoted() cuts them, so the diff stays small.
import type { DiffPart, ValueDiff } from '../../types';
import { middleEllipsis } from '../../text';

/** Values longer than this (UTF-16 units) are compared by common start and end only: no token alignment. */
const MAX_ALIGNED_LENGTH = 2048;
/** More tokens than this on a side, or more parts than MAX_PARTS, also fall back to start and end. */
const MAX_TOKENS = 128;
const MAX_PARTS = 24;
/** Code points a differing part keeps, and a shared part keeps, around a middle "…". */
const MAX_DIFFERING = 120;
const MAX_SAME = 48;
/** Code points the diff keeps of each whole value. */
const MAX_VALUE = 240;

const URL_LIKE = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)(.*)$/is;

/** The diff between what the API expects and what the token carries, or undefined when they are equal. */
export function valueDiff(expected: string, actual: string): ValueDiff | undefined {
	if (expected === actual) return undefined;
	const aligned =
		expected.length <= MAX_ALIGNED_LENGTH && actual.length <= MAX_ALIGNED_LENGTH
			? alignTokens(expected, actual)
			: undefined;
	const parts = aligned && aligned.length <= MAX_PARTS ? aligned : byEnds(expected, actual);
	return {
		expected: middleEllipsis(expected, MAX_VALUE),
		actual: middleEllipsis(actual, MAX_VALUE),
		parts: parts.map((p) => ({
			side: p.side,
			text: middleEllipsis(p.text, p.side === 'same' ? MAX_SAME : MAX_DIFFERING)
		}))
	};
}

/** How much two values share, as the diff shows it: for picking the closest of several audiences. */
export function sharedLength(diff: ValueDiff): number {
	return diff.parts.reduce((n, p) => n + (p.side === 'same' ? [...p.text].length : 0), 0);
}

/** The parts by common start and end alone: one differing middle on each side. Linear in the lengths. */
function byEnds(expected: string, actual: string): DiffPart[] {
	const max = Math.min(expected.length, actual.length);
	let start = 0;
	while (start < max && expected[start] === actual[start]) start++;
	// Never split a surrogate pair: step back over a high surrogate whose low one differs.
	if (start > 0 && isHigh(expected.charCodeAt(start - 1))) start--;
	let end = 0;
	while (
		end < max - start &&
		expected[expected.length - 1 - end] === actual[actual.length - 1 - end]
	)
		end++;
	if (end > 0 && isLow(expected.charCodeAt(expected.length - end))) end--;
	return merge([
		{ side: 'same', text: expected.slice(0, start) },
		{ side: 'expected', text: expected.slice(start, expected.length - end) },
		{ side: 'actual', text: actual.slice(start, actual.length - end) },
		{ side: 'same', text: expected.slice(expected.length - end) }
	]);
}

/** The parts from a longest common subsequence of the two values' tokens, or undefined when too many. */
function alignTokens(expected: string, actual: string): DiffPart[] | undefined {
	const urls = URL_LIKE.test(expected.trim()) && URL_LIKE.test(actual.trim());
	const e = urls ? urlTokens(expected) : wordTokens(expected);
	const a = urls ? urlTokens(actual) : wordTokens(actual);
	if (e.length > MAX_TOKENS || a.length > MAX_TOKENS) return undefined;
	// lcs[i][j]: the length of the longest common subsequence of e[i..] and a[j..].
	const lcs = Array.from({ length: e.length + 1 }, () => new Array<number>(a.length + 1).fill(0));
	for (let i = e.length - 1; i >= 0; i--)
		for (let j = a.length - 1; j >= 0; j--)
			lcs[i]![j] =
				e[i] === a[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const parts: DiffPart[] = [];
	let i = 0;
	let j = 0;
	while (i < e.length || j < a.length) {
		if (i < e.length && j < a.length && e[i] === a[j]) {
			parts.push({ side: 'same', text: e[i]! });
			i++;
			j++;
		} else if (j >= a.length || (i < e.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
			parts.push({ side: 'expected', text: e[i++]! });
		} else {
			parts.push({ side: 'actual', text: a[j++]! });
		}
	}
	return refine(merge(parts));
}

/** Scheme with "://", each host label, ":port", each "/segment", "?query", "#fragment", and whitespace at either end. */
function urlTokens(value: string): string[] {
	const lead = /^\s*/.exec(value)![0];
	const trail = /\s*$/.exec(value.slice(lead.length))![0];
	const core = value.slice(lead.length, value.length - trail.length);
	const [, scheme, authority, rest] = URL_LIKE.exec(core)!;
	const port = /:\d*$/.exec(authority!);
	const host = port ? authority!.slice(0, port.index) : authority!;
	const path = rest!.match(/\/[^/?#]*|\?[^#]*|#.*|[^/?#]+/gs) ?? [];
	// The host by its labels, so "tenant.eu.auth0.com" vs "tenant.us.auth0.com" marks the region alone.
	const labels = host.match(/[^.]+\.?|\./g) ?? [];
	return [lead, scheme!, ...labels, port?.[0] ?? '', ...path, trail].filter((t) => t !== '');
}

/** Runs of letters and digits, and every other character on its own. */
function wordTokens(value: string): string[] {
	return value.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]/gsu) ?? [];
}

/** Adjacent parts of the same side joined, empty ones dropped, "expected" before "actual" in each change. */
function merge(parts: DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	let change: { expected: string; actual: string } | undefined;
	const flush = () => {
		if (change?.expected) out.push({ side: 'expected', text: change.expected });
		if (change?.actual) out.push({ side: 'actual', text: change.actual });
		change = undefined;
	};
	for (const part of parts) {
		if (part.text === '') continue;
		if (part.side === 'same') {
			flush();
			const last = out[out.length - 1];
			if (last?.side === 'same') last.text += part.text;
			else out.push({ ...part });
		} else {
			change ??= { expected: '', actual: '' };
			change[part.side] += part.text;
		}
	}
	flush();
	return out;
}

/**
 * A change that differs only in letter case or in whitespace is narrowed to the characters that differ, so
 * "Login" vs "login" marks the "L", and "/x " vs "/x" the space; any other change keeps whole components.
 */
function refine(parts: DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	for (let k = 0; k < parts.length; k++) {
		const here = parts[k]!;
		const next = parts[k + 1];
		if (here.side === 'expected' && next?.side === 'actual' && narrowable(here.text, next.text)) {
			out.push(...byEnds(here.text, next.text));
			k++;
		} else out.push(here);
	}
	return merge(out);
}

function narrowable(expected: string, actual: string): boolean {
	return (
		expected.toLowerCase() === actual.toLowerCase() ||
		expected.replace(/\s/g, '') === actual.replace(/\s/g, '')
	);
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
