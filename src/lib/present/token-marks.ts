// What the token editor paints over the pasted text: the token's parts and the structure findings that have a
// place. Both come from the report, so the editor's underlines and the checklist tell the same story.
import type { Finding, Report, SegmentName } from '$lib/core';

/** One coloured run of the pasted text: a part of the token, a dot between parts, or something removed. */
export interface Mark {
	kind: SegmentName | 'dot' | 'removed';
	from: number;
	to: number;
	/** Hover text, for removed input: what was taken away and why it does not matter. */
	note?: string;
}

/** An underline with its hover text: a finding's span, in the shape CodeMirror's lint diagnostics use. */
export interface Diagnostic {
	from: number;
	to: number;
	severity: Finding['severity'];
	message: string;
}

export interface TokenMarks {
	/** The pasted text these marks belong to; the editor applies them only while it still holds this text. */
	text: string;
	marks: Mark[];
	diagnostics: Diagnostic[];
}

const REMOVAL_NOTES = {
	whitespace: 'Spaces removed before reading the token.',
	'line-breaks': 'Line breaks removed before reading the token.',
	quotes: 'Quotes removed before reading the token.',
	prefix: 'Prefix removed before reading the token: only the token itself is checked.',
	surroundings: 'Text around the token, left out: only the token found in it is checked.',
	'url-encoding': 'A percent-encoded character, decoded before reading the token.',
	'base64-alphabet': 'A standard-base64 character ("+" or "/"), read as base64url ("-" or "_").',
	padding: 'Base64 "=" padding, which JWS leaves out: dropped before reading the token.',
	'form-space': 'A space left by form decoding where a "+" or "-" was, read as "-".'
} as const;

/** The marks for the text a report was made from; every span is clamped to the text. */
export function tokenMarksOf(report: Report, text: string): TokenMarks {
	const length = text.length;
	const clamp = (n: number) => Math.max(0, Math.min(length, n));
	const marks: Mark[] = [];
	// A JWE the Decryption key opened: the pasted text is the JWE, whatever the report's token is (issue 19).
	const pasted = report.jwe ?? report.token;
	const segments = pasted.segments;
	segments.forEach((segment, i) => {
		marks.push({ kind: segment.name, from: clamp(segment.span.from), to: clamp(segment.span.to) });
		const next = segments[i + 1];
		// The dot after this part, when the pasted text has one right there.
		const dot = segment.span.to;
		if (next && text.charCodeAt(dot) === 46 /* . */)
			marks.push({ kind: 'dot', from: dot, to: dot + 1 });
	});
	for (const removal of pasted.removed) {
		// The line breaks of pasted XML (a SAML message) are one span from the first to the last, which would
		// strike through the whole message: between elements they are whitespace XML ignores, so none is marked.
		if (report.format === 'saml' && removal.kind === 'line-breaks') continue;
		marks.push({
			kind: 'removed',
			from: clamp(removal.span.from),
			to: clamp(removal.span.to),
			note: REMOVAL_NOTES[removal.kind]
		});
	}
	// A finding becomes an underline by one mapping; a zero-width span widens to the character it points at.
	const diagnostics = report.diagnostics.flatMap((finding): Diagnostic[] => {
		if (!finding.span || length === 0) return [];
		let from = clamp(finding.span.from);
		let to = clamp(finding.span.to);
		if (from === to) {
			if (to < length) to++;
			else from--;
		}
		return [{ from, to, severity: finding.severity, message: finding.message }];
	});
	return { text, marks: marks.filter((m) => m.from < m.to), diagnostics };
}

/** Whether two sets of marks paint the same, so the editor is not redrawn when the clock ticks. */
export function sameMarks(a: TokenMarks | undefined, b: TokenMarks): boolean {
	if (!a || a.text !== b.text) return false;
	const sameRange = (x: Mark | Diagnostic, y: Mark | Diagnostic) =>
		x.from === y.from && x.to === y.to;
	return (
		a.marks.length === b.marks.length &&
		a.diagnostics.length === b.diagnostics.length &&
		a.marks.every((m, i) => sameRange(m, b.marks[i]!) && m.kind === b.marks[i]!.kind) &&
		a.diagnostics.every(
			(d, i) => sameRange(d, b.diagnostics[i]!) && d.message === b.diagnostics[i]!.message
		)
	);
}
