// Reads a pasted token into its parts: compact JWS (RFC 7515 §7.1), unsecured JWT (RFC 7519 §6) or compact
// JWE (RFC 7516 §7.1), decoding as far as it can and recording every structural fault with its span in the
// pasted text. Bad input is data here: this never throws on anything a user can paste.
import type { Finding, SegmentName, SegmentView, Span, TokenView } from '../types';
import { normalizeToken } from '../input/normalize';
import { decodeBase64url } from './base64url';
import { isJsonObject, readStrictJson, type JsonError, type JsonIssue } from './json';
import { decodeUtf8, utf8Length } from './utf8';
import { describeJsonValue, quoted } from '../text';
import { declaresJwt } from './media-type';

/** The token as read: what the page shows (`view`) plus what verification needs. */
export interface ParsedToken {
	view: TokenView;
	faults: Finding[];
	header?: Record<string, unknown>;
	/** The size of the decoded header in bytes (its JSON text may hold fewer characters). */
	headerBytes?: number;
	claims?: Record<string, unknown>;
	/** The normalised compact token, ready for a verifier, when its signature can be checked at all. */
	compact?: string;
	signature?: Uint8Array;
	/** True when the header and signature decoded cleanly, so a verifier sees the same bytes we do. */
	verifiable: boolean;
}

const JWS_PARTS: SegmentName[] = ['header', 'payload', 'signature'];
const JWE_PARTS: SegmentName[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];
const MAX_FAULTS = 40;
/** Segments shown one by one; a JWE has five, so more than this is never a token. */
const MAX_SEGMENTS = 16;

/**
 * Longer pasted text is not read at all. No JWT comes near it (RFC 7519 sets no limit, but headers carry tokens
 * of a few KB, and servers refuse request headers past 8–64 KB); reading it would only tie up the worker.
 */
export const MAX_TOKEN_CHARS = 8 * 1024 * 1024;

