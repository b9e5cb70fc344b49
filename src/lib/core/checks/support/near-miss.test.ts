import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearMiss, nearMissKinds, type NearMissKind } from './near-miss';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('nearMissKinds', () => {
	it.each<[string, string, NearMissKind[]]>([
		['https://issuer.example/', 'https://issuer.example', ['trailing-slash']],
		['https://issuer.example', 'https://issuer.example//', ['trailing-slash']],
		['http://issuer.example', 'https://issuer.example', ['http-https']],
		['https://issuer.example', 'http://issuer.example', ['http-https']],
		['https://Issuer.Example', 'https://issuer.example', ['case']],
		[' https://issuer.example\n', 'https://issuer.example', ['whitespace']],
		['HTTP://Issuer.example/', 'https://issuer.example', ['trailing-slash', 'http-https', 'case']],
		[
			'http://issuer.example/ ',
			'https://issuer.example',
			['whitespace', 'trailing-slash', 'http-https']
		],
		// The scheme's letter case alone is a difference in case, not http vs https.
		['HTTPS://issuer.example', 'https://issuer.example', ['case']],
		['HTTP://issuer.example', 'http://issuer.example', ['case']],
		// Only the missing "s" differs: the upper-case scheme is the same on both sides.
		['HTTP://issuer.example', 'HTTPS://issuer.example', ['http-https']],
		['api://orders', 'orders', ['api-prefix']],
		['orders', 'api://orders', ['api-prefix']],
		[
			`https://sts.windows.net/${TENANT}/`,
			`https://login.microsoftonline.com/${TENANT}/v2.0`,
			['azure-issuer-version']
		],
		[
			`https://login.microsoftonline.com/${TENANT}/v2.0`,
			`https://sts.windows.net/${TENANT}/`,
			['azure-issuer-version']
		],
		[
			`https://sts.windows.net/${TENANT.toUpperCase()}/`,
			`https://login.microsoftonline.com/${TENANT}/v2.0/`,
			['azure-issuer-version']
		]
	])('%j vs %j names %j', (actual, expected, kinds) => {
		expect(nearMissKinds(actual, expected)).toEqual(kinds);
	});

	it.each([
		['equal strings', 'https://issuer.example', 'https://issuer.example'],
		['unrelated hosts', 'https://issuer.example', 'https://other.example'],
		['another path', 'https://issuer.example/a', 'https://issuer.example/b'],
		[
			'another Azure AD tenant',
			`https://sts.windows.net/${TENANT}/`,
			'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0'
		],
		['a prefix that is not "api://"', 'spn://orders', 'orders'],
		['an empty and a non-empty string', '', 'api://orders'],
		['an "api://" prefix with a case difference', 'API://orders', 'orders']
	])('gives undefined for %s', (_, actual, expected) => {
		expect(nearMissKinds(actual, expected)).toBeUndefined();
		expect(nearMiss(actual, expected)).toBeUndefined();
	});

	// Each slip people make by hand, as a change to an identifier that has none of them yet, in the order they
	// nest (the scheme first, surrounding whitespace last): fc.subarray keeps this order.
	const SLIPS: Record<
		'http-https' | 'case' | 'trailing-slash' | 'whitespace',
		(s: string) => string
	> = {
		'http-https': (s) => s.replace(/^https:/, 'http:'),
		case: (s) => s.toUpperCase(),
		'trailing-slash': (s) => `${s}/`,
		whitespace: (s) => ` ${s}\t`
	};
	const identifier = fc
		.tuple(
			fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
			fc.stringMatching(/^(\/[a-z0-9]{1,6}){0,2}$/)
		)
		.map(([host, path]) => `https://${host}.example${path}`);

	it('names at least one difference, and only slips that were made, for any combination of slips', () => {
		fc.assert(
			fc.property(
				identifier,
				fc.subarray(Object.keys(SLIPS) as Array<keyof typeof SLIPS>, { minLength: 1 }),
				(base, slips) => {
					const slipped = slips.reduce((s, slip) => SLIPS[slip](s), base);
					const kinds = nearMissKinds(slipped, base);
					expect(kinds).toBeDefined();
					expect(kinds!.length).toBeGreaterThan(0);
					for (const kind of kinds!) expect(slips).toContain(kind);
					expect(nearMiss(slipped, base)).toEqual(expect.any(String));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('nearMiss', () => {
	it('describes every near miss in a sentence that names something', () => {
		for (const [actual, expected] of [
			['HTTPS://issuer.example', 'https://issuer.example'],
			['api://orders', 'orders'],
			[`https://sts.windows.net/${TENANT}/`, `https://login.microsoftonline.com/${TENANT}/v2.0`]
		] as const) {
			const text = nearMiss(actual, expected);
			expect(text).toEqual(expect.any(String));
			expect(text).not.toMatch(/by\s*$/);
		}
	});
});
