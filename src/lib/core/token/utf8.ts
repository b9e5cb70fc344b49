// UTF-8 decoding that says where it went wrong. RFC 7515 §4 requires the header to be UTF-8 JSON, and
// RFC 7519 §7.2 the claims; a lenient decoder would turn bad bytes into U+FFFD and hide the fault.

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; text: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes UTF-8 strictly; on failure gives the offset of the first bad byte and a lenient decoding. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
	try {
		return { ok: true, text: strict.decode(bytes) };
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		return { ok: false, offset: firstInvalidUtf8(bytes), text: lenient.decode(bytes) };
	}
}

/** The text the bytes spell in UTF-8, or undefined when they are not valid UTF-8. */
export function utf8TextOf(bytes: Uint8Array): string | undefined {
	try {
		return strict.decode(bytes);
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		return undefined;
	}
}

/** The number of UTF-8 bytes that encode this string. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			n += 4;
			i++;
		} else n += 3; // a lone surrogate is written as U+FFFD, three bytes, as TextEncoder does
	}
	return n;
}

function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}

// RFC 3629 §4: well-formed sequences only (no overlongs, no surrogates, nothing above U+10FFFF).
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min = 0x80;
		let max = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) min = 0xa0;
			if (b === 0xed) max = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) min = 0x90;
			if (b === 0xf4) max = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			const next = bytes[i + k];
			const lo = k === 1 ? min : 0x80;
			const hi = k === 1 ? max : 0xbf;
			if (next === undefined || next < lo || next > hi) return i;
		}
		i += need + 1;
	}
	return bytes.length;
}
