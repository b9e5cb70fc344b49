// Finds the token in what surrounds it: people paste a whole token response, a `Cookie:` header, a redirect URL,
// a header block or a curl command rather than the token alone (issue 17, item 2). Every search is an indexOf
// or a forward scan over the pasted text (no regex runs over the whole of it), so an 8 MB paste stays linear.
import type { Span } from '../types';

/** Where a token was taken from. */
export type FoundFrom =
	'token-response' | 'cookie' | 'set-cookie' | 'redirect-url' | 'authorization-header' | 'curl';

/** What was taken: the surrounding, the field (or cookie) it was the value of, and whether the copy ended early. */
export interface Found {
	from: FoundFrom;
	field: string;
	/** True when the value's closing quote is missing: a copy that lost its end. */
	cutShort?: boolean;
}

/** Another value in the same paste the page can offer to inspect instead (never a refresh token that is not a JWT). */
export interface Alternative {
	field: string;
	token: string;
}

/** A located token: its span in the pasted text, what it was, what else was there, and credentials not offered. */
export interface Located {
	span: Span;
	found: Found;
	alternatives: Alternative[];
	/** Fields present that are credentials but not JWTs (a refresh token): named, their values never offered. */
	withheld: string[];
}

/** At most this many alternatives are offered, and each is at most this long (a hostile paste must not fill the report). */
export const MAX_ALTERNATIVES = 4;
export const MAX_ALTERNATIVE_CHARS = 64 * 1024;

/** A character that may be part of a (possibly percent-encoded or standard-base64) token. */
function isTokenChar(c: number): boolean {
	return (
		(c >= 65 && c <= 90) || // A-Z
		(c >= 97 && c <= 122) || // a-z
		(c >= 48 && c <= 57) || // 0-9
		c === 45 || // -
		c === 95 || // _
		c === 46 || // .
		c === 37 || // %
		c === 61 || // =
		c === 43 || // +
		c === 47 || // /
		c === 126 // ~
	);
}

/** The end of the run of token characters starting at `from`. */
function tokenEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length && isTokenChar(text.charCodeAt(i))) i++;
	return i;
}

/** A compact JWS/JWE in shape: starts like a base64url JSON header and has two or four dots (`%2E` counted). */
export function looksLikeJwt(value: string): boolean {
	const v = value.replace(/%2[Ee]/g, '.');
	if (!v.startsWith('eyJ') && !v.startsWith('ey%')) return false;
	let dots = 0;
	for (let i = 0; i < v.length && dots < 5; i++) if (v.charCodeAt(i) === 46) dots++;
	return dots === 2 || dots === 4;
}

function isBlank(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13;
}

interface Field {
	name: string;
	span: Span;
	cutShort: boolean;
}

/** The string value of `"name"` in JSON text (found by indexOf, then a forward scan), or undefined. */
function jsonStringField(text: string, name: string): Field | undefined {
	const key = `"${name}"`;
	let at = text.indexOf(key);
	while (at !== -1) {
		let i = at + key.length;
		while (i < text.length && isBlank(text.charCodeAt(i))) i++;
		if (text[i] === ':') {
			i++;
			while (i < text.length && isBlank(text.charCodeAt(i))) i++;
			if (text[i] !== '"') return undefined; // null, a number: no token to take
			const from = i + 1;
			const end = tokenEnd(text, from);
			// The value ends at its closing quote; the end of the text there means the copy stopped mid-way.
			const cutShort = text[end] !== '"' && text.slice(end).trim() === '';
			return { name, span: { from, to: end }, cutShort };
		}
		at = text.indexOf(key, at + key.length);
	}
	return undefined;
}

/** The value of `name=` in a URL's query or fragment (preceded by `?`, `#` or `&`). */
function urlParam(text: string, name: string): Field | undefined {
	const key = `${name}=`;
	let at = text.indexOf(key);
	while (at !== -1) {
		const before = text[at - 1];
		if (before === '?' || before === '#' || before === '&') {
			const from = at + key.length;
			return { name, span: { from, to: tokenEnd(text, from) }, cutShort: false };
		}
		at = text.indexOf(key, at + key.length);
	}
	return undefined;
}

/** Picks the access token when it is a JWT, else the ID token, else whatever access token there is. */
function choose(
	text: string,
	from: FoundFrom,
	fields: Array<Field | undefined>
): Located | undefined {
	const present = fields.filter((f): f is Field => f !== undefined && f.span.to > f.span.from);
	if (present.length === 0) return undefined;
	const value = (f: Field) => text.slice(f.span.from, f.span.to);
	const offered = present.filter((f) => f.name !== 'refresh_token' || looksLikeJwt(value(f)));
	const chosen =
		offered.find((f) => f.name === 'access_token' && looksLikeJwt(value(f))) ??
		offered.find((f) => f.name === 'id_token') ??
		offered[0];
	if (!chosen) return undefined;
	return {
		span: chosen.span,
		found: { from, field: chosen.name, ...(chosen.cutShort ? { cutShort: true } : {}) },
		alternatives: offered
			.filter((f) => f !== chosen && f.span.to - f.span.from <= MAX_ALTERNATIVE_CHARS)
			.slice(0, MAX_ALTERNATIVES)
			.map((f) => ({ field: f.name, token: value(f) })),
		withheld: present.filter((f) => !offered.includes(f)).map((f) => f.name)
	};
}

const RESPONSE_FIELDS = ['access_token', 'id_token', 'refresh_token'];

