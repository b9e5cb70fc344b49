// Decompression with a bound on what comes out, for the readers of compressed values (a Flask session cookie's
// zlib payload, a SAML message in the HTTP-Redirect binding's raw DEFLATE). Web Streams' DecompressionStream
// exists in browsers, workers and Node 18+; reading stops as soon as the output passes the bound, so a small
// "zip bomb" cannot fill memory or hold the worker.

/** What decompressing gave: the bytes, `too-large` past the bound, or `invalid` for data that is not compressed. */
export type Inflated = Uint8Array | 'too-large' | 'invalid';

/** Inflates `bytes` (`deflate` is zlib, RFC 1950; `deflate-raw` is RFC 1951), reading at most `maxBytes`. */
export async function inflate(
	bytes: Uint8Array,
	format: 'deflate' | 'deflate-raw',
	maxBytes: number
): Promise<Inflated> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream(format));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > maxBytes) {
				await reader.cancel();
				return 'too-large';
			}
			chunks.push(value);
		}
	} catch (error) {
		if (isCorruptData(error)) return 'invalid';
		throw error;
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/**
 * Whether a read failed because the data is not a valid stream: a TypeError in browsers (Compression Streams
 * spec, "decompress and enqueue a chunk"), zlib's own error in Node (code Z_DATA_ERROR, Z_BUF_ERROR…).
 */
function isCorruptData(error: unknown): boolean {
	if (error instanceof TypeError) return true;
	const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
	return typeof code === 'string' && code.startsWith('Z_');
}
