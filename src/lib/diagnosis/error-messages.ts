// "Paste your error": recognises what a verifier printed and says which library said it, why, and which
// checklist rows judge that cause. Pure data and one function; the page imports it lazily (on first use), so
// the catalogue never weighs on the first load.
import type { ErrorCause, ErrorEntry, TargetCheck } from './error-catalogue/entry';
import { KIND_EXPLANATIONS, readErrorKinds, type ErrorKind } from './error-kinds';
import { ASPNETCORE_ERRORS } from './error-catalogue/aspnetcore';
import { DATA_API_ERRORS } from './error-catalogue/data-apis';
import { DOTNET_ERRORS } from './error-catalogue/dotnet';
import { GATEWAY_ERRORS } from './error-catalogue/gateways';
import { GO_ERRORS } from './error-catalogue/go';
import { JAVA_ERRORS } from './error-catalogue/java';
import { JAVA_AUTH0_ERRORS } from './error-catalogue/java-auth0';
import { JAVASCRIPT_ERRORS } from './error-catalogue/javascript';
import { PHP_ERRORS } from './error-catalogue/php';
import { PYTHON_ERRORS } from './error-catalogue/python';
import { PYTHON_OTHER_ERRORS } from './error-catalogue/python-others';
import { RUBY_ERRORS } from './error-catalogue/ruby';

export type { ErrorCause, ErrorEntry, ErrorKind, TargetCheck };
// What the page shows beside a recognised message: the values in it, and what it implies against the report.
export { againstPage, clockNotes, tokenTimesOf, type ErrorNote } from './error-judgement';
export { readMessageTimes, readQuotedValues, type QuotedValue } from './error-values';

/** Every recognised message, grouped by ecosystem. */
export const ERROR_CATALOGUE: readonly ErrorEntry[] = [
	...JAVASCRIPT_ERRORS,
	...PYTHON_ERRORS,
	...PYTHON_OTHER_ERRORS,
	...RUBY_ERRORS,
	...PHP_ERRORS,
	...JAVA_ERRORS,
	...JAVA_AUTH0_ERRORS,
	...DOTNET_ERRORS,
	...ASPNETCORE_ERRORS,
	...GO_ERRORS,
	...GATEWAY_ERRORS,
	...DATA_API_ERRORS
];

/** What a cause is called on the page. */
export const CAUSE_LABELS: Record<ErrorCause, string> = {
	expired: 'expired',
	'not-yet-valid': 'not yet valid',
	signature: 'signature does not verify',
	audience: 'wrong audience',
	issuer: 'wrong issuer',
	'key-not-found': 'key not found',
	malformed: 'malformed token',
	algorithm: 'algorithm refused',
	crit: 'critical extension not understood',
	'token-type': 'wrong kind of token',
	revoked: 'token revoked',
	scope: 'missing scope'
};

/** One recognised message in the pasted text. */
export interface ErrorMatch {
	/** The catalogue entry's ID, or `kind.<kind>` for a failure recognised by its words alone. */
	id: string;
	/** The library that prints it; empty when only the kind was recognised. */
	library: string;
	/** Set when the general reader recognised the kind of failure, not a catalogued message. */
	kind?: ErrorKind;
	cause: ErrorCause;
	checks: TargetCheck[];
	explanation: string;
	/** The part of the pasted text that matched, and where. */
	text: string;
	from: number;
	to: number;
}

/**
 * `by: 'catalogue'`: a library's own message was found. `by: 'kind'`: no catalogued message was, but the words
 * say what kind of failure it is (see ./error-kinds.ts): the page says it knows the kind, not the library.
 */
export type Recognition =
	| { recognised: true; by: 'catalogue' | 'kind'; cause: ErrorCause; matches: ErrorMatch[] }
	| { recognised: false; reason: 'empty' | 'unknown' };

/** Longer pastes (a whole log) are read up to here: enough for any stack trace's message lines. */
export const MAX_ERROR_TEXT = 20_000;

/**
 * Finds every catalogued message in the pasted text. Where two matches overlap, the longer (more specific)
 * one wins; equal spans from different libraries are all kept, since the text alone cannot tell them apart.
 * The first match in the text gives the overall cause. When no message is catalogued, the general reader
 * names the kinds of failure the words describe, if any.
 */
export function recogniseError(text: string): Recognition {
	const pasted = text.slice(0, MAX_ERROR_TEXT);
	if (!pasted.trim()) return { recognised: false, reason: 'empty' };
	const found: ErrorMatch[] = [];
	for (const entry of ERROR_CATALOGUE) {
		const match = entry.pattern.exec(pasted);
		if (!match) continue;
		found.push({
			id: entry.id,
			library: entry.library,
			cause: entry.cause,
			checks: entry.checks,
			explanation: entry.explanation,
			text: match[0].trim(),
			from: match.index,
			to: match.index + match[0].length
		});
	}
	const kept = found.filter(
		(m) => !found.some((other) => other !== m && overlaps(m, other) && length(other) > length(m))
	);
	if (kept.length === 0) return byKind(pasted);
	kept.sort((a, b) => a.from - b.from || length(b) - length(a));
	return { recognised: true, by: 'catalogue', cause: kept[0]!.cause, matches: kept };
}

/** The checklist rows the matches point to, once each, in the order they are first named. */
export function matchedChecks(recognition: Recognition): TargetCheck[] {
	if (!recognition.recognised) return [];
	return [...new Set(recognition.matches.flatMap((m) => m.checks))];
}

function byKind(text: string): Recognition {
	const kinds = readErrorKinds(text);
	if (kinds.length === 0) return { recognised: false, reason: 'unknown' };
	const matches = kinds.map((k): ErrorMatch => ({
		id: `kind.${k.kind}`,
		library: '',
		kind: k.kind,
		cause: k.cause,
		checks: k.checks,
		explanation: KIND_EXPLANATIONS[k.kind],
		text: k.text,
		from: k.from,
		to: k.to
	}));
	return { recognised: true, by: 'kind', cause: matches[0]!.cause, matches };
}

const length = (m: ErrorMatch) => m.to - m.from;
const overlaps = (a: ErrorMatch, b: ErrorMatch) => a.from < b.to && b.from < a.to;
