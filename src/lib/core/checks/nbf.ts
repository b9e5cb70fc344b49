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

// RFC 7519 §4.1.5: the current time MUST be after or equal to nbf, with an optional small leeway.
export const nbfCheck = defineCheck({
	id: 'nbf',
	title: 'Not before (nbf)',
	spec: 'RFC 7519 §4.1.5',
	codes: [
		...noClaimsCodes('nbf'),
		...timeClaimCodes('nbf'),
		'nbf.future',
		'nbf.within-leeway',
		'nbf.ok'
	],
	run(context) {
		return timeRow(context, 'nbf', (seconds) => judgeStart(context, seconds));
	}
});

/** The nbf row for a start at `nbf` seconds, judged at the evaluation time with the leeway. */
function judgeStart(
	context: CheckContext,
	nbf: number
): Outcome<'nbf.future' | 'nbf.within-leeway' | 'nbf.ok'> {
	const { now, leeway } = context;
	const early = nbf - now;
	if (early > leeway) {
		return {
			status: 'fail',
			code: 'nbf.future',
			detail: `Not valid until ${formatInstant(nbf)}, ${formatDuration(early)} from now.${futureSkewNote(early, leeway)}`,
			fix: futureFix(
				early,
				'Use the token after its "nbf", or ask the issuer why it starts in the future.'
			),
			// nbf passes while its lead ≤ leeway (RFC 7519 §4.1.5).
			...leewayOffer(early, Math.ceil(early))
		};
	}
	if (early > 0) {
		return {
			status: 'warn',
			code: 'nbf.within-leeway',
			detail: `Starts ${formatDuration(early)} from now, at ${formatInstant(nbf)}; accepted only because of the ${leeway} s leeway.`,
			fix: "The issuer's clock is ahead of this one: check both are synchronised (NTP)."
		};
	}
	return {
		status: 'pass',
		code: 'nbf.ok',
		detail: `Valid since ${formatInstant(nbf)} (${formatDuration(-early)} ago).`
	};
}
