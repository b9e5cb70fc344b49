import { defineCheck } from './check';
import { noClaims, noClaimsCodes } from './support/claim-outcomes';
import { nearMiss } from './support/near-miss';
import { strayWhitespace } from './support/expected-value';
import { sharedLength, valueDiff } from './support/value-diff';
import { describeJsonValue, quoted, quotedList } from '../text';
import {
	AUD_PITFALL_CODES,
	audiencePitfall,
	missingAudiencePitfall
} from '../providers/pitfalls/index';

// RFC 7519 §4.1.3: aud is a string or an array of strings; a recipient MUST reject the token if it does not
// identify itself with a value in aud. Comparison is exact (StringOrURI, RFC 7519 §2).
export const audCheck = defineCheck({
	id: 'aud',
	title: 'Audience (aud)',
	spec: 'RFC 7519 §4.1.3',
	codes: [
		...noClaimsCodes('aud'),
		'aud.type',
		'aud.not-checked',
		'aud.missing',
		'aud.ok',
		'aud.expected-whitespace',
		'aud.near-miss',
		'aud.mismatch',
		...AUD_PITFALL_CODES
	],
	run(context) {
		const skip = noClaims(context, 'aud');
		if (skip) return skip;
		const claims = context.token.claims!;
		// Judged as typed: verifiers compare byte for byte, so a stray space is named below, not trimmed.
		const expected = context.audience ?? '';
		const has = Object.hasOwn(claims, 'aud');
		const aud = claims.aud;
		const valid =
			typeof aud === 'string' ||
			(Array.isArray(aud) && aud.length > 0 && aud.every((a) => typeof a === 'string'));
		if (has && !valid) {
			return {
				status: 'fail',
				code: 'aud.type',
				detail: `"aud" is ${Array.isArray(aud) ? (aud.length === 0 ? 'an empty array' : 'an array with non-string members') : describeJsonValue(aud)}; it must be a string or a non-empty array of strings.`,
				fix: 'The issuer must put the audience as a string, or an array of strings.'
			};
		}
		const audiences = typeof aud === 'string' ? [aud] : valid ? (aud as string[]) : [];
		const listed = quotedList(audiences);
		if (expected === '') {
			return {
				status: 'skip',
				code: 'aud.not-checked',
				detail: has
					? `Not checked: no expected audience given. The token is for ${listed}.`
					: 'Not checked: no expected audience given, and the token has no "aud".'
			};
		}
		if (!has) {
			const pitfall = missingAudiencePitfall(context, expected);
			if (pitfall) return pitfall;
			return {
				status: 'fail',
				code: 'aud.missing',
				detail: `The token has no "aud", and your API expects ${quoted(expected)}. Verifiers that check the audience reject it.`,
				fix: "Request the token with your API's identifier as its audience. Pass it as the audience (or resource, or scope) when asking the authorization server."
			};
		}
		if (audiences.includes(expected)) {
			return {
				status: 'pass',
				code: 'aud.ok',
				detail: `${quoted(expected)} is ${audiences.length > 1 ? `among the token's audiences (${listed})` : "the token's audience"}.`
			};
		}
		const stray = strayWhitespace(expected);
		if (stray) {
			const trimmed = expected.trim();
			return {
				diff: closestDiff(expected, audiences),
				status: 'fail',
				code: 'aud.expected-whitespace',
				detail: `Your Expected audience ${stray}: verifiers compare the audience byte for byte, so it matches none of the token's (${listed}).${audiences.includes(trimmed) ? " Without it, it is the token's audience." : ''}`,
				fix: "Remove it from the Expected audience, and check that your API's configuration does not carry it too."
			};
		}
		// A provider's known pitfall names the cause and its own fix (providers/pitfalls/).
		const pitfall = audiencePitfall(context, audiences, expected);
		if (pitfall) {
			// The row still shows the closest audience with the part that differs marked.
			const diff = closestDiff(expected, audiences);
			return diff ? { ...pitfall, diff } : pitfall;
		}
		for (const candidate of audiences) {
			const miss = nearMiss(candidate, expected);
			if (miss) {
				return {
					diff: valueDiff(expected, candidate),
					status: 'fail',
					code: 'aud.near-miss',
					detail: `Almost: the token's audience is ${quoted(candidate)} and you expect ${quoted(expected)}; ${miss}.`,
					fix: 'Make the two exactly equal: the comparison is character by character. Change the expected audience, or the one the issuer puts in tokens.'
				};
			}
		}
		// OpenID Connect Core §2 "azp" and RFC 9068 §2.2 "client_id" both name the client, and a token may carry
		// both: the hint holds when either equals the expected audience.
		const hint =
			claims.azp === expected || claims.client_id === expected
				? ` ${quoted(expected)} is the client the token was issued to ("azp"/"client_id"), not its audience: this looks like an ID token or a token for another API.`
				: '';
		return {
			diff: closestDiff(expected, audiences),
			status: 'fail',
			code: 'aud.mismatch',
			detail: `The token is for ${listed}, not for ${quoted(expected)}.${hint}`,
			fix: "Request a token for this API, or fix the API's expected audience. Ask for the token with the API's identifier as its audience (or resource)."
		};
	}
});

/** Audiences compared for the closest one: a token may list many, and each comparison is bounded but not free. */
const MAX_COMPARED = 32;

/** The diff against the token's audience closest to the expected one (the most text in common). */
function closestDiff(expected: string, audiences: string[]) {
	let best: ReturnType<typeof valueDiff>;
	for (const audience of audiences.slice(0, MAX_COMPARED)) {
		const diff = valueDiff(expected, audience);
		if (diff && (!best || sharedLength(diff) > sharedLength(best))) best = diff;
	}
	return best;
}
