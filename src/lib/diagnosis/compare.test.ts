import { describe, expect, it } from 'vitest';
import type { CheckId, InspectInput } from '$lib/core';
import { AUDIENCE, ISSUER, inspectAt, keyText, mint } from '$lib/testing/fixtures';
import { IDS, mintProviderToken } from '$lib/testing/provider-tokens';
import { compareReports, diffName, type Comparison } from './compare';

// Both tokens are judged as the page judges them: the same key, expectations and time (the fixtures' NOW).
async function compare(token: string, working: string, input: Partial<InspectInput> = {}) {
	const key = keyText('rs256', 'jwks');
	const [a, b] = await Promise.all([
		inspectAt({ key, ...input, token }),
		inspectAt({ key, ...input, token: working })
	]);
	return compareReports(a, b);
}

const row = (c: Comparison, id: CheckId) => c.rows.find((r) => r.id === id);
const difference = (c: Comparison, name: string) =>
	c.groups.flatMap((g) => g.differences).find((d) => d.name === name);
const groupOf = (c: Comparison, name: string) =>
	c.groups.find((g) => g.differences.some((d) => d.name === name))?.id;

// An access token for the API (RFC 9068 §2.1 typ "at+jwt", §2.2 client_id and scope) …
const accessToken = mint(
	'rs256',
	{ client_id: 'spa-client', scope: 'orders:read orders:write' },
	{ typ: 'at+jwt' }
);
// … and the ID token a single-page app got beside it (OIDC Core §2: aud is the client, nonce, azp).
const idToken = mint('rs256', { aud: 'spa-client', azp: 'spa-client', nonce: 'n-0S6_WzA2Mj' });

