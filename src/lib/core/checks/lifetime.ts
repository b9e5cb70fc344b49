import type { Check } from './check';
import { noClaims } from './claims';
import { formatDuration } from './time';

// RFC 8725 §3.10 and RFC 9068 §5: short-lived tokens limit the damage of a leaked one. A day is the threshold
// here: beyond that a stolen token is useful for longer than most sessions need.
const LONG_LIFETIME_SECONDS = 24 * 3600;

export const lifetimeCheck: Check = {
	id: 'lifetime',
	title: 'Lifetime',
	spec: 'RFC 8725 §3.10',
	run(context) {
		const skip = noClaims(context, 'lifetime');
		if (skip) return skip;
		const { exp, iat, nbf } = context.token.claims!;
		if (exp === undefined) {
			return {
				status: 'warn',
				code: 'lifetime.no-exp',
				detail: 'The token has no "exp": it never expires, so a leaked copy works forever.',
				fix: 'Issue tokens with an "exp", minutes to hours after "iat".'
			};
		}
		if (typeof exp !== 'number' || !Number.isFinite(exp))
			return {
				status: 'skip',
				code: 'lifetime.unreadable',
				detail: '"exp" is not a number (see exp).'
			};
		const start =
			typeof iat === 'number' && Number.isFinite(iat)
				? iat
				: typeof nbf === 'number' && Number.isFinite(nbf)
					? nbf
					: undefined;
		const from = start === iat ? '"iat"' : '"nbf"';
		if (start === undefined)
			return {
				status: 'pass',
				code: 'lifetime.unknown-start',
				detail: 'Has an "exp"; with no "iat" or "nbf", its total lifetime is unknown.'
			};
		const life = exp - start;
		// RFC 7519 §4.1.4–4.1.5: a token is accepted from "nbf" until before "exp", so an "exp" not after "nbf"
		// means it is never accepted, whatever "iat" says.
		const never =
			typeof nbf === 'number' && Number.isFinite(nbf) && nbf >= exp
				? { gap: exp - nbf, after: '"nbf"' }
				: life <= 0
					? { gap: life, after: from }
					: undefined;
		if (never) {
			return {
				status: 'warn',
				code: 'lifetime.negative',
				detail: `"exp" is ${never.gap === 0 ? 'equal to' : `${formatDuration(-never.gap)} before`} ${never.after}: the token was never valid.`,
				fix: `The issuer computes "exp" wrongly: it must be later than ${never.after}.`
			};
		}
		if (life > LONG_LIFETIME_SECONDS) {
			return {
				status: 'warn',
				code: 'lifetime.long',
				detail: `Lives ${formatDuration(life)} (${from} to "exp"), more than a day: a leaked copy stays useful that long.`,
				fix: 'Prefer access tokens that live minutes to hours, with refresh tokens for longer sessions.'
			};
		}
		return {
			status: 'pass',
			code: 'lifetime.ok',
			detail: `Lives ${formatDuration(life)} (${from} to "exp").`
		};
	}
};
