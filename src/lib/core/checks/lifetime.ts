import { defineCheck, type Outcome } from './check';
import { noClaims, noClaimsCodes } from './support/claim-outcomes';
import { formatDuration } from '../time/format';
import { readNumericDate } from '../time/numeric-date';

// RFC 6819 §5.1.5.3 ("Use Short Expiration Time"): a short-lived token limits what a leaked or replayed copy
// is worth. The one-day threshold is this inspector's policy, not an RFC number: beyond it a stolen token
// stays useful for longer than most sessions need.
const LONG_LIFETIME_SECONDS = 24 * 3600;

const MILLISECONDS_FIX =
	'The issuer must write "exp" in seconds since 1970 (in JavaScript, Math.floor(Date.now() / 1000) + lifetime).';

type TimeName = 'exp' | 'iat' | 'nbf';

/** A time claim as the issuer meant it: seconds, with a millisecond value divided by 1000 as the exp row reads it. */
interface Instant {
	name: TimeName;
	seconds: number;
	milliseconds: boolean;
}

export const lifetimeCheck = defineCheck({
	id: 'lifetime',
	title: 'Lifetime',
	spec: 'RFC 6819 §5.1.5.3 (policy: at most a day)',
	codes: [
		...noClaimsCodes('lifetime'),
		'lifetime.no-exp',
		'lifetime.milliseconds',
		'lifetime.unknown-start',
		'lifetime.negative',
		'lifetime.long',
		'lifetime.ok',
		'lifetime.unreadable'
	],
	run(context) {
		const skip = noClaims(context, 'lifetime');
		if (skip) return skip;
		const claims = context.token.claims!;
		const exp = readInstant(claims, 'exp');
		const iat = readInstant(claims, 'iat');
		const nbf = readInstant(claims, 'nbf');
		if (exp === 'absent') {
			return {
				status: 'warn',
				code: 'lifetime.no-exp',
				detail: 'The token has no "exp": it never expires, so a leaked copy works forever.',
				fix: 'Issue tokens with an "exp", minutes to hours after "iat".'
			};
		}
		if (exp === 'invalid') return unreadable(['exp']);
		// The lifetime runs from issue ("iat"), or from "nbf" when "iat" is missing or unreadable.
		const start = typeof iat === 'object' ? iat : typeof nbf === 'object' ? nbf : undefined;
		if (!start) {
			const bad: TimeName[] = [];
			if (iat === 'invalid') bad.push('iat');
			if (nbf === 'invalid') bad.push('nbf');
			if (bad.length > 0) return unreadable(bad);
			if (exp.milliseconds) {
				return {
					status: 'warn',
					code: 'lifetime.milliseconds',
					detail:
						'"exp" looks like milliseconds, but verifiers read it as seconds: to them the token does not expire for millennia (see exp). With no "iat" or "nbf", the lifetime meant is unknown.',
					fix: MILLISECONDS_FIX
				};
			}
			return {
				status: 'pass',
				code: 'lifetime.unknown-start',
				detail: 'Has an "exp"; with no "iat" or "nbf", its total lifetime is unknown.'
			};
		}
		const from = `"${start.name}"`;
		const life = exp.seconds - start.seconds;
		const inMilliseconds = [start, exp, ...(typeof nbf === 'object' ? [nbf] : [])]
			.filter((instant, i, all) => instant.milliseconds && all.indexOf(instant) === i)
			.map((instant) => instant.name);
		// Millisecond values are read as meant, as the exp, nbf and iat rows read them; the rows say what is wrong.
		const reading =
			inMilliseconds.length > 0
				? `reading ${quoteList(inMilliseconds)} as the milliseconds ${inMilliseconds.length === 1 ? 'it looks' : 'they look'} like`
				: '';
		const span = `(${from} to "exp"${reading ? `, ${reading}` : ''})`;
		const aside = reading ? ` (${reading})` : '';
		// RFC 7519 §4.1.4–4.1.5: a token is accepted from "nbf" until before "exp", so an "exp" not after "nbf"
		// means it is never accepted, whatever "iat" says.
		if (typeof nbf === 'object' && nbf.seconds >= exp.seconds) {
			return {
				status: 'warn',
				code: 'lifetime.negative',
				detail: `"exp" is ${gap(exp.seconds - nbf.seconds)} "nbf"${aside}: the token was never valid, since it is accepted only from "nbf" until before "exp".`,
				fix: 'The issuer computes "nbf" or "exp" wrongly: "exp" must be later than "nbf".'
			};
		}
		// Here the start is "iat" (an "nbf" start is later than "exp" only in the case above). A token cannot
		// expire before it was issued, but without a later "nbf" it was still accepted until "exp".
		if (life <= 0) {
			return {
				status: 'warn',
				code: 'lifetime.negative',
				detail: `"exp" is ${gap(life)} "iat"${aside}: the token expires ${life === 0 ? 'the moment' : 'before'} it is issued, so the issuer's clock or arithmetic is wrong.`,
				fix: 'The issuer computes "iat" or "exp" wrongly: "exp" must be later than "iat", by the intended lifetime.'
			};
		}
		if (exp.milliseconds) {
			return {
				status: 'warn',
				code: 'lifetime.milliseconds',
				detail: `Meant to live ${formatDuration(life)} ${span}, but verifiers read "exp" as seconds: to them the token does not expire for millennia (see exp).`,
				fix: MILLISECONDS_FIX
			};
		}
		if (life > LONG_LIFETIME_SECONDS) {
			return {
				status: 'warn',
				code: 'lifetime.long',
				detail: `Lives ${formatDuration(life)} ${span}, more than a day: a leaked copy stays useful that long.`,
				fix: 'Prefer access tokens that live minutes to hours, with refresh tokens for longer sessions.'
			};
		}
		return {
			status: 'pass',
			code: 'lifetime.ok',
			detail: `Lives ${formatDuration(life)} ${span}.`
		};
	}
});

/** Reads a time claim with the shared NumericDate reader, so that this row agrees with exp, nbf and iat. */
function readInstant(
	claims: Record<string, unknown>,
	name: TimeName
): Instant | 'absent' | 'invalid' {
	const date = readNumericDate(claims, name);
	if (date.kind === 'absent' || date.kind === 'invalid') return date.kind;
	return date.kind === 'milliseconds'
		? { name, seconds: date.asSeconds, milliseconds: true }
		: { name, seconds: date.value, milliseconds: false };
}

function unreadable(names: readonly TimeName[]): Outcome<'lifetime.unreadable'> {
	return {
		status: 'skip',
		code: 'lifetime.unreadable',
		detail: `${quoteList(names)} ${names.length === 1 ? 'is' : 'are'} not a NumericDate (see ${names.join(', ')}), so the lifetime cannot be measured.`
	};
}

/** "equal to" or "3 h before", for a difference exp − other that is zero or negative. */
function gap(difference: number): string {
	return difference === 0 ? 'equal to' : `${formatDuration(difference)} before`;
}

function quoteList(names: readonly string[]): string {
	const quoted = names.map((name) => `"${name}"`);
	return quoted.length <= 1
		? (quoted[0] ?? '')
		: `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
