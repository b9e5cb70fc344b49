// Gets the first paste ready before it comes (issue 18 item 8): the Token field's editor (CodeMirror), the
// inspection worker with the core, and the report's extras each loaded on first use, which made the first paste
// 90–200 ms against 13–20 ms for a later one. They now start on the first sign of intent — the pointer over or
// focus in the Token field, a `pointerdown` anywhere — or when the browser is idle after load, whichever comes
// first. Then, while the browser is idle, the page rehearses its report and the field's first paste off the page
// with the worker's rehearsal reports, so that the first real paste runs code that has already run. Only the
// worker's small client is in the first-load bundle (the ≤ 110 KB budget); the rest are the page's own dynamic
// imports, which then resolve from the module map at once.
import type { Inspector, Rehearsal } from './inspector.svelte';
import { loadReportExtras } from './report-extras-loader';
import { tokenMarksOf } from '$lib/present/token-marks';

/** The performance mark set when warming starts. */
export const WARM_UP_MARK = 'token-inspector:warm-up';
/** The Token field's wrapper (TokenEditor.svelte). */
const TOKEN_FIELD = '[data-token-field]';
/** How long after load an idle browser may wait before warming anyway (requestIdleCallback's timeout). */
const IDLE_TIMEOUT_MS = 2000;
/** About what one step of the report's rehearsal takes: another step is taken while this much idle time is left. */
const STEP_MS = 15;

/** Starts warming on the first sign of intent or idleness; returns the function that stops listening. */
export function warmOnIntent(inspector: Inspector): () => void {
	let done = false;
	const warm = () => {
		if (done) return;
		done = true;
		stop();
		// The first-load budget counts what the page fetched before this mark (tests/first-load.ts).
		performance.mark(WARM_UP_MARK);
		const rehearsals = inspector.warm();
		// Errors are not handled here: the same import made later on the real path reports (and survives) them.
		void import('$lib/editor/token-editor').catch(() => undefined);
		const extras = loadReportExtras();
		// With the worker's rehearsal reports, the page rehearses its report (off the page), then its field. It
		// starts with the first, while the worker makes the second.
		void Promise.all([rehearsals.first, extras]).then(
			([first, module]) => {
				if (first) whenIdle(() => rehearse(first, rehearsals.all, module));
			},
			() => undefined
		);
	};
	// Once there is a token, rehearsing is over: a step would hold up its inspection, and once its report is on
	// screen the parts have mounted and the field has had its paste.
	const needed = () => !stopped && inspector.token === '' && inspector.reportedToken === '';
	const rehearse = (
		first: Rehearsal,
		all: Promise<Rehearsal[]>,
		module: typeof import('$lib/components/report-extras')
	) => {
		if (!needed()) return;
		const report = module.rehearseReport(first, inspector, module);
		// The first step mounts the parts; the others, one per idle moment while there is time left in it,
		// update them with the worker's other reports.
		report.mount();
		void all.then((made) => {
			const others = made.filter((rehearsal) => rehearsal !== first);
			const step = (deadline?: IdleDeadline) => {
				do {
					if (!needed()) return report.stop();
					if (!report.step(others)) return rehearseField(first);
				} while (deadline && deadline.timeRemaining() > STEP_MS);
				whenIdle(step);
			};
			whenIdle(step);
		});
	};
	// The Token field's own first paste, in a field of its own that is never attached: a paste, the report's
	// marks, and a paste over it.
	const rehearseField = ({ inputs, report }: Rehearsal) =>
		void import('$lib/editor/token-editor').then(
			(editor) =>
				whenIdle(() => {
					if (needed())
						editor.rehearseTokenEditor(inputs.token, tokenMarksOf(report, inputs.token));
				}),
			() => undefined
		);
	const onField = (event: Event) => {
		if (event.target instanceof Element && event.target.closest(TOKEN_FIELD)) warm();
	};
	const options = { capture: true, passive: true } as const;
	// Listened for on the document, not on the field: the field's element is swapped when the editor mounts.
	const events = [
		['pointerover', onField],
		['focusin', onField],
		['pointerdown', warm]
	] as const;
	for (const [name, listener] of events) document.addEventListener(name, listener, options);
	// After load, the first idle moment warms too.
	let idle: (() => void) | undefined;
	const warmWhenIdle = () => (idle = whenIdle(warm));
	if (document.readyState === 'complete') warmWhenIdle();
	else addEventListener('load', warmWhenIdle, { once: true });
	function stop() {
		for (const [name, listener] of events) document.removeEventListener(name, listener, options);
		removeEventListener('load', warmWhenIdle);
		idle?.();
	}
	let stopped = false;
	return () => {
		stopped = true;
		stop();
	};
}

/**
 * Runs `task` at the browser's next idle moment, or after IDLE_TIMEOUT_MS at the latest (Safari has no
 * requestIdleCallback: a timer stands in); returns the function that cancels it.
 */
function whenIdle(task: (deadline?: IdleDeadline) => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(task, IDLE_TIMEOUT_MS);
	return () => clearTimeout(timer);
}
