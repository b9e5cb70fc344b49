// The first report on a token mounted a dozen components whose code had never run: V8 compiled each function
// on its first call, Svelte parsed each template's HTML once, and the code that updates a report ran cold,
// which made the first paste settle at about 3–4× a later one (issue 18 item 8). Rendering the report's parts
// (ReportParts.svelte, as the page does) for the worker's rehearsal reports, off the page, while the browser is
// idle, moves that one-time cost ahead of the paste: the first render mounts the parts, the next ones update
// them, back and forth as later pastes do (one pass over each was not enough: the first paste still took
// about 2.2× a later one; three took it to about 1.6×). The element is never attached, so nothing is shown,
// laid out or announced, and it is unmounted at the end.
import { flushSync, mount, unmount } from 'svelte';
import type { Inspector, Rehearsal } from '$lib/app/inspector.svelte';
import ReportRehearsal from './ReportRehearsal.svelte';
import type * as Extras from './report-extras';

/** The performance mark set once the report has been rehearsed. */
export const REHEARSED_MARK = 'token-inspector:report-rehearsed';
/** How many times the rehearsal goes from the first report to the others and back. */
const ROUNDS = 3;

/** A rehearsal under way: each call renders once; the caller spaces them out (app/warmup.ts). */
export interface ReportRehearsalRun {
	/** Mounts the parts for the first rehearsal. */
	mount(): void;
	/**
	 * Goes to the next of `others` and back to the first, ROUNDS times in all; false once there is nothing
	 * left, and the parts are then unmounted.
	 */
	step(others: readonly Rehearsal[]): boolean;
	/** Unmounts the parts now. */
	stop(): void;
}

/** Prepares a rehearsal of the report's parts, starting with `first`; nothing renders before `mount`. */
export function rehearseReport(
	first: Rehearsal,
	inspector: Inspector,
	extras: typeof Extras
): ReportRehearsalRun {
	let mounted: { show(rehearsal: Rehearsal): void } | undefined;
	let next = 0;
	const stop = () => {
		if (mounted) void unmount(mounted);
		mounted = undefined;
	};
	// Effects too, as on the page; a failure unmounts the parts before it is thrown.
	const render = (change: () => void) => {
		try {
			change();
			flushSync();
		} catch (error) {
			stop();
			throw error;
		}
	};
	return {
		mount() {
			if (mounted) return;
			render(() => {
				mounted = mount(ReportRehearsal, {
					target: document.createElement('div'),
					props: { first, inspector, extras }
				}) as { show(rehearsal: Rehearsal): void };
			});
		},
		step(others) {
			const sequence = Array.from({ length: ROUNDS }, () => [...others, first]).flat();
			const shown = mounted;
			const rehearsal = sequence[next++];
			if (shown && rehearsal && others.length > 0) render(() => shown.show(rehearsal));
			if (mounted && next < sequence.length && others.length > 0) return true;
			if (mounted) performance.mark(REHEARSED_MARK);
			stop();
			return false;
		},
		stop
	};
}