/** Splits, decodes and parses a pasted token, recording each structural fault with its span. */
export function parseToken(pasted: string): ParsedToken {
	if (pasted.length > MAX_TOKEN_CHARS) return tooLarge(pasted);
	const norm = normalizeToken(pasted);
	const text = norm.text;
	const faults: Finding[] = [];
	const view: TokenView = {
		kind: 'malformed',
		normalized: text,
		removed: norm.removed,
		segments: [],
		payloadKind: 'none'
	};
	const fault = (code: string, message: string, span?: Span) => {
		if (faults.length < MAX_FAULTS)
			faults.push({ code, severity: 'error', message, ...(span ? { span } : {}) });
	};
	const whole = norm.toSource(0, text.length);

	if (text.length === 0) {
		view.kind = 'empty';
		return { view, faults, verifiable: false };
	}
	const notAToken = recogniseNonToken(text);
	if (notAToken) {
		fault(notAToken.code, notAToken.message, whole);
		return { view, faults, verifiable: false };
	}

	// Split on dots, keeping each part's offset in the normalised text. Past MAX_SEGMENTS the rest stays one
	// part: a paste of a million dots is counted, not turned into a million segments.
	const parts: Array<{ text: string; at: number }> = [];
	let at = 0;
	for (;;) {
		const dot = parts.length < MAX_SEGMENTS - 1 ? text.indexOf('.', at) : -1;
		if (dot < 0) {
			parts.push({ text: text.slice(at), at });
			break;
		}
		parts.push({ text: text.slice(at, dot), at });
		at = dot + 1;
	}
	const segmentCount = parts.length < MAX_SEGMENTS ? parts.length : countDots(text) + 1;
	const names = parts.length === 5 ? JWE_PARTS : JWS_PARTS;
	parts.forEach((part, i) => {
		view.segments.push({
			name: names[i] ?? 'signature',
			span: norm.toSource(part.at, part.at + part.text.length),
			length: part.text.length
		} satisfies SegmentView);
	});
	const spanIn = (i: number, from: number, to: number): Span =>
		norm.toSource(parts[i]!.at + from, parts[i]!.at + to);

	if (segmentCount !== 3 && segmentCount !== 5) {
		fault('structure.segments', segmentCountMessage(segmentCount), whole);
	}

	// The header, common to JWS and JWE.
	const headerPart = parts[0]!;
	let header: Record<string, unknown> | undefined;
	let headerBytes: number | undefined;
	let headerClean = false;
	if (headerPart.text.length === 0) {
		fault(
			'structure.header-empty',
			'The header part (before the first dot) is empty.',
			spanIn(0, 0, 0)
		);
	} else {
		const decoded = decodeSegment(headerPart.text, 0, 'header');
		headerBytes = decoded.bytes.length;
		const utf8 = decodeUtf8(decoded.bytes);
		if (!utf8.ok) {
			fault(
				'structure.header-utf8',
				`The header is not valid UTF-8 (bad byte at position ${utf8.offset}); RFC 7515 §4 requires UTF-8 JSON.`,
				spanIn(0, ...bytesToChars(utf8.offset, utf8.offset + 1, headerPart.text.length))
			);
		}
		const json = readStrictJson(utf8.text);
		reportJson(json.issues, json.ok ? undefined : json.error, utf8.text, 0, 'header');
		if (json.ok && isJsonObject(json.value)) {
			header = json.value;
			view.header = header;
			view.headerJson = utf8.text;
			headerClean = decoded.clean && utf8.ok && json.issues.length === 0;
		} else if (json.ok) {
			fault(
				'structure.header-not-object',
				`The header decodes to ${describeJsonValue(json.value)}, not a JSON object (RFC 7515 §4).`,
				spanIn(0, 0, headerPart.text.length)
			);
		}
	}

	if (parts.length === 5) {
		view.kind = 'jwe';
		for (let i = 1; i < 5; i++) decodeSegment(parts[i]!.text, i, JWE_PARTS[i]!);
		if (header && header.enc === undefined) {
			fault(
				'structure.jwe-without-enc',
				'Five parts make a JWE, but the header has no "enc" (RFC 7516 §4.1.2): this is neither a valid JWE nor a JWS.',
				spanIn(0, 0, headerPart.text.length)
			);
		}
		return { view, faults, header, headerBytes, verifiable: false };
	}

	if (header && header.enc !== undefined) {
		fault(
			'structure.jwe-parts',
			`The header has "enc", so this is a JWE, which has five parts; this one has ${segmentCount}.`,
			whole
		);
	}

	// The payload: a JWT claims set, or any bytes in a plain JWS.
	const payloadPart = parts[1];
	const payload = payloadPart === undefined ? undefined : readPayload(payloadPart.text);
	const claims = payload?.claims;
	const payloadClean = payload?.clean ?? true;

	// The signature.
	const signaturePart = parts[2];
	let signature: Uint8Array | undefined;
	let signatureClean = false;
	if (signaturePart !== undefined) {
		const decoded = decodeSegment(signaturePart.text, 2, 'signature');
		signature = decoded.bytes;
		signatureClean = decoded.clean;
		view.signatureBytes = decoded.bytes.length;
	}

	if (parts.length === 3) view.kind = header?.alg === 'none' ? 'unsecured' : 'jws';
	const verifiable = parts.length === 3 && headerClean && signatureClean && payloadClean;
	return { view, faults, header, headerBytes, claims, compact: text, signature, verifiable };

	/** Decodes the payload into the view, faulting it only where the header declares a JWT or it looks like JSON. */
	function readPayload(segment: string): { claims?: Record<string, unknown>; clean: boolean } {
		const isJwt = declaresJwt(header);
		// RFC 7797 §3: with "b64": false the payload is not encoded; its bytes are the UTF-8 of the text itself.
		if (header?.b64 === false) {
			view.payloadKind = 'text';
			view.payloadText = segment;
			view.payloadBytes = utf8Length(segment);
			return { clean: true };
		}
		const decoded = decodeSegment(segment, 1, 'payload');
		view.payloadBytes = decoded.bytes.length;
		const utf8 = decodeUtf8(decoded.bytes);
		const looksJson = utf8.text.trimStart().startsWith('{');
		if (!utf8.ok && (isJwt || looksJson)) {
			fault(
				'structure.payload-utf8',
				`The claims are not valid UTF-8 (bad byte at position ${utf8.offset}); RFC 7519 §7.2 requires UTF-8 JSON.`,
				spanIn(1, ...bytesToChars(utf8.offset, utf8.offset + 1, segment.length))
			);
		}
		if (!utf8.ok && !isJwt && !looksJson) {
			view.payloadKind = 'binary';
			return { clean: decoded.clean };
		}
		view.payloadText = utf8.text;
		if (looksJson) {
			const json = readStrictJson(utf8.text);
			reportJson(json.issues, json.ok ? undefined : json.error, utf8.text, 1, 'claims');
			if (json.ok && isJsonObject(json.value)) {
				view.claims = json.value;
				view.payloadKind = 'claims';
				return { claims: json.value, clean: decoded.clean };
			}
			view.payloadKind = 'text';
			return { clean: decoded.clean };
		}
		view.payloadKind = readStrictJson(utf8.text).ok ? 'json' : 'text';
		if (isJwt) {
			fault(
				'structure.payload-not-object',
				`The header says typ ${quoted(String(header?.typ))}, but the payload is not a JSON object: a JWT's claims set must be one (RFC 7519 §7.2).`,
				spanIn(1, 0, segment.length)
			);
		}
		return { clean: decoded.clean };
	}

	function decodeSegment(segment: string, index: number, what: string) {
		const result = decodeBase64url(segment);
		for (const f of result.faults)
			fault(f.code, `In the ${what}: ${f.message}`, spanIn(index, f.from, f.to));
		return { bytes: result.bytes, clean: result.faults.length === 0 };
	}

	function reportJson(
		issues: JsonIssue[],
		error: JsonError | undefined,
		json: string,
		index: number,
		what: string
	) {
		// Offsets in the decoded JSON become offsets of the base64url characters that carry those bytes.
		const toSpan = (from: number, to: number) => {
			// An empty range (an error at the end of the text) marks the last byte.
			const total = utf8Length(json);
			const a = Math.min(utf8Length(json.slice(0, from)), Math.max(total - 1, 0));
			const b = Math.max(utf8Length(json.slice(0, to)), a + 1);
			return spanIn(index, ...bytesToChars(a, b, parts[index]!.text.length));
		};
		if (error) {
			const code =
				error.code === 'json.too-deep' ? `structure.${what}-too-deep` : `structure.${what}-json`;
			fault(
				code,
				`The ${NOUNS[what] ?? what} is not valid JSON: ${error.message}`,
				toSpan(error.from, error.to)
			);
		}
		for (const issue of issues) {
			// Spans cost a pass over the JSON each: stop once the list of faults is full.
			if (faults.length >= MAX_FAULTS) break;
			const code =
				issue.code === 'json.duplicate-name'
					? 'structure.duplicate-name'
					: 'structure.non-finite-number';
			fault(code, `In the ${what}: ${issue.message}`, toSpan(issue.from, issue.to));
		}
	}
}

