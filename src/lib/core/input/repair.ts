// Repairs a token that went through the wrong encoder (issue 17, item 2): standard base64 (RFC 4648 §4, "+" and
// "/") where JWS uses base64url (§5, "-" and "_"; RFC 7515 §2), "=" padding JWS leaves out (RFC 7515 §2), or the
// spaces form decoding leaves for "+" (application/x-www-form-urlencoded, WHATWG URL §5.1). Each repair keeps
// the token's length except the padding dropped, so every kept character maps back to the pasted text.

/** One character (or run of "=") changed or dropped, at its offset in the text repaired (the last mark may cover more). */
export interface RepairMark {
	kind: 'base64-alphabet' | 'padding' | 'form-space';
	at: number;
	length: number;
}

/** The repaired text, what was changed, and whether the repair is certain or a guess. */
export interface Repair {
	text: string;
	/** Offsets (into the text before repair) of the characters dropped: the padding. */
	dropped: number[];
	marks: RepairMark[];
	/**
	 * `exact`: one reading only (standard base64 throughout, so every "+" or "/" and every space left by form
	 * decoding has one base64url character). `guess`: spaces in a base64url token, read as "-", which no encoder
	 * leaves: the signature may be checked on it, but the token is never called valid (see index.ts verdictOf).
	 */
	certainty: 'exact' | 'guess';
}

/** At most this many changes are marked one by one; the last mark covers every change after it. */
export const MAX_MARKS = 32;

/** The characters a damaged token may hold: both base64 alphabets, "=", the dots and spaces. */
const DAMAGED = /^[A-Za-z0-9+/=\-_. ]+$/;

/**
 * The repair of `text` (the normalised token), or undefined when it needs none or has none that is safe: only a
 * compact JWS or JWE in shape (a base64 JSON header, two or four dots), never one that mixes the two alphabets
 * (a "+" among "-" and "_" is a changed character, not an encoding) or has "=" inside a part.
 */
export function repairBase64(text: string): Repair | undefined {
	if (!text.startsWith('eyJ') || !DAMAGED.test(text)) return undefined;
	const standard = /[+/]/.test(text);
	const url = /[-_]/.test(text);
	const spaces = text.includes(' ');
	if (!standard && !spaces && !text.includes('=')) return undefined;
	if (standard && url) return undefined;
	const parts = text.split('.');
	if (parts.length !== 3 && parts.length !== 5) return undefined;
	// "=" only as a base64 encoder pads (RFC 4648 §4): one or two ending a part, to a multiple of four
	// characters. Any other "=" was not put there by an encoder, and is reported as it is.
	const padded = (part: string) =>
		!part.includes('=') || (!part.replace(/={1,2}$/, '').includes('=') && part.length % 4 === 0);
	if (!parts.every(padded)) return undefined;
	const marks: RepairMark[] = [];
	const dropped: number[] = [];
	// One pass over the changed characters; a paste of millions keeps MAX_MARKS marks, the last covering the rest.
	const out = text.replace(/[+/ =]/g, (c, at: number) => {
		const last = marks[marks.length - 1];
		const kind = c === '=' ? 'padding' : c === ' ' ? 'form-space' : 'base64-alphabet';
		if (kind === 'padding') dropped.push(at);
		if (
			last &&
			(marks.length === MAX_MARKS ||
				(kind === 'padding' && last.kind === 'padding' && last.at + last.length === at))
		)
			last.length = at + 1 - last.at;
		else marks.push({ kind, at, length: 1 });
		// A space is the "+" form decoding left (standard base64 has no "-"), read as base64url's "-".
		return c === '+' || c === ' ' ? '-' : c === '/' ? '_' : '';
	});
	// Spaces in a token that has "-" or "_" were not left by form decoding of standard base64: a guess.
	return { text: out, dropped, marks, certainty: spaces && url ? 'guess' : 'exact' };
}
