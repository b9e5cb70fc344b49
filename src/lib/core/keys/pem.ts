// PEM (RFC 7468): base64 between "-----BEGIN LABEL-----" and "-----END LABEL-----" lines.
import { quoted } from '../text';

export interface PemBlock {
	label: string;
	der?: Uint8Array;
	error?: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)(?:-----END ([A-Z0-9 ]+)-----|$)/g;

/** Finds every PEM block in the text and decodes its base64, noting blocks that are broken. */
export function readPemBlocks(text: string): PemBlock[] {
	const blocks: PemBlock[] = [];
	for (const match of text.matchAll(BLOCK)) {
		const label = match[1]!;
		const endLabel = match[3];
		if (endLabel === undefined) {
			blocks.push({
				label,
				error: `The ${quoted(`BEGIN ${label}`)} block has no END line: the key was cut short.`
			});
			continue;
		}
		if (endLabel !== label) {
			blocks.push({
				label,
				error: `The block begins ${quoted(label)} but ends ${quoted(endLabel)}.`
			});
			continue;
		}
		// RFC 7468 §2 allows headers such as "Proc-Type:" only in legacy encrypted keys; drop such lines.
		const body = match[2]!
			.split(/\r?\n/)
			.filter((line) => !line.includes(':'))
			.join('')
			.replace(/\s+/g, '');
		const der = decodeBase64(body);
		blocks.push(
			der ? { label, der } : { label, error: `The ${quoted(label)} block's base64 is damaged.` }
		);
	}
	return blocks;
}

/** Decodes standard base64 (with or without padding); undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1)
		return undefined;
	const binary = atob(
		text.replace(/=+$/, '').padEnd(Math.ceil(text.replace(/=+$/, '').length / 4) * 4, '=')
	);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
