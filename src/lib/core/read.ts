// The one shape of "read, with faults and spans" shared by the token reader and the key reader: bad input is
// data (STYLE.md principle 4), so a reading step returns what it could read and every fault it found, each
// with a stable code and, where it has a place, its span in the text it read.
// The codecs below the steps (token/base64url.ts, token/json.ts, token/utf8.ts) keep their own results: their
// offsets are into the one string or byte array they decode, and they are tested as such. The step that uses
// a codec (token/decode-segment.ts) turns its result into a Read with spans in the pasted text.
import type { Span } from './types';

/** A fault found while reading: a stable code, a sentence, and where it is when it has a place. */
export interface Fault<Code extends string = string> {
	code: Code;
	message: string;
	span?: Span;
}

/** What a step read (`value`, absent when nothing usable came out) and the faults it found on the way. */
export interface Read<T, F extends Fault = Fault> {
	value?: T;
	faults: F[];
}
