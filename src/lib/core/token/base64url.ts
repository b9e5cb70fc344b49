// Strict base64url (RFC 4648 §5) as JWS requires it (RFC 7515 §2): the URL-safe alphabet, no padding, no
// other characters, and zero bits in the unused tail. Faults are reported with their offsets in the segment,
// and the segment is still decoded leniently so that the page can show what it holds.
import { quoted } from '../text';

/** A fault in a base64url segment; offsets are into the segment text, half-open. */
export interface Base64Fault {
	code:
		'b64.alphabet' | 'b64.standard-alphabet' | 'b64.padding' | 'b64.length' | 'b64.trailing-bits';
	message: string;
	from: number;
	to: number;
}

export interface Base64Result {
	bytes: Uint8Array;
	faults: Base64Fault[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// 0..63 for the URL-safe alphabet; 64 for '+' and '/' (standard base64), 65 for '=', 255 for anything else.
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
LOOKUP['+'.charCodeAt(0)] = 64;
LOOKUP['/'.charCodeAt(0)] = 64;
LOOKUP['='.charCodeAt(0)] = 65;
const STANDARD_VALUE: Record<string, number> = { '+': 62, '/': 63 };

const MAX_FAULTS_PER_KIND = 8;

/** Decodes one base64url segment strictly, reporting every fault and decoding leniently regardless. */
export function decodeBase64url(text: string): Base64Result {
	// Nearly every segment is clean: decoded in one pass. Anything else takes the path that finds its faults.
	const clean = decodeClean(text);
	if (clean) return { bytes: clean, faults: [] };
	const faults: Base64Fault[] = [];
	const values = new Uint8Array(text.length);
	let count = 0;
	let badRuns = 0;
	let standardRuns = 0;
	let paddingFrom = -1;

	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const v = code < 128 ? LOOKUP[code]! : 255;
		if (v < 64) {
			if (paddingFrom >= 0) {
				// Data after '=': the '=' was not padding but a stray character.
				pushRun(
					faults,
					'b64.alphabet',
					paddingFrom,
					i,
					text,
					() => ++badRuns <= MAX_FAULTS_PER_KIND
				);
				paddingFrom = -1;
			}
			values[count++] = v;
		} else if (v === 64) {
			const from = i;
			while (i + 1 < text.length && LOOKUP[text.charCodeAt(i + 1)] === 64) {
				values[count++] = STANDARD_VALUE[text[i]!]!;
				i++;
			}
			values[count++] = STANDARD_VALUE[text[i]!]!;
			pushRun(
				faults,
				'b64.standard-alphabet',
				from,
				i + 1,
				text,
				() => ++standardRuns <= MAX_FAULTS_PER_KIND
			);
		} else if (v === 65) {
			if (paddingFrom < 0) paddingFrom = i;
		} else {
			const from = i;
			while (i + 1 < text.length && isOutside(text.charCodeAt(i + 1))) i++;
			pushRun(faults, 'b64.alphabet', from, i + 1, text, () => ++badRuns <= MAX_FAULTS_PER_KIND);
		}
	}
	if (paddingFrom >= 0) {
		faults.push({
			code: 'b64.padding',
			message: `"=" padding at the end: JWS uses base64url without padding (RFC 7515 §2). Remove the "=".`,
			from: paddingFrom,
			to: text.length
		});
	}

	// Four characters carry three bytes; a lone character in the last group carries only 6 bits: impossible.
	const rest = count % 4;
	if (rest === 1) {
		faults.push({
			code: 'b64.length',
			message: `${count} base64url characters cannot encode whole bytes (one character too many or three too few): the part was probably cut or joined wrongly.`,
			from: 0,
			to: text.length
		});
	}
	// A lone trailing character carries no whole byte: it is dropped from the lenient decoding.
	const usable = rest === 1 ? count - 1 : count;
	const bytes = new Uint8Array(Math.floor((usable * 3) / 4));
	let o = 0;
	let j = 0;
	for (; j + 4 <= count; j += 4) {
		const n = (values[j]! << 18) | (values[j + 1]! << 12) | (values[j + 2]! << 6) | values[j + 3]!;
		bytes[o++] = n >> 16;
		bytes[o++] = (n >> 8) & 255;
		bytes[o++] = n & 255;
	}
	if (rest === 2 || rest === 3) {
		const a = values[j]!;
		const b = values[j + 1]!;
		bytes[o++] = (a << 2) | (b >> 4);
		let unused = b & 15;
		if (rest === 3) {
			const c = values[j + 2]!;
			bytes[o++] = ((b & 15) << 4) | (c >> 2);
			unused = c & 3;
		}
		// RFC 4648 §3.5: the pad bits must be zero, or the same bytes have several encodings.
		if (unused !== 0) {
			const last = lastDataCharIndex(text);
			faults.push({
				code: 'b64.trailing-bits',
				message: `The last character ${quoted(text[last]!)} has non-zero unused bits: the same bytes have a different canonical encoding, so this part was altered or produced by a faulty encoder.`,
				from: last,
				to: last + 1
			});
		}
	}
	return { bytes, faults };
}

/** Encodes bytes as base64url without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 3 <= bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		out +=
			ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i]! << 16;
		out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
	} else if (rest === 2) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
		out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
	}
	return out;
}

/**
 * The bytes of a segment with no fault at all (only base64url characters, no padding, a length that encodes
 * whole bytes, zero unused bits), or undefined: the same bytes the full decoder gives such a segment.
 */
function decodeClean(text: string): Uint8Array | undefined {
	const length = text.length;
	const rest = length % 4;
	if (rest === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((length * 3) / 4));
	const value = (i: number): number => {
		const code = text.charCodeAt(i);
		return code < 128 ? LOOKUP[code]! : 255;
	};
	let o = 0;
	let i = 0;
	for (; i + 4 <= length; i += 4) {
		const a = value(i);
		const b = value(i + 1);
		const c = value(i + 2);
		const d = value(i + 3);
		// Every valid value is below 64: one test for all four.
		if ((a | b | c | d) >= 64) return undefined;
		const n = (a << 18) | (b << 12) | (c << 6) | d;
		bytes[o++] = n >> 16;
		bytes[o++] = (n >> 8) & 255;
		bytes[o++] = n & 255;
	}
	if (rest === 0) return bytes;
	const a = value(i);
	const b = value(i + 1);
	const c = rest === 3 ? value(i + 2) : 0;
	if ((a | b | c) >= 64) return undefined;
	bytes[o++] = (a << 2) | (b >> 4);
	if (rest === 2) return (b & 15) === 0 ? bytes : undefined;
	bytes[o++] = ((b & 15) << 4) | (c >> 2);
	return (c & 3) === 0 ? bytes : undefined;
}

function isOutside(code: number): boolean {
	return code >= 128 || LOOKUP[code] === 255;
}

function lastDataCharIndex(text: string): number {
	for (let i = text.length - 1; i >= 0; i--) {
		const code = text.charCodeAt(i);
		if (code < 128 && LOOKUP[code]! <= 64) return i;
	}
	return 0;
}

function pushRun(
	faults: Base64Fault[],
	code: 'b64.alphabet' | 'b64.standard-alphabet',
	from: number,
	to: number,
	text: string,
	underLimit: () => boolean
): void {
	if (!underLimit()) return;
	const chars = text.slice(from, to);
	const shown = chars.length > 12 ? chars.slice(0, 12) + '…' : chars;
	faults.push({
		code,
		message:
			code === 'b64.standard-alphabet'
				? `${quoted(shown)} is standard base64; JWS uses base64url, where "+" is "-" and "/" is "_" (RFC 7515 §2).`
				: `${describeChars(shown)} at offset ${from} ${to - from === 1 ? 'is' : 'are'} not base64url: only A–Z, a–z, 0–9, "-" and "_" may appear (RFC 7515 §2).`,
		from,
		to
	});
}

function describeChars(chars: string): string {
	if (/^ +$/.test(chars)) return chars.length === 1 ? 'A space' : `${chars.length} spaces`;
	// Quoted as every value is: a zero-width space pasted from a chat or a line break is named, not invisible.
	return quoted(chars);
}
