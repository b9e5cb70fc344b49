// The Inspector's handling of what the worker client answers, with a fake engine in place of the worker.
import { describe, expect, it } from 'vitest';
import { inspect } from '$lib/core';
import type { Report } from '$lib/core/types';
import { AUDIENCE, mint, NOW } from '$lib/testing/fixtures';
import { DEFAULT_CHOICES, composeDiagnosis } from '$lib/share/compose';
import { Inspector, type Engine } from './inspector.svelte';
import type { InspectOutcome } from '$lib/worker/protocol';

/** An engine whose answers the test gives by hand, in any order. */
function manualEngine() {
	const pending: Array<{ token: string; answer: (outcome: InspectOutcome) => void }> = [];
	const engine: Engine = (input) =>
		new Promise((answer) => pending.push({ token: input.token, answer }));
	return { engine, pending };
}

const report = (verdict: Report['verdict']) => ({ verdict, checks: [] }) as unknown as Report;

describe('the Inspector', () => {
	it('shows the report for the current inputs and marks it settled', async () => {
		const { engine, pending } = manualEngine();
		const inspector = new Inspector(engine);
		inspector.token = 'a';
		const run = inspector.run(inspector.snapshot());
		expect(inspector.settled).toBe(false);
		await Promise.resolve();
		pending[0]!.answer({ kind: 'report', report: report('invalid') });
		await run;
		expect(inspector.settled).toBe(true);
		expect(inspector.report?.verdict).toBe('invalid');
	});

	it('never shows a late answer for earlier inputs', async () => {
		const { engine, pending } = manualEngine();
		const inspector = new Inspector(engine);
		inspector.token = 'old';
		const first = inspector.run(inspector.snapshot());
		inspector.token = 'new';
		const second = inspector.run(inspector.snapshot());
		await Promise.resolve();
		pending[1]!.answer({ kind: 'report', report: report('invalid') });
		await second;
		pending[0]!.answer({ kind: 'report', report: report('valid') });
		await first;
		expect(inspector.report?.verdict).toBe('invalid');
		expect(inspector.reportedToken).toBe('new');
	});

	it('reports a too-heavy input with no verdict, settled, and does not re-run it as the clock moves', async () => {
		const { engine, pending } = manualEngine();
		const inspector = new Inspector(engine);
		inspector.token = 'x'.repeat(50_000);
		const run = inspector.run(inspector.snapshot());
		await Promise.resolve();
		pending[0]!.answer({ kind: 'too-heavy', limitMs: 2000 });
		await run;
		expect(inspector.report).toBeUndefined();
		expect(inspector.settled).toBe(true);
		expect(inspector.overload).toContain('50 thousand characters');
		inspector.clock += 1000;
		await inspector.run(inspector.snapshot());
		expect(pending).toHaveLength(1);
		expect(inspector.settled).toBe(true);
		// A new token is inspected again, and the message goes.
		inspector.token = 'y';
		const next = inspector.run(inspector.snapshot());
		await Promise.resolve();
		pending[1]!.answer({ kind: 'report', report: report('unverified') });
		await next;
		expect(inspector.overload).toBeUndefined();
		expect(inspector.report?.verdict).toBe('unverified');
	});

	it('shows a failure of the core as a failure, not as a verdict', async () => {
		const { engine, pending } = manualEngine();
		const inspector = new Inspector(engine);
		inspector.token = 'x';
		const run = inspector.run(inspector.snapshot());
		await Promise.resolve();
		pending[0]!.answer({ kind: 'failed', error: 'boom' });
		await run;
		expect(inspector.failure).toBe('boom');
		expect(inspector.report).toBeUndefined();
		expect(inspector.settled).toBe(true);
	});

	it('answers empty fields with the report built ahead of time, without starting the engine', async () => {
		const { engine, pending } = manualEngine();
		const inspector = new Inspector(engine);
		await inspector.run(inspector.snapshot());
		expect(pending).toHaveLength(0);
		expect(inspector.settled).toBe(true);
		expect(inspector.report?.verdict).toBe('unverified');
		expect(inspector.report?.checks.find((c) => c.id === 'structure')?.status).toBe('skip');
		// A key alone is inspected.
		inspector.key = 'secret';
		const run = inspector.run(inspector.snapshot());
		await Promise.resolve();
		expect(pending).toHaveLength(1);
		pending[0]!.answer({ kind: 'report', report: report('unverified') });
		await run;
	});

	// Issue 16: the Expected subject reaches the core, and a sample or link that carries none clears it.
	it('passes the Expected subject to the core, and clears it when inputs are replaced without one', () => {
		const inspector = new Inspector();
		inspector.subject = 'repo:octo-org/*';
		expect(inspector.snapshot().subject).toBe('repo:octo-org/*');
		inspector.load({
			token: 'a',
			key: '',
			keyEncoding: 'auto',
			audience: '',
			issuer: '',
			leewaySeconds: 0
		});
		expect(inspector.snapshot().subject).toBe('');
		inspector.load({
			token: 'a',
			key: '',
			keyEncoding: 'auto',
			audience: '',
			issuer: '',
			subject: 'repo:o/r:*',
			leewaySeconds: 0
		});
		expect(inspector.snapshot().subject).toBe('repo:o/r:*');
	});

	// Issue 13, break 6: the core must know a key set came from the token's issuer, and for no longer than
	// the key field holds exactly that set.
	describe('remembers which issuer fetched keys came from', () => {
		const JWKS = '{"keys":[]}';

		it('passes the issuer with the fetched key set to the core', () => {
			const inspector = new Inspector();
			inspector.useFetchedKeys(JWKS, 'https://issuer.example');
			expect(inspector.snapshot()).toMatchObject({
				key: JWKS,
				keyFetchedFor: 'https://issuer.example'
			});
		});

		it('keeps a set from a typed JWKS URL as the user’s own', () => {
			const inspector = new Inspector();
			inspector.useFetchedKeys(JWKS);
			expect(inspector.snapshot().keyFetchedFor).toBeUndefined();
		});

		it('forgets it as soon as the user edits the key field', () => {
			const inspector = new Inspector();
			inspector.useFetchedKeys(JWKS, 'https://issuer.example');
			inspector.key = `${JWKS} `;
			expect(inspector.snapshot().keyFetchedFor).toBeUndefined();
		});

		it('forgets it when a sample or a link replaces the inputs, even with the same key', () => {
			const inspector = new Inspector();
			inspector.useFetchedKeys(JWKS, 'https://issuer.example');
			inspector.load({
				token: 'a',
				key: JWKS,
				keyEncoding: 'auto',
				audience: '',
				issuer: '',
				leewaySeconds: 0
			});
			expect(inspector.snapshot().keyFetchedFor).toBeUndefined();
		});
	});

	// Issue 14: every panel reads the inputs and evaluation time the report on screen was made from, and no
	// component can replace what the Inspector shows.
	describe('one snapshot for every panel', () => {
		/** The real core behind the engine, as the worker runs it. */
		const coreEngine: Engine = async (input) => ({ kind: 'report', report: await inspect(input) });

		function inspectorAt(now: Date) {
			const inspector = new Inspector(coreEngine);
			// The live clock, stopped at `now`: the page moves it on, the test moves it by hand.
			inspector.clock = now.getTime();
			return inspector;
		}

		it('keeps the inputs and evaluation time of the report on screen while the fields change', async () => {
			const inspector = inspectorAt(NOW);
			inspector.token = mint('hs256');
			inspector.audience = AUDIENCE;
			inspector.leeway = 30;
			await inspector.run(inspector.snapshot());
			inspector.audience = 'typed since';
			inspector.leeway = 90;
			inspector.clock = NOW.getTime() + 60_000;
			expect(inspector.reportedInputs).toMatchObject({
				audience: AUDIENCE,
				leewaySeconds: 30,
				now: NOW
			});
			expect(inspector.report?.evaluatedAt).toBe(NOW.toISOString());
			expect(inspector.report?.leewaySeconds).toBe(inspector.reportedInputs?.leewaySeconds);
		});

		it('gives the share link the report’s inputs and time, not the live fields or clock', async () => {
			const inspector = inspectorAt(NOW);
			inspector.token = mint('hs256');
			inspector.key = 'an HMAC secret that stays behind';
			inspector.audience = AUDIENCE;
			await inspector.run(inspector.snapshot());
			inspector.audience = 'typed since';
			inspector.clock = NOW.getTime() + 60_000;
			// What SharePanel.svelte composes: the page passes it inspector.reportedInputs and the report.
			const link = composeDiagnosis(inspector.reportedInputs!, inspector.report!, DEFAULT_CHOICES);
			expect(link).toMatchObject({ audience: AUDIENCE, evaluatedAt: NOW.getTime() });
			// The rows the link carries as the sender's are dated by the report, not by a clock read later.
			expect(link.reported?.at).toBe(NOW.getTime());
		});

		it('lets no component assign what it shows', async () => {
			const inspector = new Inspector(coreEngine);
			await inspector.run(inspector.snapshot());
			const shown = inspector.report;
			const outputs = [
				'report',
				'reportedInputs',
				'reportedToken',
				'settled',
				'failure',
				'overload',
				'leewaySeconds',
				'pinnedDate',
				'evaluationTime'
			] as const;
			for (const name of outputs) {
				expect(() => {
					(inspector as unknown as Record<string, unknown>)[name] = undefined;
				}, name).toThrow(TypeError);
			}
			expect(inspector.report).toBe(shown);
		});

		it('makes assigning an output a type error', () => {
			// Never called: `npm run check` fails on an @ts-expect-error that no longer finds an error.
			const assignments = (inspector: Inspector, report: Report) => {
				// @ts-expect-error the report on screen is set only by run()
				inspector.report = report;
				// @ts-expect-error the inputs of the report on screen are set only by run()
				inspector.reportedInputs = undefined;
				// @ts-expect-error derived from the inputs of the report on screen
				inspector.reportedToken = '';
				// @ts-expect-error set only by run()
				inspector.settled = true;
				// @ts-expect-error derived from the leeway field
				inspector.leewaySeconds = 5;
				// @ts-expect-error derived from the time mode, the pinned field and the clock
				inspector.evaluationTime = new Date();
			};
			expect(typeof assignments).toBe('function');
		});
	});
});
