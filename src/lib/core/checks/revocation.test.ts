import { describe, expect, it } from 'vitest';
import { TOKENS, inspectAt, keyText, mint, row } from '$lib/testing/fixtures';

describe('the revocation row', () => {
	it('is information, naming jti, sid and sub to look up with the issuer', async () => {
		const report = await inspectAt({
			token: mint('hs256', { jti: 'tok-123', sid: 'sess-9', sub: 'user-7' })
		});
		const revocation = row(report, 'revocation');
		expect(revocation).toMatchObject({ status: 'info', code: 'revocation.unknowable' });
		for (const value of ['tok-123', 'sess-9', 'user-7']) expect(revocation.detail).toContain(value);
	});

	it('names only the identifiers the token has', async () => {
		const revocation = row(
			await inspectAt({ token: mint('hs256', { sub: 'only-sub' }) }),
			'revocation'
		);
		expect(revocation.detail).toContain('only-sub');
		expect(revocation.detail).not.toContain('jti "');
	});

	it('says when there is nothing to look up', async () => {
		const token = mint('hs256', { sub: undefined, jti: undefined, sid: undefined });
		expect(row(await inspectAt({ token }), 'revocation')).toMatchObject({
			status: 'info',
			code: 'revocation.no-identifiers'
		});
	});

	it('leaves a valid token valid', async () => {
		const report = await inspectAt({ token: TOKENS.hs256!, key: keyText('hs256', 'secret') });
		expect(row(report, 'revocation').status).toBe('info');
		expect(report.verdict).toBe('valid');
	});

	it('is skipped when the payload has no claims', async () => {
		const report = await inspectAt({ token: 'eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln' });
		expect(row(report, 'revocation')).toMatchObject({
			status: 'skip',
			code: 'revocation.no-claims'
		});
	});
});
