// "Fetch issuer keys": finds the issuer's JWK Set the way a verifier does (OpenID Connect Discovery, then RFC
// 8414 metadata, then jwks_uri) or reads a JWKS URL the user typed. Only ever called on a click. The issuer
// comes from the token's decoded `iss` claim or the user; never from the `jku`/`x5u` header, which an
// attacker controls (RFC 8725 §3.10). `fetch` and the time are passed in, so this runs and is tested in Node.
import { quoted } from '$lib/core/text';

/** URLs and issuers are quoted up to this many characters, start and end kept. */
const URL_CHARS = 120;

/** The part of `fetch` used here; the page passes the browser's own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface IssuerKeysRequest {
	/** The token's `iss` claim, as decoded. */
	issuer?: string;
	/** A JWKS URL the user typed: when given, it is read directly and discovery is skipped. */
	jwksUrl?: string;
	fetch: FetchLike;
	/** When the fetch happens (recorded with the result). */
	now: Date;
	/** `navigator.onLine` when known: tells "offline" from "refused" when a request fails. */
	online?: boolean;
	signal?: AbortSignal;
}

export type FailureCode =
	| 'no-source'
	| 'bad-url'
	| 'insecure-url'
	| 'offline'
	| 'network'
	| 'timeout'
	| 'http'
	| 'too-large'
	| 'not-json'
	| 'no-jwks-uri'
	| 'not-jwks';

/** One request made (or refused before it was made), and what came of it. */
export interface FetchStep {
	url: string;
	purpose: 'discovery' | 'jwks';
	outcome: 'ok' | FailureCode;
	status?: number;
}

export interface JsonWebKeySet {
	keys: Array<Record<string, unknown>>;
}

export type IssuerKeysResult =
	| {
			ok: true;
			jwks: JsonWebKeySet;
			/** The JWKS as pretty JSON, ready for the Verification key field. */
			jwksText: string;
			jwksUrl: string;
			/** The metadata document that named the jwks_uri, when discovery was used. */
			discoveryUrl?: string;
			/** The issuer that discovery started from, when it was used (not for a typed JWKS URL). */
			discoveredFor?: string;
			fetchedAt: string;
			steps: FetchStep[];
			/** Things worth knowing that did not stop the fetch (e.g. the metadata names another issuer). */
			notes: string[];
	  }
	| { ok: false; code: FailureCode; message: string; advice: string; steps: FetchStep[] };

/** Neither a metadata document nor a key set is anywhere near this size; a bigger answer is not one. */
export const MAX_DOCUMENT_BYTES = 256 * 1024;
/** A JWKS holds a few keys; a long list is not a key set a verifier would use. */
export const MAX_KEYS = 100;

const ADVICE =
	'Paste the issuer’s JWKS into the Verification key instead: open its jwks_uri in a new tab (or fetch it with curl) and copy the JSON.';

/** The metadata URLs to try for an issuer, in order (OIDC Discovery §4, then RFC 8414 §3 and its §5 note). */
export function discoveryUrls(issuer: URL): string[] {
	const path = issuer.pathname.replace(/\/+$/, '');
	const urls = [
		// OpenID Connect Discovery 1.0 §4: the issuer with "/.well-known/openid-configuration" appended.
		`${issuer.origin}${path}/.well-known/openid-configuration`,
		// RFC 8414 §3: the well-known suffix inserted between the host and the issuer's path.
		`${issuer.origin}/.well-known/oauth-authorization-server${path}`,
		// RFC 8414 §5: some servers publish it appended to the path, as OIDC does.
		`${issuer.origin}${path}/.well-known/oauth-authorization-server`
	];
	return [...new Set(urls)];
}

/** Reads an http(s) URL; plain http only for the local machine (a developer's own issuer). */
export function checkUrl(text: string): { url: URL } | { code: 'bad-url' | 'insecure-url' } {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return { code: 'bad-url' };
	}
	if (url.protocol === 'https:') return { url };
	if (url.protocol === 'http:' && isLocalHost(url.hostname)) return { url };
	return { code: url.protocol === 'http:' ? 'insecure-url' : 'bad-url' };
}

