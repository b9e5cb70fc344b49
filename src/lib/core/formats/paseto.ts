// PASETO: "v<1-4>.<local|public>.<base64url body>[.<base64url footer>]" (paseto-standard/paseto-spec,
// docs/01-Protocol-Versions/Common.md "Token Format"). A `public` body is message ‖ signature, the signature's
// length fixed by the version: v1 RSASSA-PSS over a 2048-bit modulus, 256 bytes (Version1.md); v2 and v4
// Ed25519, 64 bytes (Version2.md, Version4.md); v3 ECDSA P-384 r ‖ s, 96 bytes (Version3.md). A `local` body is
// nonce ‖ ciphertext ‖ tag: encrypted. The footer is authenticated but not encrypted, often JSON with "kid"
// (docs/02-Implementation-Guide/01-Payload-Processing.md). Registered claims "exp", "nbf" and "iat" are ISO 8601
// date-times with a time zone (docs/02-Implementation-Guide/04-Claims.md), not NumericDates.
import { decodeBase64url } from '../token/base64url';
import { isJsonObject } from '../token/json';
import { utf8TextOf } from '../token/utf8';
import { abbreviate } from '../text';
import { revealInvisible } from '../visible';
import type { FormatDecoded, FormatMatch, FormatTime, Recogniser } from './types';

export const PASETO_CODES = [
	'structure.paseto-public',
	'structure.paseto-local',
	'structure.paseto-malformed'
] as const;
type Code = (typeof PASETO_CODES)[number];

const SHAPE = /^(v[1-4])\.(local|public)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]*))?$/;
const SIGNATURE_BYTES: Record<string, number> = { v1: 256, v2: 64, v3: 96, v4: 64 };
const SIGNATURE_NAME: Record<string, string> = {
	v1: 'RSASSA-PSS (2048-bit RSA, SHA-384)',
	v2: 'Ed25519',
	v3: 'ECDSA P-384 (SHA-384)',
	v4: 'Ed25519'
};
const CIPHER_NAME: Record<string, string> = {
	v1: 'AES-256-CTR with HMAC-SHA384',
	v2: 'XChaCha20-Poly1305',
	v3: 'AES-256-CTR with HMAC-SHA384',
	v4: 'XChaCha20 with BLAKE2b-MAC'
};
const MAX_SHOWN = 200;
// RFC 3339 §5.6 date-time, which the PASETO claims guide names: a date, "T", a time, and a zone ("Z" or ±hh:mm).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

const FIX =
	'Check it with a PASETO library and the issuer\'s key, not a JWT library: for JavaScript "paseto" (panva), for Python "pyseto", for Go "aidantwoods/go-paseto", for PHP "paragonie/paseto" (more at paseto.io). An API that expects a JWT needs a token from its identity provider instead.';

/** A UTF-8 JSON object read from bytes, or undefined. */
function jsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
	const text = utf8TextOf(bytes);
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return isJsonObject(value) ? value : undefined;
	} catch (error) {
		if (error instanceof SyntaxError) return undefined;
		throw error;
	}
}

/** The claims' date-times as instants for the exp, nbf and iat rows, and the names of those that are not one. */
function timesOf(claims: Record<string, unknown>): { times: FormatTime[]; unreadable: string[] } {
	const times: FormatTime[] = [];
	const unreadable: string[] = [];
	for (const claim of TIME_CLAIMS) {
		const value = claims[claim];
		if (value === undefined) continue;
		// Date.parse reads an RFC 3339 string with its zone; it never consults the clock.
		const ms = typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : NaN;
		if (Number.isNaN(ms)) unreadable.push(claim);
		else times.push({ claim, label: `PASETO "${claim}" ${value}`, seconds: ms / 1000 });
	}
	return { times, unreadable };
}

/** A PASETO token: its version and purpose, and for `public` its payload (signed, not encrypted). */
export const recognisePaseto: Recogniser<Code> = (text) => {
	const match = SHAPE.exec(text);
	if (!match) return undefined;
	const [, version, purpose, body, footerText] = match as unknown as [
		string,
		string,
		string,
		string,
		string?
	];
	const fields: FormatDecoded['fields'] = [
		{ name: 'Version', value: version },
		{ name: 'Purpose', value: purpose === 'public' ? 'public (signed)' : 'local (encrypted)' }
	];
	const decoded: FormatDecoded = { fields };
	const footerBytes = footerText ? decodeBase64url(footerText).bytes : undefined;
	if (footerBytes) {
		const footer = utf8TextOf(footerBytes);
		if (footer !== undefined) decoded.footer = footer;
		const kid = jsonObject(footerBytes)?.kid;
		if (typeof kid === 'string')
			fields.push({ name: 'Footer kid', value: revealInvisible(abbreviate(kid, MAX_SHOWN), '') });
	}
	const name = `a PASETO ${version}.${purpose} token`;
	const notJwt =
		'PASETO is not a JWT: it has no header naming an algorithm, because the version fixes it, and a JWT library cannot read or verify it.';
	if (purpose === 'local') {
		return {
			format: 'paseto',
			code: 'structure.paseto-local',
			detail: `This is not a JWT: it is ${name}, encrypted with a shared key (${CIPHER_NAME[version]}), so its claims cannot be read or checked here.${decoded.footer !== undefined ? ' Its footer is readable (shown below), not secret.' : ''} ${notJwt}`,
			fix: FIX,
			decoded
		};
	}
	const bytes = decodeBase64url(body).bytes;
	const signatureBytes = SIGNATURE_BYTES[version]!;
	if (bytes.length <= signatureBytes) {
		return {
			format: 'paseto',
			code: 'structure.paseto-malformed',
			detail: `This looks like ${name}, but its body is ${bytes.length} bytes, not more than the ${signatureBytes}-byte ${SIGNATURE_NAME[version]} signature a ${version}.public token ends with: it was cut short or changed. ${notJwt}`,
			fix: 'Copy the token again, whole and unchanged.',
			decoded
		};
	}
	const claims = jsonObject(bytes.subarray(0, bytes.length - signatureBytes));
	const read = claims ? timesOf(claims) : { times: [], unreadable: [] };
	if (claims) decoded.payload = claims;
	const unreadable =
		read.unreadable.length > 0
			? ` ${read.unreadable.map((c) => `"${c}"`).join(', ')} ${read.unreadable.length === 1 ? 'is' : 'are'} not an ISO 8601 date-time with a time zone, as PASETO's registered claims must be, so ${read.unreadable.length === 1 ? 'it is' : 'they are'} not judged.`
			: '';
	const match_: FormatMatch<Code> = {
		format: 'paseto',
		code: 'structure.paseto-public',
		detail: `This is not a JWT: it is ${name}, signed with ${SIGNATURE_NAME[version]} (the last ${signatureBytes} bytes of its body). Its payload is ${claims ? 'shown below (signed, not encrypted), and its exp, nbf and iat are judged by their rows' : 'not a JSON object'}; its signature is not verified here.${unreadable} ${notJwt}`,
		fix: FIX,
		decoded,
		...(read.times.length > 0 ? { times: read.times } : {})
	};
	return match_;
};
