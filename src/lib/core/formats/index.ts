// The formats a pasted value may have besides a JWT, in the order they are tried: the most specific shapes
// first, the catch-all opaque value last. Pure: no DOM, no clock; tried on the normalised token, before the
// structure row judges it as a JWT (a Flask cookie or "ya29." has dots, and must not be read as a broken JWT).
import type { ParsedToken } from '../token/parse';
import { AWS_CODES, recogniseAws } from './aws';
import { BASIC_AUTH_CODES, recogniseBasicAuth } from './basic-auth';
import { BRANCA_CODES, recogniseBranca } from './branca';
import { CREDENTIAL_CODES, recogniseCredential } from './credential';
import { GITHUB_CODES, recogniseGithub } from './github';
import { GOOGLE_CODES, recogniseGoogle } from './google';
import { MACAROON_CODES, recogniseMacaroon } from './macaroon';
import { MICROSOFT_CODES, recogniseMicrosoft } from './microsoft';
import { OPAQUE_CODES, recogniseOpaque } from './opaque';
import { PASETO_CODES, recognisePaseto } from './paseto';
import { recogniseSaml, SAML_CODES } from './saml';
import { recogniseSessionCookie, SESSION_COOKIE_CODES } from './session-cookie';
import { recogniseSlack, SLACK_CODES } from './slack';
import { recogniseStripe, STRIPE_CODES } from './stripe';
import type { FormatMatch, TokenFormat } from './types';

export type { FormatDecoded, FormatMatch, FormatTime, NamedFormat, TokenFormat } from './types';
export { isCredentialFormat } from './types';

/** Every structure-row code a format gives: the structure check declares them. */
export const FORMAT_CODES = [
	...GITHUB_CODES,
	...SLACK_CODES,
	...STRIPE_CODES,
	...AWS_CODES,
	...GOOGLE_CODES,
	...MICROSOFT_CODES,
	...MACAROON_CODES,
	...SESSION_COOKIE_CODES,
	...BASIC_AUTH_CODES,
	...CREDENTIAL_CODES,
	...BRANCA_CODES,
	...PASETO_CODES,
	...SAML_CODES,
	...OPAQUE_CODES
] as const;
export type FormatCode = (typeof FORMAT_CODES)[number];

// Prefixed shapes first; then the shapes read by decoding (macaroon, cookies, Branca); then secrets and the
// catch-all. Branca before the secret rule: both are long base62-ish strings, and Branca is proven by its byte.
const RECOGNISERS = [
	recognisePaseto,
	recogniseGithub,
	recogniseSlack,
	recogniseStripe,
	recogniseAws,
	recogniseGoogle,
	recogniseBasicAuth,
	recogniseMicrosoft,
	recogniseMacaroon,
	recogniseSessionCookie,
	recogniseBranca,
	recogniseSaml,
	recogniseCredential,
	recogniseOpaque
] as const;

/** What the pasted (normalised) value is when it is not a JWT, or undefined when it is read as one. */
export async function recogniseFormat(
	token: ParsedToken
): Promise<FormatMatch<FormatCode> | undefined> {
	const { kind, normalized } = token.view;
	if (kind === 'empty' || normalized === '') return undefined;
	// A JWE, JWS or unsecured JWT whose header read cleanly (it has "alg": RFC 7515 §4.1.1, RFC 7516 §4.1.1) is
	// a JWT. Five dot-separated parts alone are not a JWE: a SAML message's text can have four dots.
	if ((kind === 'jwe' || kind === 'jws' || kind === 'unsecured') && token.header?.alg !== undefined)
		return undefined;
	for (const recognise of RECOGNISERS) {
		const match = (await recognise(normalized)) as FormatMatch<FormatCode> | undefined;
		if (match) return match;
	}
	return undefined;
}

/** The page's `data-format`: the named format, else an SD-JWT (RFC 9901), else what the token reader found. */
export function formatOf(token: ParsedToken, match: FormatMatch | undefined): TokenFormat {
	return match?.format ?? (token.sdJwt ? 'sd-jwt' : token.view.kind);
}
