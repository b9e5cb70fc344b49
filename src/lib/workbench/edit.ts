// Small edits of the Header (JSON) and Payload (JSON) texts that the signer's buttons make: the algorithm
// written into the header, "iat now", "exp in 1 h", and a copy of an inspected token's header and payload.
// The time is always passed in: nothing here reads the clock (STYLE.md, principle 6).
import { isJsonObject, readStrictJson } from '$lib/core/token/json';
import { isSigningAlgorithm, type SigningAlgorithm } from './codes';

/** JSON as the editors show it: two spaces, one member a line. */
export const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function objectOf(text: string): Record<string, unknown> | undefined {
	const json = readStrictJson(text);
	return json.ok && isJsonObject(json.value) ? json.value : undefined;
}

/** The header text with `alg` set, or the text unchanged while it is not a JSON object. */
export function withAlgorithm(headerText: string, alg: SigningAlgorithm): string {
	const header = objectOf(headerText);
	if (!header || header.alg === alg) return headerText;
	return pretty({ ...header, alg });
}

/** The algorithm the header names, when it is one the signer offers. */
export function algorithmOf(headerText: string): SigningAlgorithm | undefined {
	const alg = objectOf(headerText)?.alg;
	return isSigningAlgorithm(alg) ? alg : undefined;
}

/** The header text with `kid` set (a generated key's thumbprint), or unchanged while it is not an object. */
export function withKid(headerText: string, kid: string): string {
	const header = objectOf(headerText);
	return header ? pretty({ ...header, kid }) : headerText;
}

/**
 * The payload with a NumericDate claim set to `now` plus `offsetSeconds`: RFC 7519 §2 NumericDate is whole
 * seconds since the epoch, and §4.1.4/§4.1.6 make "exp" and "iat" such numbers. Unchanged while the payload
 * is not a JSON object, so a half-typed text is never replaced.
 */
export function withTimeClaim(
	payloadText: string,
	claim: 'iat' | 'exp' | 'nbf',
	now: Date,
	offsetSeconds = 0
): string {
	const payload = objectOf(payloadText);
	if (!payload) return payloadText;
	return pretty({ ...payload, [claim]: Math.floor(now.getTime() / 1000) + offsetSeconds });
}

/** A header and payload to start from when the signer opens without a token. */
export function startingPoint(now: Date, alg: SigningAlgorithm = 'HS256') {
	const iat = Math.floor(now.getTime() / 1000);
	return {
		header: pretty({ alg, typ: 'JWT' }),
		payload: pretty({ sub: 'user-123', aud: 'my-api', iat, exp: iat + 3600 })
	};
}

/**
 * "Edit a copy": the inspected token's decoded header and payload, as editable text. The algorithm stays the
 * token's when the signer offers it; the signature is not copied (a copy is re-signed with the user's key).
 */
export function copyOf(token: { header?: unknown; claims?: unknown }): {
	header: string;
	payload: string;
	alg?: SigningAlgorithm;
} {
	const header = isJsonObject(token.header) ? token.header : {};
	const payload = isJsonObject(token.claims) ? token.claims : {};
	const alg = isSigningAlgorithm(header.alg) ? header.alg : undefined;
	return { header: pretty(header), payload: pretty(payload), ...(alg ? { alg } : {}) };
}

/** The NumericDate claims of a payload text (RFC 7519 §4.1.4–§4.1.6), for the signer to explain. */
export function timeClaimsOf(
	payloadText: string
): Array<{ name: 'iat' | 'nbf' | 'exp'; seconds: number }> {
	const payload = objectOf(payloadText);
	if (!payload) return [];
	return (['iat', 'nbf', 'exp'] as const).flatMap((name) => {
		const value = payload[name];
		return typeof value === 'number' && Number.isFinite(value) ? [{ name, seconds: value }] : [];
	});
}
