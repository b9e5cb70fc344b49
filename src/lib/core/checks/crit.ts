import { defineCheck } from './check';
import { declaresJwt } from '../token/media-type';
import { quotedList } from '../text';

// RFC 7515 §4.1.11: crit lists extensions the recipient MUST understand, or reject the token. It must not be
// empty, must name only parameters present in the header, and must not name ones the JWS/JWA specs define.
// RFC 7797: "b64" is the only extension understood here, and "b64": false is never valid in a JWT (§7).
const UNDERSTOOD = new Set(['b64']);
const REGISTERED = new Set([
	'alg',
	'jku',
	'jwk',
	'kid',
	'x5u',
	'x5c',
	'x5t',
	'x5t#S256',
	'typ',
	'cty',
	'crit',
	'enc',
	'zip',
	'epk',
	'apu',
	'apv',
	'iv',
	'tag',
	'p2s',
	'p2c'
]);

export const critCheck = defineCheck({
	id: 'crit',
	title: 'Critical extensions (crit)',
	spec: 'RFC 7515 §4.1.11',
	codes: [
		'crit.no-header',
		'crit.b64-not-critical',
		'crit.absent',
		'crit.malformed',
		'crit.registered-name',
		'crit.absent-parameter',
		'crit.unknown',
		'crit.b64-in-jwt',
		'crit.ok'
	],
	run({ token }) {
		const header = token.header;
		if (!header) return { status: 'skip', code: 'crit.no-header', detail: 'No header to read.' };
		const b64False = header.b64 === false;
		if (!Object.hasOwn(header, 'crit')) {
			if (b64False) {
				return {
					status: 'fail',
					code: 'crit.b64-not-critical',
					detail:
						'"b64": false changes how the payload is signed, so RFC 7797 §6 requires "b64" to be listed in "crit"; it is not.',
					spec: 'RFC 7797 §6',
					fix: 'Remove "b64": false: JWTs always use the base64url-encoded payload.'
				};
			}
			return {
				status: 'skip',
				code: 'crit.absent',
				detail: 'No "crit" header: no extension must be understood.'
			};
		}
		const crit = header.crit;
		if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string')) {
			return {
				status: 'fail',
				code: 'crit.malformed',
				detail: '"crit" must be a non-empty array of header parameter names.',
				fix: 'The issuer must remove "crit" or list the extension names in it.'
			};
		}
		const registered = crit.filter((name) => REGISTERED.has(name));
		if (registered.length > 0) {
			return {
				status: 'fail',
				code: 'crit.registered-name',
				detail: `"crit" lists ${quotedList(registered, 8)}, defined by the JWS and JWA specifications themselves; RFC 7515 §4.1.11 forbids that.`,
				fix: 'List only extension parameters in "crit".'
			};
		}
		const absent = crit.filter((name) => !Object.hasOwn(header, name));
		if (absent.length > 0) {
			return {
				status: 'fail',
				code: 'crit.absent-parameter',
				detail: `"crit" lists ${quotedList(absent, 8)}, but the header does not have ${absent.length === 1 ? 'it' : 'them'}.`,
				fix: 'List only parameters that are in the header.'
			};
		}
		const unknown = crit.filter((name) => !UNDERSTOOD.has(name));
		if (unknown.length > 0) {
			return {
				status: 'fail',
				code: 'crit.unknown',
				detail: `The token requires understanding ${quotedList(unknown, 8)}; no standard verifier does, so it must be rejected (RFC 7515 §4.1.11).`,
				fix: 'The issuer must not mark private extensions as critical, or the verifier must be taught them.'
			};
		}
		// The payload of a "b64": false token is raw; it is a JWT when it reads as claims or says so in "typ".
		const isJwt = token.view.payloadText?.trimStart().startsWith('{') || declaresJwt(header);
		if (b64False && isJwt) {
			return {
				status: 'fail',
				code: 'crit.b64-in-jwt',
				detail:
					'"b64": false (an unencoded payload, RFC 7797) is not allowed for JWTs: the claims must be base64url-encoded (RFC 7797 §7).',
				spec: 'RFC 7797 §7',
				fix: 'Sign the claims with the default "b64": true.'
			};
		}
		return {
			status: 'pass',
			code: 'crit.ok',
			detail: `Understood: ${quotedList(crit, 8)}.`
		};
	}
});
