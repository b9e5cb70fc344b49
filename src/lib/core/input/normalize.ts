// Turns what a user pastes into the token itself, remembering what was taken away and where, so that
// findings can point at offsets in the pasted text. Users paste tokens with whitespace, line breaks from
// a terminal, an `Authorization: Bearer` prefix or the quotes of a JSON string: all are accepted.
import type { Removal, Span } from '../types';

/** A run of pasted text kept in the normalised token: pasted [from, from + length) is normalised [at, …). */
interface KeptRun {
	from: number;
	at: number;
	length: number;
}

/** The normalised token, what was removed, and a way back from its offsets to the pasted text. */
export interface NormalizedToken {
	text: string;
	removed: Removal[];
	/** Maps a half-open range of the normalised token to the pasted text. */
	toSource(from: number, to: number): Span;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`' };
// "Authorization: Bearer x", "Bearer x", "DPoP x" (RFC 6750 §2.1, RFC 9449 §7.1): the scheme is not the token.
const PREFIX = /^(?:authorization\s*:\s*)?(?:bearer|dpop)\s+/i;
const HEADER_ONLY = /^authorization\s*:\s*/i;

/** Strips what surrounds and breaks a pasted token, and records each removal. */
export function normalizeToken(pasted: string): NormalizedToken {
	let start = 0;
	let end = pasted.length;
	const removed: Removal[] = [];

	const trim = () => {
		const s = start;
		const e = end;
		while (start < end && isSpace(pasted.charCodeAt(start))) start++;
		while (end > start && isSpace(pasted.charCodeAt(end - 1))) end--;
		if (start > s)
			removed.push({
				kind: 'whitespace',
				text: pasted.slice(s, start),
				span: { from: s, to: start }
			});
		if (end < e)
			removed.push({ kind: 'whitespace', text: pasted.slice(end, e), span: { from: end, to: e } });
	};
	const unquote = () => {
		const open = pasted[start];
		if (end - start >= 2 && open !== undefined && QUOTE_PAIRS[open] === pasted[end - 1]) {
			removed.push({
				kind: 'quotes',
				text: open + QUOTE_PAIRS[open],
				span: { from: start, to: start + 1 }
			});
			start++;
			end--;
			return true;
		}
		return false;
	};
	const unprefix = () => {
		const head = pasted.slice(start, Math.min(end, start + 64));
		const match = PREFIX.exec(head) ?? HEADER_ONLY.exec(head);
		if (!match) return false;
		removed.push({
			kind: 'prefix',
			text: match[0].trim(),
			span: { from: start, to: start + match[0].length }
		});
		start += match[0].length;
		return true;
	};

	trim();
	if (unquote()) trim();
	if (unprefix()) {
		trim();
		if (unquote()) trim();
	}

	// A token broken across lines: drop line breaks and the indentation around them. Other whitespace inside
	// the token is left in place, so that it is reported as a fault rather than silently accepted.
	const runs: KeptRun[] = [];
	let text = '';
	let runFrom = start;
	const breaks: Span[] = [];
	// The next line break at or after `from`, found with indexOf (a pasted 1 MB token has none, and a loop over
	// its characters was an eighth of its inspection). Each search only moves forward: linear in all.
	let nextLf = pasted.indexOf('\n', start);
	let nextCr = pasted.indexOf('\r', start);
	const nextBreak = (from: number): number => {
		if (nextLf !== -1 && nextLf < from) nextLf = pasted.indexOf('\n', from);
		if (nextCr !== -1 && nextCr < from) nextCr = pasted.indexOf('\r', from);
		const at = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
		return at === -1 || at >= end ? end : at;
	};
	let i = nextBreak(start);
	while (i < end) {
		let from = i;
		while (from > runFrom && isBlank(pasted.charCodeAt(from - 1))) from--;
		let to = i;
		while (to < end && isSpace(pasted.charCodeAt(to))) to++;
		if (from > runFrom) {
			runs.push({ from: runFrom, at: text.length, length: from - runFrom });
			text += pasted.slice(runFrom, from);
		}
		breaks.push({ from, to });
		runFrom = to;
		i = nextBreak(to);
	}
	if (end > runFrom) {
		runs.push({ from: runFrom, at: text.length, length: end - runFrom });
		text += pasted.slice(runFrom, end);
	}
	if (breaks.length > 0) {
		removed.push({
			kind: 'line-breaks',
			text: `${breaks.length} line break${breaks.length === 1 ? '' : 's'}`,
			span: { from: breaks[0]!.from, to: breaks[breaks.length - 1]!.to }
		});
	}
	if (runs.length === 0) runs.push({ from: start, at: 0, length: 0 });

	const toSourceOffset = (offset: number, isEnd: boolean): number => {
		// Binary search for the run holding this offset; an end offset belongs to the run it closes.
		let lo = 0;
		let hi = runs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			const run = runs[mid]!;
			if (run.at < offset || (!isEnd && run.at === offset)) lo = mid;
			else hi = mid - 1;
		}
		const run = runs[lo]!;
		return run.from + Math.min(Math.max(offset - run.at, 0), run.length);
	};

	return {
		text,
		removed,
		toSource: (from, to) => {
			const a = toSourceOffset(from, false);
			return { from: a, to: Math.max(a, toSourceOffset(to, true)) };
		}
	};
}

function isBlank(c: number): boolean {
	return c === 32 || c === 9;
}

function isSpace(c: number): boolean {
	return (
		c === 32 ||
		c === 9 ||
		c === 10 ||
		c === 13 ||
		c === 12 ||
		c === 11 ||
		c === 0xa0 ||
		c === 0xfeff
	);
}
