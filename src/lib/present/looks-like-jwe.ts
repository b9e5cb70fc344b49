// Whether pasted text holds a compact JWE (RFC 7516 §7.1: five base64url parts, the first a JSON header), read
// from the text alone, so that the Decryption key field appears as soon as a JWE is pasted, before (or without)
// a report: an inspection the watchdog stops still leaves the field where the user needs it.

/** Longer text is not scanned here; the report's `format` still shows the field for a JWE inside it. */
const MAX_SCANNED = 65_536;

const JWE = /(?:^|[^A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){4}(?:$|[^A-Za-z0-9_.-])/;

/** True when the text has a five-part token whose header starts as a JSON object does ("eyJ" is `{"`). */
export function looksLikeJwe(text: string): boolean {
	return text.length <= MAX_SCANNED && JWE.test(text);
}
