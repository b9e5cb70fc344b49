// NumericDate (RFC 7519 §2) reading and the words for instants and durations. Pure: "now" is passed in.
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

/** "2026-11-25 09:12:03 UTC", or a plain statement for instants a Date cannot hold. */
export function formatInstant(seconds: number): string {
	const ms = seconds * 1000;
	if (Number.isNaN(ms) || ms > 8.64e15) return `${seconds} (beyond the year 275760)`;
	if (ms < -8.64e15) return `${seconds} (before the year -271821)`;
	const whole = Math.floor(ms / 1000) * 1000;
	// Years 0000–9999, nearly every instant a token holds: toISOString writes them as they are shown.
	if (whole >= -62167219200000 && whole < 253402300800000) {
		const iso = new Date(whole).toISOString();
		return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
	}
	// Beyond the year 9999, toISOString writes a signed six-digit year ("+058870-08-24T…"): split at the "T",
	// and write the year without its sign and leading zeros.
	const [date, time] = new Date(whole).toISOString().split('T') as [string, string];
	const year = date.replace(/^\+0*(?=\d{5})/, '').replace(/^-0*(?=\d{4})/, '-');
	return `${year} ${time.slice(0, 8)} UTC`;
}

/** A duration in the two largest units that matter: "3 h 12 min", "20 s", "4 days 2 h", "3 years". */
export function formatDuration(seconds: number): string {
	const s = Math.abs(seconds);
	if (s < 1) return 'less than a second';
	if (s < 60) return `${Math.floor(s)} s`;
	if (s < 3600) return pair(Math.floor(s / 60), 'min', Math.floor(s % 60), 's');
	if (s < 86400) return pair(Math.floor(s / 3600), 'h', Math.floor((s % 3600) / 60), 'min');
	if (s < 86400 * 60)
		return pair(
			Math.floor(s / 86400),
			Math.floor(s / 86400) === 1 ? 'day' : 'days',
			Math.floor((s % 86400) / 3600),
			'h'
		);
	// Days up to two (Julian) years, so that the years below are never fewer than two.
	if (s < 86400 * 730.5) return `${Math.floor(s / 86400)} days`;
	const years = s / (86400 * 365.25);
	return `${years < 1e6 ? Math.floor(years).toLocaleString('en-US') : years.toExponential(1)} years`;
}

/** "3 h 12 min ago" or "in 3 h 12 min", relative to now. */
export function relative(seconds: number, now: number): string {
	const d = formatDuration(seconds - now);
	return seconds < now ? `${d} ago` : `in ${d}`;
}

/** A time check that misses by less than this is most likely clock skew between issuer and verifier. */
export const SKEW_WINDOW_SECONDS = 300;

function pair(a: number, unitA: string, b: number, unitB: string): string {
	return b === 0 ? `${a} ${unitA}` : `${a} ${unitA} ${b} ${unitB}`;
}
