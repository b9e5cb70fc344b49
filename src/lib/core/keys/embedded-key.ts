// Finds a public key written in base64, base64url or hex somewhere inside other text: "PUBLIC_KEY=MIIB…",
// "publicKey: …", a certificate in an x5c array, a PEM body indented under a YAML key. Such text must never
// become an HMAC secret: anyone holding the public key could compute the MAC (RFC 8725 §2.1, the
// algorithm-confusion attack). The scan is linear in the text and its work is bounded, so a hostile paste of
// megabytes cannot freeze the page.

/** A public key found inside text: what it is, how it is written, and where (offsets into the text). */
export interface EmbeddedKey {
	what: string;
	encoding: 'base64' | 'hex';
	from: number;
	to: number;
}

/** Names the public key that bytes are (whole DER, an OpenSSH blob) or spell out as text, if any. */
export type DescribeBytes = (bytes: Uint8Array) => string | undefined;

/** The scan gave up: the text holds more key-like runs than it is worth reading. */
export const SCAN_LIMIT = 'scan-limit';

/**
 * Characters read (and re-read) at most by the reads that decode: one pass over the largest key input. A real
 * key in text is read once, in a few KB; only text built to look like thousands of keys spends it all.
 */
export const SCAN_BUDGET = 8 * 1024 * 1024;
/** The smallest public key or certificate DER (an Ed25519 SPKI is 44 bytes), and a bound on the largest. */
const MIN_DER = 40;
const MAX_DER = 64 * 1024;
/** A key spelled out as text (PEM, JWK, an OpenSSH blob) is longer than this once encoded. */
const MIN_TEXT_RUN = 60;
/** More joiners in a row than this end a run: a line break and its indentation, not a wall of spaces. */
const MAX_JOINERS = 64;

/**
 * Looks at every run of base64/hex characters that begins after a separator, joining runs split by line
 * breaks, spaces, ":" or "," (a PEM body under a YAML key, "30:82:01:22", "\n" escapes in a JSON string).
 * A run is read only when its first bytes are those of DER (0x30), of PEM or JSON text, or of an OpenSSH blob.
 */
export function findEmbeddedKey(
	text: string,
	describe: DescribeBytes
): EmbeddedKey | typeof SCAN_LIMIT | undefined {
	const reader = new RunReader(text);
	for (let at = 0; at < text.length;) {
		const c = text.charCodeAt(at);
		if (isEscape(text, at)) at += 2;
		else if (!isRunChar(c)) at++;
		else {
			// Hex is often written 0x3082…: the run's key starts after the prefix.
			const from = c === 0x30 && (text[at + 1] === 'x' || text[at + 1] === 'X') ? at + 2 : at;
			const found = FIRST_CHARS.has(text[from] ?? '') ? keyAt(reader, from, describe) : undefined;
			if (found) return found;
			if (reader.spent >= SCAN_BUDGET) return SCAN_LIMIT;
			while (at < text.length && isRunChar(text.charCodeAt(at))) at++;
		}
	}
	return undefined;
}

function keyAt(reader: RunReader, at: number, describe: DescribeBytes): EmbeddedKey | undefined {
	const head = reader.read(at, 12, true);
	// base64: DER starts with a SEQUENCE (0x30, "M"); its header says how many bytes to read.
	const b64Head = decodeLenient(head.chars.slice(0, 8));
	if (b64Head[0] === 0x30) {
		const total = derLength(b64Head);
		if (total !== undefined) {
			const run = reader.read(at, Math.ceil((total * 4) / 3));
			const bytes = decodeLenient(run.chars);
			if (bytes.length >= total) {
				const what = describe(bytes.subarray(0, total));
				if (what) return { what, encoding: 'base64', from: at, to: run.end };
			}
		}
	}
	if (/^[0-9a-fA-F]{12}/.test(head.chars)) {
		const hexHead = decodeHex(head.chars);
		const total = hexHead?.[0] === 0x30 ? derLength(hexHead) : undefined;
		if (total !== undefined) {
			const run = reader.read(at, total * 2);
			const bytes = decodeHex(run.chars);
			const what = bytes && bytes.length === total ? describe(bytes) : undefined;
			if (what) return { what, encoding: 'hex', from: at, to: run.end };
		}
	}
	// A key spelled out as text and then encoded: PEM armour ("---"), JSON ("{", "["), or an OpenSSH blob,
	// whose first bytes are the length of its type name (RFC 4253 §6.6). Read to the end of the run.
	const textLike = (bytes: Uint8Array | undefined) =>
		bytes !== undefined &&
		((bytes[0] === 0x2d && bytes[1] === 0x2d && bytes[2] === 0x2d) ||
			bytes[0] === 0x7b ||
			bytes[0] === 0x5b ||
			(bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0));
	const asBase64 = textLike(b64Head);
	const asHex = /^[0-9a-fA-F]{6}/.test(head.chars) && textLike(decodeHex(head.chars.slice(0, 6)));
	if (asBase64 || asHex) {
		const run = reader.read(at, Infinity);
		if (run.chars.length >= MIN_TEXT_RUN) {
			const tries: Array<['base64' | 'hex', Uint8Array | undefined]> = [
				['base64', asBase64 ? decodeLenient(run.chars) : undefined],
				['hex', asHex ? decodeHex(run.chars.replace(/[^0-9a-fA-F][\s\S]*$/, '')) : undefined]
			];
			for (const [encoding, bytes] of tries) {
				const what = bytes && bytes.length > 0 ? describe(bytes) : undefined;
				if (what) return { what, encoding, from: at, to: run.end };
			}
		}
	}
	return undefined;
}

