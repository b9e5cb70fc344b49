// What the page's address carries when the page is an OAuth redirect target, as jwt.ms is: an authorization
// response in the fragment (`#id_token=…`, `#access_token=…&token_type=…`, or `#error=…`) or in the query
// (`?code=…`). Pure TypeScript, tested in Node; the page removes what it read from the address
// (history.replaceState) and sends nothing anywhere.
//
// The share-link reader (./link.ts) uses the fragment too. The two are told apart strictly, by shape alone:
// a share link's fragment starts `ti<digits>.` and is base64url and dots, so it never holds `=` or `&`; an
// authorization response is `application/x-www-form-urlencoded` (RFC 6749 §4.2.2 and Appendix B) and names at
// least one response parameter. Anything else is neither, and goes to the share reader, which says so.
import { quoted } from '../core/text';
import { revealInvisible } from '../core/visible';

/** The tokens an authorization response can carry, most useful first: the page shows the first one present. */
export const REDIRECT_TOKENS = ['id_token', 'access_token'] as const;
export type RedirectTokenName = (typeof REDIRECT_TOKENS)[number];

/**
 * The response parameters this reader knows: RFC 6749 §4.1.2 (code, state), §4.2.2 (access_token, token_type,
 * expires_in, scope, state), §4.1.2.1/§4.2.2.1 (error, error_description, error_uri); OpenID Connect Core 1.0
 * §3.2.2.5 (id_token); OpenID Connect Session Management 1.0 §3 (session_state); RFC 9207 §2 (iss).
 */
const KNOWN = new Set([
	...REDIRECT_TOKENS,
	'code',
	'state',
	'token_type',
	'expires_in',
	'scope',
	'session_state',
	'iss',
	'error',
	'error_description',
	'error_uri'
]);
/** The parameters that make a fragment or query an authorization response rather than anything else. */
const RESPONSE = new Set([...REDIRECT_TOKENS, 'code', 'error']);

/** The parameters shown beside a loaded token (never the code, which is a credential of its own). */
export interface RedirectDetails {
	tokenType?: string;
	expiresIn?: string;
	scope?: string;
	state?: string;
	sessionState?: string;
	iss?: string;
}

export type RedirectProblemCode =
	/** A parameter appears twice: RFC 6749 §3.1 says none may. */
	| 'redirect.duplicate-parameter'
	/** A `%` not followed by two hex digits, or bytes that are not UTF-8. */
	| 'redirect.malformed-encoding'
	/** `error` together with a token: an error response carries no token (RFC 6749 §4.2.2.1). */
	| 'redirect.error-with-token'
	/** A token parameter with nothing in it. */
	| 'redirect.empty-token';

export type Where = 'fragment' | 'query';

/** What the address carries. */
export type AddressContent =
	| { kind: 'none' }
	/** The fragment is a share link's: ./link.ts reads it (and explains one that is damaged). */
	| { kind: 'share' }
	| {
			kind: 'tokens';
			where: Where;
			tokens: Array<{ name: RedirectTokenName; value: string }>;
			details: RedirectDetails;
			/** The response also carried an authorization code (a hybrid flow, `code id_token`). */
			code: boolean;
			/** Parameter names this reader does not know, for the record; their values are not shown. */
			unknown: string[];
	  }
	| {
			kind: 'error';
			where: Where;
			/** The error code, e.g. `access_denied`, with anything invisible shown by code point. */
			error: string;
			description?: string;
			uri?: string;
			state?: string;
	  }
	/** An authorization code alone: not a token, and never loaded or shown. */
	| { kind: 'code'; where: Where; state?: string }
	| { kind: 'problem'; where: Where; code: RedirectProblemCode; message: string };

type Pairs = Map<string, string>;
type Parsed =
	{ ok: true; pairs: Pairs } | { ok: false; code: RedirectProblemCode; message: string };

/**
 * Reads `application/x-www-form-urlencoded` text (RFC 6749 Appendix B: `+` is a space, then UTF-8
 * percent-decoding), refusing a repeated parameter (RFC 6749 §3.1) and broken encoding.
 */
function parseForm(text: string): Parsed {
	const pairs: Pairs = new Map();
	for (const part of text.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		let name: string;
		let value: string;
		try {
			const decode = (s: string) => decodeURIComponent(s.replaceAll('+', ' '));
			name = decode(eq < 0 ? part : part.slice(0, eq));
			value = eq < 0 ? '' : decode(part.slice(eq + 1));
		} catch {
			return {
				ok: false,
				code: 'redirect.malformed-encoding',
				message: `The address's parameter ${quoted(part.slice(0, Math.max(eq, 0)) || part, 40)} is not valid percent-encoding (a "%" must be followed by two hex digits, and the bytes must be UTF-8), so nothing from it was loaded.`
			};
		}
		if (pairs.has(name))
			return {
				ok: false,
				code: 'redirect.duplicate-parameter',
				message: `The address carries ${quoted(name, 40)} twice. An authorization response never repeats a parameter (RFC 6749 §3.1), so this one was made by hand or altered, and nothing from it was loaded.`
			};
		pairs.set(name, value);
	}
	return { ok: true, pairs };
}

