// Fetches what the first paste needs before it comes (issue 18 item 8): the Token field's editor (CodeMirror),
// the inspection worker with the core, and the report's extras. Each loads on the first use today, which made
// the first paste 90–200 ms against 13–20 ms for a later one. They now start on the first sign of intent — the
// pointer over or focus in the Token field, a `pointerdown` anywhere — or when the browser is idle after load,
// whichever comes first. None of it is in the first-load bundle (the ≤ 110 KB budget): these are the same
// dynamic imports the page makes later, which then resolve from the module map at once.
import type { Report } from '$lib/core/types';
import type { Inspector } from './inspector.svelte';

/** The performance mark set when warming starts. */
export const WARM_UP_MARK = 'token-inspector:warm-up';
/** The Token field's wrapper (TokenEditor.svelte). */
const TOKEN_FIELD = '[data-token-field]';
/** How long after load an idle browser may wait before warming anyway (requestIdleCallback's timeout). */
const IDLE_TIMEOUT_MS = 2000;

/** Starts warming on the first sign of intent or idleness; returns the function that stops listening. */
export function warmOnIntent(inspector: Inspector): () => void {
	let done = false;
	const warm = () => {
		if (done) return;
		done = true;
		stop();
		// The first-load budget counts what the page fetched before this mark (tests/first-load.ts).
		performance.mark(WARM_UP_MARK);
		const rehearsal = inspector.warm();
		// Errors are not handled here: the same import made later on the real path reports (and survives) them.
		void import('$lib/editor/token-editor').catch(() => undefined);
		// The decoded view fetches the claim dictionary after its first token: fetched now, it is there already.
		void import('$lib/present/claim-dictionary').catch(() => undefined);
		const extras = import('$lib/components/report-extras');
		// With the worker's rehearsal report, the page rehearses the report's first mount too (off the page).
		void Promise.all([rehearsal, extras]).then(
			([report, module]) => report && whenIdle(() => rehearse(report, module)),
			() => undefined
		);
	};
	const rehearse = (report: Report, module: typeof import('$lib/components/report-extras')) => {
		// Once a real report on a token is on screen, its parts have mounted: nothing is left to rehearse.
		if (!stopped && inspector.reportedToken === '') module.rehearseReport(report, inspector);
	};
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
function whenIdle(task: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(task, IDLE_TIMEOUT_MS);
	return () => clearTimeout(timer);
}
