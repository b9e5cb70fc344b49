// Keys the verifier passed over, summed up for the key and signature rows. RFC 7517 §4.5 lets a JWK Set hold
// any number of keys and RFC 7515 §6 has the verifier choose among them, so a row that named every key passed
// over would grow with the set: a 1,000-key JWKS with 6 KB kids made a 12 MB row that froze the page. Up to
// SHOWN keys are named with their reason; past that, the row counts them by reason and names the first few.
import type { Finding } from '../../types';
import { groupDigits } from '../../text';

/** One key passed over: its label (already quoted where it holds a value), a stable code, and why. */
export interface PassedOver {
	label: string;
	code: string;
	reason: string;
}

/** This many keys are named one by one; a longer list is counted by reason with the first SHOWN named. */
export const SHOWN = 3;

/** Short words for each reason a key is passed over, for the count: "999 keys passed over: kid does not match". */
const REASON_WORDS: Record<string, string> = {
	'key.kid-other': 'kid does not match',
	'key.type-mismatch': 'wrong key type',
	'key.curve-mismatch': 'wrong curve',
	'key.alg-mismatch': 'declared for another "alg"',
	'key.use-mismatch': '"use" is not "sig"',
	'key.ops-mismatch': '"key_ops" lacks "verify"',
	'key.import-failed': 'could not be imported',
	'signature.unverifiable': 'token cannot be verified',
	'signature.verifier-refused': 'the verifier refused'
};

/**
 * The keys as one clause: each named with its reason when there are at most SHOWN + 1 of them, else their count
 * by reason and the first SHOWN named, e.g. `999 keys passed over: kid does not match; the first: key "a" (…)`.
 */
export function passedOverClause(items: readonly PassedOver[], separator = '; '): string {
	const named = (list: readonly PassedOver[]) =>
		list.map((i) => `${i.label} (${i.reason})`).join(separator);
	if (items.length <= SHOWN + 1) return named(items);
	return `${countByReason(items)}; the first: ${named(items.slice(0, SHOWN))}`;
}

/**
 * The keys as findings: one each when there are at most SHOWN + 1, else one that counts them all by reason
 * (code `key.passed-over`) and the first SHOWN, so the list stays short however many keys the set holds.
 */
export function passedOverFindings(
	items: readonly PassedOver[],
	message: (item: PassedOver) => string = (i) => `${i.label}: ${i.reason}`
): Finding[] {
	const each = (item: PassedOver): Finding => ({
		code: item.code,
		severity: 'info',
		message: message(item)
	});
	if (items.length <= SHOWN + 1) return items.map(each);
	return [
		{
			code: 'key.passed-over',
			severity: 'info',
			message: `${countByReason(items)}. The first ${SHOWN}:`
		},
		...items.slice(0, SHOWN).map(each)
	];
}

/** "999 keys passed over: kid does not match (998), wrong key type (1)"; one reason alone is not counted. */
export function countByReason(items: readonly PassedOver[]): string {
	const counts = new Map<string, number>();
	for (const item of items) {
		const words = REASON_WORDS[item.code] ?? 'not usable';
		counts.set(words, (counts.get(words) ?? 0) + 1);
	}
	const reasons = [...counts].map(([words, n]) =>
		counts.size === 1 ? words : `${words} (${groupDigits(n)})`
	);
	return `${groupDigits(items.length)} key${items.length === 1 ? '' : 's'} passed over: ${reasons.join(', ')}`;
}
