// Raw DEFLATE (RFC 1951) through the platform's CompressionStream, so that the same code runs in the browser
// and in Node (20.12+ has it as a global). Inflating stops at a size limit: a link is typed-in data, and a
// few hundred bytes of hand-made DEFLATE can otherwise expand to gigabytes.

/** Compresses bytes with raw DEFLATE. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Why inflating gave up: the data is not valid DEFLATE, or it expands beyond the limit. */
export type InflateFailure = 'corrupt' | 'too-large';

/** Decompresses raw DEFLATE, up to `limit` bytes of output. */
export async function inflateRaw(
	bytes: Uint8Array,
	limit: number
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; failure: InflateFailure }> {
	const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'))
		.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.length;
			if (size > limit) {
				await reader.cancel();
				return { ok: false, failure: 'too-large' };
			}
			chunks.push(value);
		}
	} catch (error) {
		// Data that is not DEFLATE, or that ends too early, errors the stream: with a TypeError in browsers
		// (Compression Streams §5), with a zlib error ("Z_DATA_ERROR", "Z_BUF_ERROR") in Node. Anything else
		// is a bug and is rethrown.
		if (error instanceof TypeError || isZlibError(error)) return { ok: false, failure: 'corrupt' };
		throw error;
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return { ok: true, bytes: out };
}

function isZlibError(error: unknown): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		typeof error.code === 'string' &&
		error.code.startsWith('Z_')
	);
}
