// SAML 2.0 assertions and responses, as pasted: raw XML, base64 as an HTTP-POST form carries "SAMLResponse"
// (SAML 2.0 Bindings §3.5.4), that base64 URL-encoded, or raw DEFLATE then base64 as the HTTP-Redirect binding
// carries it (Bindings §3.4.4.1). Read with the bounded scanner in xml-scan.ts (no DOMParser in a worker):
// the issuer, audiences, subject, the validity window and whether a signature is there. The times are judged
// by the exp, nbf and iat rows (Core §2.5.1.2: NotBefore ≤ now < NotOnOrAfter; §2.4.1.2 for the subject
// confirmation's). XML signatures are not verified here (see SIGNATURE).
import { decodeBase64url } from '../token/base64url';
import { utf8TextOf } from '../token/utf8';
import { abbreviate } from '../text';
import { revealInvisible } from '../visible';
import { inflate } from './inflate';
import { samlReadingOf, type SamlReading } from './saml-read';
import { MAX_XML_CHARS } from './xml-scan';
import type { FormatDecoded, FormatMatch, FormatTime, Recogniser } from './types';

export const SAML_CODES = [
	'structure.saml-response',
	'structure.saml-assertion',
	'structure.saml-encrypted',
	'structure.saml-doctype',
	'structure.saml-too-large',
	'structure.saml-unreadable'
] as const;
type Code = (typeof SAML_CODES)[number];

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_SHOWN = 200;
// A URL is rarely longer than 64 KB anywhere (browsers and servers cut far shorter ones).
const MAX_REDIRECT_CHARS = 64 * 1024;
// xs:dateTime as SAML writes it, in UTC (SAML 2.0 Core §1.3.3); a zone offset is read too.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

type Encoding = 'raw XML' | 'base64 (HTTP-POST)' | 'DEFLATE + base64 (HTTP-Redirect)';

const SIGNATURE =
	'This page does not verify XML signatures: XML-DSig needs canonicalisation (Exclusive C14N) and a check that the signed element is the one read, the step whose mistakes make signature-wrapping attacks; that is a job for your SAML library, never for a pasted copy.';
const FIX =
	"Validate it with your service provider's SAML library (with the IdP's signing certificate from its metadata), which checks the signature, the audience, the recipient and the time window together. An API that expects a JWT needs a token from its identity provider instead.";

/** The XML a pasted value holds, and how it was encoded; undefined when it is none. */
async function xmlOf(text: string): Promise<{ xml: string; encoding: Encoding } | undefined> {
	let value = text.replace(/^SAML(?:Response|Request)=/, '');
	if (value.trimStart().startsWith('<')) return { xml: value.trim(), encoding: 'raw XML' };
	// URL-encoded base64 ("%2B", "%2F", "%3D"), as a form body or a redirect URL carries it.
	if (/%[0-9A-Fa-f]{2}/.test(value)) {
		try {
			value = decodeURIComponent(value);
		} catch (error) {
			if (!(error instanceof URIError)) throw error;
			return undefined;
		}
	}
	value = value.replace(/\s+/g, '');
	if (value.length < 20 || !BASE64.test(value)) return undefined;
	// Base64 of XML starts "PD" ("<"), "PD94" ("<?x"), or with a BOM or whitespace: a peek at the first bytes
	// decides, and only then is it decoded, as far as the scanner's bound and a little past, to say it is too large.
	const peek = utf8TextOf(decodeBase64url(value.slice(0, 12)).bytes)?.trimStart() ?? '';
	if (peek.startsWith('<')) {
		const bytes = decodeBase64url(value.slice(0, Math.ceil((MAX_XML_CHARS * 4) / 3) + 8)).bytes;
		return { xml: new TextDecoder().decode(bytes).trim(), encoding: 'base64 (HTTP-POST)' };
	}
	// The HTTP-Redirect binding carries the message in a URL, so it is short: a long value is not tried.
	if (value.length > MAX_REDIRECT_CHARS) return undefined;
	const inflated = await inflate(decodeBase64url(value).bytes, 'deflate-raw', MAX_XML_CHARS);
	if (!(inflated instanceof Uint8Array)) return undefined;
	const xml = utf8TextOf(inflated)?.trim();
	return xml?.startsWith('<') ? { xml, encoding: 'DEFLATE + base64 (HTTP-Redirect)' } : undefined;
}

