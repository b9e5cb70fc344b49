// What a pasted message implies once it is set beside this page's own report: a row the API failed that passes
// here, a token other than the one pasted, a clock or a leeway that differs from the library's default.
// Pure: the page passes its checklist, the token's times and its own evaluation time.
import type { ErrorCause } from './error-catalogue/entry';
import type { Recognition } from './error-messages';
import type { MessageTimes } from './error-values';

/** One thing the message and the page's report say together. */
export interface ErrorNote {
	code:
		| 'passes-here'
		| 'other-token'
		| 'server-clock'
		| 'skew-below-default'
		| 'skew-stated'
		| 'page-clock-within-default';
	/** The checklist row the note is about. */
	check: string;
	text: string;
}

/** What it means that the API failed a row this page passes, per cause. */
const PASSES_HERE: Record<ErrorCause, string> = {
	expired:
		'your API says the token expired, but it has not expired at this page’s clock: the API’s clock or its leeway differs, or it judged another token.',
	'not-yet-valid':
		'your API says the token is not valid yet, but it is at this page’s clock: the API’s clock is behind the issuer’s, or it judged another token.',
	audience:
		'your API refused the audience, but the token’s aud holds the Expected audience set here: the API expects another audience than the one typed here.',
	issuer:
		'your API refused the issuer, but the token’s iss is the Expected issuer set here: the API trusts another issuer string (check the trailing slash).',
	signature:
		'your API says the signature is wrong, but it verifies here with the key you supplied: the API holds another key, or reads its secret in another encoding.',
	'key-not-found':
		'your API found no key for the token, but the key you supplied fits it here: the API’s key set is another (stale cache, another tenant or issuer).',
	algorithm:
		'your API refused the algorithm, but it passes here: the API allows other algorithms (its allow-list) than this page expects.',
	malformed:
		'your API could not parse the token, but it parses here: the API received something else (a prefix, quotes, a cut or wrapped value, another token).',
	crit: 'your API refused a critical header, but the crit check passes here: the API understands fewer extensions.',
	'token-type':
		'your API refused the kind of token, but its type checks pass here: the API expects another kind (an access token where an ID token was sent, or another typ).',
	revoked:
		'your API says the token was revoked, which no page can see in the token itself: ask the issuer, or get a new token.',
	scope:
		'your API says a scope is missing, but the scopes required here are present: the endpoint requires another scope.'
};

/** A row as the page judged it. */
export interface JudgedRow {
	id: string;
	status: string;
}

/** For each matched cause whose first row PASSES on this page, what that disagreement implies. */
export function againstPage(recognition: Recognition, rows: readonly JudgedRow[]): ErrorNote[] {
	if (!recognition.recognised) return [];
	const notes: ErrorNote[] = [];
	for (const match of recognition.matches) {
		const check = match.checks[0];
		if (!check || notes.some((n) => n.check === check)) continue;
		if (rows.find((row) => row.id === check)?.status !== 'pass') continue;
		notes.push({ code: 'passes-here', check, text: PASSES_HERE[match.cause] });
	}
	return notes;
}

/**
 * The default clock skew of the libraries whose messages state times, in seconds, from their sources:
 * Microsoft.IdentityModel TokenValidationParameters.DefaultClockSkew = 5 min (used by ASP.NET Core JwtBearer);
 * Spring Security JwtTimestampValidator DEFAULT_MAX_CLOCK_SKEW = 60 s; google-auth-library CLOCK_SKEW_SECS_ = 300.
 */
const DEFAULT_SKEW: Array<{ prefix: string; name: string; setting: string; seconds: number }> = [
	{ prefix: 'identitymodel.', name: '.NET API', setting: 'ClockSkew', seconds: 300 },
	{ prefix: 'aspnetcore.', name: '.NET API', setting: 'ClockSkew', seconds: 300 },
	{ prefix: 'spring.', name: 'Spring API', setting: 'clock skew', seconds: 60 }
];

