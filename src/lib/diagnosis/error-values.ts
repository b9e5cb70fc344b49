// Values inside a pasted message: the audience or issuer a verifier expected (or saw in the token), and the
// times it printed (its own "now", the token's exp or nbf, its allowed skew). Pure parsing; what they imply
// is worked out in ./error-judgement.ts. Each pattern cites the source that prints it.

/** A quoted audience or issuer, and whose it is: the verifier's expectation, or the token's value. */
export interface QuotedValue {
	field: 'audience' | 'issuer';
	role: 'expected' | 'token';
	value: string;
}

/** Times a message states. Dates are absolute; seconds are durations. */
export interface MessageTimes {
	/** The verifier's clock when it refused. */
	serverNow?: Date;
	exp?: Date;
	nbf?: Date;
	iat?: Date;
	/** The clock skew the verifier says it allowed. */
	skewSeconds?: number;
	/** How long past exp the verifier's clock was (golang-jwt's "expired by"). */
	pastExpSeconds?: number;
}

type Field = QuotedValue['field'];
const fieldOf = (word: string): Field => (/^(?:aud|audience)$/i.test(word) ? 'audience' : 'issuer');

/** Values a verifier puts in quotes that say nothing: hidden PII, nulls, placeholders. */
const isPlaceholder = (value: string) =>
	value === '' || /^\[PII\b/.test(value) || /^(?:null|\(null\)|<none>|none|empty)$/i.test(value);

/** A list as libraries print one: `["a", "b"]`, `a, b` or `a or b`. */
function listOf(text: string): string[] {
	const inner = text.trim().replace(/^\[(.*)\]$/s, '$1');
	return inner
		.split(/,\s*|\s+or\s+/)
		.map((v) => v.trim().replace(/^["']|["']$/g, ''))
		.filter((v) => !isPlaceholder(v));
}

type Reader = (match: RegExpExecArray) => QuotedValue[];

const expected = (field: Field, values: string[]): QuotedValue[] =>
	values.map((value) => ({ field, role: 'expected' as const, value }));
const inToken = (field: Field, values: string[]): QuotedValue[] =>
	values.map((value) => ({ field, role: 'token' as const, value }));

const VALUE_READERS: Array<[RegExp, Reader]> = [
	// Microsoft.IdentityModel LogMessages.cs IDX10214 / IDX10205: the token's value, then ValidX and ValidXs.
	[
		/Audiences: '([^'\n]*)'\. Did not match: validationParameters\.ValidAudience: '([^'\n]*)' or validationParameters\.ValidAudiences: '([^'\n]*)'/g,
		(m) => [
			...inToken('audience', listOf(m[1]!)),
			...expected('audience', [...listOf(m[2]!), ...listOf(m[3]!)])
		]
	],
	[
		/Issuer: '([^'\n]*)'\. Did not match: validationParameters\.ValidIssuer: '([^'\n]*)' or validationParameters\.ValidIssuers: '([^'\n]*)'/g,
		(m) => [
			...inToken('issuer', listOf(m[1]!)),
			...expected('issuer', [...listOf(m[2]!), ...listOf(m[3]!)])
		]
	],
	// ruby-jwt lib/jwt/claims/audience.rb and issuer.rb: "Expected #{expected}, received #{actual || '<none>'}".
	[
		/Invalid (audience|issuer)\. Expected (.+?), received ([^\n]+)/g,
		(m) => [...expected(fieldOf(m[1]!), listOf(m[2]!)), ...inToken(fieldOf(m[1]!), listOf(m[3]!))]
	],
	// jsonwebtoken verify.js: "jwt audience invalid. expected: " + audiences.join(' or ').
	[
		/\bjwt (audience|issuer) invalid\. expected: ([^\n]+)/g,
		(m) => expected(fieldOf(m[1]!), listOf(m[2]!))
	],
	// jjwt DefaultJwtParser INCORRECT_EXPECTED_CLAIM_MESSAGE_TEMPLATE "Expected %s claim to be: %s, but was: %s."
	[
		/Expected (aud|iss) claim to be: (.+?), but was: (.+?)\.?(?=\n|$)/g,
		(m) => [...expected(fieldOf(m[1]!), listOf(m[2]!)), ...inToken(fieldOf(m[1]!), listOf(m[3]!))]
	],
	// firebase-admin-node src/auth/token-verifier.ts.
	[
		/has incorrect "(aud|iss)" \((?:audience|issuer)\) claim\. Expected "([^"\n]*)" but got "([^"\n]*)"/g,
		(m) => [...expected(fieldOf(m[1]!), [m[2]!]), ...inToken(fieldOf(m[1]!), [m[3]!])]
	],
	// okta-jwt-verifier-js lib.js.
	[
		/\baudience claim (\S+) does not match expected audience: (\S+)/g,
		(m) => [...inToken('audience', [m[1]!]), ...expected('audience', [m[2]!])]
	],
	[
		/\bissuer (\S+) does not match expected issuer: (\S+)/g,
		(m) => [...inToken('issuer', [m[1]!]), ...expected('issuer', [m[2]!])]
	],
	// Nimbus DefaultJWTClaimsVerifier: "JWT iss claim has value X, must be Y".
	[
		/\bJWT iss claim has value ([^\s,]+), must be ([^\s,]+)/g,
		(m) => [...inToken('issuer', [m[1]!]), ...expected('issuer', [m[2]!])]
	],
	// google-auth-library oauth2client.ts: "Invalid issuer, expected one of [a,b], but got c".
	[
		/Invalid issuer, expected one of \[([^\]\n]*)\], but got (\S+)/g,
		(m) => [...expected('issuer', listOf(m[1]!)), ...inToken('issuer', [m[2]!])]
	],
	// Keycloak TokenVerifier.RealmUrlCheck: "Invalid token issuer. Expected '<realm url>'".
	[/Invalid token issuer\. Expected '([^'\n]*)'/g, (m) => expected('issuer', [m[1]!])],
	// ASP.NET Core JwtBearerHandler.CreateErrorDescription (.NET 8+): the TOKEN's value, not the expected one.
	[/\bThe (audience|issuer) '([^'\n]*)' is invalid/g, (m) => inToken(fieldOf(m[1]!), [m[2]!])]
];

