// The first report on a token mounted a dozen components whose code had never run: V8 compiled each function
// on its first call and Svelte parsed each template's HTML once, which made the first paste settle at about
// 3–4× a later one (issue 18 item 8). Rendering the report's parts once, off the page, while the browser is
// idle moves that one-time cost ahead of the paste; the element is never attached, so nothing is shown, laid
// out or announced, and it is unmounted at once.
import { flushSync, mount, unmount } from 'svelte';
import type { Report } from '$lib/core';
import type { Inspector } from '$lib/app/inspector.svelte';
import ReportRehearsal from './ReportRehearsal.svelte';

/** The performance mark set once the report's first mount has been rehearsed. */
export const REHEARSED_MARK = 'token-inspector:report-rehearsed';

/** Renders the report's parts for `report` into a detached element, then removes them. */
export function rehearseReport(report: Report, inspector: Inspector): void {
	const target = document.createElement('div');
	const rehearsal = mount(ReportRehearsal, { target, props: { report, inspector } });
	try {
		// Effects too (the decoded view's dictionary fetch among them), as on the page.
		flushSync();
	} finally {
		void unmount(rehearsal);
	}
	performance.mark(REHEARSED_MARK);
}