/** The token's times, in seconds since the epoch, as the page decoded them. */
export interface TokenTimes {
	exp?: number;
	nbf?: number;
	iat?: number;
}

/** A duration in words: "45 s", "3 min", "2 h 5 min". */
export function spell(seconds: number): string {
	const s = Math.round(Math.abs(seconds));
	if (s < 90) return `${s} s`;
	const minutes = Math.round(s / 60);
	if (minutes < 90) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Reads the message's times against the token and this page's clock: whether it judged this token, how far
 * past exp its own clock was, and whether that contradicts the library's default leeway.
 */
export function clockNotes(
	times: MessageTimes,
	recognition: Recognition,
	token: TokenTimes,
	pageNow: Date
): ErrorNote[] {
	const notes: ErrorNote[] = [];
	const ids = recognition.recognised ? recognition.matches.map((m) => m.id) : [];
	const expired = recognition.recognised && recognition.matches.some((m) => m.cause === 'expired');

	// The message's exp (or nbf) is not this token's: the API judged another token.
	for (const claim of ['exp', 'nbf', 'iat'] as const) {
		const stated = times[claim];
		const own = token[claim];
		if (!stated || own === undefined) continue;
		if (Math.abs(stated.getTime() / 1000 - own) > 1) {
			notes.push({
				code: 'other-token',
				check: claim,
				text: `The API judged a token whose ${claim} is ${stated.toISOString()}; the token here has ${claim} ${new Date(own * 1000).toISOString()}: it judged another token (an older copy, or one from another login).`
			});
		}
	}

	const exp = times.exp ? times.exp.getTime() / 1000 : token.exp;
	let pastExp = times.pastExpSeconds;
	if (times.serverNow && exp !== undefined) pastExp = times.serverNow.getTime() / 1000 - exp;
	if (times.serverNow) {
		const behind = (pageNow.getTime() - times.serverNow.getTime()) / 1000;
		notes.push({
			code: 'server-clock',
			check: 'exp',
			text: `When it refused, the API’s clock read ${times.serverNow.toISOString()}, ${spell(behind)} ${behind >= 0 ? 'before' : 'after'} this page’s clock now: if the message is fresh, that is how far the clocks differ.`
		});
	}
	if (
		times.skewSeconds !== undefined &&
		(ids.some((id) => id.startsWith('jjwt.')) || ids.some((id) => id.startsWith('google-auth.')))
	) {
		notes.push({
			code: 'skew-stated',
			check: 'exp',
			text: `The API says it allowed ${spell(times.skewSeconds)} of clock skew.`
		});
	}

	const library = DEFAULT_SKEW.find((d) => ids.some((id) => id.startsWith(d.prefix)));
	if (expired && library && pastExp !== undefined && pastExp >= 0 && pastExp < library.seconds) {
		notes.push({
			code: 'skew-below-default',
			check: 'exp',
			text: `Your ${library.name} rejected a token that expired ${spell(pastExp)} ago, so its ${library.setting} is below ${spell(pastExp)}, not the default ${spell(library.seconds)}.`
		});
	} else if (expired && library && pastExp === undefined && exp !== undefined) {
		// No clock in the message: judge by this page's clock, and say so.
		const pageExpired = pageNow.getTime() / 1000 - exp;
		if (pageExpired >= 0 && pageExpired < library.seconds) {
			notes.push({
				code: 'page-clock-within-default',
				check: 'exp',
				text: `At this page’s clock the token expired ${spell(pageExpired)} ago, within the default ${library.setting} of ${spell(library.seconds)}: if the API refused it just now, its ${library.setting} is lower or its clock is ahead.`
			});
		}
	}
	return notes;
}

/** The token's times from its decoded claims: only finite numbers count (a string exp is the core's to judge). */
export function tokenTimesOf(claims: Record<string, unknown> | undefined): TokenTimes {
	const times: TokenTimes = {};
	for (const claim of ['exp', 'nbf', 'iat'] as const) {
		const value = claims?.[claim];
		if (typeof value === 'number' && Number.isFinite(value)) times[claim] = value;
	}
	return times;
}
