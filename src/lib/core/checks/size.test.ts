import { describe, expect, it } from 'vitest';
import { inspectAt, keyText, mint, part, row } from '$lib/testing/fixtures';
import { HEADER_LIMITS } from './size';
import { authorizationHeaderBytes } from '../header-size';
import type { CheckResult } from '../types';

const PREFIX_BYTES = 'Authorization: Bearer '.length;

/**
 * A verifiable HS256 token whose `Authorization: Bearer` line is exactly `bytes` long: a padding claim sets the
 * payload's length, and a header parameter of 0–3 characters reaches the lengths base64url cannot.
 */
function tokenOfHeaderBytes(bytes: number): string {
	for (let extra = 0; extra < 4; extra++) {
		const header = extra === 0 ? {} : { pad: 'x'.repeat(extra) };
		const base = mint('hs256', { pad: '' }, header).length + PREFIX_BYTES;
		// Each padding character adds 4/3 of a base64url character: start just below and step up.
		for (let n = Math.max(0, Math.floor(((bytes - base) * 3) / 4) - 3); n < bytes; n++) {
			const token = mint('hs256', { pad: 'p'.repeat(n) }, header);
			const size = authorizationHeaderBytes(token);
			if (size === bytes) return token;
			if (size > bytes) break;
		}
	}
	throw new Error(`no token of ${bytes} header bytes`);
}

async function sizeRow(token: string): Promise<CheckResult> {
	return row(await inspectAt({ token }), 'size');
}

describe('authorizationHeaderBytes', () => {
	it('counts the header line in UTF-8 bytes, not characters', () => {
		expect(authorizationHeaderBytes('abc')).toBe(PREFIX_BYTES + 3);
		// "é" is 2 bytes in UTF-8, "名" 3 and "😀" 4 (two UTF-16 code units).
		expect(authorizationHeaderBytes('é名😀')).toBe(PREFIX_BYTES + 9);
	});
});

describe('size check', () => {
	it('skips when there is no token', async () => {
		expect(await sizeRow('')).toMatchObject({ status: 'skip', code: 'size.no-token' });
	});

	it('passes a common token, under the lowest limit', async () => {
		expect(await sizeRow(mint('hs256'))).toMatchObject({ status: 'pass', code: 'size.ok' });
	});

	it('lists the limits lowest first, each with a setting and a status', () => {
		const bytes = HEADER_LIMITS.map((limit) => limit.bytes);
		expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
		for (const limit of HEADER_LIMITS) expect(limit.status).toMatch(/^(400|431) /);
	});

	// Exactly at a limit the server still accepts the line; one byte more and it refuses.
	it.each(HEADER_LIMITS.map((limit) => [limit.server, limit.bytes] as const))(
		'accepts a header of exactly the %s limit and refuses one byte more',
		async (server, bytes) => {
			const at = await sizeRow(tokenOfHeaderBytes(bytes));
			const over = await sizeRow(tokenOfHeaderBytes(bytes + 1));
			expect(at.detail).not.toContain(`${server} (`);
			expect(over.detail).toContain(`${server} (`);
			expect(over.status).toBe('warn');
		}
	);

	it('passes at exactly the lowest limit and warns one byte above it', async () => {
		const lowest = HEADER_LIMITS[0]!.bytes;
		expect(await sizeRow(tokenOfHeaderBytes(lowest))).toMatchObject({
			status: 'pass',
			code: 'size.ok'
		});
		expect(await sizeRow(tokenOfHeaderBytes(lowest + 1))).toMatchObject({
			status: 'warn',
			code: 'size.over-lowest'
		});
	});

	it('warns that no common server accepts a header over the highest limit, and still verifies it', async () => {
		const highest = HEADER_LIMITS[HEADER_LIMITS.length - 1]!.bytes;
		const report = await inspectAt({
			token: tokenOfHeaderBytes(highest + 1),
			key: keyText('hs256', 'secret')
		});
		expect(row(report, 'size')).toMatchObject({ status: 'warn', code: 'size.over-all' });
		expect(row(report, 'signature').status).toBe('pass');
		expect(report.verdict).toBe('valid');
		const atHighest = await sizeRow(tokenOfHeaderBytes(highest));
		expect(atHighest.code).toBe('size.over-lowest');
	});

	it('counts multi-byte claims by their bytes: 3,000 CJK characters make a token over 8 KB', async () => {
		// 3,000 characters of 3 UTF-8 bytes each: 9,000 bytes of JSON, about 12,000 base64url characters.
		const token = mint('hs256', { name: '名'.repeat(3000) });
		const found = await sizeRow(token);
		expect(found).toMatchObject({ status: 'warn', code: 'size.over-lowest' });
		expect(authorizationHeaderBytes(token)).toBeGreaterThan(12000);
	});

	it('counts a pasted value that is not a JWT in UTF-8 bytes', async () => {
		// 4,100 two-byte characters: 8,200 bytes, over Apache's 8,190 although it is only 4,100 characters.
		expect(await sizeRow('é'.repeat(4100))).toMatchObject({ status: 'warn' });
		expect(await sizeRow('e'.repeat(4100))).toMatchObject({ status: 'pass', code: 'size.ok' });
	});

	it('explains the group overage when a large token is mostly its groups', async () => {
		const groups = Array.from(
			{ length: 400 },
			(_, i) => `${i.toString(16).padStart(8, '0')}-1111-2222-3333-444455556666`
		);
		const found = await sizeRow(mint('hs256', { groups }));
		expect(found).toMatchObject({ status: 'warn', code: 'size.groups' });
		expect(found.fix).toContain('https://learn.microsoft.com/');
	});

	it('does not blame the groups when other claims make the token large', async () => {
		const found = await sizeRow(mint('hs256', { groups: ['a', 'b'], blob: 'x'.repeat(20000) }));
		expect(found).toMatchObject({ status: 'warn', code: 'size.over-lowest' });
	});

	it.each([
		[
			'_claim_names',
			{
				_claim_names: { groups: 'src1' },
				_claim_sources: {
					src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' }
				}
			}
		],
		['hasgroups', { hasgroups: true }]
	])('names the Entra ID group overage marker %s in a small token', async (_, claims) => {
		expect(await sizeRow(mint('hs256', claims))).toMatchObject({
			status: 'pass',
			code: 'size.group-overage'
		});
	});

	it('sizes a JWE, which is sent the same way', async () => {
		const jwe = [
			part({ alg: 'dir', enc: 'A256GCM' }),
			'',
			part('iv'),
			part('c'.repeat(9000)),
			part('t')
		].join('.');
		expect(await sizeRow(jwe)).toMatchObject({ status: 'warn', code: 'size.over-lowest' });
	});
});