describe('comparing a failing token with one that works', () => {
	it('names an ID token for the client against an access token for the API, and marks the aud row', async () => {
		const c = await compare(idToken, accessToken);
		expect(c.kinds).toEqual({ token: 'id-token', working: 'access-token' });
		expect(row(c, 'aud')).toMatchObject({ token: 'fail', working: 'pass', explainedBy: ['aud'] });
		expect(difference(c, 'aud')?.explains).toContain('aud');
		expect(groupOf(c, 'aud')).toBe('audience');
		// The sentence names both tokens' values: the client the ID token is for, the API the other is for.
		expect(row(c, 'aud')?.sentence).toContain('"spa-client"');
		expect(row(c, 'aud')?.sentence).toContain(`"${AUDIENCE}"`);
		// What tells the kinds apart is grouped as such and explains the token-use row's warning.
		expect(row(c, 'token-use')).toMatchObject({ token: 'warn', working: 'info' });
		expect(row(c, 'token-use')?.explainedBy).toEqual(
			expect.arrayContaining(['typ', 'nonce', 'azp', 'scope', 'client_id'])
		);
		for (const name of ['typ', 'nonce']) expect(groupOf(c, name)).toBe('kind');
		expect(groupOf(c, 'scope')).toBe('scopes');
	});

	it('names what tells the kinds apart, not a "typ" both tokens share', async () => {
		// Both say typ "JWT": the ID token is told by its nonce, the access token by its scope (OIDC Core §2).
		const c = await compare(
			mint('rs256', { aud: 'spa-client', nonce: 'n-1' }),
			mint('rs256', { scope: 'orders:read' })
		);
		const sentence = row(c, 'token-use')?.sentence ?? '';
		expect(sentence).toContain('ID token');
		expect(sentence).not.toContain('"typ" is');
		expect(sentence).toContain('"nonce"');
		expect(sentence).toContain('"scope"');
	});

	it('names a different issuer and marks the iss row', async () => {
		const c = await compare(
			mint('rs256', { iss: 'https://staging.issuer.example' }),
			mint('rs256')
		);
		expect(row(c, 'iss')).toMatchObject({ token: 'fail', working: 'pass', explainedBy: ['iss'] });
		expect(difference(c, 'iss')).toMatchObject({ group: 'issuer', explains: ['iss'] });
		expect(row(c, 'iss')?.sentence).toContain('"https://staging.issuer.example"');
		expect(row(c, 'iss')?.sentence).toContain(`"${ISSUER}"`);
		expect(c.rows.map((r) => r.id)).toEqual(['iss']);
	});

	it('names the token kind a provider states (Cognito token_use) and marks the token-use row', async () => {
		const c = await compare(
			mint('rs256', { token_use: 'id' }),
			mint('rs256', { token_use: 'access' })
		);
		expect(c.kinds).toEqual({ token: 'id-token', working: 'access-token' });
		expect(row(c, 'token-use')).toMatchObject({ explainedBy: ['token_use'] });
		expect(difference(c, 'token_use')).toMatchObject({
			group: 'kind',
			token: '"id"',
			working: '"access"',
			explains: ['token-use']
		});
	});

	it('names a kid the key set does not hold and marks the key and signature rows', async () => {
		const c = await compare(mint('rsOther'), mint('rs256'));
		expect(difference(c, 'kid')).toMatchObject({
			where: 'header',
			group: 'key',
			token: '"rsa-2"',
			working: '"rsa-1"'
		});
		expect(row(c, 'key')).toMatchObject({ token: 'fail', working: 'pass', explainedBy: ['kid'] });
		expect(difference(c, 'kid')?.explains).toContain('key');
		expect(row(c, 'key')?.sentence).toContain('"rsa-2"');
	});

	it('names missing scopes and marks the scope row', async () => {
		const c = await compare(
			mint('rs256', { scope: 'orders:read' }),
			mint('rs256', { scope: 'orders:read orders:write' }),
			{ requiredScopes: 'orders:write' }
		);
		expect(row(c, 'scope')).toMatchObject({
			token: 'fail',
			working: 'pass',
			explainedBy: ['scope']
		});
		expect(difference(c, 'scope')).toMatchObject({ group: 'scopes', explains: ['scope'] });
		expect(row(c, 'scope')?.sentence).toContain('"orders:read"');
	});

	it('speaks from the failing side when the Token field holds the one that works', async () => {
		const c = await compare(accessToken, idToken);
		expect(row(c, 'aud')).toMatchObject({ token: 'pass', working: 'fail', explainedBy: ['aud'] });
		expect(row(c, 'aud')?.sentence.indexOf('"spa-client"')).toBeLessThan(
			row(c, 'aud')!.sentence.indexOf(`"${AUDIENCE}"`)
		);
	});

	it('marks a signature that fails with the same header as explained by no claim', async () => {
		// Signed with another key under the same kid: nothing in the header or claims differs.
		const forged = mint('rsOther', {}, { kid: 'rsa-1' });
		const c = await compare(forged, mint('rs256'));
		expect(c.identical).toBe(true);
		expect(row(c, 'signature')).toMatchObject({ token: 'fail', working: 'pass', explainedBy: [] });
	});

	it('lists times that differ under lifetime and times, explaining only the rows they fail', async () => {
		const c = await compare(mint('rs256', { exp: 1 }), mint('rs256'));
		expect(groupOf(c, 'exp')).toBe('times');
		expect(row(c, 'exp')?.explainedBy).toEqual(['exp']);
		expect(difference(c, 'exp')?.explains).toContain('exp');
	});

	it('names the provider and kinds of a Cognito ID token sent where its access token works', async () => {
		// The API checks the Cognito client, as aws-jwt-verify's clientId does: only the ID token has an aud.
		const input = { audience: IDS.cognitoClientId, issuer: undefined };
		const id = mintProviderToken('cognito', 'id-token');
		const access = mintProviderToken('cognito', 'access-token');
		const c = await compare(access, id, input);
		expect(c.kinds).toEqual({ token: 'access-token', working: 'id-token' });
		expect(groupOf(c, 'token_use')).toBe('kind');
		expect(groupOf(c, 'cognito:groups')).toBe('scopes');
		expect(groupOf(c, 'client_id')).toBe('audience');
		const aud = row(c, 'aud');
		expect(aud).toMatchObject({ token: 'fail', explainedBy: ['aud'] });
		const report = await inspectAt({ token: access, ...input });
		expect(aud?.sentence).toContain(report.provider.name);
	});

	it('finds nothing to tell apart in the same token', async () => {
		const c = await compare(accessToken, accessToken);
		expect(c).toMatchObject({ identical: true, rows: [], groups: [] });
	});
});

describe('the names differences carry', () => {
	it.each([
		['header', 'kid', 'kid'],
		['header', 'typ', 'typ'],
		['header', 'nonce', 'header.nonce'],
		['payload', 'aud', 'aud'],
		// Keycloak's "typ" claim beside the header's "typ".
		['payload', 'typ', 'payload.typ'],
		['payload', 'header.nonce', 'payload.header.nonce'],
		['payload', 'payload.x', 'payload.payload.x']
	] as const)('names the %s member %s as %s', (where, name, expected) => {
		expect(diffName(where, name)).toBe(expected);
	});

	it('keeps a header typ and a payload typ apart in one comparison', async () => {
		const c = await compare(
			mint('rs256', { typ: 'ID' }, { typ: 'JWT' }),
			mint('rs256', { typ: 'Bearer' }, { typ: 'at+jwt' })
		);
		expect(difference(c, 'typ')).toMatchObject({ where: 'header', working: '"at+jwt"' });
		expect(difference(c, 'payload.typ')).toMatchObject({ where: 'payload', working: '"Bearer"' });
	});
});
