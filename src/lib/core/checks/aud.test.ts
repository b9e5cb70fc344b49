import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { AUDIENCE, inspectAt, mint, NOW, part, row, TOKENS } from '$lib/testing/fixtures';

// The aud check runs without a key: every case mints an HS256 token with the fixture claims and changes aud.
async function audRow(aud: unknown, audience: string = AUDIENCE, extra = {}) {
	const token = mint('hs256', { aud, ...extra });
	return row(await inspectAt({ token, audience }), 'aud');
}

describe('aud check', () => {
	it.each([
		['a string equal to the expected audience', AUDIENCE],
		['an array with the expected audience alone', [AUDIENCE]],
		['an array with the expected audience among others', ['api://billing', AUDIENCE, 'account']],
		['an array with an exact match next to a near miss', ['api://orders/', AUDIENCE]]
	])('passes %s', async (_, aud) => {
		expect(await audRow(aud)).toMatchObject({ status: 'pass', code: 'aud.ok' });
	});

	it('skips when the expected audience is empty', async () => {
		expect(await audRow(AUDIENCE, '')).toMatchObject({ status: 'skip', code: 'aud.not-checked' });
	});

	it('skips when no expected audience is given at all', async () => {
		const report = await inspect({ token: TOKENS.hs256!, now: NOW });
		expect(row(report, 'aud')).toMatchObject({ status: 'skip', code: 'aud.not-checked' });
	});

	it('skips a token without aud when no audience is expected', async () => {
		expect(await audRow(undefined, '')).toMatchObject({ status: 'skip', code: 'aud.not-checked' });
	});

	it('fails a token without aud when an audience is expected', async () => {
		expect(await audRow(undefined)).toMatchObject({ status: 'fail', code: 'aud.missing' });
	});

	// Verifiers compare the configured audience byte for byte (RFC 7519 §4.1.3, §2 StringOrURI): an expected
	// value with a stray character at an end matches no token, so it is named, not silently trimmed.
	describe('judges the expected audience byte for byte, naming stray whitespace at its ends', () => {
		it.each([
			['a trailing space', `${AUDIENCE} `, 'ends with a space (U+0020)'],
			['a leading tab', `\t${AUDIENCE}`, 'starts with a tab (U+0009)'],
			['a trailing no-break space', `${AUDIENCE}\u00a0`, 'ends with a no-break space (U+00A0)'],
			['a leading byte order mark', `\ufeff${AUDIENCE}`, 'starts with a byte order mark (U+FEFF)'],
			['a trailing line break', `${AUDIENCE}\r\n`, 'ends with a carriage return (U+000D)'],
			['two trailing spaces', `${AUDIENCE}  `, 'ends with 2 spaces (U+0020)'],
			['only whitespace', '   ', 'is only whitespace: 3 spaces (U+0020)']
		])('%s', async (_, audience, words) => {
			const check = await audRow(AUDIENCE, audience);
			expect(check).toMatchObject({ status: 'fail', code: 'aud.expected-whitespace' });
			expect(check.detail).toContain(words);
		});

		it('passes a token whose audience carries the same characters, as a verifier would', async () => {
			expect(await audRow(`${AUDIENCE} `, `${AUDIENCE} `)).toMatchObject({ code: 'aud.ok' });
		});

		it('names it among several audiences too', async () => {
			const check = await audRow(['api://billing', AUDIENCE], `${AUDIENCE} `);
			expect(check).toMatchObject({ status: 'fail', code: 'aud.expected-whitespace' });
		});
	});

	describe('rejects an aud that is neither a string nor a non-empty array of strings', () => {
		it.each([
			['a number', 42, '"aud" is a number;'],
			['an empty array', [], '"aud" is an empty array;'],
			['an array with a number', [AUDIENCE, 7], '"aud" is an array with non-string members;'],
			['null', null, '"aud" is null;'],
			['an object', { aud: AUDIENCE }, '"aud" is an object;'],
			['a boolean', true, '"aud" is the boolean true;']
		])('%s', async (_, aud, words) => {
			const check = await audRow(aud);
			expect(check).toMatchObject({ status: 'fail', code: 'aud.type' });
			expect(check.detail).toContain(words);
		});

		it('even when no audience is expected (RFC 7519 §4.1.3 defines its type)', async () => {
			expect(await audRow(42, '')).toMatchObject({ status: 'fail', code: 'aud.type' });
		});
	});

	it.each([
		['another string', 'api://billing'],
		['an array of other audiences', ['api://billing', 'account']],
		['the empty string', '']
	])('fails on a mismatch: %s', async (_, aud) => {
		expect(await audRow(aud)).toMatchObject({ status: 'fail', code: 'aud.mismatch' });
	});

	describe('names the client when the expected audience is the token’s azp or client_id', () => {
		it.each([
			['azp', { azp: AUDIENCE }],
			['client_id', { client_id: AUDIENCE }],
			['client_id, with an unrelated azp', { azp: 'someone-else', client_id: AUDIENCE }]
		])('%s', async (_, extra) => {
			const check = await audRow('api://billing', AUDIENCE, extra);
			expect(check).toMatchObject({ status: 'fail', code: 'aud.mismatch' });
			// The claim names are identifiers, not wording: the hint must point at them.
			expect(check.detail).toContain('"azp"/"client_id"');
		});

		it('and not when they name another client', async () => {
			const check = await audRow('api://billing', AUDIENCE, { azp: 'x', client_id: 'y' });
			expect(check.code).toBe('aud.mismatch');
			expect(check.detail).not.toContain('"azp"/"client_id"');
		});
	});

	describe('calls a near miss a near miss, and still fails it', () => {
		it.each([
			['a trailing slash', 'api://orders/', AUDIENCE],
			['letter case', 'API://Orders', AUDIENCE],
			['http vs https', 'http://orders.example', 'https://orders.example'],
			['whitespace in the token', ` ${AUDIENCE} `, AUDIENCE],
			['the "api://" prefix in the token', AUDIENCE, 'orders'],
			['the "api://" prefix expected', 'orders', AUDIENCE],
			['one near miss among other audiences', ['account', 'api://orders/'], AUDIENCE]
		])('%s', async (_, aud, expected) => {
			expect(await audRow(aud, expected)).toMatchObject({
				status: 'fail',
				code: 'aud.near-miss'
			});
		});
	});

	it.each([
		['there is no token', '', 'aud.no-token'],
		[
			'the payload is not a claims set',
			`${part({ alg: 'HS256' })}.${part('hello')}.`,
			'aud.no-claims'
		],
		['the payload is not decodable', `${part({ alg: 'HS256' })}.%%%.`, 'aud.no-claims']
	])('skips when %s', async (_, token, code) => {
		expect(row(await inspectAt({ token }), 'aud')).toMatchObject({ status: 'skip', code });
	});

	it('skips an encrypted token (JWE), whose claims cannot be read', async () => {
		const jwe = [part({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), 'AAAA', 'AAAA', 'AAAA', 'AAAA'];
		expect(row(await inspectAt({ token: jwe.join('.') }), 'aud')).toMatchObject({
			status: 'skip',
			code: 'aud.encrypted'
		});
	});
});
