// An opaque token: one dotless string of token characters (RFC 6750 §2.1 b64token) that names no known kind.
// Only its issuer can read it, typically at an introspection endpoint (RFC 7662). Auth0 issues one, 16–32
// characters long, when an access token is asked for without an "audience" (research providers.md §2.2, §3).
import { type Recogniser } from './types';

export const OPAQUE_CODES = ['structure.opaque'] as const;

// A dotless value that starts "eyJ" is a JWT's header alone, a cut copy: malformed, not opaque.
const OPAQUE = /^(?!eyJ)[A-Za-z0-9\-_~+/]{8,8192}={0,2}$/;

/** An opaque token: not a JWT, readable only by its issuer. */
export const recogniseOpaque: Recogniser<(typeof OPAQUE_CODES)[number]> = (text) => {
	if (!OPAQUE.test(text)) return undefined;
	return {
		format: 'opaque',
		code: 'structure.opaque',
		detail: `This is not a JWT: it is an opaque value (${text.length} characters, no dots). An opaque access token is a reference only its issuer can look up, so nothing can decode or verify it here. If it is a password or secret rather than a token, rotate it if it was shared.`,
		fix: 'Check it at the issuer\'s introspection endpoint (RFC 7662). For a JWT, ask the issuer for one: Auth0 issues an opaque access token when no "audience" is requested.'
	};
};
