// Turns what a user pastes into the token itself, remembering what was taken away and where, so that
// findings can point at offsets in the pasted text. Users paste tokens with whitespace, line breaks from
// a terminal, an `Authorization: Bearer` prefix or the quotes of a JSON string: all are accepted.
import type { Removal, Span } from '../types';
import { locateToken, type Alternative, type Found } from './locate';
import { repairBase64 } from './repair';

/**
 * A run of pasted text kept in the normalised token: pasted [from, from + sourceLength) is normalised
 * [at, at + length). The two lengths differ only for a decoded `%XX` escape (three pasted characters, one kept).
 */
interface KeptRun {
	from: number;
	at: number;
	length: number;
	sourceLength: number;
}

/** The normalised token, what was removed, and a way back from its offsets to the pasted text. */
export interface NormalizedToken {
	text: string;
	removed: Removal[];
	/** Maps a half-open range of the normalised token to the pasted text. */
	toSource(from: number, to: number): Span;
	/** Where the token was found when the paste held more than a token (a token response, a cookie…). */
	found?: Found;
	alternatives: Alternative[];
	withheld: string[];
	/** Set when the token was repaired (input/repair.ts): `guess` when another reading was possible. */
	repaired?: 'exact' | 'guess';
}

// Percent-encoded characters a token can hold (RFC 3986 §2.1): a token passed through a URL or form encoder
// arrives as `eyJ…%2EeyJ…%3D`. Only these are decoded; any other escape is left for the reader to report.
const PERCENT_DECODED: Record<string, string> = {
	'2E': '.',
	'2D': '-',
	'5F': '_',
	'3D': '=',
	'2B': '+',
	'2F': '/',
	'7E': '~'
};

