import { describe, expect, it } from 'vitest';
import type { CheckResult, Status } from '$lib/core';
import { explainClaim } from './claim-dictionary';
import { CLAIM_ROWS_LIMIT, claimMark, claimRowCount, claimRows } from './claim-rows';

const NOW = new Date('2026-03-10T09:00:00Z');
const row = (id: string, status: Status) => ({ id, status, title: id, detail: '' }) as CheckResult;

describe('claimRows', () => {
	it('explains each claim and reads a NumericDate in UTC, in local time and relative to now', () => {
		const rows = claimRows(
			{ sub: 'user_1', exp: NOW.getTime() / 1000 + 3600, custom: { a: [1, 2] } },
			(name) => explainClaim(name),
			NOW
		);
		expect(rows.map((r) => r.name)).toEqual(['sub', 'exp', 'custom']);
		expect(rows[0]!.source).toBe('RFC 7519 §4.1.2');
		expect(rows[1]!.time?.utc).toContain('2026-03-10 10:00:00 UTC');
		expect(rows[1]!.time?.relative).toContain('1 h');
		expect(rows[2]).toMatchObject({ value: '{"a":[1,2]}', meaning: undefined, time: undefined });
	});

	it('shows a string where a time is expected as the string, not as a date', () => {
		const [exp] = claimRows({ exp: '1700000000' }, (name) => explainClaim(name), NOW);
		expect(exp!.time).toBeUndefined();
		expect(exp!.value).toBe('"1700000000"');
	});

	it('shortens a huge value for its cell', () => {
		const [big] = claimRows({ big: 'x'.repeat(10_000) }, () => undefined, NOW);
		expect(big!.value.length).toBeLessThan(200);
	});
});

describe('claimRowCount', () => {
	it('says how many rows the table will have without making them, up to the limit', () => {
		for (const count of [0, 1, 7, CLAIM_ROWS_LIMIT, CLAIM_ROWS_LIMIT + 50]) {
			const claims = Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, i]));
			expect(claimRowCount(claims)).toBe(claimRows(claims, () => undefined, NOW).length);
		}
		expect(claimRowCount({ a: 1, b: 2 })).toBe(2);
	});
});

describe('claimMark', () => {
	const checks = [row('exp', 'fail'), row('aud', 'warn'), row('iss', 'pass'), row('typ', 'fail')];

	it('marks a payload claim whose row failed or warned, and names the row', () => {
		expect(claimMark('payload', 'exp', checks)).toEqual({ check: 'exp', status: 'fail' });
		expect(claimMark('payload', 'aud', checks)).toEqual({ check: 'aud', status: 'warn' });
		expect(claimMark('payload', 'iss', checks)).toBeUndefined();
	});

	it('marks header parameters in the header only', () => {
		expect(claimMark('header', 'typ', checks)).toEqual({ check: 'typ', status: 'fail' });
		expect(claimMark('payload', 'typ', checks)).toBeUndefined();
	});

	it('finds nothing for names that are Object.prototype members', () => {
		for (const name of ['__proto__', 'constructor', 'toString'])
			expect(claimMark('payload', name, checks)).toBeUndefined();
	});
});
