// The one vocabulary for time on the page: how an instant (a NumericDate, RFC 7519 §2: seconds since 1970,
// possibly fractional), a duration and a time relative to the evaluation time read, for the checklist, the
// verdict sentence, the timeline, the decoded view, the verifier table and share links alike, so that one
// duration reads the same wherever it appears. Pure: "now" is always passed in, and no value a token can
// carry throws. Web-standard APIs only (Intl), so the core uses it in a worker as the page does.

/** ECMAScript dates reach ±8.64e15 ms from the epoch (ECMA-262 §21.4.1.1); beyond, there is nothing to format. */
const MAX_DATE_MS = 8.64e15;
const OUT_OF_RANGE = 'out of range';

/** "2026-11-25 09:12:03 UTC", or a plain statement for instants a Date cannot hold. */
export function formatInstant(seconds: number): string {
	const ms = seconds * 1000;
	if (Number.isNaN(ms) || ms > MAX_DATE_MS) return `${seconds} (beyond the year 275760)`;
	if (ms < -MAX_DATE_MS) return `${seconds} (before the year -271821)`;
	// Whole seconds, rounded down: a fractional NumericDate 0.5 s before a second still belongs to the one before.
	const date = new Date(Math.floor(ms / 1000) * 1000);
	return `${isoDate(date)} ${isoTime(date).slice(0, 8)} UTC`;
}

/** "09:12 UTC" for an instant on the same UTC day as `now`, else "2026-11-20 09:12 UTC". */
export function shortUtc(seconds: number, now: Date): string {
	const date = toDate(seconds);
	if (!date) return OUT_OF_RANGE;
	const time = `${isoTime(date).slice(0, 5)} UTC`;
	const today = Number.isNaN(now.getTime()) ? undefined : isoDate(now);
	return isoDate(date) === today ? time : `${isoDate(date)} ${time}`;
}

/**
 * A duration in the two largest units that matter, the smaller left out when zero: "20 s", "3 h 12 min",
 * "4 days 2 h", "90 days", "3 years". Its sign is dropped: the caller says "ago" or "in".
 */
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
	// Days up to two (Julian, 365.25-day) years, so that the years below are never fewer than two.
	if (s < 86400 * 730.5) return `${Math.floor(s / 86400)} days`;
	const years = s / (86400 * 365.25);
	return `${years < 1e6 ? Math.floor(years).toLocaleString('en-US') : years.toExponential(1)} years`;
}

/** "3 h ago", "in 5 min", "4 days 2 h ago", "just now" (|delta| < 1 s); delta = at − now in seconds. */
export function relativeTime(deltaSeconds: number): string {
	if (!Number.isFinite(deltaSeconds)) return 'at an unknown time';
	if (Math.abs(deltaSeconds) < 1) return 'just now';
	const span = formatDuration(deltaSeconds);
	return deltaSeconds < 0 ? `${span} ago` : `in ${span}`;
}

/** How one instant reads in the decoded view: in local time, in UTC and relative to `now`. */
export interface InstantViews {
	/** For a `<time datetime>` attribute; empty when no Date can hold the instant. */
	iso: string;
	local: string;
	utc: string;
	relative: string;
	/**
	 * The local zone is at UTC+0 at this instant (UTC itself, or London in winter): `local` then tells the
	 * same wall-clock time as `utc`, and a view shows one of them, not the same time twice.
	 */
	localIsUtc: boolean;
}

/** How one NumericDate (seconds) reads: local time, UTC, and relative to `now`. */
export function describeInstant(
	seconds: number,
	now: Date,
	options: { locale?: string; timeZone?: string } = {}
): InstantViews {
	const relative = relativeTime(seconds - now.getTime() / 1000);
	const date = toDate(seconds);
	if (!date) return { iso: '', local: OUT_OF_RANGE, utc: OUT_OF_RANGE, relative, localIsUtc: true };
	const local = formatter(options.locale, options.timeZone);
	return {
		iso: date.toISOString(),
		local: local.format(date),
		utc: formatInstant(seconds),
		relative,
		localIsUtc: offsetIsZero(local.resolvedOptions().timeZone, date)
	};
}

function pair(a: number, unitA: string, b: number, unitB: string): string {
	return b === 0 ? `${a} ${unitA}` : `${a} ${unitA} ${b} ${unitB}`;
}

/** The instant as a Date, or undefined when a Date cannot hold it (NaN, ±Infinity, beyond ±8.64e15 ms). */
function toDate(seconds: number): Date | undefined {
	const ms = seconds * 1000;
	if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return undefined;
	return new Date(ms);
}

/**
 * "2026-11-25". Beyond the year 9999, toISOString writes a signed six-digit year ("+058870-08-24T…"): the
 * year is written without its sign and leading zeros ("58870"), and a year before 0 keeps its minus.
 */
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

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the zone (an IANA name the runtime resolved) is at UTC+0 at this instant. */
function offsetIsZero(timeZone: string, date: Date): boolean {
	let format = offsetFormatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
		offsetFormatters.set(timeZone, format);
	}
	// ICU writes a zero offset as "GMT" or as "GMT+00:00", depending on its version.
	const name = format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
	return name !== undefined && /^GMT(?:[+-]00:00)?$/.test(name);
}

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
