import type { Check } from './check';
import { noClaims } from './claims';
import { nearMiss } from './near-miss';
import { describeJsonValue, quoted } from '../text';

// RFC 7519 §4.1.1: iss is a case-sensitive StringOrURI, compared exactly.
export const issCheck: Check = {
	id: 'iss',
	title: 'Issuer (iss)',
	spec: 'RFC 7519 §4.1.1',
	run(context) {
		const skip = noClaims(context, 'iss');
		if (skip) return skip;
		const claims = context.token.claims!;
		const expected = context.issuer?.trim() ?? '';
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
			return {
				status: 'pass',
				code: 'iss.ok',
				detail: `Issued by ${quoted(expected)}, as expected.`
			};
		const miss = nearMiss(iss, expected);
		if (miss) {
			return {
				status: 'fail',
				code: 'iss.near-miss',
				detail: `Almost: the token's issuer is ${quoted(iss)} and you expect ${quoted(expected)}; ${miss}.`,
				fix: 'Copy the issuer exactly as it appears in the issuer\'s discovery document ("issuer" in /.well-known/openid-configuration) into your API\'s configuration.'
			};
		}
		return {
			status: 'fail',
			code: 'iss.mismatch',
			detail: `Issued by ${quoted(iss)}, not by ${quoted(expected)}.`,
			fix: "The token comes from another authorization server (or tenant, or environment): get one from the issuer your API trusts, or fix the API's expected issuer."
		};
	}
};