/** Every audience and issuer the message quotes, once each, in the order found. */
export function readQuotedValues(text: string): QuotedValue[] {
	const found: QuotedValue[] = [];
	for (const [pattern, read] of VALUE_READERS) {
		for (const match of text.matchAll(pattern)) {
			for (const value of read(match as RegExpExecArray)) {
				const clean = value.value.trim();
				if (isPlaceholder(clean)) continue;
				if (
					found.some((v) => v.field === value.field && v.role === value.role && v.value === clean)
				)
					continue;
				found.push({ ...value, value: clean });
			}
		}
	}
	return found;
}

/**
 * A .NET DateTime as Microsoft.IdentityModel and JwtBearer print it: invariant culture "MM/dd/yyyy
 * HH:mm:ss" or en-US "M/d/yyyy h:mm:ss tt", both in UTC (IDX10223 and JwtBearer print UTC times).
 */
export function parseDotnetDate(text: string): Date | undefined {
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?$/.exec(
		text.trim()
	);
	if (!m) return undefined;
	let hour = Number(m[4]);
	if (m[7] === 'PM' && hour < 12) hour += 12;
	if (m[7] === 'AM' && hour === 12) hour = 0;
	const ms = Date.UTC(
		Number(m[3]),
		Number(m[1]) - 1,
		Number(m[2]),
		hour,
		Number(m[5]),
		Number(m[6])
	);
	return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** An ISO 8601 instant (with a zone), as Java and JavaScript libraries print them. */
function parseIso(text: string): Date | undefined {
	if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/.test(text))
		return undefined;
	const ms = Date.parse(text);
	return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** A Go time.Duration as String() prints it: "1h2m3s", "2m30s", "45s", "1.5s". */
export function parseGoDuration(text: string): number | undefined {
	const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
	if (!m || text === '') return undefined;
	return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

const fromSeconds = (s: string) => new Date(Number(s) * 1000);

/** google-auth-library oauth2client.ts: CLOCK_SKEW_SECS_ = 300, added to exp and taken from iat. */
const GOOGLE_SKEW_SECONDS = 300;

type TimeReader = (m: RegExpExecArray) => MessageTimes | undefined;

const TIME_READERS: Array<[RegExp, TimeReader]> = [
	// Microsoft.IdentityModel IDX10223 / IDX10222 ("ValidTo (UTC): '…', Current time (UTC): '…'" since 6.x).
	[
		/IDX10223:[^\n]*?ValidTo(?: \(UTC\))?: '([^'\n]+)', Current time(?: \(UTC\))?: '([^'\n]+)'/,
		(m) => ({ exp: parseDotnetDate(m[1]!), serverNow: parseDotnetDate(m[2]!) })
	],
	[
		/IDX10222:[^\n]*?ValidFrom(?: \(UTC\))?: '([^'\n]+)', Current time(?: \(UTC\))?: '([^'\n]+)'/,
		(m) => ({ nbf: parseDotnetDate(m[1]!), serverNow: parseDotnetDate(m[2]!) })
	],
	// jjwt DefaultJwtParser: "JWT expired <ms> milliseconds ago at <exp>. Current time: <now>. Allowed clock skew: <ms> milliseconds."
	[
		/JWT expired \d+ milliseconds ago at (\S+?)\. Current time: (\S+?)\. Allowed clock skew: (\d+) milliseconds/,
		(m) => ({ exp: parseIso(m[1]!), serverNow: parseIso(m[2]!), skewSeconds: Number(m[3]) / 1000 })
	],
	[
		/JWT early by \d+ milliseconds before (\S+?)\. Current time: (\S+?)\. Allowed clock skew: (\d+) milliseconds/,
		(m) => ({ nbf: parseIso(m[1]!), serverNow: parseIso(m[2]!), skewSeconds: Number(m[3]) / 1000 })
	],
	// google-auth-library: "Token used too late, <now> > <exp + 300>", "Token used too early, <now> < <iat - 300>".
	[
		/Token used too late, (\d+(?:\.\d+)?) > (\d+)/,
		(m) => ({
			serverNow: fromSeconds(m[1]!),
			exp: fromSeconds(String(Number(m[2]) - GOOGLE_SKEW_SECONDS)),
			skewSeconds: GOOGLE_SKEW_SECONDS
		})
	],
	[
		/Token used too early, (\d+(?:\.\d+)?) < (\d+)/,
		(m) => ({
			serverNow: fromSeconds(m[1]!),
			iat: fromSeconds(String(Number(m[2]) + GOOGLE_SKEW_SECONDS)),
			skewSeconds: GOOGLE_SKEW_SECONDS
		})
	],
	// golang-jwt validator.go / claims.go: "token is expired by <duration>".
	[
		/\btoken is expired by ((?:\d+h)?(?:\d+m)?(?:\d+(?:\.\d+)?s)?)/i,
		(m) => ({ pastExpSeconds: parseGoDuration(m[1]!) })
	],
	// ASP.NET Core JwtBearerHandler: "The token expired at '<invariant date>'", "…not valid before '…'".
	[/\bThe token expired at '([^'\n]+)'/, (m) => ({ exp: parseDotnetDate(m[1]!) })],
	[/\bThe token is not valid before '([^'\n]+)'/, (m) => ({ nbf: parseDotnetDate(m[1]!) })],
	// Spring Security JwtTimestampValidator: "Jwt expired at <Instant>", "Jwt used before <Instant>".
	[/\bJwt expired at (\S+?)(?=["'\s]|$)/, (m) => ({ exp: parseIso(m[1]!) })],
	[/\bJwt used before (\S+?)(?=["'\s]|$)/, (m) => ({ nbf: parseIso(m[1]!) })],
	// fast-jwt ("The token has expired at <ISO>.") and aws-jwt-verify ("Token expired at <ISO>").
	[
		/\b(?:The token has expired|Token expired) at (\S+?)\.?(?=\s|$)/,
		(m) => ({ exp: parseIso(m[1]!) })
	],
	// Auth0 java-jwt JWTVerifier: "The Token has expired on <Instant>."
	[/\bThe Token has expired on (\S+?)\.(?=\s|$)/, (m) => ({ exp: parseIso(m[1]!) })],
	// firebase/php-jwt JWT.php: "Cannot handle token with nbf prior to <DateTime::ATOM>".
	[/Cannot handle token with nbf prior to (\S+)/, (m) => ({ nbf: parseIso(m[1]!) })]
];

/** The times the message states (the first reader that understands it wins; unparseable dates are left out). */
export function readMessageTimes(text: string): MessageTimes {
	for (const [pattern, read] of TIME_READERS) {
		const match = pattern.exec(text);
		if (!match) continue;
		const times = read(match);
		if (!times) continue;
		const kept = Object.fromEntries(
			Object.entries(times).filter(([, v]) =>
				v instanceof Date
					? Number.isFinite(v.getTime())
					: typeof v === 'number' && Number.isFinite(v)
			)
		) as MessageTimes;
		if (Object.keys(kept).length > 0) return kept;
	}
	return {};
}
