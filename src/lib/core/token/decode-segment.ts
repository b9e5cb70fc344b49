// Decodes one segment of a token, layer by layer: base64url (RFC 7515 §2), then UTF-8 (RFC 7515 §4,
// RFC 7519 §7.2), then JSON (RFC 8259). Each step is pure and returns what it read with its faults, every
// fault placed on the base64url characters that carry the bad bytes.
import type { StructureFinding as Finding } from './faults';
import type { StructureFaultCode } from './fault-codes';
import type { Read } from '../read';
import { decodeBase64url } from './base64url';
import { readStrictJson } from './json';
import { decodeUtf8, utf8Length } from './utf8';
import { structureFault } from './faults';
import type { SegmentSpan } from './segments';

/** Decodes a segment's base64url strictly, faulting each misuse; the bytes are decoded leniently regardless. */
export function decodeSegment(
	segment: string,
	what: string,
	spanIn: SegmentSpan
): Required<Read<Uint8Array, Finding>> {
	const result = decodeBase64url(segment);
	return {
		value: result.bytes,
		faults: result.faults.map((f) =>
			structureFault(f.code, `In the ${what}: ${f.message}`, spanIn(f.from, f.to))
		)
	};
}

const UTF8_FAULTS = {
	header: { code: 'structure.header-utf8', subject: 'The header is', rule: 'RFC 7515 §4' },
	payload: { code: 'structure.payload-utf8', subject: 'The claims are', rule: 'RFC 7519 §7.2' }
} as const;

/** Decodes a segment's bytes as UTF-8 strictly; the text is always given, decoded leniently after a fault. */
export function decodeSegmentText(
	bytes: Uint8Array,
	part: keyof typeof UTF8_FAULTS,
	segmentLength: number,
	spanIn: SegmentSpan
): Required<Read<string, Finding>> {
	const utf8 = decodeUtf8(bytes);
	if (utf8.ok) return { value: utf8.text, faults: [] };
	const { code, subject, rule } = UTF8_FAULTS[part];
	return {
		value: utf8.text,
		faults: [
			structureFault(
				code,
				`${subject} not valid UTF-8 (bad byte at position ${utf8.offset}); ${rule} requires UTF-8 JSON.`,
				spanIn(...bytesToChars(utf8.offset, utf8.offset + 1, segmentLength))
			)
		]
	};
}

/** A segment's JSON as read: `strict` is false when it repeats a member name or holds an infinite number. */
export type SegmentJson = Read<unknown, Finding> & { strict: boolean };

/**
 * Reads a segment's JSON text strictly. A syntax error, a repeated member name or an infinite number each
 * becomes a fault; `room` is how many more faults the token's list can take.
 */
export function readSegmentJson(
	json: string,
	what: 'header' | 'claims',
	segmentLength: number,
	spanIn: SegmentSpan,
	room: number
): SegmentJson {
	const read = readStrictJson(json);
	const faults: Finding[] = [];
	// Offsets in the decoded JSON become offsets of the base64url characters that carry those bytes.
	const toSpan = (from: number, to: number) => {
		// An empty range (an error at the end of the text) marks the last byte.
		const total = utf8Length(json);
		const a = Math.min(utf8Length(json.slice(0, from)), Math.max(total - 1, 0));
		const b = Math.max(utf8Length(json.slice(0, to)), a + 1);
		return spanIn(...bytesToChars(a, b, segmentLength));
	};
	if (!read.ok) {
		const error = read.error;
		const code: StructureFaultCode =
			error.code === 'json.too-deep' ? `structure.${what}-too-deep` : `structure.${what}-json`;
		faults.push(
			structureFault(
				code,
				`The ${NOUNS[what] ?? what} is not valid JSON: ${error.message}`,
				toSpan(error.from, error.to)
			)
		);
	}
	for (const issue of read.issues) {
		// Spans cost a pass over the JSON each: stop once the list of faults is full.
		if (faults.length >= room) break;
		const code =
			issue.code === 'json.duplicate-name'
				? 'structure.duplicate-name'
				: 'structure.non-finite-number';
		faults.push(
			structureFault(code, `In the ${what}: ${issue.message}`, toSpan(issue.from, issue.to))
		);
	}
	const strict = read.issues.length === 0;
	// Two literals, not a spread of an optional member: a spread here cost a fifth of parseToken.
	return read.ok ? { value: read.value, faults, strict } : { faults, strict };
}

// Each base64url character carries 6 bits (RFC 4648 §5), so bytes [from, to) are carried by the characters
// from ⌊8·from/6⌋ up to ⌈8·to/6⌉: all those that hold at least one of their bits, and no other.
function bytesToChars(from: number, to: number, segmentLength: number): [number, number] {
	const a = Math.min(Math.floor((from * 4) / 3), segmentLength);
	return [a, Math.min(Math.max(Math.ceil((to * 4) / 3), a), segmentLength)];
}

// "claims" names the codes (structure.claims-json); a sentence needs the singular noun.
const NOUNS: Record<string, string> = { claims: 'claims set' };
