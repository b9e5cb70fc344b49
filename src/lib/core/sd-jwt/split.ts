// Splits an SD-JWT in its compact form (RFC 9901 §4): `<Issuer-signed JWT>~<Disclosure 1>~…~<Disclosure N>~`
// and, in an SD-JWT+KB, the key-binding JWT after the last `~`. Offsets are into the normalised token, so each
// part maps back to the pasted text as the JWT's segments do. An indexOf scan: linear in the text.
import type { Span } from '../types';

/** One `~`-separated part and where it starts in the normalised token. */
export interface SdJwtPart {
	text: string;
	at: number;
	/** Where it is in the pasted text. */
	span: Span;
}

/** An SD-JWT's parts, as split. */
export interface SdJwtSplit {
	/** The issuer-signed JWT: a compact JWS, judged exactly as a pasted JWT. */
	issuer: SdJwtPart;
	disclosures: SdJwtPart[];
	/** How many disclosures there were past MAX_DISCLOSURES (not decoded). */
	notRead: number;
	/** The KB-JWT (RFC 9901 §4.3), when the text does not end with `~`. */
	keyBinding?: SdJwtPart;
	/** True when the last part has no dots: a disclosure whose closing `~` was lost, not a KB-JWT (§4). */
	missingTilde: boolean;
	/** The SD-JWT up to and including the last `~`: what a KB-JWT's sd_hash is computed over (§4.3.1). */
	presented: string;
}

/** At most this many disclosures are decoded and hashed; a real SD-JWT has a few dozen. */
export const MAX_DISCLOSURES = 256;

/**
 * The SD-JWT in `text`, or undefined when it is not one: it needs a `~`, and before the first `~` a compact JWS
 * (three parts, two dots: RFC 9901 §4.1 says the issuer-signed JWT is a JWS).
 */
export function splitSdJwt(
	text: string,
	toSource: (from: number, to: number) => Span
): SdJwtSplit | undefined {
	const first = text.indexOf('~');
	if (first === -1) return undefined;
	const issuerText = text.slice(0, first);
	if (!issuerText.startsWith('eyJ') || dots(issuerText) !== 2) return undefined;
	const part = (from: number, to: number): SdJwtPart => ({
		text: text.slice(from, to),
		at: from,
		span: toSource(from, to)
	});
	const disclosures: SdJwtPart[] = [];
	let notRead = 0;
	let at = first + 1;
	let next = text.indexOf('~', at);
	while (next !== -1) {
		if (disclosures.length < MAX_DISCLOSURES) disclosures.push(part(at, next));
		else notRead++;
		at = next + 1;
		next = text.indexOf('~', at);
	}
	const last = text.slice(at);
	// What follows the last `~` is the KB-JWT (§4.3), which is a JWS; a part without dots is a disclosure whose
	// trailing `~` was lost (an SD-JWT without key binding ends with `~`, §4).
	const missingTilde = last !== '' && !last.includes('.');
	if (missingTilde) disclosures.push(part(at, text.length));
	return {
		issuer: part(0, first),
		disclosures,
		notRead,
		...(last !== '' && !missingTilde ? { keyBinding: part(at, text.length) } : {}),
		missingTilde,
		presented: missingTilde ? `${text}~` : text.slice(0, at)
	};
}

function dots(text: string): number {
	let count = 0;
	for (let i = text.indexOf('.'); i !== -1 && count < 3; i = text.indexOf('.', i + 1)) count++;
	return count;
}
