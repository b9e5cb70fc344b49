// The Comparison's rule: a report on the token that works is shown only beside a report judged with the same
// inputs (key, expectations, evaluation time), never beside one made from other inputs.
import { describe, expect, it } from 'vitest';
import type { Report } from '$lib/core/types';
import { Inspector, type Engine } from './inspector.svelte';
import { Comparison } from './comparison.svelte';

const report = { verdict: 'valid', checks: [] } as unknown as Report;
const engine: Engine = async () => ({ kind: 'report', report });
const main = () => {
	const inspector = new Inspector(engine);
	inspector.token = 'first.token.';
	inspector.key = 'a key';
	inspector.audience = 'api://orders';
	return inspector.snapshot();
};

describe('the Comparison', () => {
	it('judges the token that works with the main report’s inputs, and shows it beside them', async () => {
		const seen: string[] = [];
		const comparison = new Comparison(async (input) => {
			seen.push(`${input.token}|${input.key}|${input.audience}`);
			return { kind: 'report', report };
		});
		comparison.show('second.token.');
		const inputs = main();
		await comparison.run(inputs);
		expect(seen).toEqual(['second.token.|a key|api://orders']);
		expect(comparison.reportFor(inputs)).toBe(report);
	});

	it('shows no report beside other inputs, another time, or another token in the field', async () => {
		const comparison = new Comparison(engine);
		comparison.show('second.token.');
		const inputs = main();
		await comparison.run(inputs);
		expect(comparison.reportFor({ ...inputs, audience: 'api://other' })).toBeUndefined();
		expect(comparison.reportFor({ ...inputs, now: new Date(0) })).toBeUndefined();
		comparison.working = 'third.token.';
		expect(comparison.reportFor(inputs)).toBeUndefined();
	});

	it('keeps the last pair on screen while the next moment is judged, and drops it for another token', async () => {
		const answers: Array<() => void> = [];
		const second = { verdict: 'invalid', checks: [] } as unknown as Report;
		const comparison = new Comparison(
			(input) =>
				new Promise((answer) =>
					answers.push(() =>
						answer({ kind: 'report', report: input.now.getTime() ? second : report })
					)
				)
		);
		comparison.show('second.token.');
		const before = { ...main(), now: new Date(0) };
		const first = comparison.run(before);
		await Promise.resolve();
		answers.shift()!();
		await first;
		comparison.update(report, before);
		expect(comparison.shown?.working).toBe(report);
		// The live clock moves on: the main report is new, the second one not judged yet.
		const later = { ...before, now: new Date(1000) };
		const next = comparison.run(later);
		comparison.update(report, later);
		expect(comparison.shown?.working).toBe(report);
		await Promise.resolve();
		answers.shift()!();
		await next;
		comparison.update(report, later);
		expect(comparison.shown?.working).toBe(second);
		comparison.working = 'another.token.';
		expect(comparison.shown).toBeUndefined();
	});

	it('judges nothing while the field is hidden or empty', async () => {
		let runs = 0;
		const comparison = new Comparison(async () => (runs++, { kind: 'report', report }));
		await comparison.run(main());
		comparison.open = true;
		await comparison.run(main());
		expect(runs).toBe(0);
	});
});
