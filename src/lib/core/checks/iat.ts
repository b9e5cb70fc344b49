import { defineCheck } from './check';
import {
	futureFix,
	leewayOffer,
	futureSkewNote,
	timeRow,
	noClaimsCodes,
	timeClaimCodes
} from './support/claim-outcomes';
import { formatDuration, formatInstant } from '../time/format';
import type { CheckContext, Outcome } from './check';

// RFC 7519 §4.1.6: iat is when the token was issued. A token issued in the future (beyond the leeway) means a
// wrong clock or a forged claim; verifiers such as PyJWT reject it.
export const iatCheck = defineCheck({
	id: 'iat',
	title: 'Issued at (iat)',
	spec: 'RFC 7519 §4.1.6',
	codes: [
		...noClaimsCodes('iat'),
		...timeClaimCodes('iat'),
		'iat.future',
		'iat.within-leeway',
		'iat.ok'
	],
	run(context) {
		return timeRow(context, 'iat', (seconds) => judgeIssued(context, seconds));
	}
});

/** The iat row for an issue time of `iat` seconds, judged at the evaluation time with the leeway. */
function judgeIssued(
	context: CheckContext,
	iat: number
): Outcome<'iat.future' | 'iat.within-leeway' | 'iat.ok'> {
	const { now, leeway } = context;
	const ahead = iat - now;
	if (ahead > leeway) {
		return {
			status: 'fail',
			code: 'iat.future',
			detail: `Issued ${formatDuration(ahead)} in the future, at ${formatInstant(iat)}.${futureSkewNote(ahead, leeway)}`,
			fix: futureFix(
				ahead,
				'Ask the issuer why "iat" is in the future: its clock is far off, or the claim is wrong.'
			),
			// iat passes while its lead ≤ leeway (RFC 7519 §4.1.6).
			...leewayOffer(ahead, Math.ceil(ahead))
		};
	}
	if (ahead > 0) {
		return {
			status: 'warn',
			code: 'iat.within-leeway',
			detail: `Issued ${formatDuration(ahead)} in the future, at ${formatInstant(iat)}; accepted only because of the ${leeway} s leeway.`,
			fix: "The issuer's clock is ahead of this one: check both are synchronised (NTP)."
		};
	}
	return {
		status: 'pass',
		code: 'iat.ok',
		detail: `Issued ${formatDuration(-ahead)} ago, at ${formatInstant(iat)}.`
	};
}
