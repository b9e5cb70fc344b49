import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValueDiff } from '../../types';
import { valueDiff } from './value-diff';
import { inspectAt, ISSUER, mint, row } from '$lib/testing/fixtures';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** The diff written compactly: shared text as it is, [-expected only-], {+token only+}. */
function compact(diff: ValueDiff | undefined): string | undefined {
	return diff?.parts
		.map((p) =>
			p.side === 'same' ? p.text : p.side === 'expected' ? `[-${p.text}-]` : `{+${p.text}+}`
		)
		.join('');
}

/** One side's text as the parts give it back. */
function side(diff: ValueDiff, which: 'expected' | 'actual'): string {
	return diff.parts
		.filter((p) => p.side === 'same' || p.side === which)
		.map((p) => p.text)
		.join('');
}

describe('valueDiff', () => {
	it('is undefined for equal values', () => {
		expect(valueDiff('https://issuer.example', 'https://issuer.example')).toBeUndefined();
	});

	// Expected first, then the token's value: the marked part is the one that differs, by URL component.
	it.each([
		[
			'the host and port (Keycloak reached as keycloak vs localhost)',
			'http://keycloak:8080/realms/dev',
			'http://localhost:8180/realms/dev',
			'http://[-keycloak:8080-]{+localhost:8180+}/realms/dev'
		],
		[
			'the port alone',
			'https://issuer.example:8443/realms/dev',
			'https://issuer.example/realms/dev',
			'https://issuer.example[-:8443-]/realms/dev'
		],
		[
			"Keycloak's old /auth path prefix",
			'http://keycloak:8080/auth/realms/dev',
			'http://keycloak:8080/realms/dev',
			'http://keycloak:8080[-/auth-]/realms/dev'
		],
		[
			"a trailing slash (Auth0's issuer has one)",
			'https://tenant.eu.auth0.com',
			'https://tenant.eu.auth0.com/',
			'https://tenant.eu.auth0.com{+/+}'
		],
		[
			'the letter case of the host, narrowed to the letter',
			'https://login.example.com',
			'https://Login.example.com',
			'https://[-l-]{+L+}ogin.example.com'
		],
		[
			'the scheme',
			'https://issuer.example',
			'http://issuer.example',
			'[-https://-]{+http://+}issuer.example'
		],
		[
			"Entra ID's v1 vs v2 issuer: the host and the version segment, not the tenant",
			`https://login.microsoftonline.com/${TENANT}/v2.0`,
			`https://sts.windows.net/${TENANT}/`,
			`https://[-login.microsoftonline.com-]{+sts.windows.net+}/${TENANT}[-/v2.0-]{+/+}`
		],
		[
			'a host label',
			'https://tenant.eu.auth0.com/',
			'https://tenant.us.auth0.com/',
			'https://tenant.[-eu.-]{+us.+}auth0.com/'
		],
		[
			'a version segment alone',
			'https://api.example/v2/orders',
			'https://api.example/v1/orders',
			'https://api.example[-/v2-]{+/v1+}/orders'
		],
		["Entra's api:// prefix on an audience", `api://${TENANT}`, TENANT, `[-api://-]${TENANT}`],
		[
			'a word in a plain identifier',
			'orders-api-prod',
			'orders-api-staging',
			'orders-api-[-prod-]{+staging+}'
		],
		[
			'a space typed at the end, narrowed to the space',
			'https://issuer.example/ ',
			'https://issuer.example/',
			'https://issuer.example/[- -]'
		]
	])('marks %s', (_, expected, actual, marked) => {
		expect(compact(valueDiff(expected, actual))).toBe(marked);
	});

	it('gives each value back from its parts', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (e, a) => {
				const diff = valueDiff(e, a);
				if (e === a) {
					expect(diff).toBeUndefined();
					return;
				}
				expect(side(diff!, 'expected')).toBe(e);
				expect(side(diff!, 'actual')).toBe(a);
				// Something differs, and no two neighbouring parts are of the same side.
				expect(diff!.parts.some((p) => p.side !== 'same')).toBe(true);
				diff!.parts.forEach((p, i) => expect(p.side).not.toBe(diff!.parts[i + 1]?.side));
			}),
			{ numRuns: 300 }
		);
	});

	it('gives URLs back from their parts too', () => {
		const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
		fc.assert(
			fc.property(url, url, (e, a) => {
				const diff = valueDiff(e, a);
				if (e === a) return;
				expect(side(diff!, 'expected')).toBe(e);
				expect(side(diff!, 'actual')).toBe(a);
			}),
			{ numRuns: 50 }
		);
	}, 20_000);

	it('stays small for huge values, cutting in the middle and keeping the differing part', () => {
		const big = 'a'.repeat(500_000);
		const diff = valueDiff(`${big}X${big}`, `${big}Y${big}`)!;
		expect(JSON.stringify(diff).length).toBeLessThan(1200);
		expect(diff.parts.filter((p) => p.side !== 'same').map((p) => p.text)).toEqual(['X', 'Y']);
		expect(diff.expected).toContain('…');
	});

	it('never splits a character outside the BMP', () => {
		const diff = valueDiff('id-😀', 'id-😃')!;
		for (const part of diff.parts)
			expect(part.text).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
		expect(compact(diff)).toBe('id-[-😀-]{+😃+}');
	});
});

describe('the iss and aud rows carry the diff', () => {
	it.each([
		['iss', 'iss.near-miss', { iss: 'https://issuer.example/' }, {}, 'https://issuer.example{+/+}'],
		[
			'iss',
			'iss.mismatch',
			{ iss: 'https://a.example/x' },
			{},
			'https://[-issuer.-]{+a.+}example{+/x+}'
		],
		// A provider's pitfall row (Keycloak reached by two hostnames) shows the difference too.
		[
			'iss',
			'iss.keycloak-hostname',
			{ iss: 'http://localhost:8180/realms/dev' },
			{ issuer: 'http://keycloak:8080/realms/dev' },
			'http://[-keycloak:8080-]{+localhost:8180+}/realms/dev'
		],
		['iss', 'iss.expected-whitespace', {}, { issuer: `${ISSUER} ` }, `${ISSUER}[- -]`],
		['aud', 'aud.near-miss', { aud: 'api://Orders' }, {}, 'api://[-o-]{+O+}rders'],
		// The closest of the token's audiences is the one compared.
		[
			'aud',
			'aud.mismatch',
			{ aud: ['https://graph.microsoft.com', 'api://orders-v1'] },
			{},
			'api://[-orders-v2-]{+orders-v1+}'
		]
	])('%s: %s', async (id, code, claims, input, marked) => {
		const report = await inspectAt({
			token: mint('hs256', claims),
			...(id === 'aud' && code === 'aud.mismatch' ? { audience: 'api://orders-v2' } : {}),
			...input
		});
		const check = row(report, id as 'iss' | 'aud');
		expect(check).toMatchObject({ status: 'fail', code });
		expect(compact(check.diff)).toBe(marked);
		// Plain data: it crosses from the worker to the page unchanged.
		expect(structuredClone(check.diff)).toEqual(check.diff);
	});

	it.each([
		['a passing issuer', {}, 'iss'],
		['a passing audience', {}, 'aud']
	] as const)('carries none for %s', async (_, claims, id) => {
		expect(row(await inspectAt({ token: mint('hs256', claims) }), id).diff).toBeUndefined();
	});
});
