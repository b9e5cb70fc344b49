// Times the page in Chromium (the production build): from a paste into the Token editor to a settled report
// (`aria-busy` back to "false"), for a typical RS256 token with its JWKS and for a 1 MB token, with the longest
// main-thread task seen during each paste. The clock is not faked (a faked clock would fake performance.now too),
// so the fixture tokens may be judged expired: the work up to a settled report is the same. Run with `npm run bench:page`; prints a Markdown table.
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { withPreview } from './preview.ts';

const PORT = 4178;
const RUNS = Number(process.env.RUNS ?? 20);

const read = (name: string) =>
	JSON.parse(readFileSync(new URL(`../src/lib/core/fixtures/${name}`, import.meta.url), 'utf8'));
const keys = read('keys.json');
const tokens = read('tokens.json');

function bigToken(size: number, variant: string): string {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const payloadChars = Math.floor(((size - 100) * 3) / 4);
	return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: variant, blob: 'a'.repeat(payloadChars), exp: keys.now + 3600 })}.${'A'.repeat(43)}`;
}

/** Pastes `token` over the editor's text and resolves with the time until the report settles, and the longest task. */
async function paste(page: Page, token: string): Promise<{ ms: number; longestTask: number }> {
	return page.evaluate(
		(text) =>
			new Promise<{ ms: number; longestTask: number }>((resolve) => {
				const report = document.querySelector('[data-report]')!;
				const content = document
					.querySelector('[data-token-editor]')!
					.shadowRoot!.querySelector<HTMLElement>('.cm-content')!;
				let longestTask = 0;
				const tasks = new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						longestTask = Math.max(longestTask, entry.duration);
				});
				tasks.observe({ type: 'longtask' });
				let sawBusy = false;
				const started = performance.now();
				const done = new MutationObserver(() => {
					const busy = report.getAttribute('aria-busy');
					if (busy === 'true') sawBusy = true;
					else if (sawBusy && busy === 'false') {
						const ms = performance.now() - started;
						done.disconnect();
						// Long tasks are reported after they end: give the observer a frame to deliver them.
						setTimeout(() => {
							tasks.disconnect();
							resolve({ ms, longestTask });
						}, 50);
					}
				});
				done.observe(report, { attributes: true, attributeFilter: ['aria-busy'] });
				content.focus();
				document.execCommand('selectAll');
				const data = new DataTransfer();
				data.setData('text/plain', text);
				content.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
				);
			}),
		token
	);
}

function stats(values: number[]) {
	const sorted = values.toSorted((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function measure(page: Page, variants: [string, string], runs: number) {
	const times: number[] = [];
	const longest: number[] = [];
	for (let i = 0; i < runs; i++) {
		const { ms, longestTask } = await paste(page, variants[i % 2]!);
		times.push(ms);
		longest.push(longestTask);
	}
	return { time: stats(times), longestTask: Math.max(...longest) };
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	await withPreview(PORT, async (base) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(base);
		await page
			.getByLabel('Verification key')
			.fill(JSON.stringify({ keys: [keys.keys.rs256.publicJwk, keys.keys.es256.publicJwk] }));
		await page.locator('[data-report][aria-busy="false"]').waitFor();
		const rows: string[] = [];
		const typical = await measure(page, [tokens.tokens.rs256, tokens.tokens.rsOther], RUNS);
		rows.push(row('Paste → settled report: RS256 token, 2-key JWKS', typical, RUNS));
		const bigRuns = Math.max(4, Math.round(RUNS / 4));
		const big = await measure(page, [bigToken(1_000_000, 'a'), bigToken(1_000_000, 'b')], bigRuns);
		rows.push(row('Paste → settled report: 1 MB token', big, bigRuns));
		console.log('| page (Chromium, production build) | median | p95 | longest task | runs |');
		console.log('| --- | ---: | ---: | ---: | ---: |');
		for (const line of rows) console.log(line);
	});
} finally {
	await browser.close();
}

function row(name: string, result: Awaited<ReturnType<typeof measure>>, runs: number): string {
	const ms = (n: number) => `${n.toFixed(1)} ms`;
	return `| ${name} | ${ms(result.time.median)} | ${ms(result.time.p95)} | ${ms(result.longestTask)} | ${runs} |`;
}
