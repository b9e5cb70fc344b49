import { defineCheck } from './check';
import {
	expirySkewEvidence,
	leewayOffer,
	leewayWhatIf,
	timeRow,
	noClaimsCodes,
	timeClaimCodes
} from './support/claim-outcomes';
import { formatDuration, formatInstant } from '../time/format';
import type { CheckContext, Outcome } from './check';

// RFC 7519 §4.1.4: the current time MUST be before exp; implementers MAY allow a small leeway for clock skew.
export const expCheck = defineCheck({
	id: 'exp',
	title: 'Expiry (exp)',
	spec: 'RFC 7519 §4.1.4',
	codes: [
		...noClaimsCodes('exp'),
		...timeClaimCodes('exp'),
		'exp.expired',
		'exp.expired-clock-skew',
		'exp.within-leeway',
		'exp.ok'
	],
	run(context) {
		const row = timeRow(context, 'exp', (exp) => judgeExpiry(context, exp));
		return row.code === 'exp.absent'
			? { ...row, detail: 'No "exp" claim: the token never expires (see lifetime).' }
			: row;
	}
});

/** The exp row for an expiry at `exp` seconds, judged at the evaluation time with the leeway. */
function judgeExpiry(
	context: CheckContext,
	exp: number
): Outcome<'exp.expired' | 'exp.expired-clock-skew' | 'exp.within-leeway' | 'exp.ok'> {
	const { now, leeway } = context;
	const ago = now - exp;
	if (ago >= leeway) {
		const when = `Expired ${formatDuration(ago)} ago, at ${formatInstant(exp)}${leeway > 0 ? `, beyond the ${leeway} s leeway` : ''}`;
		// Clock skew is named only when the token points to it (issue 16, item 4): otherwise an expired token
		// is expired, and the one action is a new token. A leeway is never the fix, only a labelled what-if.
		const skew = context.token.claims
			? expirySkewEvidence(context.token.claims, exp, ago)
			: undefined;
		if (skew) {
			return {
				status: 'fail',
				code: 'exp.expired-clock-skew',
				detail: `${when}, though it lived only ${formatDuration(skew.lifetimeSeconds)} from "iat" to "exp": a token that expires before it could be used points to clock skew, this clock running ahead of the issuer's.${leewayWhatIf(ago, Math.floor(ago) + 1, leeway)}`,
				fix: 'Synchronise the clocks of the issuer and the API (NTP). A token this short-lived leaves no room for skew.',
				...leewayOffer(ago, Math.floor(ago) + 1)
			};
		}
		return {
			status: 'fail',
			code: 'exp.expired',
			detail: `${when}.`,
			fix: 'Get a new token, and have the client refresh it before "exp". Sign in again if it cannot refresh.',
			// exp passes while now − exp < leeway: the smallest whole leeway above the miss.
			...leewayOffer(ago, Math.floor(ago) + 1)
		};
	}
	if (ago >= 0) {
		return {
			status: 'warn',
			code: 'exp.within-leeway',
			detail: `Expired ${formatDuration(ago)} ago, at ${formatInstant(exp)}; accepted only because of the ${leeway} s leeway.`,
			fix: 'Refresh the token now; a verifier with less leeway already rejects it.'
		};
	}
	return {
		status: 'pass',
		code: 'exp.ok',
		detail: `Expires in ${formatDuration(-ago)}, at ${formatInstant(exp)}.`
	};
}
