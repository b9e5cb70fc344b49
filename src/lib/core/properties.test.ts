// Properties of inspect over inputs no one would write by hand: random text never breaks it or passes as
// valid, no change to a signed token survives verification, and every inspection finishes within the page's
// watchdog bound. 5,000 runs in all here; `npm run fuzz` runs the same properties for a long campaign.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anyKey,
	B64URL,
	changedToken,
	expectComplete,
	junk,
	keyFor,
	mutate,
	mutation,
	SIGNED,
	TIME_BOUND_MS
} from '$lib/testing/arbitraries';
import { inspectAt, TOKENS } from '$lib/testing/fixtures';

// 1,600 arbitrary inputs + 4 × 600 one-character changes + 1,000 multi-character changes = 5,000 runs.
const ARBITRARY_RUNS = 1600;
const SINGLE_CHANGE_RUNS = 600;
const MULTI_CHANGE_RUNS = 1000;

describe('inspect on arbitrary input', () => {
	it('never throws, always reports every check in order, is never valid, and finishes in time', async () => {
		await fc.assert(
			fc.asyncProperty(junk, fc.option(anyKey, { nil: undefined }), async (token, key) => {
				const started = performance.now();
				const report = await inspectAt({ token, key });
				expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
				expectComplete(report);
				expect(report.verdict).not.toBe('valid');
			}),
			{ numRuns: ARBITRARY_RUNS }
		);
	}, 60_000);
});

describe('a signed token changed in one character', () => {
	it.each(SIGNED)(
		'is never valid with the right key (%s)',
		async (name) => {
			const token = TOKENS[name]!;
			const key = keyFor(name);
			// The unchanged token is valid, so any other verdict below is the change's doing.
			expect((await inspectAt({ token, key })).verdict).toBe('valid');
			await fc.assert(
				fc.asyncProperty(mutation, async (m) => {
					const changed = mutate(token, m);
					expect(changed).not.toBe(token);
					const report = await inspectAt({ token: changed, key });
					expectComplete(report);
					expect(report.verdict).not.toBe('valid');
				}),
				{ numRuns: SINGLE_CHANGE_RUNS }
			);
		},
		60_000
	);

	it('is never valid when only the last character of a segment changes (its unused bits included)', async () => {
		const codes = new Set<string>();
		for (const name of SIGNED) {
			const token = TOKENS[name]!;
			const ends = token
				.split('.')
				.map((_, i, parts) => parts.slice(0, i + 1).join('.').length - 1);
			for (const at of ends)
				for (const char of B64URL) {
					if (token[at] === char) continue;
					const changed = token.slice(0, at) + char + token.slice(at + 1);
					const report = await inspectAt({ token: changed, key: keyFor(name) });
					expect(report.verdict, `${name} @${at} → ${char}`).not.toBe('valid');
					codes.add(report.checks[0]!.code);
				}
		}
		// Some of these changes leave the decoded bytes as they were; the unused bits give them away.
		expect(codes).toContain('b64.trailing-bits');
	});
});

describe('a signed token changed in several places', () => {
	it('is never valid with the right key, and always gets a complete report', async () => {
		await fc.assert(
			fc.asyncProperty(changedToken, async ({ changed, key }) => {
				const report = await inspectAt({ token: changed, key });
				expectComplete(report);
				expect(report.verdict).not.toBe('valid');
			}),
			{ numRuns: MULTI_CHANGE_RUNS }
		);
	}, 60_000);
});
