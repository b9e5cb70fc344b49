// Reads the second segment of a JWS: a JWT claims set (RFC 7519 §7.2), or any bytes in a plain JWS, which are
// faulted only where the header declares a JWT or the payload looks like JSON.
import type { TokenView } from '../types';
import type { StructureFinding as Finding } from './faults';
import type { Read } from '../read';
import { isJsonObject, readStrictJson } from './json';
import { utf8Length } from './utf8';
import { decodeSegment, decodeSegmentText, readSegmentJson } from './decode-segment';
import { structureFault } from './faults';
import { declaresJwt } from './media-type';
import type { SegmentSpan } from './segments';
import { quoted } from '../text';

/** The payload as read: what the view shows of it, the claims when it is a JWT, and whether it decoded cleanly. */
export interface PayloadRead {
	view: Pick<TokenView, 'payloadKind' | 'payloadText' | 'payloadBytes' | 'claims'>;
	claims?: Record<string, unknown>;
	/** True when its base64url decoded without a fault, so a verifier sees the bytes we do. */
	clean: boolean;
}

/** Reads the payload segment; `room` is how many more faults the token's list can take. */
export function readPayload(
	segment: string,
	header: Record<string, unknown> | undefined,
	spanIn: SegmentSpan,
	room: number
): Required<Read<PayloadRead, Finding>> {
	const isJwt = declaresJwt(header);
	// RFC 7797 §3: with "b64": false the payload is not encoded; its bytes are the UTF-8 of the text itself.
	if (header?.b64 === false) {
		const view = {
			payloadKind: 'text',
			payloadText: segment,
			payloadBytes: utf8Length(segment)
		} as const;
		return { value: { view, clean: true }, faults: [] };
	}
	const decoded = decodeSegment(segment, 'payload', spanIn);
	const faults = [...decoded.faults];
	const clean = decoded.faults.length === 0;
	const view: PayloadRead['view'] = { payloadKind: 'none', payloadBytes: decoded.value.length };
	const text = decodeSegmentText(decoded.value, 'payload', segment.length, spanIn);
	const utf8 = text.faults.length === 0;
	const looksJson = text.value.trimStart().startsWith('{');
	if (!utf8 && (isJwt || looksJson)) faults.push(...text.faults);
	if (!utf8 && !isJwt && !looksJson) {
		view.payloadKind = 'binary';
		return { value: { view, clean }, faults };
	}
	view.payloadText = text.value;
	if (looksJson) {
		const json = readSegmentJson(
			text.value,
			'claims',
			segment.length,
			spanIn,
			room - faults.length
		);
		faults.push(...json.faults);
		if (isJsonObject(json.value)) {
			view.claims = json.value;
			view.payloadKind = 'claims';
			return { value: { view, claims: json.value, clean }, faults };
		}
		view.payloadKind = 'text';
		return { value: { view, clean }, faults };
	}
	view.payloadKind = readStrictJson(text.value).ok ? 'json' : 'text';
	if (isJwt) {
		faults.push(
			structureFault(
				'structure.payload-not-object',
				`The header says typ ${quoted(String(header?.typ))}, but the payload is not a JSON object: a JWT's claims set must be one (RFC 7519 §7.2).`,
				spanIn(0, segment.length)
			)
		);
	}
	return { value: { view, clean }, faults };
}
