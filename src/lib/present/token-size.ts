// The Token field's size line: how long the token is, and how big the `Authorization: Bearer` header it makes
// (issue 17, item 3). The header's size is what servers limit (see core/checks/size.ts, which judges it); the
// characters are what a person counts. Sized from the token as the report read it (`normalized`: the Bearer
// prefix and whitespace left out), so the line and the size row agree.
import { authorizationHeaderBytes, utf8Bytes } from '$lib/core/header-size';

export interface TokenSize {
	/** Unicode code points, which is what a person counts as characters (an emoji is one). */
	characters: number;
	/** The token's own UTF-8 bytes: more than its characters only for text that is not base64url. */
	bytes: number;
	/** The `Authorization: Bearer <token>` header line's bytes. */
	headerBytes: number;
}

/** The size of a token as read, or undefined when there is none. */
export function tokenSize(token: string): TokenSize | undefined {
	if (token.length === 0) return undefined;
	// Each surrogate pair is two UTF-16 code units but one character.
	const pairs = token.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
	return {
		characters: token.length - pairs,
		bytes: utf8Bytes(token),
		headerBytes: authorizationHeaderBytes(token)
	};
}

const count = (n: number) => n.toLocaleString('en-US');

/** "1,234 characters · Authorization header 1,256 bytes", with the token's bytes when they differ. */
export function tokenSizeText(size: TokenSize): string {
	const characters = `${count(size.characters)} character${size.characters === 1 ? '' : 's'}`;
	const bytes = size.bytes === size.characters ? '' : ` (${count(size.bytes)} bytes)`;
	return `${characters}${bytes} · Authorization header ${count(size.headerBytes)} bytes`;
}
