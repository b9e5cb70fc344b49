// The share link's format: a diagnosis (the inputs and what the sender saw) carried in a URL's fragment, which
// browsers never send to a server (RFC 3986 §3.5). Pure TypeScript over web-standard APIs, tested in Node.
//
//   #ti1.<mode>.<length>.<data>
//
// - `ti1`: ours ("token inspector"), format 1. A new format number only for a change old pages would misread;
//   optional members are added to format 1 freely, because the reader ignores members it does not know.
// - `<mode>`: `z` the JSON is compressed with raw DEFLATE (RFC 1951), `j` it is not (chosen when shorter).
// - `<length>`: how many characters `<data>` has, so a link cut short by a chat app is told apart from one
//   that was edited.
// - `<data>`: base64url (RFC 4648 §5) of a 4-byte CRC-32 of the JSON, then the JSON (compressed or not).
import { decodeBase64url, encodeBase64url } from '../core/token/base64url';
import type { CheckId, Status } from '../core/types';
import { quoted } from '../core/text';
import { crc32 } from './crc32';
import { deflateRaw, inflateRaw } from './deflate';
import { diagnosisFromWire } from './members';

export const FORMAT_VERSION = 1;
const PREFIX = `ti${FORMAT_VERSION}.`;
/** A link's JSON may hold a 1 MB token and its JWKS; nothing real comes near this. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** One checklist row as the sender's page showed it, carried for a row the receiver cannot judge. */
export interface ReportedCheck {
	/**
	 * The sender's page-contract check ID, e.g. `signature`: a string, not a CheckId, since a link may come from
	 * a newer page with a check this one lacks; the receiver ignores a row it has no check for (./reported.ts).
	 */
	id: string;
	status: Status;
	/**
	 * The sender's check code, e.g. `signature.verified`: any string, not a CheckCode, since a link is text
	 * anyone can write and the sender's page may be another version. Nothing looks it up.
	 */
	code: string;
	/** The sender's wording, e.g. `Verified with key "k2" (RS256).` */
	detail: string;
}

/**
 * What the sender's page said about the rows the link cannot let the receiver judge: the signature when it is
 * left out, and the rows that need the key (algorithm, key, signature, secret strength) when the key is not
 * carried, as a secret never is.
 */
export interface Reported {
	/** When the sender's page judged them, in ms since the epoch. */
	at: number;
	checks: ReportedCheck[];
}

/**
 * The rows that depend on the key: a link without the key (a secret never travels) carries the sender's result
 * for them (compose.ts), and only for them may a reported row stand on the receiving page (reported.ts).
 */
export const KEY_ROWS: readonly CheckId[] = ['algorithm', 'key', 'signature', 'secret-strength'];

/** Everything a link carries. Only `token` is required; every other member is optional, now and later. */
export interface SharedDiagnosis {
	token: string;
	/** A public key, JWK or JWKS; never a secret or a private key (see ./public-key.ts). */
	key?: string;
	audience?: string;
	issuer?: string;
	/** The Expected subject (issue 16): a trust-policy pattern, no secret. */
	subject?: string;
	leewaySeconds?: number;
	/** The sender's evaluation time in ms since the epoch; absent: the receiver judges at "now". */
	evaluatedAt?: number;
	reported?: Reported;
	/** Claims the sender replaced with MASKED. */
	masked?: string[];
	/** The Required scopes input, once the inspector has one. */
	requiredScopes?: string;
	/**
	 * The `Token that works` of a comparison (issue 20): carried under the Token's rules (compose.ts), its
	 * signature left out unless chosen and the same claims masked; the receiver compares it with `token` again.
	 */
	workingToken?: string;
}

/** What a masked claim's value becomes in the link. */
export const MASKED = '‹masked by the sender›';

export type LinkErrorCode =
	| 'link.not-ours'
	| 'link.cut-short'
	| 'link.edited'
	| 'link.future-version'
	| 'link.too-large'
	/** A member is not one the inspector writes: wrong type, out of range or too long (./members.ts). */
	| 'link.invalid-member'
	/** The key member is a secret, a private key or not recognisably public (./members.ts). */
	| 'link.secret-key';

/**
 * The outcome of reading a link: the diagnosis, or what is wrong with the link and how long it was; `member`
 * names the member at fault (as SharedDiagnosis names it) for the member codes.
 */
export type DecodeResult =
	| { ok: true; diagnosis: SharedDiagnosis; compressed: boolean }
	| { ok: false; code: LinkErrorCode; message: string; length: number; member?: string };

// The JSON's member names are short, because every character counts in a link.
interface Wire {
	t: string;
	k?: string;
	a?: string;
	i?: string;
	su?: string;
	l?: number;
	e?: number;
	/** `w`: when; `c`: [id, status, code, detail] per row. */
	r?: { w: number; c: Array<[string, Status, string, string]> };
	m?: string[];
	sc?: string;
	w?: string;
}

/** Makes the share link for a diagnosis: `base` (the page's address without a fragment), then `#…`. */
export async function encodeShareLink(diagnosis: SharedDiagnosis, base: string): Promise<string> {
	return `${base}#${await encodeFragment(diagnosis)}`;
}

/** The fragment (without `#`) for a diagnosis: compressed when that is shorter. */
export async function encodeFragment(diagnosis: SharedDiagnosis): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(toWire(diagnosis)));
	const deflated = await deflateRaw(json);
	const compressed = deflated.length < json.length;
	const body = compressed ? deflated : json;
	const framed = new Uint8Array(4 + body.length);
	new DataView(framed.buffer).setUint32(0, crc32(json));
	framed.set(body, 4);
	const data = encodeBase64url(framed);
	return `${PREFIX}${compressed ? 'z' : 'j'}.${data.length}.${data}`;
}

