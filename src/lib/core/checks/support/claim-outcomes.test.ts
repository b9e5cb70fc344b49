// When a token has no claims set to judge, the claim checks say why: a plain JWS has none, and a broken token's
// claims could not be read.
import { describe, expect, it } from 'vitest';
import { inspectAt, part, row, signWith, TOKENS } from '$lib/testing/fixtures';

const CLAIM_CHECKS = ['exp', 'nbf', 'iat', 'aud', 'iss', 'lifetime'] as const;
const S = TOKENS.hs256!.split('.')[2]!;

describe('noClaims', () => {
	it.each([
		['claims that are broken JSON', signWith('hs256', { alg: 'HS256' }, '{"exp":1,')],
		['a malformed token of two parts', 'abc.def'],
		['typ JWT over text', signWith('hs256', { alg: 'HS256', typ: 'JWT' }, 'hello')],
		[
			'claims that are not UTF-8',
			`${part({ alg: 'HS256' })}.${Buffer.from([0x7b, 0xff]).toString('base64url')}.${S}`
		],
		['a token with no dots', part({ alg: 'HS256' })]
	])('says the claims of %s could not be read, not that it is a plain JWS', async (_, token) => {
		const report = await inspectAt({ token });
		expect(row(report, 'structure').status).toBe('fail');
		for (const id of CLAIM_CHECKS) {
			const check = row(report, id);
			expect(check).toMatchObject({ status: 'skip', code: `${id}.no-claims` });
			expect(check.detail).toContain('could not be read (see structure)');
			expect(check.detail).not.toContain('plain JWS');
		}
	});

	it.each([
		['text', 'Hello, world'],
		['a JSON array', [1, 2, 3]],
		['a JSON string', '"text"']
	])('says a clean plain JWS over %s has no claims to judge', async (_, payload) => {
		const report = await inspectAt({ token: signWith('hs256', { alg: 'HS256' }, payload) });
		expect(row(report, 'structure').code).toBe('structure.plain-jws');
		for (const id of CLAIM_CHECKS) {
			const check = row(report, id);
			expect(check).toMatchObject({ status: 'skip', code: `${id}.no-claims` });
			expect(check.detail).toContain('plain JWS');
		}
	});
});

// A value that is not a JWT was named by its format (core/formats): its claims were not "unreadable". A PASETO
// public token's or a SAML message's were decoded and shown, and their times judged by the exp/nbf/iat rows; the
// other rows say they are not judged here, and where to judge them.
describe('noClaims for a value of another format', async () => {
	const { formatValues } = await import('$lib/testing/format-values');
	const values = await formatValues();
	const value = (code: string) => values.find(([, , c]) => c === code)![1];
	const OTHER_ROWS = ['aud', 'iss', 'sub', 'lifetime'] as const;

	it.each(['structure.paseto-public', 'structure.saml-response'])(
		'says %s was decoded, its times judged, and the rest not judged here',
		async (code) => {
			const report = await inspectAt({ token: value(code) });
			expect(row(report, 'structure').code).toBe(code);
			expect(row(report, 'exp').code).toBe('exp.ok');
			for (const id of OTHER_ROWS) {
				const check = row(report, id);
				expect(check).toMatchObject({ status: 'skip', code: `${id}.format-decoded` });
				expect(check.detail).not.toContain('could not be read');
			}
		}
	);

	it.each(['structure.github-token', 'structure.paseto-local', 'structure.stripe-secret-key'])(
		'says %s is not a JWT and has no claims to read, not that they could not be read',
		async (code) => {
			const report = await inspectAt({ token: value(code) });
			for (const id of [...OTHER_ROWS, 'exp', 'nbf', 'iat'] as const) {
				const check = row(report, id);
				expect(check).toMatchObject({ status: 'skip', code: `${id}.other-format` });
				expect(check.detail).not.toContain('could not be read');
			}
		}
	);
});
