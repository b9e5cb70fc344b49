import { defineCheck, type CheckContext, type Outcome } from './check';
import { noClaims, noClaimsCodes } from './support/claim-outcomes';
import { nearMiss } from './support/near-miss';
import { strayWhitespace } from './support/expected-value';
import { valueDiff } from './support/value-diff';
import { describeJsonValue, quoted } from '../text';
import { ISS_PITFALL_CODES, issuerPitfall } from '../providers/pitfalls/index';

// RFC 7519 §4.1.1: iss is a case-sensitive StringOrURI, compared exactly.
export const issCheck = defineCheck({
	id: 'iss',
	title: 'Issuer (iss)',
	spec: 'RFC 7519 §4.1.1',
	codes: [
		...noClaimsCodes('iss'),
		'iss.type',
		'iss.not-checked',
		'iss.missing',
		'iss.ok',
		'iss.expected-whitespace',
		'iss.near-miss',
		'iss.mismatch',
		'iss.key-from-token-issuer',
		'iss.key-from-other-issuer',
		...ISS_PITFALL_CODES
	],
	run(context) {
		// Judged as typed: verifiers compare byte for byte, so a stray space is named below, not trimmed.
		const expected = context.issuer ?? '';
		const skip = noClaims(context, 'iss');
		// A plain JWS has no iss to compare, but fetched keys still need an expected issuer to count.
		if (skip) return (skip.code === 'iss.no-claims' && fetchedKeys(context, expected)) || skip;
		const claims = context.token.claims!;
		const has = Object.hasOwn(claims, 'iss');
		if (has && typeof claims.iss !== 'string') {
			return {
				status: 'fail',
				code: 'iss.type',
				detail: `"iss" must be a string; it is ${describeJsonValue(claims.iss)}.`,
				fix: 'The issuer must put its identifier as a string.'
			};
		}
		const iss = has ? (claims.iss as string) : undefined;
		if (expected === '') {
			const untrusted = fetchedKeys(context, expected);
			if (untrusted) return untrusted;
			return {
				status: 'skip',
				code: 'iss.not-checked',
				detail:
					iss !== undefined
						? `Not checked: no expected issuer given. The token was issued by ${quoted(iss)}.`
						: 'Not checked: no expected issuer given, and the token has no "iss".'
			};
		}
		if (iss === undefined) {
			return {
				status: 'fail',
				code: 'iss.missing',
				detail: `The token has no "iss", and your API expects ${quoted(expected)}.`,
				fix: 'Check that the token comes from the authorization server your API trusts.'
			};
		}
		if (iss === expected)
			return (
				fetchedKeys(context, expected) ?? {
					status: 'pass',
					code: 'iss.ok',
					detail: `Issued by ${quoted(expected)}, as expected.`
				}
			);
		// Every mismatch below carries the two values with the part that differs, for the row to mark.
		const diff = valueDiff(expected, iss);
		const stray = strayWhitespace(expected);
		if (stray) {
			return {
				diff,
				status: 'fail',
				code: 'iss.expected-whitespace',
				detail: `Your Expected issuer ${stray}: verifiers compare the issuer byte for byte, so it does not equal the token's ${quoted(iss)}.${iss === expected.trim() ? ' Without it, it matches.' : ''}`,
				fix: "Remove it from the Expected issuer, and check that your API's configuration does not carry it too."
			};
		}
		// A provider's known pitfall names the cause and its own fix (providers/pitfalls/).
		const pitfall = issuerPitfall(context, iss, expected);
		// The row still shows the two issuers with the part that differs marked, as every mismatch does.
		if (pitfall) return diff ? { ...pitfall, diff } : pitfall;
		const miss = nearMiss(iss, expected);
		if (miss) {
			return {
				diff,
				status: 'fail',
				code: 'iss.near-miss',
				detail: `Almost: the token's issuer is ${quoted(iss)} and you expect ${quoted(expected)}; ${miss}.`,
				fix: 'Copy the issuer exactly from its discovery document\'s "issuer". It is in /.well-known/openid-configuration; your API\'s configuration must hold the same characters.'
			};
		}
		return {
			diff,
			status: 'fail',
			code: 'iss.mismatch',
			detail: `Issued by ${quoted(iss)}, not by ${quoted(expected)}.`,
			fix: "Get a token from the issuer your API trusts, or fix the API's expected issuer. This one comes from another authorization server (or tenant, or environment)."
		};
	}
});

/**
 * The warning for a key set that was fetched, not supplied, unless it came from the issuer the API trusts.
 * RFC 8725 §3.8: the application MUST check that the keys belong to the issuer, and which issuers it trusts is
 * its own configuration. Keys discovered from the token's own "iss" are the token's choice, as a "jku" is
 * (RFC 8725 §3.10): anyone can run an issuer, name it in a token and publish keys that verify it. So fetched
 * keys count only when an issuer is expected and they were discovered from exactly that issuer; `verdictOf`
 * keeps the verdict from `valid` on either warning. A JWKS URL the user typed is not `keyFetchedFor`: the
 * user chose that source, as when pasting the keys.
 */
function fetchedKeys(
	context: CheckContext,
	expected: string
): Outcome<'iss.key-from-token-issuer' | 'iss.key-from-other-issuer'> | undefined {
	const from = context.keyFetchedFor;
	if (from === undefined || from === expected) return undefined;
	const iss = context.token.claims?.iss;
	const source =
		from === iss
			? `The key set was fetched from the issuer this token names itself (${quoted(from)})`
			: `The key set was fetched from ${quoted(from)}, an issuer found from a token's "iss", not supplied by you`;
	if (expected === '') {
		return {
			status: 'warn',
			code: 'iss.key-from-token-issuer',
			spec: 'RFC 8725 §3.8',
			detail: `${source}, and no expected issuer is given. Any issuer can be named in a token: whoever runs one can sign tokens that its own keys verify, so this signature does not show the token comes from an issuer your API trusts.`,
			fix: 'Type the issuer your API trusts into Expected issuer: keys fetched from it then count as yours.'
		};
	}
	return {
		status: 'warn',
		code: 'iss.key-from-other-issuer',
		spec: 'RFC 8725 §3.8',
		detail: `${source}, while your API expects ${quoted(expected)}: the keys are not shown to belong to the issuer it trusts.`,
		fix: `Fetch the keys of ${quoted(expected)} (or paste them) into the Verification key.`
	};
}
