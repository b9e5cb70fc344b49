// Reading a time claim as a NumericDate (RFC 7519 §2): what the exp, nbf, iat and lifetime checks judge. How an
// instant or a duration reads is ./format.ts.
import { describeJsonValue, quoted } from '../text';

export type NumericDate =
	| { kind: 'absent' }
	| { kind: 'invalid'; message: string }
	| { kind: 'milliseconds'; value: number; asSeconds: number }
	| { kind: 'ok'; value: number };

// 10^11 seconds is the year 5138; 10^11 milliseconds is 1973. A value in between is almost surely milliseconds.
const MILLISECONDS_FROM = 1e11;
const MILLISECONDS_TO = 1e14;

/** Reads a time claim as a NumericDate: a finite JSON number of seconds since the epoch. */
export function readNumericDate(claims: Record<string, unknown>, name: string): NumericDate {
	if (!Object.hasOwn(claims, name)) return { kind: 'absent' };
	const value = claims[name];
	if (typeof value === 'number') {
		if (!Number.isFinite(value))
			return {
				kind: 'invalid',
				message: `"${name}" is too large to be a number (it overflows to infinity).`
			};
		if (value >= MILLISECONDS_FROM && value < MILLISECONDS_TO)
			return { kind: 'milliseconds', value, asSeconds: value / 1000 };
		return { kind: 'ok', value };
	}
	if (typeof value === 'string') {
		const hint = /^\s*-?\d+(\.\d+)?\s*$/.test(value)
			? ' It holds digits, but in quotes: a string, not a number.'
			: '';
		return {
			kind: 'invalid',
			message: `"${name}" is the string ${quoted(value, 40)}; RFC 7519 §4.1 requires a NumericDate, a JSON number of seconds.${hint}`
		};
	}
	return {
		kind: 'invalid',
		message: `"${name}" is ${describeJsonValue(value)}; RFC 7519 §4.1 requires a NumericDate, a JSON number of seconds since 1970.`
	};
}

/** A time check that misses by less than this is most likely clock skew between issuer and verifier. */
export const SKEW_WINDOW_SECONDS = 300;