const shown = (value: string) => revealInvisible(abbreviate(value, MAX_SHOWN), '');

/** The instants of the reading as the time rows judge them, and the labels of those that are not xs:dateTime. */
function timesOf(reading: SamlReading): { times: FormatTime[]; unreadable: string[] } {
	const times: FormatTime[] = [];
	const unreadable: string[] = [];
	for (const { claim, label, value } of reading.instants) {
		const ms = DATE_TIME.test(value) ? Date.parse(value) : NaN;
		if (Number.isNaN(ms)) unreadable.push(label);
		else times.push({ claim, label: `SAML ${label} ${value}`, seconds: ms / 1000 });
	}
	return { times, unreadable };
}

/** A SAML assertion or response: its fields, the time window for the time rows, and no signature check. */
export const recogniseSaml: Recogniser<Code> = async (text) => {
	const found = await xmlOf(text);
	if (!found) return undefined;
	const { xml, encoding } = found;
	const name = (message: string) => `This is not a JWT: it is a SAML ${message}`;
	if (xml.length > MAX_XML_CHARS) {
		if (!/urn:oasis:names:tc:SAML:/.test(xml.slice(0, 4096))) return undefined;
		return {
			format: 'saml',
			code: 'structure.saml-too-large',
			detail: `${name('message')} (${encoding}) of more than ${MAX_XML_CHARS.toLocaleString('en')} characters: too large to read here. SAML responses are a few kilobytes.`,
			fix: FIX
		};
	}
	const reading = samlReadingOf(xml);
	if (!reading) return undefined;
	const { end } = reading;
	const fields: FormatDecoded['fields'] = [
		{ name: 'Message', value: reading.root },
		{ name: 'Encoding', value: encoding },
		...reading.fields.map(({ name: field, value }) => ({ name: field, value: shown(value) }))
	];
	const signed =
		reading.signedOn.length > 0 ? `on the ${reading.signedOn.join(' and the ')}` : 'none';
	fields.push({ name: 'Signature element', value: signed });
	const decoded: FormatDecoded = { fields };
	const read = timesOf(reading);
	const what =
		reading.root === 'Response' ? 'response (samlp:Response)' : `${reading.root} message`;
	const signature =
		reading.signedOn.length > 0
			? ` It carries a Signature element ${signed}. ${SIGNATURE}`
			: ` It carries no Signature element: a service provider must reject it unless the response or each assertion is signed (SAML 2.0 Profiles §4.1.3.5). ${SIGNATURE}`;
	const unreadable =
		read.unreadable.length > 0
			? ` Not an xs:dateTime, so not judged: ${read.unreadable.join(', ')}.`
			: '';
	const base = {
		format: 'saml' as const,
		fix: FIX,
		decoded,
		...(read.times.length > 0 ? { times: read.times } : {})
	};
	const match = (code: Code, detail: string): FormatMatch<Code> => ({ ...base, code, detail });
	if (end === 'doctype')
		return match(
			'structure.saml-doctype',
			`${name(what)} with a DOCTYPE, which SAML forbids: a DTD can declare entities that expand without bound or read files (XXE), and SAML libraries reject it. It was skipped unread, and no entity was expanded.${signature}`
		);
	if (end !== 'complete')
		return match(
			'structure.saml-unreadable',
			`${name(what)} that could not be read to its end (${end === 'too-deep' ? 'nested too deeply' : 'a tag or comment is not closed'}): what was read is shown.${signature}`
		);
	if (reading.encrypted && !reading.hasAssertion)
		return match(
			'structure.saml-encrypted',
			`${name(what)} whose assertion is encrypted (EncryptedAssertion): its subject, audience and conditions can only be read with the service provider's private key.${signature}`
		);
	return match(
		reading.root === 'Assertion' ? 'structure.saml-assertion' : 'structure.saml-response',
		`${name(what)}, read from ${encoding}: its fields are shown below, and its NotBefore, NotOnOrAfter and IssueInstant are judged by the nbf, exp and iat rows.${unreadable}${signature}`
	);
};
