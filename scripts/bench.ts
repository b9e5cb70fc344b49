// `npm run bench`: one Markdown table of what the inspector costs, each figure next to its budget (issue 7).
//   1. the core in Node: inspect() vs jose's bare compactVerify;
//   2. the page in Chromium (production build): paste → settled report, and the longest main-thread task;
//   3. what a first visit downloads;
//   4. a reload served by the service worker with the network off.
// `--core` or `--page` runs one part; `--no-build` serves the build already in build/.
// Timings vary with the machine; only the first-load bytes are a test (tests/budget.spec.ts).
import { chromium } from '@playwright/test';
import { benchCore } from './bench/core.ts';
import { benchPage } from './bench/page.ts';
import type { Row } from './bench/stats.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { withPreview } from './preview.ts';

// BENCH_PORT: another port, so that two worktrees can bench at once.
const PORT = Number(process.env.BENCH_PORT ?? 4178);
const only = process.argv.includes('--core')
	? 'core'
	: process.argv.includes('--page')
		? 'page'
		: 'all';

const rows: Row[] = [];
if (only !== 'page') rows.push(...(await benchCore()));
if (only !== 'core') {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		rows.push(...(await withPreview(PORT, (base) => benchPage(browser, base))));
	} finally {
		await browser.close();
	}
}

const mark = (within: boolean | undefined) => (within === undefined ? '' : within ? '✓' : '✗ over');
console.log(`\nNode ${process.version}, ${process.platform} ${process.arch}\n`);
console.log('| Measure | Median | p95 | Runs | Budget | |');
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const r of rows) {
	console.log(
		`| ${r.measure} | ${r.median} | ${r.p95} | ${r.runs} | ${r.budget} | ${mark(r.within)} |`
	);
}