/** Cookies as `name=value` pairs separated by `;`, from `from` to the end of the line: the one holding a JWT. */
function cookieWithJwt(
	text: string,
	from: number,
	lineEnd: number,
	onlyFirst: boolean
): Field | undefined {
	let i = from;
	// Each search only moves forward (the next `;` and `=` are searched again only once passed): linear.
	let semi = -2;
	let eq = -2;
	while (i < lineEnd) {
		if (semi !== -1 && semi < i) semi = text.indexOf(';', i);
		if (eq !== -1 && eq < i) eq = text.indexOf('=', i);
		const pairEnd = semi === -1 || semi > lineEnd ? lineEnd : semi;
		if (eq !== -1 && eq < pairEnd) {
			const name = text.slice(i, eq).trim();
			let valueFrom = eq + 1;
			if (text[valueFrom] === '"') valueFrom++;
			// The value stops at the pair's end even though `=` is a token character (padding).
			let valueTo = valueFrom;
			while (valueTo < pairEnd && isTokenChar(text.charCodeAt(valueTo))) valueTo++;
			const span = { from: valueFrom, to: valueTo };
			if (looksLikeJwt(text.slice(span.from, span.to))) return { name, span, cutShort: false };
		}
		if (onlyFirst) return undefined;
		i = pairEnd + 1;
	}
	return undefined;
}

/** The start of a header line `name:` in any casing (at the text's start, after a line break, or a quote in curl). */
function headerAt(lower: string, name: string): number {
	let at = lower.indexOf(name);
	while (at !== -1) {
		const before = at === 0 ? '\n' : lower[at - 1]!;
		if (before === '\n' || before === '\r' || before === "'" || before === '"' || before === ' ') {
			let i = at + name.length;
			while (i < lower.length && (lower[i] === ' ' || lower[i] === '\t')) i++;
			if (lower[i] === ':') return i + 1;
		}
		at = lower.indexOf(name, at + name.length);
	}
	return -1;
}

/**
 * Finds a token inside surrounding text, or undefined when the text is not one of the surroundings known here
 * (then it is read as it is). `text` is the pasted text; spans are offsets into it.
 */
export function locateToken(text: string): Located | undefined {
	const head = text.slice(0, 64).trimStart();
	// A token endpoint's JSON response (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3), alone or after the
	// status line and headers of the HTTP response that carried it (`curl -i`, a browser's network panel).
	const json = head.startsWith('{') || head.startsWith('HTTP/') || head.startsWith('< HTTP/');
	if (json && (text.includes('"access_token"') || text.includes('"id_token"'))) {
		return choose(
			text,
			'token-response',
			RESPONSE_FIELDS.map((name) => jsonStringField(text, name))
		);
	}
	// Header names are case-insensitive (RFC 9110 §5.1): lower-case once, linear in the text.
	const lower = text.length <= 8 * 1024 * 1024 ? text.toLowerCase() : '';
	const lineEndAfter = (i: number) => {
		const lf = text.indexOf('\n', i);
		return lf === -1 ? text.length : lf;
	};
	// A paste that starts with the header is left to normalize.ts, which strips it as a prefix.
	let leading = 0;
	while (leading < 64 && leading < text.length && ' \t\r\n"\'`'.includes(text[leading]!)) leading++;
	const auth = lower.startsWith('authorization', leading) ? -1 : headerAt(lower, 'authorization');
	if (auth !== -1) {
		let i = auth;
		while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
		// The scheme (RFC 6750 §2.1 Bearer, RFC 9449 §7.1 DPoP) is not the token.
		for (const scheme of ['bearer', 'dpop']) {
			if (
				lower.startsWith(scheme, i) &&
				(text[i + scheme.length] === ' ' || text[i + scheme.length] === '\t')
			) {
				i += scheme.length;
				while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
				break;
			}
		}
		const span = { from: i, to: tokenEnd(text, i) };
		if (span.to > span.from) {
			const curl = lower.lastIndexOf('curl ', auth) !== -1;
			return {
				span,
				found: { from: curl ? 'curl' : 'authorization-header', field: 'Authorization' },
				alternatives: [],
				withheld: []
			};
		}
	}
	// `Set-Cookie: name=value; Path=/…` (RFC 6265 §4.1): only the first pair is the cookie.
	const setCookie = headerAt(lower, 'set-cookie');
	if (setCookie !== -1) {
		const field = cookieWithJwt(text, setCookie, lineEndAfter(setCookie), true);
		if (field)
			return {
				span: field.span,
				found: { from: 'set-cookie', field: field.name },
				alternatives: [],
				withheld: []
			};
	}
	// `Cookie: a=1; b=2` (RFC 6265 §4.2): the cookie whose value is a JWT.
	const cookie = headerAt(lower, 'cookie');
	if (cookie !== -1) {
		const field = cookieWithJwt(text, cookie, lineEndAfter(cookie), false);
		if (field)
			return {
				span: field.span,
				found: { from: 'cookie', field: field.name },
				alternatives: [],
				withheld: []
			};
	}
	// A redirect URL: the implicit flow's fragment (RFC 6749 §4.2.2) or form_post/query id_token (OIDC Core §3.2.2.5).
	if (text.includes('_token=') && (text.includes('#') || text.includes('?'))) {
		return choose(text, 'redirect-url', [
			urlParam(text, 'access_token'),
			urlParam(text, 'id_token')
		]);
	}
	return undefined;
}
