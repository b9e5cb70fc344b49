// Reading a token's issuer and claims for the detectors: strictly, and without trusting anything. The token is
// hostile input, so an issuer is recognised only by an exact host (`login.microsoftonline.com.evil.example`
// and `login.microsoftonline.com@evil.example` are other hosts), and claims are read as own data members only.
import { quoted } from '../text';

/** An issuer URL split into its parts, as the token spells it. */
export interface IssuerUrl {
	scheme: 'https' | 'http';
	/** Lower case: DNS names are case-insensitive (RFC 4343), so `Login.MicrosoftOnline.com` is the same host. */
	host: string;
	port?: string;
	/** Everything after the authority, '' when there is none: '/', '/abc/v2.0', '/realms/demo'. */
	path: string;
}

// The whole issuer, written out by hand rather than read with `new URL()`: the WHATWG parser decodes `%2E` in a
// host, drops default ports, resolves `/./` and accepts user info, each of which would let a look-alike issuer
// turn into a provider's. Host: DNS labels (letters, digits, hyphens) or an IPv4 address; no user info (`@`),
// query or fragment; the path limited to the characters issuers use.
const ISSUER_URL =
	/^(https?):\/\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*)(?::(\d{1,5}))?(\/[A-Za-z0-9._~!$&'()*+,;=:@%/{}-]*)?$/;

/** The token's issuer as a URL, or undefined when it is not a plain http(s) URL. */
export function issuerUrl(iss: unknown): IssuerUrl | undefined {
	if (typeof iss !== 'string' || iss.length > 2048) return undefined;
	const match = ISSUER_URL.exec(iss);
	if (!match) return undefined;
	return {
		scheme: match[1] as 'https' | 'http',
		host: match[2]!.toLowerCase(),
		...(match[3] !== undefined ? { port: match[3] } : {}),
		path: match[4] ?? ''
	};
}

/** True when the URL is https on the default port at exactly this host. */
export function isHttpsHost(url: IssuerUrl | undefined, host: string): url is IssuerUrl {
	return url !== undefined && url.scheme === 'https' && url.port === undefined && url.host === host;
}

/**
 * The single DNS label before `suffix` when the host is `{label}.{suffix}` (one label only: `a.b.okta.com` is
 * not an Okta org), else undefined.
 */
export function labelUnder(url: IssuerUrl | undefined, suffix: string): string | undefined {
	if (!url || url.scheme !== 'https' || url.port !== undefined) return undefined;
	if (!url.host.endsWith(`.${suffix}`)) return undefined;
	const label = url.host.slice(0, -suffix.length - 1);
	return /^[a-z0-9-]+$/.test(label) ? label : undefined;
}

/** A claim or header member the token really has (not one inherited from Object.prototype). */
export function member(object: Record<string, unknown> | undefined, name: string): unknown {
	return object !== undefined && Object.hasOwn(object, name) ? object[name] : undefined;
}

/** The member when it is a string. */
export function stringMember(
	object: Record<string, unknown> | undefined,
	name: string
): string | undefined {
	const value = member(object, name);
	return typeof value === 'string' ? value : undefined;
}

/** True when the token has a member of that name, whatever its value. */
export function has(object: Record<string, unknown> | undefined, name: string): boolean {
	return object !== undefined && Object.hasOwn(object, name);
}

/** The token's audiences: `aud` as a string or the strings of an array (RFC 7519 §4.1.3). */
export function audiences(claims: Record<string, unknown> | undefined): string[] {
	const aud = member(claims, 'aud');
	if (typeof aud === 'string') return [aud];
	if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string');
	return [];
}

/** A GUID as Entra ID writes tenant and object IDs: 8-4-4-4-12 hexadecimal digits. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Evidence is one short phrase per signal, every value from the token quoted (src/lib/core/text.ts `quoted`), so
// that no claim can break out of its quotes or forge another line. Issuers are allowed more room than other
// values: an Entra issuer with its tenant GUID is 61 characters.
/** `iss "https://…"`. */
export const issEvidence = (iss: string) => `iss ${quoted(iss, 90)}`;
/** `name "value"` for a claim or header member. */
export const valueEvidence = (name: string, value: string, max = 60) =>
	`${name} ${quoted(value, max)}`;
/** `has "name"` for a member whose presence is the signal. */
export const presenceEvidence = (name: string, where: 'claim' | 'header' = 'claim') =>
	`${where} ${quoted(name)}`;

const KIND_WORDS: Record<string, string> = {
	'id-token': 'ID token',
	'access-token': 'access token',
	'refresh-token': 'refresh token',
	'session-cookie': 'session cookie',
	'custom-token': 'custom token',
	'api-key': 'API key',
	'client-secret': 'client secret',
	'workload-identity': 'workload identity token',
	'service-account': 'service account token'
};

/** The line naming a token: "Microsoft Entra ID v1.0" + access-token → "Microsoft Entra ID v1.0 access token". */
export function labelled(base: string, kind: string | undefined): string {
	return `${base} ${kind !== undefined ? (KIND_WORDS[kind] ?? 'token') : 'token'}`;
}
