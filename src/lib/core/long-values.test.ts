// Long values cost the page nothing: every value the report quotes is cut to its start and end with its length,
// and keys passed over are summed up with the first few named, so that a 1,000-key JWKS with 6 KB kids (a
// 6 MB paste) makes a report of a few KB, not a 12 MB string that blocks the main thread for seconds.
import { describe, expect, it } from 'vitest';
import { fixture, inspectAt, mint, row } from '$lib/testing/fixtures';
import type { Report } from './types';

const rsa = fixture('rs256');
const KID_CHARS = 6 * 1024;
const kidOf = (i: number) => `${String(i).padStart(4, '0')}-${'k'.repeat(KID_CHARS - 9)}-end`;
const bigSet = JSON.stringify({
	keys: Array.from({ length: 1000 }, (_, i) => ({ ...rsa.publicJwk, kid: kidOf(i) }))
});
const size = (report: Report) => JSON.stringify(report).length;

describe('long values in the report', () => {
	it("a 1,000-key JWKS with 6 KB kids, none the token's: a bounded report naming a few kids and the count", async () => {
		const report = await inspectAt({
			token: mint('rs256', {}, { kid: 'not-in-the-set' }),
			key: bigSet
		});
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.kid-not-found' });
		expect(size(report)).toBeLessThan(200_000);
		const detail = row(report, 'key').detail;
		expect(detail).toContain('1,000');
		for (const i of [0, 1, 2]) expect(detail).toContain(`"${kidOf(i).slice(0, 20)}`);
		expect(detail).toContain('(6,144 characters)');
		expect(detail).not.toContain(kidOf(999).slice(0, 20));
	});

	it('a 1,000-key JWKS where the token names the last kid: the 999 others are summed up', async () => {
		const kid = kidOf(999);
		const report = await inspectAt({ token: mint('rs256', {}, { kid }), key: bigSet });
		expect(row(report, 'signature')).toMatchObject({ status: 'pass', code: 'signature.verified' });
		expect(size(report)).toBeLessThan(200_000);
		const findings = row(report, 'key').findings ?? [];
		expect(findings.length).toBeLessThanOrEqual(8);
		expect(findings.map((f) => f.message).join(' ')).toContain('999 keys');
		// The key that verified is listed wherever it stands; the rest past the first few are counted.
		expect(report.signature.tried.map((t) => t.outcome).at(-1)).toBe('verified');
		expect(report.signature.tried.length + report.signature.notListed!).toBe(1000);
		expect(report.key.keyCount).toBe(1000);
	});

	it('a 1,000-key JWKS whose keys are all for encryption: the key row sums them up', async () => {
		const set = JSON.stringify({
			keys: Array.from({ length: 1000 }, (_, i) => ({
				...rsa.publicJwk,
				kid: kidOf(i),
				use: 'enc'
			}))
		});
		const report = await inspectAt({ token: mint('rs256', {}, { kid: undefined }), key: set });
		expect(row(report, 'key')).toMatchObject({ status: 'fail' });
		expect(size(report)).toBeLessThan(200_000);
		expect(row(report, 'key').detail).toContain('1,000');
	});

	it('a 1 MB kid is quoted by its start and end, with its length', async () => {
		const kid = 'start-' + 'x'.repeat(1024 * 1024) + '-end';
		const report = await inspectAt({
			token: mint('rs256', {}, { kid }),
			key: JSON.stringify({ keys: [{ ...rsa.publicJwk }] })
		});
		const detail = row(report, 'key').detail;
		expect(detail).toMatch(/"start-x+…x+-end" \(1,048,586 characters\)/);
		expect(detail.length).toBeLessThan(2000);
		// The decoded header is the token's own data and is shown as such; nothing else repeats the kid.
		const { token: _token, ...rest } = report;
		expect(JSON.stringify(rest).length).toBeLessThan(20_000);
	});
});