function isLocalHost(hostname: string): boolean {
	return (
		hostname === 'localhost' ||
		hostname.endsWith('.localhost') ||
		hostname === '[::1]' ||
		/^127(?:\.\d{1,3}){3}$/.test(hostname)
	);
}

/** Fetches the issuer's keys, by discovery from `issuer` or directly from `jwksUrl`; never throws on input. */
export async function fetchIssuerKeys(request: IssuerKeysRequest): Promise<IssuerKeysResult> {
	const steps: FetchStep[] = [];
	const notes: string[] = [];
	const typed = request.jwksUrl?.trim();
	let jwksUrl: string;
	let discoveryUrl: string | undefined;
	let discoveredFor: string | undefined;

	if (typed) {
		const checked = checkUrl(typed);
		if ('code' in checked) return failure(checked.code, typed, steps);
		jwksUrl = checked.url.href;
	} else {
		const issuer = request.issuer?.trim();
		if (!issuer) return failure('no-source', '', steps);
		const checked = checkUrl(issuer);
		if ('code' in checked) return failure(checked.code, issuer, steps);
		if (checked.url.search || checked.url.hash) return failure('bad-url', issuer, steps);
		const found = await discover(checked.url, request, steps);
		if ('code' in found) return failure(found.code, found.url, steps, found.status);
		discoveryUrl = found.url;
		discoveredFor = issuer;
		jwksUrl = found.jwksUri;
		if (typeof found.issuer === 'string' && found.issuer !== issuer) {
			// OIDC Discovery §4.3 / RFC 8414 §3.3: the metadata must name the same issuer it was found for.
			notes.push(
				`The metadata names the issuer ${quoted(found.issuer, URL_CHARS)}, not the token’s ${quoted(issuer, URL_CHARS)}: a verifier that checks this would refuse it.`
			);
		}
	}

	const got = await getJson(jwksUrl, 'jwks', request, steps);
	if ('code' in got) return failure(got.code, jwksUrl, steps, got.status);
	if (!isJwks(got.json)) {
		steps[steps.length - 1]!.outcome = 'not-jwks';
		return failure('not-jwks', jwksUrl, steps);
	}
	return {
		ok: true,
		jwks: got.json,
		jwksText: JSON.stringify(got.json, null, 2),
		jwksUrl,
		...(discoveryUrl ? { discoveryUrl } : {}),
		...(discoveredFor ? { discoveredFor } : {}),
		fetchedAt: request.now.toISOString(),
		steps,
		notes
	};
}

type Discovered =
	| { url: string; jwksUri: string; issuer: unknown }
	| { code: FailureCode; url: string; status?: number };

/** Tries each metadata URL in turn; the first with a usable jwks_uri wins, else the most telling failure. */
async function discover(
	issuer: URL,
	request: IssuerKeysRequest,
	steps: FetchStep[]
): Promise<Discovered> {
	let worst: { code: FailureCode; url: string; status?: number } | undefined;
	for (const url of discoveryUrls(issuer)) {
		const got = await getJson(url, 'discovery', request, steps);
		let failed: { code: FailureCode; url: string; status?: number };
		if ('code' in got) {
			failed = { code: got.code, url, ...(got.status !== undefined ? { status: got.status } : {}) };
		} else {
			const document = got.json;
			const jwksUri = isObject(document) ? document.jwks_uri : undefined;
			if (typeof jwksUri === 'string') {
				const checked = checkUrl(jwksUri);
				if (!('code' in checked)) {
					return {
						url,
						jwksUri: checked.url.href,
						issuer: isObject(document) ? document.issuer : undefined
					};
				}
				failed = { code: checked.code, url: jwksUri };
			} else {
				failed = { code: 'no-jwks-uri', url };
			}
			steps[steps.length - 1]!.outcome = failed.code;
		}
		if (!worst || rank(failed) > rank(worst)) worst = failed;
		// Offline, every other URL fails the same way: stop asking.
		if (failed.code === 'offline') break;
	}
	return worst!;
}

/** How much a failure tells the user: a document without keys says more than a 404 does. */
function rank(f: { code: FailureCode; status?: number }): number {
	if (f.code === 'http' && f.status === 404) return 0;
	return (
		[
			'offline',
			'network',
			'timeout',
			'http',
			'too-large',
			'not-json',
			'insecure-url',
			'no-jwks-uri'
		].indexOf(f.code) + 1
	);
}

