import { defineCheck } from './check';
import { describeJsonValue, quoted } from '../text';
import { normaliseTyp } from '../token/media-type';

// RFC 7515 §4.1.9: typ declares the media type of the whole token; "application/" may be omitted and the
// comparison is case-insensitive. RFC 7519 §5.1 recommends "JWT"; RFC 9068 §2.1 requires "at+jwt" for access
// tokens; RFC 8725 §3.11 explains why other kinds of JWT use their own types.
const ACCEPTED: Record<string, string> = {
	jwt: 'a JWT (RFC 7519 §5.1)',
	'at+jwt': 'an OAuth 2.0 access token (RFC 9068)'
};

const OTHER_USES: Record<string, string> = {
	'dpop+jwt':
		'a DPoP proof (RFC 9449): it goes in the "DPoP" header next to the access token, and is not itself an access token',
	'logout+jwt':
		'a back-channel logout token (OpenID Connect Back-Channel Logout 1.0), not an access or ID token',
	'secevent+jwt': 'a Security Event Token (RFC 8417), not an access or ID token',
	'id_token+jwt':
		'an ID token with explicit typing: it proves a sign-in to the client, and is not for calling APIs',
	'jwt-bearer+jwt': 'an assertion for the JWT bearer grant or client authentication (RFC 7523)',
	'client-authentication+jwt': 'a client authentication assertion (RFC 7523), not an access token',
	'token-introspection+jwt': 'a signed introspection response (RFC 9701)',
	'oauth-authz-req+jwt': 'a signed authorization request (RFC 9101)',
	'entity-statement+jwt': 'an OpenID Federation entity statement',
	jose: 'the generic JOSE compact type (RFC 7515 §9.2.1): it says nothing about the payload being a JWT',
	'jose+json': 'the JOSE JSON serialization type, which does not fit a compact token'
};

/**
 * A "+sd-jwt" structured suffix: RFC 9901 §9.11 recommends explicit typing of an SD-JWT's issuer-signed JWT with
 * one ("example+sd-jwt"), and SD-JWT VC (draft-ietf-oauth-sd-jwt-vc §3.2.1) requires "dc+sd-jwt" ("vc+sd-jwt"
 * before it). The suffix says the token is an SD-JWT, so it fits one, and misleads on a token that is not.
 */
const SD_JWT_SUFFIX = /^[a-z0-9!#$&^_.-]+\+sd-jwt$/;

export const typCheck = defineCheck({
	id: 'typ',
	title: 'Type (typ)',
	spec: 'RFC 7515 §4.1.9, RFC 8725 §3.11',
	codes: [
		'typ.no-header',
		'typ.absent',
		'typ.type',
		'typ.ok',
		'typ.other-use',
		'typ.jwe',
		'typ.unknown',
		'typ.sd-jwt',
		'typ.sd-jwt-not-sd-jwt'
	],
	run({ token, sdJwt }) {
		const header = token.header;
		if (!header) return { status: 'skip', code: 'typ.no-header', detail: 'No header to read.' };
		if (!Object.hasOwn(header, 'typ')) {
			return {
				status: 'skip',
				code: 'typ.absent',
				detail:
					'No "typ" header. It is optional (RFC 7519 §5.1), but access tokens under RFC 9068 must say "at+jwt".'
			};
		}
		const typ = header.typ;
		if (typeof typ !== 'string') {
			return {
				status: 'fail',
				code: 'typ.type',
				detail: `"typ" must be a string; it is ${describeJsonValue(typ)}.`,
				fix: 'The issuer must write "typ" as a string such as "JWT".'
			};
		}
		const normalised = normaliseTyp(typ);
		const accepted = Object.hasOwn(ACCEPTED, normalised) ? ACCEPTED[normalised] : undefined;
		if (accepted) return { status: 'pass', code: 'typ.ok', detail: `${quoted(typ)}: ${accepted}.` };
		if (SD_JWT_SUFFIX.test(normalised)) {
			if (sdJwt)
				return {
					status: 'pass',
					code: 'typ.sd-jwt',
					detail: `${quoted(typ)}: an SD-JWT's explicit type, as RFC 9901 §9.11 recommends.`
				};
			return {
				status: 'warn',
				code: 'typ.sd-jwt-not-sd-jwt',
				detail: `${quoted(typ)} marks an SD-JWT (RFC 9901 §9.11), but this token is not one: it has no "~" after the JWT, so no disclosures. Verifiers that check "typ" expect an SD-JWT, and those that do not may treat it as a plain JWT.`,
				fix: 'Send the whole SD-JWT (the JWT, each disclosure and the key-binding JWT, separated by "~"), or use "JWT" for a plain JWT.'
			};
		}
		const other = Object.hasOwn(OTHER_USES, normalised) ? OTHER_USES[normalised] : undefined;
		if (other) {
			return {
				status: 'warn',
				code: 'typ.other-use',
				detail: `${quoted(typ)} marks ${other}.`,
				fix: 'Check that this is the token your API should receive; verifiers that check "typ" reject tokens made for other uses.'
			};
		}
		if (token.view.kind === 'jwe')
			return { status: 'info', code: 'typ.jwe', detail: `${quoted(typ)}.` };
		return {
			status: 'warn',
			code: 'typ.unknown',
			detail: `${quoted(typ)} is not a type for JWTs ("JWT", or "at+jwt" for access tokens). Verifiers that check "typ" reject it.`,
			fix: 'Use "JWT" or, for access tokens, "at+jwt".'
		};
	}
});