/** Reads a share link (a whole URL, or its fragment with or without `#`), saying exactly what is wrong if it cannot. */
export async function decodeShareLink(link: string): Promise<DecodeResult> {
	const length = link.length;
	const hash = link.indexOf('#');
	const fragment = hash >= 0 ? link.slice(hash + 1) : link;
	const fail = (code: LinkErrorCode, message: string): DecodeResult => ({
		ok: false,
		code,
		message,
		length
	});

	const version = /^ti(\d+)\./.exec(fragment);
	if (!version) return fail('link.not-ours', 'This link does not carry a shared diagnosis.');
	if (Number(version[1]) > FORMAT_VERSION)
		return fail(
			'link.future-version',
			`This link was made by a newer version of the inspector (format ${version[1]}; this page reads format ${FORMAT_VERSION}). Reload the page to get the newest version, then open the link again.`
		);
	const parts = /^ti\d+\.([a-z])\.(\d{1,9})\.(.*)$/s.exec(fragment);
	if (!parts && /^ti\d+\.(?:[a-z](?:\.\d*)?)?$/.test(fragment))
		return fail(
			'link.cut-short',
			'The link was cut short: only its header is left, none of its data.'
		);
	if (!parts || Number(version[1]) !== FORMAT_VERSION)
		return fail('link.edited', 'The link was changed: its header is not one the inspector writes.');
	const [, mode, declared, data] = parts as unknown as [string, string, string, string];
	const expected = Number(declared);
	const intact = /^[A-Za-z0-9_-]*/.exec(data)![0];
	// A chat app cuts a long link and may add an ellipsis ("…" or "..."); anything else is an edit.
	if (data.length < expected && data.length - intact.length <= 3)
		return fail(
			'link.cut-short',
			`The link was cut short: it holds ${intact.length} of its ${expected} characters of data. Ask for it again, or have it sent as a file or in a code block.`
		);
	if (intact.length !== data.length || data.length !== expected)
		return fail(
			'link.edited',
			`The link was changed: its data should be ${expected} characters of base64url, but it is ${data.length} characters${intact.length !== data.length ? ' and holds characters base64url does not use' : ''}.`
		);
	if (mode !== 'z' && mode !== 'j')
		return fail(
			'link.edited',
			`The link was changed: ${quoted(mode)} is not a mode the inspector writes.`
		);

	const { bytes, faults } = decodeBase64url(data);
	if (faults.length > 0 || bytes.length < 4)
		return fail('link.edited', 'The link was changed: its data is not valid base64url.');
	const body = bytes.subarray(4);
	let json = body;
	if (mode === 'z') {
		const inflated = await inflateRaw(body, MAX_JSON_BYTES);
		if (!inflated.ok)
			return inflated.failure === 'too-large'
				? fail(
						'link.too-large',
						'The link expands to more than 8 MB: it was not made by the inspector.'
					)
				: fail('link.edited', 'The link was changed: its compressed data does not decompress.');
		json = inflated.bytes;
	}
	if (crc32(json) !== new DataView(bytes.buffer, bytes.byteOffset).getUint32(0))
		return fail('link.edited', 'The link was changed: its checksum does not match its data.');
	const wire = jsonFromUtf8(json);
	// Every member is checked before any is used (./members.ts): a checksum stops mistakes, not forgers.
	if (typeof wire !== 'object' || wire === null || Array.isArray(wire))
		return fail(
			'link.edited',
			'The link was changed: its data is not a diagnosis the inspector wrote.'
		);
	const read = diagnosisFromWire(wire as Record<string, unknown>);
	if (!read.ok)
		return { ok: false, code: read.code, message: read.message, length, member: read.member };
	return { ok: true, diagnosis: read.diagnosis, compressed: mode === 'z' };
}

function toWire(d: SharedDiagnosis): Wire {
	const r = d.reported;
	return {
		t: d.token,
		...(d.key !== undefined ? { k: d.key } : {}),
		...(d.audience !== undefined ? { a: d.audience } : {}),
		...(d.issuer !== undefined ? { i: d.issuer } : {}),
		...(d.subject !== undefined ? { su: d.subject } : {}),
		...(d.leewaySeconds !== undefined ? { l: d.leewaySeconds } : {}),
		...(d.evaluatedAt !== undefined ? { e: d.evaluatedAt } : {}),
		...(r
			? {
					r: {
						w: r.at,
						c: r.checks.map((c): [string, Status, string, string] => [
							c.id,
							c.status,
							c.code,
							c.detail
						])
					}
				}
			: {}),
		...(d.masked?.length ? { m: d.masked } : {}),
		...(d.requiredScopes !== undefined ? { sc: d.requiredScopes } : {}),
		...(d.workingToken !== undefined ? { w: d.workingToken } : {})
	};
}

/** The JSON value that UTF-8 bytes spell, or undefined; the members are checked one by one after (./members.ts). */
function jsonFromUtf8(bytes: Uint8Array): unknown {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return JSON.parse(text);
	} catch (error) {
		// Not UTF-8 (TypeError) or not JSON (SyntaxError): an edited link, reported as one by the caller.
		if (error instanceof TypeError || error instanceof SyntaxError) return undefined;
		throw error;
	}
}
