// Signed session cookies that are pasted for tokens (research providers.md §3):
// - Flask / itsdangerous: payload.timestamp.signature, the payload base64url JSON ("eyJ…"), or zlib-compressed
//   after a leading "." (".eJ…"); the timestamp a few base64url bytes; signed, not encrypted (pallets/flask#4490;
//   pallets/itsdangerous src/itsdangerous/timed.py, url_safe.py).
// - Django signing: value:timestamp:signature, the timestamp base62, the signature base64url of an HMAC (27
//   characters for SHA-1, 43 for SHA-256) (django/django django/core/signing.py).
// - express-session: "s:" + session ID + "." + base64 HMAC-SHA256 without padding, URL-encoded "s%3A" in the
//   cookie (tj/node-cookie-signature index.js; expressjs/session#604).
import { decodeBase64url } from '../token/base64url';
import { isJsonObject } from '../token/json';
import { utf8TextOf } from '../token/utf8';
import { abbreviate } from '../text';
import { revealInvisible } from '../visible';
import { inflate } from './inflate';
import { mask, ROTATE, type FormatMatch, type Recogniser } from './types';

export const SESSION_COOKIE_CODES = [
	'structure.flask-session',
	'structure.django-signed',
	'structure.express-session'
] as const;
type Code = (typeof SESSION_COOKIE_CODES)[number];

const MAX_SHOWN = 300;
// A browser keeps a cookie of 4 KB at most (RFC 6265 §6.1); its data inflates to a few times that. Past this
// bound the inflating stops, so a small "zip bomb" cannot fill the worker's memory.
const MAX_INFLATED = 64 * 1024;
// A JWT's second part is its payload (tens of characters at least); itsdangerous's timestamp is 4–6 bytes.
const FLASK = /^(\.?)([A-Za-z0-9_-]{2,8192})\.([A-Za-z0-9_-]{4,8})\.([A-Za-z0-9_-]{27,86})$/;
const DJANGO = /^([^:\s]{1,8192}):([0-9A-Za-z]{5,7}):([A-Za-z0-9_-]{27}|[A-Za-z0-9_-]{43})$/;
const EXPRESS = /^s(?::|%3A)([A-Za-z0-9_-]{8,128})\.([A-Za-z0-9+/]{43})$/i;

/** Decoded data as a row shows it: cut short, and every invisible or misleading character labelled. */
const shown = (json: string) => revealInvisible(abbreviate(json, MAX_SHOWN), '');

/** The JSON object UTF-8 bytes spell, as text, or undefined. */
function jsonObjectText(bytes: Uint8Array): string | undefined {
	const text = utf8TextOf(bytes);
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return isJsonObject(value) ? text : undefined;
	} catch (error) {
		if (error instanceof SyntaxError) return undefined;
		throw error;
	}
}

/** The session data for the page's decoded view, when it was read. */
const decodedOf = (json: string | undefined) =>
	json !== undefined
		? { decoded: { fields: [], payload: JSON.parse(json) as Record<string, unknown> } }
		: {};

const segmentJson = (segment: string) => jsonObjectText(decodeBase64url(segment).bytes);

const FIX =
	'A session cookie is checked by the web framework that set it, with its secret key. An API that expects a JWT needs a token from its identity provider instead.';

async function flask(text: string): Promise<FormatMatch<Code> | undefined> {
	const match = FLASK.exec(text);
	if (!match) return undefined;
	const [, compressed, payload] = match;
	let json: string | undefined;
	let data: string;
	if (compressed === '') {
		json = segmentJson(payload!);
		// A JWS header always has "alg" (RFC 7515 §4.1.1): a first part with one is a JWT's, never a cookie's.
		if (json === undefined || 'alg' in (JSON.parse(json) as object)) return undefined;
		data = ` Its data (signed, not encrypted): ${shown(json)}.`;
	} else {
		// The leading "." marks a zlib-compressed payload (RFC 1950, whose header 0x78 0x9C is "eJ" in base64url),
		// which itsdangerous writes when compressing makes it shorter (url_safe.py, dump_payload).
		if (!payload!.startsWith('eJ')) return undefined;
		const inflated = await inflate(decodeBase64url(payload!).bytes, 'deflate', MAX_INFLATED);
		json = inflated instanceof Uint8Array ? jsonObjectText(inflated) : undefined;
		data =
			json !== undefined
				? ` Its data (zlib-compressed, the leading "."; signed, not encrypted): ${shown(json)}.`
				: inflated === 'too-large'
					? ` Its data is zlib-compressed (the leading ".") and inflates past ${MAX_INFLATED / 1024} KB, more than a cookie holds, so it is not shown.`
					: ' Its data is zlib-compressed (the leading "."), but does not inflate to a JSON object.';
	}
	return {
		format: 'session-cookie',
		code: 'structure.flask-session',
		detail: `This is not a JWT: it is a Flask (itsdangerous) signed session cookie: data.timestamp.signature, where the middle part is the time it was signed, not a payload.${data} Only the app's SECRET_KEY can verify it. ${ROTATE}`,
		fix: FIX,
		...(json !== undefined
			? { decoded: { fields: [], payload: JSON.parse(json) as Record<string, unknown> } }
			: {})
	};
}

function django(text: string): FormatMatch<Code> | undefined {
	const match = DJANGO.exec(text);
	if (!match) return undefined;
	const json = segmentJson(match[1]!.replace(/^\./, ''));
	return {
		format: 'session-cookie',
		code: 'structure.django-signed',
		detail: `This is not a JWT: it is a Django signed value (django.core.signing): value:timestamp:signature.${json !== undefined ? ` Its data (signed, not encrypted): ${shown(json)}.` : ''} Only the site's SECRET_KEY can verify it. ${ROTATE}`,
		fix: FIX,
		...decodedOf(json)
	};
}

function express(text: string): FormatMatch<Code> | undefined {
	const match = EXPRESS.exec(text);
	if (!match) return undefined;
	return {
		format: 'session-cookie',
		code: 'structure.express-session',
		detail: `This is not a JWT: it is an express-session cookie, ${mask(text, text[1] === ':' ? 2 : 4)}: "s:", the session ID, and an HMAC of it. It holds no data: the session lives on the server, and only the app's session secret can verify the cookie. A "+" turned into a space breaks its signature. ${ROTATE}`,
		fix: FIX
	};
}

/** A signed session cookie (Flask, Django, express-session). */
export const recogniseSessionCookie: Recogniser<Code> = (text) =>
	express(text) ?? django(text) ?? flask(text);
