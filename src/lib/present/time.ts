// How a NumericDate (RFC 7519 §2: seconds since 1970, possibly fractional) reads on the page: local time, UTC,
// and relative to the evaluation time. Pure: "now" is always passed in, and no value a token can carry throws.

export interface InstantViews {
	/** For a `<time datetime>` attribute; empty when no Date can hold the instant. */
	iso: string;
	local: string;
	utc: string;
	relative: string;
}

/** ECMAScript dates reach ±8.64e15 ms from the epoch (ECMA-262 §21.4.1.1); beyond, there is nothing to format. */
const MAX_DATE_MS = 8.64e15;
const OUT_OF_RANGE = 'out of range';

/** How one NumericDate (seconds) reads: local time, UTC, and relative to `now`. */
export function describeInstant(
	seconds: number,
	now: Date,
	options: { locale?: string; timeZone?: string } = {}
): InstantViews {
	const relative = relativeTime(seconds - now.getTime() / 1000);
	const date = toDate(seconds);
	if (!date) return { iso: '', local: OUT_OF_RANGE, utc: OUT_OF_RANGE, relative };
	return {
		iso: date.toISOString(),
		local: formatter(options.locale, options.timeZone).format(date),
		utc: `${isoDate(date)} ${isoTime(date).slice(0, 8)} UTC`,
		relative
	};
}

/** "3 h ago", "in 5 min", "20 s ago", "in 2 d", "just now" (|delta| < 1 s); delta = at − now in seconds. */
export function relativeTime(deltaSeconds: number): string {
	if (!Number.isFinite(deltaSeconds)) return 'at an unknown time';
	if (Math.abs(deltaSeconds) < 1) return 'just now';
	const span = duration(Math.abs(deltaSeconds));
	return deltaSeconds < 0 ? `${span} ago` : `in ${span}`;
}

/** "09:12 UTC" for today's date relative to now, else "2026-11-20 09:12 UTC". */
export function shortUtc(seconds: number, now: Date): string {
	const date = toDate(seconds);
	if (!date) return OUT_OF_RANGE;
	const time = `${isoTime(date).slice(0, 5)} UTC`;
	const today = Number.isNaN(now.getTime()) ? undefined : isoDate(now);
	return isoDate(date) === today ? time : `${isoDate(date)} ${time}`;
}

/** At most two units, the largest first, the smaller left out when zero: "1 h 5 min", "2 d", "3 y 20 d". */
export function duration(seconds: number): string {
	const s = Math.floor(seconds);
	if (s < 60) return `${s} s`;
	if (s < 3600) return pair(Math.floor(s / 60), 'min', s % 60, 's');
	if (s < 86400) return pair(Math.floor(s / 3600), 'h', Math.floor((s % 3600) / 60), 'min');
	// A Julian year (365.25 days), the length RFC-minded tools use for "years".
	const year = 365.25 * 86400;
	if (s < year) return pair(Math.floor(s / 86400), 'd', Math.floor((s % 86400) / 3600), 'h');
	const years = s / year;
	if (years >= 1e6) return `${years.toExponential(1)} y`;
	return pair(Math.floor(years), 'y', Math.floor((s % year) / 86400), 'd');
}

function pair(a: number, unitA: string, b: number, unitB: string): string {
	const first = `${a.toLocaleString('en-US')} ${unitA}`;
	return b === 0 ? first : `${first} ${b} ${unitB}`;
}

/** The instant as a Date, or undefined when a Date cannot hold it (NaN, ±Infinity, beyond ±8.64e15 ms). */
function toDate(seconds: number): Date | undefined {
	const ms = seconds * 1000;
	if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return undefined;
	return new Date(ms);
}

/** "2026-11-25"; years beyond 9999 or before 0 keep their digits without the ISO sign and padding ("58870"). */
function isoDate(date: Date): string {
	const [day] = date.toISOString().split('T') as [string];
	return day.replace(/^\+0*(?=\d{5})/, '').replace(/^-0*(?=\d{4})/, '-');
}

/** "09:12:03.000Z" */
function isoTime(date: Date): string {
	return date.toISOString().split('T')[1]!;
}

// Building an Intl.DateTimeFormat is costly next to formatting with one, and the page re-renders every second.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
	const cacheKey = `${locale ?? ''}\u0000${timeZone ?? ''}`;
	let format = formatters.get(cacheKey);
	if (!format) {
		format = makeFormatter(locale, timeZone);
		formatters.set(cacheKey, format);
	}
	return format;
}

function makeFormatter(locale: string | undefined, timeZone: string | undefined) {
	const options: Intl.DateTimeFormatOptions = {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short'
	};
	try {
		return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
	} catch (error) {
		// An unknown locale tag or time zone (a setting, not a token value) falls back to the runtime's own.
		if (error instanceof RangeError) return new Intl.DateTimeFormat(undefined, options);
		throw error;
	}
}
