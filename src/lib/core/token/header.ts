// Reads the first segment, the JOSE header common to JWS and JWE (RFC 7515 §4, RFC 7516 §4): base64url,
// then UTF-8, then a JSON object.
import type { StructureFinding as Finding } from './faults';
import type { Read } from '../read';
import { isJsonObject } from './json';
import { decodeSegment, decodeSegmentText, readSegmentJson } from './decode-segment';
import { structureFault } from './faults';
import type { SegmentSpan } from './segments';
import { describeJsonValue } from '../text';

/** The header as read: the object when there is one, and whether it decoded without any fault. */
export interface HeaderRead {
	header?: Record<string, unknown>;
	/** The header's JSON text, when it is an object. */
	json?: string;
	/** The size of the decoded header in bytes (its JSON text may hold fewer characters). */
	bytes?: number;
	/** True when base64url, UTF-8 and JSON were all read without a fault. */
	clean: boolean;
}

/** Reads the header segment; `room` is how many more faults the token's list can take. */
export function readHeader(
	segment: string,
	spanIn: SegmentSpan,
	room: number
): Required<Read<HeaderRead, Finding>> {
	if (segment.length === 0) {
		return {
			value: { clean: false },
			faults: [
				structureFault(
					'structure.header-empty',
					'The header part (before the first dot) is empty.',
					spanIn(0, 0)
				)
			]
		};
	}
	const decoded = decodeSegment(segment, 'header', spanIn);
	const text = decodeSegmentText(decoded.value, 'header', segment.length, spanIn);
	const faults = [...decoded.faults, ...text.faults];
	const json = readSegmentJson(text.value, 'header', segment.length, spanIn, room - faults.length);
	faults.push(...json.faults);
	const bytes = decoded.value.length;
	if (isJsonObject(json.value)) {
		const clean = decoded.faults.length === 0 && text.faults.length === 0 && json.strict;
		return { value: { header: json.value, json: text.value, bytes, clean }, faults };
	}
	if (json.value !== undefined) {
		faults.push(
			structureFault(
				'structure.header-not-object',
				`The header decodes to ${describeJsonValue(json.value)}, not a JSON object (RFC 7515 §4).`,
				spanIn(0, segment.length)
			)
		);
	}
	return { value: { bytes, clean: false }, faults };
}