const MAX_MARKED_ESCAPES = 32;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`' };
// "Authorization: Bearer x", "Bearer x", "DPoP x" (RFC 6750 §2.1, RFC 9449 §7.1): the scheme is not the token.
const PREFIX = /^(?:authorization\s*:\s*)?(?:bearer|dpop)\s+/i;
const HEADER_ONLY = /^authorization\s*:\s*/i;

/**
 * Strips what surrounds and breaks a pasted token, and records each removal. `repair: false` reads it without
 * repairing its base64 (the token reader's second reading, when a repaired token still does not read).
 */
export function normalizeToken(
	pasted: string,
	options: { repair?: boolean } = {}
): NormalizedToken {
	let start = 0;
	let end = pasted.length;
	const removed: Removal[] = [];
	// A token inside what surrounds it: everything before and after it is removed, and said so.
	const located = locateToken(pasted);
	if (located) {
		if (located.span.from > 0)
			removed.push({
				kind: 'surroundings',
				text: located.found.from,
				span: { from: 0, to: located.span.from }
			});
		if (located.span.to < pasted.length)
			removed.push({
				kind: 'surroundings',
				text: located.found.from,
				span: { from: located.span.to, to: pasted.length }
			});
		start = located.span.from;
		end = located.span.to;
	}

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
	const escapes: Span[] = [];
	// Keeps pasted [a, b), decoding the `%XX` escapes a token can hold; found with indexOf, so linear.
	// The next `%` at or after a position, searched again only once passed (as the line breaks below): linear.
	let nextPct = pasted.indexOf('%', start);
	const pctFrom = (from: number) => {
		if (nextPct !== -1 && nextPct < from) nextPct = pasted.indexOf('%', from);
		return nextPct;
	};
	const keep = (a: number, b: number) => {
		let i = a;
		let pct = pctFrom(a);
		while (pct !== -1 && pct + 3 <= b) {
			const decoded = PERCENT_DECODED[pasted.slice(pct + 1, pct + 3).toUpperCase()];
			if (decoded !== undefined) {
				if (pct > i) {
					runs.push({ from: i, at: text.length, length: pct - i, sourceLength: pct - i });
					text += pasted.slice(i, pct);
				}
				runs.push({ from: pct, at: text.length, length: 1, sourceLength: 3 });
				text += decoded;
				escapes.push({ from: pct, to: pct + 3 });
				i = pct + 3;
			}
			pct = pctFrom(decoded !== undefined ? i : pct + 1);
		}
		if (b > i) {
			runs.push({ from: i, at: text.length, length: b - i, sourceLength: b - i });
			text += pasted.slice(i, b);
		}
	};
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
		if (from > runFrom) keep(runFrom, from);
		breaks.push({ from, to });
		runFrom = to;
		i = nextBreak(to);
	}
	if (end > runFrom) keep(runFrom, end);
	// Each escape is struck through on its own (a token has a handful); past MAX_MARKED_ESCAPES one span covers the rest.
	for (let k = 0; k < escapes.length && k < MAX_MARKED_ESCAPES; k++) {
		const last = k === MAX_MARKED_ESCAPES - 1 ? escapes[escapes.length - 1]! : escapes[k]!;
		removed.push({
			kind: 'url-encoding',
			text: pasted.slice(escapes[k]!.from, escapes[k]!.to),
			span: { from: escapes[k]!.from, to: last.to }
		});
	}
	if (breaks.length > 0) {
		removed.push({
			kind: 'line-breaks',
			text: `${breaks.length} line break${breaks.length === 1 ? '' : 's'}`,
			span: { from: breaks[0]!.from, to: breaks[breaks.length - 1]!.to }
		});
	}
	if (runs.length === 0) runs.push({ from: start, at: 0, length: 0, sourceLength: 0 });

	// A token that went through the wrong base64 encoder or a form decoder (input/repair.ts): each change is
	// marked where it was pasted, and the padding dropped is taken out of the kept runs.
	const repair = options.repair === false ? undefined : repairBase64(text);
	if (repair) {
		const sourceAt = (offset: number) => {
			const run = runs.find((r) => offset >= r.at && offset < r.at + r.length)!;
			return run.from + (offset - run.at);
		};
		// As the escapes above: each change marked on its own, and past MAX_MARKS the last mark covers the rest.
		for (const mark of repair.marks) {
			const from = sourceAt(mark.at);
			const to = sourceAt(mark.at + mark.length - 1) + 1;
			removed.push({
				kind: mark.kind,
				text: pasted.slice(from, Math.min(to, from + 64)),
				span: { from, to }
			});
		}
		if (repair.dropped.length > 0) {
			const dropped = new Set(repair.dropped);
			const kept: KeptRun[] = [];
			let at = 0;
			for (const run of runs) {
				// A run holding a dropped "=" holds pasted characters one for one (an escape is one "=" alone).
				let i = 0;
				while (i < run.length) {
					if (dropped.has(run.at + i)) {
						i++;
						continue;
					}
					let j = i;
					while (j < run.length && !dropped.has(run.at + j)) j++;
					const whole = i === 0 && j === run.length;
					kept.push({
						from: run.from + i,
						at,
						length: j - i,
						sourceLength: whole ? run.sourceLength : j - i
					});
					at += j - i;
					i = j;
				}
			}
			runs.splice(0, runs.length, ...kept);
			if (runs.length === 0) runs.push({ from: start, at: 0, length: 0, sourceLength: 0 });
		}
		text = repair.text;
	}

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
		const into = Math.min(Math.max(offset - run.at, 0), run.length);
		return run.from + (into === run.length ? run.sourceLength : into);
	};

	return {
		text,
		removed,
		toSource: (from, to) => {
			const a = toSourceOffset(from, false);
			return { from: a, to: Math.max(a, toSourceOffset(to, true)) };
		},
		...(located ? { found: located.found } : {}),
		alternatives: located?.alternatives ?? [],
		withheld: located?.withheld ?? [],
		...(repair ? { repaired: repair.certainty } : {})
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
