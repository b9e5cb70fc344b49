import { defineCheck } from './check';
import {
	noClaims,
	skewHint,
	timeClaim,
	noClaimsCodes,
	timeClaimCodes
} from './support/claim-outcomes';
import { formatDuration, formatInstant } from '../time/format';

// RFC 7519 §4.1.4: the current time MUST be before exp; implementers MAY allow a small leeway for clock skew.
export const expCheck = defineCheck({
	id: 'exp',
	title: 'Expiry (exp)',
	spec: 'RFC 7519 §4.1.4',
	codes: [
		...noClaimsCodes('exp'),
		...timeClaimCodes('exp'),
		'exp.expired',
		'exp.within-leeway',
		'exp.ok'
	],
	run(context) {
		const skip = noClaims(context, 'exp');
		if (skip) return skip;
		const claim = timeClaim(context, 'exp');
		if (!('value' in claim)) {
			return claim.code === 'exp.absent'
				? { ...claim, detail: 'No "exp" claim: the token never expires (see lifetime).' }
				: claim;
		}
		const { now, leeway } = context;
		const exp = claim.value;
		const ago = now - exp;
		if (ago >= leeway) {
			const needed = Math.floor(ago) + 1;
			return {
				status: 'fail',
				code: 'exp.expired',
				detail: `Expired ${formatDuration(ago)} ago, at ${formatInstant(exp)}${leeway > 0 ? `, beyond the ${leeway} s leeway` : ''}.${skewHint(ago, needed, leeway)}`,
				fix: 'Get a new token: refresh it or sign in again. If tokens expire before they are used, the client should refresh a little before "exp".'
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
});
