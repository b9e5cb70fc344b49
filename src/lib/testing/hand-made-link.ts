// Helpers for the share-link tests (never imported by the app): a link built by hand from its JSON, as a
// future, foreign or hostile writer would, with a correct header, length and checksum.
import { encodeBase64url } from '$lib/core/token/base64url';
import { crc32 } from '../share/crc32';
import { deflateRaw } from '../share/deflate';
import { FORMAT_VERSION } from '../share/link';

/** A fragment (with `#`) carrying exactly `json`, framed as the inspector frames its links. */
export async function handMade(json: string, mode: 'z' | 'j' = 'j', version = FORMAT_VERSION) {
	const bytes = new TextEncoder().encode(json);
	const body = mode === 'z' ? await deflateRaw(bytes) : bytes;
	const framed = new Uint8Array(4 + body.length);
	new DataView(framed.buffer).setUint32(0, crc32(bytes));
	framed.set(body, 4);
	const data = encodeBase64url(framed);
	return `#ti${version}.${mode}.${data.length}.${data}`;
}
