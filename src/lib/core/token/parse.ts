// Reads a pasted token into its parts: compact JWS (RFC 7515 §7.1), unsecured JWT (RFC 7519 §6) or compact
// JWE (RFC 7516 §7.1), decoding as far as it can and recording every structural fault with its span in the
// pasted text. Bad input is data here: this never throws on anything a user can paste.
// The steps, each a pure function in its own file: normalise (../input/normalize.ts), recognise what is no
// token (non-token.ts), split (segments.ts), read the header (header.ts) and the payload (payload.ts), each
// segment decoded by decode-segment.ts; this file runs them in order and gathers their faults (faults.ts).
import type { TokenView } from '../types';
import type { StructureFinding as Finding } from './faults';
import { normalizeToken } from '../input/normalize';
import { recogniseNonToken } from './non-token';
import { JWE_PARTS, segmentCountMessage, spanInSegment, splitSegments } from './segments';
import { decodeSegment } from './decode-segment';
import { readHeader } from './header';
import { readPayload } from './payload';
import { addFaults, MAX_FAULTS, structureFault } from './faults';
import { splitSdJwt, type SdJwtSplit } from '../sd-jwt/split';

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
	/** An SD-JWT's parts (RFC 9901 §4): the header, claims and signature above are its issuer-signed JWT's. */
	sdJwt?: SdJwtSplit;
}

/**
 * Longer pasted text is not read at all. No JWT comes near it (RFC 7519 sets no limit, but headers carry tokens
 * of a few KB, and servers refuse request headers past 8–64 KB); reading it would only tie up the worker.
 */
export const MAX_TOKEN_CHARS = 8 * 1024 * 1024;

/**
 * Splits, decodes and parses a pasted token, recording each structural fault with its span. `repair: false`
 * reads it as pasted, without repairing its base64 (input/repair.ts).
 */
export function parseToken(pasted: string, options: { repair?: boolean } = {}): ParsedToken {
	if (pasted.length > MAX_TOKEN_CHARS) return tooLarge(pasted);
	if (options.repair === false) return readToken(pasted, false);
	const read = readToken(pasted, true);
	// A repair that does not give a token that reads cleanly was the wrong reading, and an unencoded payload
	// (RFC 7797 §3, "b64": false) is no base64 to repair: the token is read as it was pasted, so its faults are
	// reported on the characters that carry them.
	if (read.view.repaired && (read.faults.length > 0 || read.header?.b64 === false))
		return readToken(pasted, false);
	return read;
}

