// "crit" (RFC 7515 §4.1.11) and the one extension understood here, "b64" (RFC 7797).
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLAIMS, TOKENS, inspectAt, keyText, part, row, signWith } from '$lib/testing/fixtures';

const SECRET = keyText('hs256', 'secret');
const hs = (header: Record<string, unknown>) =>
	signWith('hs256', { alg: 'HS256', typ: 'JWT', ...header }, CLAIMS);
/** A JWS with an unencoded payload (RFC 7797 §3): the raw payload is both signed and sent. */
function unencoded(header: Record<string, unknown>, payload: string): string {
	const input = `${part({ alg: 'HS256', ...header })}.${payload}`;
	return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

describe('crit', () => {
	it('is skipped when the header has none', async () => {
		expect(row(await inspectAt({ token: TOKENS.hs256!, key: SECRET }), 'crit')).toMatchObject({
			status: 'skip',
			code: 'crit.absent'
		});
	});

	it.each([
		['a string', 'b64'],
		['an empty array', []],
		['an array with a number', ['b64', 1]],
		['null', null],
		['an object', { b64: true }]
	])('fails when it is %s', async (_, crit) => {
		const report = await inspectAt({ token: hs({ crit, b64: true }), key: SECRET });
		expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.malformed' });
		expect(row(report, 'signature').code).toBe('signature.unverifiable');
		expect(report.verdict).toBe('invalid');
	});

	it.each(['alg', 'kid', 'typ', 'crit', 'x5t#S256', 'enc'])(
		'fails when it names "%s", which the JOSE specifications define',
		async (name) => {
			const report = await inspectAt({ token: hs({ crit: [name] }), key: SECRET });
			expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.registered-name' });
			expect(report.verdict).toBe('invalid');
		}
	);

	it('fails when it lists a parameter the header does not have', async () => {
		const report = await inspectAt({ token: hs({ crit: ['exp'] }), key: SECRET });
		expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.absent-parameter' });
		// The key was the right one: it is the token the verifier refused.
		expect(row(report, 'key').status).toBe('pass');
		expect(row(report, 'signature')).toMatchObject({
			status: 'skip',
			code: 'signature.verifier-refused'
		});
		expect(report.verdict).toBe('invalid');
	});

	it('fails an extension it does not understand, even with a genuine signature', async () => {
		const report = await inspectAt({
			token: hs({ crit: ['https://example.com/ext'], 'https://example.com/ext': 1 }),
			key: SECRET
		});
		expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.unknown' });
		expect(row(report, 'signature').status).toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('understands "b64": true', async () => {
		const report = await inspectAt({ token: hs({ crit: ['b64'], b64: true }), key: SECRET });
		expect(row(report, 'crit')).toMatchObject({ status: 'pass', code: 'crit.ok' });
		expect(report.verdict).toBe('valid');
	});
});

describe('"b64": false (RFC 7797)', () => {
	it('passes a plain JWS with an unencoded payload and "crit": ["b64"]', async () => {
		const report = await inspectAt({
			token: unencoded({ b64: false, crit: ['b64'] }, 'hello world'),
			key: SECRET
		});
		expect(row(report, 'crit')).toMatchObject({ status: 'pass', code: 'crit.ok' });
		expect(row(report, 'signature').status).toBe('pass');
		expect(report.verdict).toBe('valid');
	});

	it.each([
		['a claims payload', {}, '{"sub":"user-42"}'],
		['"typ": "JWT"', { typ: 'JWT' }, 'hello'],
		['"typ": "at+jwt"', { typ: 'at+jwt' }, 'hello']
	])('fails in a JWT (%s), even with a genuine signature', async (_, header, payload) => {
		const report = await inspectAt({
			token: unencoded({ ...header, b64: false, crit: ['b64'] }, payload),
			key: SECRET
		});
		expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.b64-in-jwt' });
		expect(report.verdict).toBe('invalid');
	});

	it('fails without "crit": ["b64"]', async () => {
		const report = await inspectAt({ token: unencoded({ b64: false }, 'hello'), key: SECRET });
		expect(row(report, 'crit')).toMatchObject({ status: 'fail', code: 'crit.b64-not-critical' });
		expect(row(report, 'key').status).toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('fails when crit names "b64" but the header does not have it', async () => {
		const report = await inspectAt({ token: hs({ crit: ['b64'] }), key: SECRET });
		expect(row(report, 'crit').code).toBe('crit.absent-parameter');
	});
});
