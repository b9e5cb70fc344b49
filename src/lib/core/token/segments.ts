// Splits the normalised token on its dots (RFC 7515 §7.1, RFC 7516 §7.1) into named segments, each with its
// offset, so that every later fault can be mapped back to the pasted text.
import type { SegmentName, SegmentView, Span } from '../types';
import type { NormalizedToken } from '../input/normalize';

/** One dot-separated part of the normalised token and where it starts in it. */
export interface Segment {
	text: string;
	at: number;
}

/** The segments as split, how many there really are, and the view the page shows of each. */
export interface Segments {
	parts: Segment[];
	/** The number of dot-separated parts, counted past MAX_SEGMENTS too. */
	count: number;
	views: SegmentView[];
}

/** Maps a half-open range of one segment's characters to a span of the pasted text. */
export type SegmentSpan = (from: number, to: number) => Span;

const JWS_PARTS: SegmentName[] = ['header', 'payload', 'signature'];
/** The names of a compact JWE's five segments, in order (RFC 7516 §7.1). */
export const JWE_PARTS: SegmentName[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];
/** Segments shown one by one; a JWE has five, so more than this is never a token. */
const MAX_SEGMENTS = 16;

/** Splits the normalised token on its dots, keeping each part's offset and its span in the pasted text. */
export function splitSegments(norm: NormalizedToken): Segments {
	const text = norm.text;
	// Split on dots, keeping each part's offset in the normalised text. Past MAX_SEGMENTS the rest stays one
	// part: a paste of a million dots is counted, not turned into a million segments.
	const parts: Segment[] = [];
	let at = 0;
	for (;;) {
		const dot = parts.length < MAX_SEGMENTS - 1 ? text.indexOf('.', at) : -1;
		if (dot < 0) {
			parts.push({ text: text.slice(at), at });
			break;
		}
		parts.push({ text: text.slice(at, dot), at });
		at = dot + 1;
	}
	const count = parts.length < MAX_SEGMENTS ? parts.length : countDots(text) + 1;
	const names = parts.length === 5 ? JWE_PARTS : JWS_PARTS;
	const views = parts.map((part, i): SegmentView => ({
		name: names[i] ?? 'signature',
		span: norm.toSource(part.at, part.at + part.text.length),
		length: part.text.length
	}));
	return { parts, count, views };
}

/** The mapping from one segment's character offsets to the pasted text. */
export function spanInSegment(norm: NormalizedToken, segment: Segment): SegmentSpan {
	return (from, to) => norm.toSource(segment.at + from, segment.at + to);
}

/** Says what is wrong with a token of `count` parts, which is neither a JWS (3) nor a JWE (5). */
export function segmentCountMessage(count: number): string {
	if (count === 1)
		return 'There are no dots: a JWT has three base64url parts, header.payload.signature. This may be an opaque token (only its issuer can read it) or only part of a JWT.';
	if (count === 2)
		return 'There are two parts: the signature is missing. A JWS has three parts (header.payload.signature); even an unsecured JWT ends with a dot.';
	if (count === 4)
		return 'There are four parts; a JWS has three (header.payload.signature) and a JWE five. A part was probably duplicated or two tokens were joined.';
	return `There are ${count} parts; a JWS has three (header.payload.signature) and a JWE five.`;
}

function countDots(text: string): number {
	let count = 0;
	for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) count++;
	return count;
}