// Each base64url character carries 6 bits (RFC 4648 §5), so bytes [from, to) are carried by the characters
// from ⌊8·from/6⌋ up to ⌈8·to/6⌉: all those that hold at least one of their bits, and no other.
function bytesToChars(from: number, to: number, segmentLength: number): [number, number] {
	const a = Math.min(Math.floor((from * 4) / 3), segmentLength);
	return [a, Math.min(Math.max(Math.ceil((to * 4) / 3), a), segmentLength)];
}

// "claims" names the codes (structure.claims-json); a sentence needs the singular noun.
const NOUNS: Record<string, string> = { claims: 'claims set' };

function segmentCountMessage(count: number): string {
	if (count === 1)
		return 'There are no dots: a JWT has three base64url parts, header.payload.signature. This may be an opaque token (only its issuer can read it) or only part of a JWT.';
	if (count === 2)
		return 'There are two parts: the signature is missing. A JWS has three parts (header.payload.signature); even an unsecured JWT ends with a dot.';
	if (count === 4)
		return 'There are four parts; a JWS has three (header.payload.signature) and a JWE five. A part was probably duplicated or two tokens were joined.';
	return `There are ${count} parts; a JWS has three (header.payload.signature) and a JWE five.`;
}

const NON_TOKENS: Array<{ test: RegExp; code: string; message: string }> = [
	{
		test: /^-----BEGIN [A-Z0-9 ]+-----/,
		code: 'structure.pem-not-token',
		message:
			'This is a PEM key or certificate, not a token: paste it into "Verification key" and the token here.'
	},
	{
		test: /^\{[\s\S]*"(?:kty|keys)"\s*:/,
		code: 'structure.key-not-token',
		message:
			'This is a JSON Web Key (or key set), not a token: paste it into "Verification key" and the token here.'
	},
	// Before the JWS entry: a JWE in JSON serialization has a "protected" member too.
	{
		test: /^\{[\s\S]*"ciphertext"\s*:/,
		code: 'structure.json-serialization',
		message:
			'This is a JWE in JSON serialization (RFC 7516 §7.2); this inspector reads the compact form only.'
	},
	{
		test: /^\{[\s\S]*"(?:signatures?|protected)"\s*:/,
		code: 'structure.json-serialization',
		message:
			'This is a JWS in JSON serialization (RFC 7515 §7.2). JWTs use the compact form, header.payload.signature, which is what this inspector reads.'
	},
	{
		test: /^\{[\s\S]*"(?:access_token|id_token)"\s*:/,
		code: 'structure.token-response',
		message:
			'This is a token response (JSON). Paste the value of "access_token" or "id_token" on its own.'
	},
	{
		test: /^ssh-(?:rsa|ed25519|dss) /,
		code: 'structure.key-not-token',
		message: 'This is an SSH public key, not a token.'
	}
];

function recogniseNonToken(text: string): { code: string; message: string } | undefined {
	const head = text.slice(0, 4096);
	return NON_TOKENS.find((candidate) => candidate.test.test(head));
}

function countDots(text: string): number {
	let count = 0;
	for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) count++;
	return count;
}

function tooLarge(pasted: string): ParsedToken {
	const size = (pasted.length / (1024 * 1024)).toFixed(1);
	return {
		view: {
			kind: 'malformed',
			normalized: '',
			removed: [],
			segments: [],
			payloadKind: 'none'
		},
		faults: [
			{
				code: 'structure.too-large',
				severity: 'error',
				message: `The pasted text is ${size} MB; this inspector reads tokens up to ${MAX_TOKEN_CHARS / (1024 * 1024)} MB, and real JWTs are a few KB. Check that only the token was pasted.`,
				span: { from: 0, to: pasted.length }
			}
		],
		verifiable: false
	};
}
