// The report's extras (src/lib/components/report-extras.ts) load once, by whichever asks first: the warm-up
// ahead of the first paste (app/warmup.ts) or the page on its first input. Once loaded, the page takes them
// synchronously: a dynamic import, even of a module already loaded, answers a microtask later through Vite's
// preload helper, and the page then rendered the extras for the empty report, only to replace them when the
// token's report came a few milliseconds later (issue 18 item 8).
type ReportExtras = typeof import('$lib/components/report-extras');

let loaded: ReportExtras | undefined;
let loading: Promise<ReportExtras> | undefined;

/** Loads the extras, once; a failed load is tried again on the next call. */
export function loadReportExtras(): Promise<ReportExtras> {
	loading ??= import('$lib/components/report-extras').then(
		(module) => (loaded = module),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** The extras if they have loaded, else undefined. */
export function loadedReportExtras(): ReportExtras | undefined {
	return loaded;
}
