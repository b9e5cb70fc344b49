// HTTP Basic credentials: "Basic " + base64 of "user-id:password" (RFC 7617 §2); the scheme name is
// case-insensitive (RFC 9110 §11.1). jsonwebtoken answers "jwt malformed" to them (auth0/node-jsonwebtoken#333).
// The user name is shown; the password never is, not even its length.
import { decodeBase64url } from '../token/base64url';
import { utf8TextOf } from '../token/utf8';
import { quoted } from '../text';
import { ROTATE, type Recogniser } from './types';

export const BASIC_AUTH_CODES = ['structure.basic-auth'] as const;

const BASIC = /^basic\s+([A-Za-z0-9+/]+={0,2})$/i;

/** HTTP Basic credentials: a user name and password, not a token. */
export const recogniseBasicAuth: Recogniser<(typeof BASIC_AUTH_CODES)[number]> = (text) => {
	const match = BASIC.exec(text);
	if (!match) return undefined;
	const decoded = utf8TextOf(decodeBase64url(match[1]!.replace(/=+$/, '')).bytes);
	const colon = decoded?.indexOf(':') ?? -1;
	if (decoded === undefined || colon < 0) return undefined;
	const user = decoded.slice(0, colon);
	return {
		format: 'basic-auth',
		code: 'structure.basic-auth',
		detail: `This is not a JWT: it is HTTP Basic credentials (RFC 7617) for the user ${quoted(user, 80)}, with a password (not shown). Basic credentials are a user name and password in base64, not a signed token: there is nothing to verify. ${ROTATE} Change the password.`,
		fix: 'An API that expects "Authorization: Bearer <JWT>" needs a token from its identity provider; send Basic credentials only to a server that asks for them.'
	};
};