type Got = { json: unknown } | { code: FailureCode; status?: number };

async function getJson(
	url: string,
	purpose: FetchStep['purpose'],
	request: IssuerKeysRequest,
	steps: FetchStep[]
): Promise<Got> {
	const step: FetchStep = { url, purpose, outcome: 'ok' };
	steps.push(step);
	const done = (got: Got): Got => {
		if ('code' in got) {
			step.outcome = got.code;
			if (got.status !== undefined) step.status = got.status;
		}
		return got;
	};
	let response: Response;
	try {
		response = await request.fetch(url, {
			method: 'GET',
			mode: 'cors',
			credentials: 'omit',
			cache: 'no-store',
			redirect: 'follow',
			referrerPolicy: 'no-referrer',
			headers: { accept: 'application/json' },
			...(request.signal ? { signal: request.signal } : {})
		});
	} catch (error) {
		// fetch rejects with a TypeError for every network-level refusal (CORS, DNS, TLS, connection), and
		// deliberately does not say which (Fetch standard, "network error"). Anything else is not ours to catch.
		// An aborted signal (the page's time limit) rejects with a DOMException named TimeoutError or AbortError.
		if (isAbort(error)) return done({ code: 'timeout' });
		if (!(error instanceof TypeError)) throw error;
		return done({ code: request.online === false ? 'offline' : 'network' });
	}
	step.status = response.status;
	if (!response.ok) return done({ code: 'http', status: response.status });
	const declared = Number(response.headers.get('content-length'));
	if (declared > MAX_DOCUMENT_BYTES) return done({ code: 'too-large' });
	const text = await response.text();
	if (text.length > MAX_DOCUMENT_BYTES) return done({ code: 'too-large' });
	try {
		return { json: JSON.parse(text) };
	} catch {
		return done({ code: 'not-json' });
	}
}

const isAbort = (error: unknown) =>
	typeof error === 'object' &&
	error !== null &&
	'name' in error &&
	(error.name === 'TimeoutError' || error.name === 'AbortError');

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7517 §5: a JSON object whose "keys" member is an array of JWKs, each with a "kty". */
function isJwks(value: unknown): value is JsonWebKeySet {
	if (!isObject(value) || !Array.isArray(value.keys)) return false;
	if (value.keys.length === 0 || value.keys.length > MAX_KEYS) return false;
	return value.keys.every((key) => isObject(key) && typeof key.kty === 'string');
}

function failure(
	code: FailureCode,
	url: string,
	steps: FetchStep[],
	status?: number
): IssuerKeysResult {
	return { ok: false, code, message: messageOf(code, url, status), advice: ADVICE, steps };
}

function messageOf(code: FailureCode, url: string, status?: number): string {
	// The URL comes from the token's iss, the user or a fetched document: quoted as every such value is.
	const shown = quoted(url, URL_CHARS);
	switch (code) {
		case 'no-source':
			return 'Nothing to fetch from: the token has no iss claim. Type the JWKS URL instead.';
		case 'bad-url':
			return `${shown} is not an http(s) URL an issuer can have (no query or fragment either).`;
		case 'insecure-url':
			return `${shown} is plain http: keys are only fetched over https (or from this machine).`;
		case 'offline':
			return 'The browser is offline: nothing could be fetched.';
		case 'network':
			return `The browser refused to read ${shown}: the server does not allow this page to read it (no CORS header, Access-Control-Allow-Origin), or it could not be reached from here. Verifiers on a server are not bound by CORS, so the keys may well be there.`;
		case 'timeout':
			return `${shown} did not answer in time.`;
		case 'http':
			return `${shown} answered HTTP ${status ?? '?'}.`;
		case 'too-large':
			return `${shown} answered with more than ${MAX_DOCUMENT_BYTES / 1024} KiB: not a metadata document or key set.`;
		case 'not-json':
			return `${shown} did not answer with JSON.`;
		case 'no-jwks-uri':
			return `The metadata at ${shown} has no usable jwks_uri.`;
		case 'not-jwks':
			return `${shown} is not a JWK Set (a JSON object with a "keys" array of 1–${MAX_KEYS} keys).`;
	}
}
