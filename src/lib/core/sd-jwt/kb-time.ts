// The key-binding JWT's iat judged at the evaluation time (RFC 9901 §7.3, step 5: the verifier checks "that the
// creation time of the Key Binding JWT, as determined by the iat claim, is within an acceptable window"). The
// KB-JWT is read once per token (./key-binding.ts) and holds no judgement of time: this runs with the structure
// row, given "now" and the leeway, so the core still never reads the clock.
import { formatDuration, formatInstant } from '../time/format';
import { readNumericDate } from '../time/numeric-date';
import type { Finding } from '../types';
import type { KeyBindingView, SdJwtCode } from './types';

/**
 * The window this inspector accepts a KB-JWT's age in. RFC 9901 leaves it to the verifier; a KB-JWT is signed
 * by the holder when it presents the SD-JWT, for one verifier and nonce (§4.3), so one made minutes before
 * is already not this presentation's. Five minutes, as wide as the usual clock-skew allowance.
 */
export const KB_MAX_AGE_SECONDS = 300;

/** The findings on the KB-JWT's iat at `now` (seconds) with `leeway`: none when it is within the window. */
export function keyBindingTimeFindings(
	kb: KeyBindingView | undefined,
	now: number,
	leeway: number
): Finding<SdJwtCode>[] {
	if (!kb?.claims) return [];
	const flag = (code: SdJwtCode, message: string): Finding<SdJwtCode>[] => [
		{ code, severity: 'warning', message, span: kb.span }
	];
	const iat = readNumericDate(kb.claims, 'iat');
	// A missing iat is already flagged as a malformed KB-JWT (§4.3: iat is REQUIRED).
	if (iat.kind === 'absent') return [];
	if (iat.kind === 'invalid')
		return flag('structure.kb-iat-not-number', `The key-binding JWT's iat: ${iat.message}`);
	if (iat.kind === 'milliseconds')
		return flag(
			'structure.kb-iat-not-number',
			`The key-binding JWT's iat is ${iat.value}, which looks like milliseconds (${formatInstant(iat.asSeconds)}); a NumericDate counts seconds (RFC 7519 §2).`
		);
	const leewayText = leeway > 0 ? `, beyond the ${leeway} s leeway` : '';
	const ahead = iat.value - now;
	// RFC 7519 §4.1.6 with the leeway of §4.1.4: a creation time in the future is not yet a presentation.
	if (ahead > leeway)
		return flag(
			'structure.kb-iat-future',
			`The key-binding JWT was made in the future: its iat is ${formatInstant(iat.value)}, ${formatDuration(ahead)} from now${leewayText}. A verifier rejects it (RFC 9901 §7.3); the holder's clock is likely ahead.`
		);
	const age = -ahead;
	if (age > KB_MAX_AGE_SECONDS + leeway)
		return flag(
			'structure.kb-iat-old',
			`The key-binding JWT was made ${formatDuration(age)} ago (iat ${formatInstant(iat.value)}), longer than a presentation lasts (${formatDuration(KB_MAX_AGE_SECONDS)} here)${leewayText}: a verifier checks its creation time is within an acceptable window (RFC 9901 §7.3), so it was likely replayed or kept.`
		);
	return [];
}
