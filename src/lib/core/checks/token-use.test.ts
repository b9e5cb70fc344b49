import { describe, expect, it } from 'vitest';
import { CLAIMS, inspectAt, mint, row } from '$lib/testing/fixtures';

describe('the token-use row: ID token or access token', () => {
	it.each([
		['"typ": "at+jwt"', {}, { typ: 'at+jwt' }, 'token-use.access'],
		['"scope" and "client_id"', { scope: 'read', client_id: 'app' }, {}, 'token-use.access'],
		['an "scp" array', { scp: ['read'] }, {}, 'token-use.access'],
		[
			'Cognito\'s "token_use": "access"',
			{ token_use: 'access', nonce: 'n' },
			{},
			'token-use.access'
		],
		['"nonce"', { nonce: 'n-0S6_WzA2Mj' }, {}, 'token-use.id'],
		['"at_hash" and "azp"', { at_hash: 'abc', azp: 'app' }, {}, 'token-use.id'],
		['"c_hash"', { c_hash: 'abc' }, {}, 'token-use.id'],
		['Keycloak\'s "typ": "ID" claim', { typ: 'ID' }, {}, 'token-use.id'],
		['no telling claims', {}, {}, 'token-use.unclear'],
		['as many clues each way', { nonce: 'n', scope: 'read' }, {}, 'token-use.unclear']
	] as const)('reads %s', async (_, claims, header, code) => {
		const report = await inspectAt({ token: mint('hs256', claims, header), audience: '' });
		expect(row(report, 'token-use')).toMatchObject({ status: 'info', code });
	});

	it('lets the header\'s "at+jwt" outweigh ID-token claims', async () => {
		const token = mint('hs256', { nonce: 'n', at_hash: 'x' }, { typ: 'at+jwt' });
		expect(row(await inspectAt({ token, audience: '' }), 'token-use').code).toBe(
			'token-use.access'
		);
	});

	it('warns when an ID token is judged against an API audience', async () => {
		const report = await inspectAt({ token: mint('hs256', { nonce: 'n' }), audience: CLAIMS.aud });
		expect(row(report, 'token-use')).toMatchObject({
			status: 'warn',
			code: 'token-use.id-token-for-api'
		});
	});

	it('does not warn about an access token judged against an audience', async () => {
		const report = await inspectAt({ token: mint('hs256', { scope: 'a' }), audience: CLAIMS.aud });
		expect(row(report, 'token-use').status).toBe('info');
	});

	it('is skipped when the payload has no claims', async () => {
		const report = await inspectAt({ token: 'eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln' });
		expect(row(report, 'token-use')).toMatchObject({ status: 'skip', code: 'token-use.no-claims' });
	});
});
