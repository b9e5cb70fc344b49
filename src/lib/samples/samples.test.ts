import { describe, expect, it } from 'vitest';
import { inspect, type CheckId, type Report } from '$lib/core';
import { SAMPLES, mintSample, type SampleId } from './samples';

const PINNED = new Date('2026-11-25T12:00:00Z');
// Another instant, in another month and year, so that nothing depends on when the samples were written.
const OTHER = new Date('2031-03-01T00:00:30Z');

const ORDER: SampleId[] = [
	'valid',
	'expired',
	'not-yet-valid',
	'wrong-audience',
	'wrong-issuer',
	'bad-signature',
	'alg-none',
	'malformed',
	'kid-not-in-jwks',
	'embedded-key',
	'weak-secret'
];

// The warnings each sample shows besides its failures: part of "shows what its label says".
const WARNINGS: Record<SampleId, CheckId[]> = {
	valid: [],
	expired: [],
	'not-yet-valid': [],
	'wrong-audience': [],
	'wrong-issuer': [],
	'bad-signature': [],
	'alg-none': [],
	malformed: [],
	'kid-not-in-jwks': [],
	'embedded-key': ['header-keys'],
	'weak-secret': ['secret-strength']
};

function withStatus(report: Report, status: 'fail' | 'warn'): CheckId[] {
	return report.checks.filter((c) => c.status === status).map((c) => c.id);
}

describe('SAMPLES', () => {
	it('lists every sample once, in the menu order', () => {
		expect(SAMPLES.map((s) => s.id)).toEqual(ORDER);
	});

	it('has short labels and one-sentence descriptions', () => {
		for (const sample of SAMPLES) {
			expect(sample.label.length, sample.id).toBeLessThanOrEqual(24);
			expect(sample.description, sample.id).toMatch(/^[^\n]+\.$/);
		}
	});
});

describe('mintSample', () => {
	describe.each(SAMPLES.map((s) => [s.id, s] as const))('%s', (id, sample) => {
		it.each([
			['the pinned instant', PINNED],
			['another instant', OTHER]
		])('shows what its label says at %s', async (_, now) => {
			const report = await inspect({ ...(await mintSample(id, now)), now });
			expect(report.verdict).toBe(sample.expected.verdict);
			expect(withStatus(report, 'fail')).toEqual(sample.expected.failing);
			expect(withStatus(report, 'warn')).toEqual(WARNINGS[id]);
		});

		it('mints a fresh token and key each time', async () => {
			const [a, b] = await Promise.all([mintSample(id, PINNED), mintSample(id, PINNED)]);
			expect(a.token).not.toBe(b.token);
			if (id !== 'weak-secret') expect(a.key).not.toBe(b.key);
		});
	});

	it('makes the valid token relative to now: still valid 50 min later, expired 1 h later', async () => {
		const minted = await mintSample('valid', PINNED);
		const later = (minutes: number) => new Date(PINNED.getTime() + minutes * 60_000);
		const at50 = await inspect({ ...minted, now: later(50) });
		expect(at50.verdict).toBe('valid');
		const at60 = await inspect({ ...minted, now: later(60) });
		expect(at60.verdict).toBe('invalid');
		expect(withStatus(at60, 'fail')).toEqual(['exp']);
	});

	it('supplies ES keys as a pretty-printed JWKS with kid and alg, and secrets as 43 bytes of text', async () => {
		const valid = await mintSample('valid', PINNED);
		expect(valid.key).toBe(JSON.stringify(JSON.parse(valid.key), null, 2));
		expect(JSON.parse(valid.key)).toMatchObject({
			keys: [{ kty: 'EC', crv: 'P-256', kid: '2026-11', alg: 'ES256', use: 'sig' }]
		});
		const expired = await mintSample('expired', PINNED);
		expect(expired.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(expired.keyEncoding).toBe('auto');
	});

	it('names a rotated-out kid that the JWKS does not hold', async () => {
		const minted = await mintSample('kid-not-in-jwks', PINNED);
		const report = await inspect({ ...minted, now: PINNED });
		expect(report.token.header?.kid).toBe('2026-08');
		expect(report.key.keys.map((k) => k.kid)).toEqual(['2026-11', '2026-10']);
		expect(report.checks.find((c) => c.id === 'key')?.code).toBe('key.kid-not-found');
	});

	it('rejects an invalid instant', async () => {
		await expect(mintSample('valid', new Date(Number.NaN))).rejects.toThrow(TypeError);
	});
});