function readToken(pasted: string, repair: boolean): ParsedToken {
	const norm = normalizeToken(pasted, { repair });
	const text = norm.text;
	const faults: Finding[] = [];
	const view: TokenView = {
		kind: 'malformed',
		normalized: text,
		removed: norm.removed,
		segments: [],
		payloadKind: 'none',
		...(norm.found ? { found: norm.found } : {}),
		...(norm.alternatives.length ? { alternatives: norm.alternatives } : {}),
		...(norm.withheld.length ? { withheld: norm.withheld } : {}),
		...(norm.repaired ? { repaired: norm.repaired } : {})
	};
	const whole = norm.toSource(0, text.length);
	// A quoted value whose closing quote never came: the copy stopped mid-way, so the token lost its end.
	if (norm.found?.cutShort && text.length > 0)
		addFaults(faults, [
			structureFault(
				'structure.truncated',
				`The ${norm.found.field} value has no closing quote: the copy ends mid-way, so the token has lost its end.`,
				whole
			)
		]);

	if (text.length === 0) {
		view.kind = 'empty';
		return { view, faults, verifiable: false };
	}
	const notAToken = recogniseNonToken(text);
	if (notAToken) {
		addFaults(faults, [structureFault(notAToken.code, notAToken.message, whole)]);
		return { view, faults, verifiable: false };
	}

	// An SD-JWT (RFC 9901 §4): its issuer-signed JWT, before the first `~`, is read and verified exactly as a
	// pasted JWT; the disclosures and the KB-JWT after it are read by ../sd-jwt/read.ts. The JWT starts the
	// normalised text, so its offsets (and their spans in the pasted text) are the same.
	const sdJwt = splitSdJwt(text, norm.toSource);
	const jwt = sdJwt ? { ...norm, text: sdJwt.issuer.text } : norm;
	const { parts, count, views } = splitSegments(jwt);
	view.segments = views;
	const spans = parts.map((part) => spanInSegment(norm, part));
	if (count !== 3 && count !== 5) {
		addFaults(faults, [structureFault('structure.segments', segmentCountMessage(count), whole)]);
	}

	// The header, common to JWS and JWE.
	const headerPart = parts[0]!;
	const read = readHeader(headerPart.text, spans[0]!, MAX_FAULTS - faults.length);
	addFaults(faults, read.faults);
	const { header, bytes: headerBytes } = read.value;
	if (header) {
		view.header = header;
		view.headerJson = read.value.json;
	}

	if (parts.length === 5) {
		view.kind = 'jwe';
		for (let i = 1; i < 5; i++)
			addFaults(faults, decodeSegment(parts[i]!.text, JWE_PARTS[i]!, spans[i]!).faults);
		if (header && header.enc === undefined) {
			addFaults(faults, [
				structureFault(
					'structure.jwe-without-enc',
					'Five parts make a JWE, but the header has no "enc" (RFC 7516 §4.1.2): this is neither a valid JWE nor a JWS.',
					spans[0]!(0, headerPart.text.length)
				)
			]);
		}
		return { view, faults, header, headerBytes, verifiable: false };
	}

	if (header && header.enc !== undefined) {
		addFaults(faults, [
			structureFault(
				'structure.jwe-parts',
				`The header has "enc", so this is a JWE, which has five parts; this one has ${count}.`,
				whole
			)
		]);
	}

	// The payload: a JWT claims set, or any bytes in a plain JWS.
	const payloadPart = parts[1];
	let claims: Record<string, unknown> | undefined;
	let payloadClean = true;
	if (payloadPart !== undefined) {
		const payload = readPayload(payloadPart.text, header, spans[1]!, MAX_FAULTS - faults.length);
		addFaults(faults, payload.faults);
		Object.assign(view, payload.value.view);
		claims = payload.value.claims;
		payloadClean = payload.value.clean;
	}

	// The signature.
	const signaturePart = parts[2];
	let signature: Uint8Array | undefined;
	let signatureClean = false;
	if (signaturePart !== undefined) {
		const decoded = decodeSegment(signaturePart.text, 'signature', spans[2]!);
		addFaults(faults, decoded.faults);
		signature = decoded.value;
		signatureClean = decoded.faults.length === 0;
		view.signatureBytes = decoded.value.length;
		const expected = signatureLength(header?.alg);
		// A signature shorter than its algorithm makes, at the end of the paste: a copy that lost its end,
		// told apart from a corrupted one (which keeps its length). Put first so it is the row's code.
		// A length some algorithm or RSA modulus makes is a token relabelled or signed with another key, not a
		// cut: only a length no signature has is called short.
		const length = decoded.value.length;
		if (
			count === 3 &&
			expected !== undefined &&
			// An empty signature is one left out on purpose (a share link without it, RFC 7519 §6), not a cut.
			length > 0 &&
			length < expected &&
			!SIGNATURE_LENGTHS.includes(length) &&
			!norm.found?.cutShort
		)
			faults.unshift(
				structureFault(
					'structure.truncated',
					`The signature is ${decoded.value.length} bytes, but ${String(header?.alg)} signatures are ${expected}: the token was cut short when it was copied.`,
					spans[2]!(0, signaturePart.text.length)
				)
			);
	}

	if (parts.length === 3) view.kind = header?.alg === 'none' ? 'unsecured' : 'jws';
	const verifiable = parts.length === 3 && read.value.clean && signatureClean && payloadClean;
	return {
		view,
		faults,
		header,
		headerBytes,
		claims,
		compact: jwt.text,
		signature,
		verifiable,
		...(sdJwt ? { sdJwt } : {})
	};
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

/**
 * The signature length in bytes each fixed-length algorithm makes: HMAC's output is its hash's (RFC 7518 §3.2),
 * ECDSA's is R‖S at twice the curve's coordinate size (RFC 7518 §3.4: 64, 96, 132), Ed25519's 64 (RFC 8037 §3.1).
 * RSA's is the modulus's size (RFC 8017 §8.2.1): up to 512 bytes for 4096-bit keys, any of RSA_MODULUS_BYTES.
 */
/** Every whole signature length: HMAC and ECDSA/EdDSA (32–132) and common RSA moduli (1024–4096 bits). */
const SIGNATURE_LENGTHS = [32, 48, 64, 96, 128, 132, 192, 256, 384, 512];

function signatureLength(alg: unknown): number | undefined {
	switch (alg) {
		case 'HS256':
			return 32;
		case 'HS384':
			return 48;
		case 'HS512':
			return 64;
		case 'ES256':
		case 'ES256K':
		case 'EdDSA':
		case 'Ed25519':
			return 64;
		case 'ES384':
			return 96;
		case 'ES512':
			return 132;
		case 'RS256':
		case 'RS384':
		case 'RS512':
		case 'PS256':
		case 'PS384':
		case 'PS512':
			return 512;
		default:
			return undefined;
	}
}
