// The size of the request header a bearer token makes (RFC 6750 §2.1: `Authorization: Bearer <token>`), in
// UTF-8 bytes as it goes on the wire, without its CRLF. Apart from the size check (checks/size.ts), so that the
// page can show the Token field's size without loading the core.

/** The header line's text before the token. */
export const BEARER_PREFIX = 'Authorization: Bearer ';

const encoder = new TextEncoder();

/** The size in bytes (UTF-8) of a text. */
export function utf8Bytes(text: string): number {
	return encoder.encode(text).length;
}

/** The size in bytes (UTF-8) of the `Authorization: Bearer <token>` header line a token makes. */
export function authorizationHeaderBytes(token: string): number {
	return utf8Bytes(BEARER_PREFIX + token);
}
