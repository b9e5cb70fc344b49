import { defineCheck } from './check';
import { STRUCTURE_FAULT_CODES } from '../token/fault-codes';
import type { Removal } from '../types';
import { quoted } from '../text';
import { STRUCTURE_PITFALL_CODES, structurePitfall } from '../providers/pitfalls/index';
import { FORMAT_CODES } from '../formats/index';
import { SD_JWT_CODES } from '../sd-jwt/types';
import { sdJwtOutcome } from '../sd-jwt/outcome';

// RFC 7515 §7.1 (compact JWS), RFC 7516 §7.1 (compact JWE), RFC 7519 §7.2 (validating a JWT): the parts,
// their base64url, the UTF-8 and the JSON. Every fault found is listed, each with its span.
export const structureCheck = defineCheck({
	id: 'structure',
	title: 'Structure',
	spec: 'RFC 7515 §7.1, RFC 7519 §7.2',
	codes: [
		...STRUCTURE_FAULT_CODES,
		'structure.empty',
		'structure.jwe',
		'structure.jwt',
		'structure.plain-jws',
		...STRUCTURE_PITFALL_CODES,
		...FORMAT_CODES,
		'structure.sd-jwt',
		'structure.repair-guessed',
		...SD_JWT_CODES
	],
	run(context) {
		const { view, faults } = context.token;
		const removed =
			view.removed.length > 0 ? ` Removed before reading: ${describeRemovals(view.removed)}.` : '';
		if (view.kind === 'empty')
			return { status: 'skip', code: 'structure.empty', detail: 'No token yet: paste one.' };
		// A value that is not a JWT is named for what it is (issue 17), not reported as a JWT with faults. It fails:
		// no JWT verifier accepts it, and the verdict must never call it valid.
		if (context.format) {
			const { code, detail, fix } = context.format;
			return { status: 'fail', code, detail, fix };
		}
		if (faults.length > 0) {
			const first = faults[0]!;
			const more =
				faults.length > 1
					? ` (${faults.length - 1} more problem${faults.length === 2 ? '' : 's'} below)`
					: '';
			return {
				status: 'fail',
				code: first.code,
				detail: `${first.message}${more}${removed}`,
				fix:
					FIXES[first.code.split('.')[0] === 'b64' ? 'b64' : first.code] ??
					'Copy the token again, whole and unchanged, from where it is issued or sent.',
				...(first.span ? { span: first.span } : {}),
				findings: faults
			};
		}
		if (view.kind === 'jwe') {
			// An encrypted token only its issuer can open (Auth0's, asked for without an audience).
			const pitfall = structurePitfall(context);
			if (pitfall) return pitfall;
			return {
				status: 'pass',
				code: 'structure.jwe',
				detail: `A compact JWE (five parts): an encrypted token. Its header is shown; its content opens with the recipient's key, under Decryption key.${removed}`
			};
		}
		// A repair with another possible reading (input/repair.ts): said here, and the verdict never says valid
		// (index.ts verdictOf), since only the token as issued can be, whatever the signature says of the guess.
		if (view.repaired === 'guess')
			return {
				status: 'warn',
				code: 'structure.repair-guessed',
				detail: `The pasted token has spaces where base64url (RFC 7515 §2) has none; they were read as "-", which is a guess: the token is decoded and its signature checked on that reading, but it is not called valid.${removed}`,
				fix: 'Copy the token again from where it is issued or sent, before anything decodes or re-encodes it.',
				spec: 'RFC 7515 §2'
			};
		// An SD-JWT whose issuer-signed JWT read cleanly: its disclosures and key-binding JWT (RFC 9901).
		if (context.sdJwt) return sdJwtOutcome(context.sdJwt, removed, context.now, context.leeway);
		const sizes = `header ${context.token.headerBytes ?? 0} bytes, payload ${view.payloadBytes ?? 0} bytes, signature ${view.signatureBytes ?? 0} bytes`;
		if (view.payloadKind === 'claims') {
			return {
				status: 'pass',
				code: 'structure.jwt',
				detail: `A ${view.kind === 'unsecured' ? 'unsecured JWT' : 'JWS'} with a JSON claims set: ${sizes}.${removed}`
			};
		}
		return {
			status: 'pass',
			code: 'structure.plain-jws',
			detail: `A JWS whose payload is ${view.payloadKind === 'binary' ? 'binary data' : 'not a JSON object'} (${sizes}): a plain JWS rather than a JWT. The signature is still checked; claim checks are skipped.${removed}`
		};
	}
});

const FIXES: Record<string, string> = {
	b64: 'Copy the token again: characters were changed, added or cut. JWTs use base64url without padding.',
	'structure.segments':
		'Copy the whole token: header.payload.signature, two dots, nothing before or after.',
	'structure.duplicate-name':
		"The issuer's JSON writer must not emit the same member twice (RFC 7515 §4, RFC 7519 §4). Until it is fixed, some verifiers reject these tokens and others keep the last value.",
	'structure.non-finite-number':
		'The issuer must write numbers that fit a double, such as NumericDate seconds.',
	'structure.pem-not-token':
		'Paste the token (three base64url parts separated by dots) here, and the key under "Verification key".',
	'structure.key-not-token': 'Paste the token here, and the key under "Verification key".',
	'structure.json-serialization':
		'Ask for the compact serialization, or rebuild it as protected.payload.signature.',
	'structure.token-response': 'Copy only the token string from the response.',
	'structure.truncated': 'Copy the token again, to its last character: the copy lost its end.'
};

function describeRemovals(removed: Removal[]): string {
	return removed
		.map((r) =>
			r.kind === 'prefix'
				? `the ${quoted(r.text)} prefix`
				: r.kind === 'quotes'
					? 'surrounding quotes'
					: r.kind === 'line-breaks'
						? r.text
						: r.kind === 'surroundings'
							? `the ${r.text.replace('-', ' ')} around the token`
							: r.kind === 'url-encoding'
								? 'percent-encoding (decoded)'
								: r.kind === 'base64-alphabet'
									? 'standard base64 (read as base64url, RFC 4648 §5)'
									: r.kind === 'padding'
										? '"=" padding (JWS has none, RFC 7515 §2)'
										: r.kind === 'form-space'
											? 'spaces from form decoding (read as "-")'
											: 'surrounding whitespace'
		)
		.filter((text, i, all) => all.indexOf(text) === i)
		.join(', ');
}
