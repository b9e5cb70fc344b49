import type { Check } from './check';
import { noClaims } from './claims';
import { nearMiss } from './near-miss';

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
		const iss = claims.iss;
		if (has && typeof iss !== 'string') {
			return {
				status: 'fail',
				code: 'iss.type',
				detail: `"iss" must be a string; it is ${iss === null ? 'null' : Array.isArray(iss) ? 'an array' : typeof iss}.`,
				fix: 'The issuer must put its identifier as a string.'
			};
		}
		if (expected === '') {
			return {
				status: 'skip',
				code: 'iss.not-checked',
				detail: has
					? `Not checked: no expected issuer given. The token was issued by "${iss}".`
					: 'Not checked: no expected issuer given, and the token has no "iss".'
			};
		}
		if (!has) {
			return {
				status: 'fail',
				code: 'iss.missing',
				detail: `The token has no "iss", and your API expects "${expected}".`,
				fix: 'Check that the token comes from the authorization server your API trusts.'
			};
		}
		if (iss === expected)
			return { status: 'pass', code: 'iss.ok', detail: `Issued by "${expected}", as expected.` };
		const miss = nearMiss(iss as string, expected);
		if (miss) {
			return {
				status: 'fail',
				code: 'iss.near-miss',
				detail: `Almost: the token's issuer is "${iss}" and you expect "${expected}"; ${miss}.`,
				fix: 'Copy the issuer exactly as it appears in the issuer\'s discovery document ("issuer" in /.well-known/openid-configuration) into your API\'s configuration.'
			};
		}
		return {
			status: 'fail',
			code: 'iss.mismatch',
			detail: `Issued by "${iss}", not by "${expected}".`,
			fix: "The token comes from another authorization server (or tenant, or environment): get one from the issuer your API trusts, or fix the API's expected issuer."
		};
	}
};
