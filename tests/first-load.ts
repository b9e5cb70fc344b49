// What a first visit downloads: every script and stylesheet the browser fetched from loading the page until
// the network went quiet, counted raw and gzip-compressed (as a static host would serve them). Shared by the
// first-load budget test and `npm run bench`, so both count the same thing the same way.
// What the page fetches ahead of the first paste once it has loaded and the browser is idle (the editor, the
// worker with the core: src/lib/app/warmup.ts) is counted apart, as `warmUp`: it is fetched after the first
// screen is up, not for it. The budget test checks that it starts only after the load event.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface FirstLoad {
	js: Bytes;
	css: Bytes;
	/** Every request the page made, of any kind. */
	requests: number;
	files: Array<{ url: string; type: 'js' | 'css'; raw: number; gzip: number }>;
	/** What the warm-up fetched after the first screen was up (JS and CSS together), and when it started. */
	warmUp: Bytes & { files: FirstLoad['files']; startedAt?: number; loadEventEnd: number };
}

/** The mark src/lib/app/warmup.ts sets when it starts (kept in step by the budget test). */
export const WARM_UP_MARK = 'token-inspector:warm-up';

/** Loads `url` in a fresh page, waits until the network is idle, and counts what was fetched. */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
	const pending: Array<Promise<FirstLoad['files'][number] | undefined>> = [];
	let requests = 0;
	page.on('request', () => requests++);
	page.on('response', (response) => {
		const kind = response.request().resourceType();
		const type = kind === 'script' ? 'js' : kind === 'stylesheet' ? 'css' : undefined;
		if (!type) return;
		pending.push(
			response.body().then((body) => ({
				url: response.url(),
				type,
				raw: body.length,
				gzip: gzipSync(body).length
			}))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const fetched = (await Promise.all(pending)).filter((file) => file !== undefined);
	// When each file was asked for, and when the warm-up began, on the page's own clock.
	const timing = await page.evaluate((mark) => {
		const started: Record<string, number> = {};
		for (const entry of performance.getEntriesByType('resource'))
			started[entry.name] ??= entry.startTime;
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			started,
			warmUp: performance.getEntriesByName(mark)[0]?.startTime,
			loadEventEnd: navigation.loadEventEnd
		};
	}, WARM_UP_MARK);
	const isWarmUp = (file: { url: string }) =>
		timing.warmUp !== undefined && (timing.started[file.url] ?? 0) >= timing.warmUp;
	const files = fetched.filter((file) => !isWarmUp(file));
	const warmed = fetched.filter(isWarmUp);
	const sum = (list: typeof fetched, type?: 'js' | 'css') =>
		list
			.filter((file) => type === undefined || file.type === type)
			.reduce((total, file) => ({ raw: total.raw + file.raw, gzip: total.gzip + file.gzip }), {
				raw: 0,
				gzip: 0
			});
	return {
		js: sum(files, 'js'),
		css: sum(files, 'css'),
		requests,
		files,
		warmUp: {
			...sum(warmed),
			files: warmed,
			...(timing.warmUp !== undefined ? { startedAt: timing.warmUp } : {}),
			loadEventEnd: timing.loadEventEnd
		}
	};
}

/** The first-load budgets of issue 7, in bytes after gzip (1 KB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET = { jsGzip: 110_000, cssGzip: 15_000 };
