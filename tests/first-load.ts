// What a first visit downloads: every script and stylesheet the browser fetched from loading the page until
// the network went quiet, counted raw and gzip-compressed (as a static host would serve them). Shared by the
// first-load budget test and `npm run bench`, so both count the same thing the same way.
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
}

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
	const files = (await Promise.all(pending)).filter((file) => file !== undefined);
	const sum = (type: 'js' | 'css') =>
		files
			.filter((file) => file.type === type)
			.reduce((total, file) => ({ raw: total.raw + file.raw, gzip: total.gzip + file.gzip }), {
				raw: 0,
				gzip: 0
			});
	return { js: sum('js'), css: sum('css'), requests, files };
}

/** The first-load budgets of issue 7, in bytes after gzip (1 KB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET = { jsGzip: 110_000, cssGzip: 15_000 };
