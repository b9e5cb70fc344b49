// Just enough DER (ITU-T X.690) to read public keys and certificates: tag, length, content. Every read is
// bounds-checked, and a malformed structure raises DerError, which callers turn into a finding.

export class DerError extends Error {}

/** One DER element: its tag and where its content lies in the buffer. */
export interface Tlv {
	tag: number;
	start: number;
	contentStart: number;
	end: number;
}

export const TAG = {
	integer: 0x02,
	bitString: 0x03,
	octetString: 0x04,
	null: 0x05,
	oid: 0x06,
	utf8String: 0x0c,
	printableString: 0x13,
	ia5String: 0x16,
	utcTime: 0x17,
	generalizedTime: 0x18,
	bmpString: 0x1e,
	sequence: 0x30,
	set: 0x31
} as const;

/** Reads the element that starts at `offset`, which must end by `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv {
	if (offset + 2 > limit) throw new DerError('the structure is cut short');
	const tag = bytes[offset]!;
	if ((tag & 0x1f) === 0x1f) throw new DerError('an unexpected multi-byte tag');
	let length = bytes[offset + 1]!;
	let contentStart = offset + 2;
	if (length & 0x80) {
		const count = length & 0x7f;
		if (count === 0 || count > 4) throw new DerError('an unsupported length encoding');
		if (contentStart + count > limit) throw new DerError('the structure is cut short');
		length = 0;
		for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
		contentStart += count;
	}
	const end = contentStart + length;
	if (end > limit) throw new DerError('a length runs past the end of the data');
	return { tag, start: offset, contentStart, end };
}

/** Reads an element and insists on its tag. */
export function expectTlv(bytes: Uint8Array, offset: number, tag: number, limit?: number): Tlv {
	const tlv = readTlv(bytes, offset, limit);
	if (tlv.tag !== tag) {
		throw new DerError(`expected tag 0x${tag.toString(16)} but found 0x${tlv.tag.toString(16)}`);
	}
	return tlv;
}

/** No key or certificate field read here has more elements than this; hostile DER may have millions. */
const MAX_CHILDREN = 64;

/** The elements directly inside a constructed element, at most `max` of them. */
export function children(bytes: Uint8Array, parent: Tlv, max = MAX_CHILDREN): Tlv[] {
	const out: Tlv[] = [];
	let offset = parent.contentStart;
	while (offset < parent.end) {
		if (out.length === max) throw new DerError(`more than ${max} elements in one structure`);
		const child = readTlv(bytes, offset, parent.end);
		out.push(child);
		offset = child.end;
	}
	return out;
}

/** The content bytes of an element. */
export function contentOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
	return bytes.subarray(tlv.contentStart, tlv.end);
}

/** An unsigned big-endian integer's bytes without leading zeros (DER INTEGERs carry a sign byte). */
export function unsignedInteger(bytes: Uint8Array, tlv: Tlv): Uint8Array {
	let content = contentOf(bytes, tlv);
	if (content.length > 0 && content[0]! & 0x80) throw new DerError('a negative integer');
	while (content.length > 1 && content[0] === 0) content = content.subarray(1);
	return content;
}

/** An OID as hex of its content bytes, which is how the tables below name them. */
export function oidHex(bytes: Uint8Array, tlv: Tlv): string {
	if (tlv.tag !== TAG.oid) throw new DerError('expected an object identifier');
	return hex(contentOf(bytes, tlv));
}

export function hex(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b.toString(16).padStart(2, '0');
	return out;
}

/** Encodes a DER length. */
function encodeLength(length: number): number[] {
	if (length < 0x80) return [length];
	const out: number[] = [];
	for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
	return [0x80 | out.length, ...out];
}

/** Encodes one element from its tag and content. */
export function encodeTlv(tag: number, content: Uint8Array): Uint8Array {
	const head = [tag, ...encodeLength(content.length)];
	const out = new Uint8Array(head.length + content.length);
	out.set(head);
	out.set(content, head.length);
	return out;
}