const isResponse = (pairs: Pairs) => [...pairs.keys()].some((name) => RESPONSE.has(name));
/** A value from the address as it may be shown: invisible and misleading characters by code point. */
const visible = (value: string | undefined) =>
	value === undefined ? undefined : revealInvisible(value, '');

/** Reads what an authorization response's parameters say. */
function fromPairs(pairs: Pairs, where: Where): AddressContent {
	const tokens = REDIRECT_TOKENS.filter((name) => pairs.has(name)).map((name) => ({
		name,
		value: pairs.get(name)!.trim()
	}));
	const error = pairs.get('error');
	if (error !== undefined && tokens.length > 0)
		return {
			kind: 'problem',
			where,
			code: 'redirect.error-with-token',
			message:
				'The address carries both an error and a token. An error response replaces the token (RFC 6749 §4.2.2.1), so this one was made by hand or altered, and nothing from it was loaded.'
		};
	if (error !== undefined)
		return {
			kind: 'error',
			where,
			error: visible(error)!,
			...optional('description', visible(pairs.get('error_description'))),
			...optional('uri', visible(pairs.get('error_uri'))),
			...optional('state', visible(pairs.get('state')))
		};
	const empty = tokens.find((token) => token.value === '');
	if (empty)
		return {
			kind: 'problem',
			where,
			code: 'redirect.empty-token',
			message: `The address's ${empty.name} is empty: there is no token to inspect.`
		};
	if (tokens.length === 0)
		return { kind: 'code', where, ...optional('state', visible(pairs.get('state'))) };
	const details: RedirectDetails = {
		...optional('tokenType', visible(pairs.get('token_type'))),
		...optional('expiresIn', visible(pairs.get('expires_in'))),
		...optional('scope', visible(pairs.get('scope'))),
		...optional('state', visible(pairs.get('state'))),
		...optional('sessionState', visible(pairs.get('session_state'))),
		...optional('iss', visible(pairs.get('iss')))
	};
	return {
		kind: 'tokens',
		where,
		tokens,
		details,
		code: pairs.has('code'),
		unknown: [...pairs.keys()].filter((name) => !KNOWN.has(name)).map((name) => visible(name)!)
	};
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
	return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Whether a fragment (without `#`) is a share link's, as ./link.ts reads it. */
export function isShareFragment(fragment: string): boolean {
	return /^ti\d+\./.test(fragment);
}

/**
 * What the address carries, from `location.hash` and `location.search` (with or without their `#`/`?`): the
 * fragment first (a share link, or an authorization response), then the query (an authorization response).
 */
export function readAddress(hash: string, search: string): AddressContent {
	const fragment = hash.replace(/^#/, '');
	if (isShareFragment(fragment)) {
		// The share reader may yet find the fragment damaged; a code in the query is still read below.
		const query = readPart(search.replace(/^\?/, ''), 'query');
		return query.kind === 'none' ? { kind: 'share' } : query;
	}
	const fromFragment = readPart(fragment, 'fragment');
	return fromFragment.kind !== 'none' ? fromFragment : readPart(search.replace(/^\?/, ''), 'query');
}

function readPart(text: string, where: Where): AddressContent {
	if (text === '') return { kind: 'none' };
	// Only a part that names a response parameter is read as one, so a broken or unknown fragment stays the
	// share reader's to explain; a repeated or badly encoded one that does name one is explained here.
	const names = text.split('&').map((part) => part.split('=')[0]!.replaceAll('+', ' '));
	if (!names.some((name) => RESPONSE.has(safeDecode(name)))) return { kind: 'none' };
	const parsed = parseForm(text);
	if (!parsed.ok) return { kind: 'problem', where, code: parsed.code, message: parsed.message };
	return isResponse(parsed.pairs) ? fromPairs(parsed.pairs, where) : { kind: 'none' };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The query with the authorization response's parameters taken out (`""` when nothing else is left). */
export function queryWithoutResponse(search: string): string {
	const kept = search
		.replace(/^\?/, '')
		.split('&')
		.filter(
			(part) => part !== '' && !KNOWN.has(safeDecode(part.split('=')[0]!.replaceAll('+', ' ')))
		);
	return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** Whether a fragment is an authorization response (or a damaged one) for this reader, not the share reader's. */
export function isRedirectFragment(hash: string): boolean {
	const fragment = hash.replace(/^#/, '');
	return !isShareFragment(fragment) && readPart(fragment, 'fragment').kind !== 'none';
}
