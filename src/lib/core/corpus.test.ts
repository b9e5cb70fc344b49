// The corpus of nasty inputs through the core: a complete report, in time, never valid.
import { describe, expect, it } from 'vitest';
import { NASTY, wycheproofInvalid } from '$lib/testing/corpus';
import { expectComplete, TIME_BOUND_MS } from '$lib/testing/arbitraries';
import { inspectAt } from '$lib/testing/fixtures';

describe('the nasty corpus', () => {
	it.each(NASTY.map((entry) => [entry.name, entry] as const))(
		'%s gets a complete report, never valid',
		async (_, entry) => {
			const started = performance.now();
			const report = await inspectAt({ token: entry.token, key: entry.key });
			expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
			expectComplete(report);
			expect(report.verdict).not.toBe('valid');
		},
		10_000
	);

	it('holds every Wycheproof invalid vector but the five judged valid (371 of 376)', () => {
		expect(wycheproofInvalid()).toHaveLength(371);
	});

	it('__proto__ claims stay data: no object gains members, and the header alg is not replaced', async () => {
		const entry = NASTY.find((e) => e.name.startsWith('__proto__'))!;
		const report = await inspectAt({ token: entry.token, key: entry.key });
		expect(Object.getOwnPropertyNames(report.token.claims!)).toEqual([
			'__proto__',
			'constructor',
			'prototype'
		]);
		expect(({} as Record<string, unknown>).admin).toBeUndefined();
		expect(Object.getPrototypeOf(report.token.claims!)).toBe(Object.prototype);
		expect(report.token.header!.alg).toBe('HS256');
	});
});