/** The whole length of the DER element whose first bytes are given, if it could be a key or certificate. */
function derLength(head: Uint8Array): number | undefined {
	const first = head[1];
	if (first === undefined) return undefined;
	let length = first;
	let header = 2;
	if (first & 0x80) {
		const count = first & 0x7f;
		if (count === 0 || count > 3 || head.length < 2 + count) return undefined;
		length = 0;
		for (let i = 0; i < count; i++) length = length * 256 + head[2 + i]!;
		header += count;
	}
	const total = header + length;
	return total >= MIN_DER && total <= MAX_DER ? total : undefined;
}

// The first character of each encoding keyAt reads: base64 of 0x30 (DER), "---", "{", "[" or 0x000000 (an
// OpenSSH blob) is M, L, e, W or A; in hex they start 3, 2, 7, 5 or 0. Other runs are passed over at a glance.
const FIRST_CHARS = new Set('MLeWA32750');

/** Reads runs of base64/hex characters across the separators that split a key over lines or bytes. */
class RunReader {
	/** Characters walked by the reads that count, over the whole scan: its bound. */
	spent = 0;
	constructor(private readonly text: string) {}

	/**
	 * Up to `max` run characters from `at`, skipping joiners, and where the last one ends. A glance (the first
	 * few characters at each start) does not count against the budget: it walks at most a few dozen.
	 */
	read(at: number, max: number, glance = false): { chars: string; end: number } {
		const text = this.text;
		const limit = glance ? text.length : Math.min(text.length, at + SCAN_BUDGET - this.spent);
		let chars = '';
		let i = at;
		let end = at;
		let joiners = 0;
		while (i < limit && chars.length < max && joiners <= MAX_JOINERS) {
			const c = text.charCodeAt(i);
			if (isRunChar(c)) {
				let j = i;
				while (j < limit && j - i < max - chars.length && isRunChar(text.charCodeAt(j))) j++;
				chars += text.slice(i, j);
				i = end = j;
				joiners = 0;
			} else if (isJoiner(c)) {
				i++;
				joiners++;
			} else if (isEscape(text, i)) {
				i += 2;
				joiners += 2;
			} else break;
		}
		if (!glance) this.spent += i - at;
		return { chars, end };
	}
}

// The characters of base64 and base64url; hex digits are among them.
function isRunChar(c: number): boolean {
	return (
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0x30 && c <= 0x39) ||
		c === 0x2b ||
		c === 0x2f ||
		c === 0x2d ||
		c === 0x5f
	);
}

// Space, tab, line breaks, ":" and ",": what splits a key into lines or bytes without ending it.
function isJoiner(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3a || c === 0x2c;
}

// The "\n", "\r" and "\t" escapes a JSON string or a .env file leaves in a key split over lines.
function isEscape(text: string, at: number): boolean {
	return text.charCodeAt(at) === 0x5c && /[nrt]/.test(text[at + 1] ?? '');
}

/** base64 or base64url, or both mixed, without padding; a dangling sixth bit is dropped. */
function decodeLenient(chars: string): Uint8Array {
	const usable = chars.length % 4 === 1 ? chars.slice(0, -1) : chars;
	const standard = usable.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

function decodeHex(chars: string): Uint8Array | undefined {
	if (!/^[0-9a-fA-F]*$/.test(chars)) return undefined;
	const bytes = new Uint8Array(chars.length >> 1);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(chars.slice(2 * i, 2 * i + 2), 16);
	return bytes;
}
