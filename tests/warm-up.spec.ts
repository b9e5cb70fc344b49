// The first paste as fast as the later ones (issue 18 item 8): the editor and the inspection worker (with the
// core) are fetched on the first sign of intent, before anything is pasted. Asserted on the requests, not on
// timings (those are `npm run bench`'s first-paste rows).
import { expect, test } from './fixtures';
import { hs256, pasteToken, seconds, seriousViolations, tokenEditor } from './page-helpers';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256!';

test('the editor and the inspection worker are fetched before the first paste', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const scripts: Array<Promise<string>> = [];
	const workers: string[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/workers/inspect.worker')) workers.push(response.url());
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	await page.goto('/', { waitUntil: 'load' });
	// A pointer over the Token field is a sign of intent; nothing has been typed or pasted yet.
	await page.getByLabel('Token', { exact: true }).hover();
	await expect.poll(() => workers.length).toBeGreaterThan(0);
	await expect
		.poll(async () => (await Promise.all(scripts)).some((body) => body.includes('cm-content')))
		.toBe(true);
	await expect(page.locator('[data-report]')).toHaveAttribute('data-format', 'empty');
	await context.close();
});

test("the report's first mount is rehearsed off the page while idle, and nothing of it stays", async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'load' });
	// The idle browser warms up by itself: the worker's rehearsal report, then the report's parts rendered once
	// in a detached element (src/lib/components/report-rehearsal.ts).
	await page.waitForFunction(
		() => performance.getEntriesByName('token-inspector:report-rehearsed').length === 1
	);
	// Nothing of the rehearsal is on the page: the report is still the empty one, with no decoded token.
	const report = page.locator('[data-report]');
	await expect(report).toHaveCount(1);
	await expect(report).toHaveAttribute('data-format', 'empty');
	await expect(page.locator('[data-timeline], [data-decoded], [data-verifiers]')).toHaveCount(0);
	await expect(page.locator('[data-check]').first()).toHaveAttribute('data-status', 'skip');
	expect(await page.locator('body').innerText()).not.toContain('issuer.example');
	// The first real paste gets its own report.
	await pasteToken(page, hs256({ sub: 'first', exp: seconds(Date.now()) + 3600 }, SECRET));
	await expect(report).toHaveAttribute('aria-busy', 'false');
	await expect(report).toHaveAttribute('data-verdict', 'unverified');
	await expect(page.locator('[data-decoded="payload"]')).toContainText('first');
	await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'pass');
});

for (const size of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`a first paste settles with its verdict, rows and token colours on screen, and the timeline at its box's width (${size.width}×${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/', { waitUntil: 'load' });
		await tokenEditor(page);
		// What is on screen at the very moment aria-busy turns "false" (issue 18 item 8: heavy parts may
		// come later, but never the verdict, the checklist or the token's marks).
		const atSettle = page.evaluate(
			() =>
				new Promise<{ verdict: string | null; rows: number; marked: number; header: number }>(
					(resolve) => {
						const report = document.querySelector('[data-report]')!;
						const root = document.querySelector('[data-token-editor]')!.shadowRoot!;
						let sawBusy = false;
						new MutationObserver((_, observer) => {
							const busy = report.getAttribute('aria-busy');
							if (busy === 'true') sawBusy = true;
							else if (sawBusy) {
								observer.disconnect();
								resolve({
									verdict: report.getAttribute('data-verdict'),
									rows: report.querySelectorAll('[data-check="exp"][data-status="fail"]').length,
									marked: root.querySelectorAll('.cm-tok-payload, .cm-tok-signature').length,
									header: root.querySelectorAll('.cm-tok-header').length
								});
							}
						}).observe(report, { attributes: true, attributeFilter: ['aria-busy'] });
					}
				)
		);
		await pasteToken(page, hs256({ sub: 'late', exp: seconds(Date.now()) - 600 }, SECRET));
		expect(await atSettle).toEqual({
			verdict: 'invalid',
			rows: 1,
			marked: expect.any(Number),
			header: expect.any(Number)
		});
		const seen = await atSettle;
		expect(seen.marked).toBeGreaterThan(0);
		expect(seen.header).toBeGreaterThan(0);
		// The timeline's width comes from a ResizeObserver: the axis spans its box, whatever the screen.
		const timeline = page.locator('[data-timeline]');
		await expect
			.poll(() =>
				timeline.evaluate((figure) => {
					const box = figure.querySelector('div')!;
					return Number(figure.querySelector('svg')!.getAttribute('width')) - box.clientWidth;
				})
			)
			.toBe(0);
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('the warm-up rehearses two inspections in the worker: one without a key, then one with', async ({
	page
}) => {
	// Counts what the page asks the inspection worker, before anything is typed or pasted.
	await page.addInitScript({
		content: `
			const Base = globalThis.Worker;
			globalThis.rehearsals = [];
			globalThis.Worker = class extends Base {
				postMessage(message, ...rest) {
					globalThis.rehearsals.push(Boolean(message?.input?.key));
					return super.postMessage(message, ...rest);
				}
			};
		`
	});
	await page.goto('/', { waitUntil: 'load' });
	await page.getByLabel('Token', { exact: true }).hover();
	await expect
		.poll(() => page.evaluate(() => (globalThis as { rehearsals?: boolean[] }).rehearsals))
		.toEqual([false, true]);
	await expect(page.locator('[data-report]')).toHaveAttribute('data-format', 'empty');
});

test("the Token field's first paste is rehearsed in a field of its own: the page's field is untouched", async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'load' });
	await tokenEditor(page);
	await page.waitForFunction(
		() => performance.getEntriesByName('token-inspector:field-rehearsed').length === 1
	);
	const report = page.locator('[data-report]');
	await expect(report).toHaveAttribute('data-format', 'empty');
	// The field is empty, and has nothing to undo: the rehearsal's pastes went into another field.
	const content = page.locator('[data-token-editor] .cm-content');
	const empty = page.locator('[data-token-editor] .cm-placeholder');
	await expect(empty).toBeVisible();
	await content.focus();
	await page.keyboard.press('Control+z');
	await expect(empty).toBeVisible();
	await expect(content).not.toContainText(
		'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Indhcm0tdXAifQ'
	);
	await expect(report).toHaveAttribute('data-format', 'empty');
	expect(await page.locator('body').innerText()).not.toContain('warm-up');
});

test('a paste made before the rehearsal starts stops it: the report is the paste’s alone', async ({
	page
}) => {
	// The worker's script comes late, so its rehearsals cannot come back before the paste (the editor, which
	// the paste needs, is not held back).
	await page.route('**/workers/inspect.worker*', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'load' });
	// Pasted at once: the warm-up has started (focus is a sign of intent), its rehearsals have not come back.
	await pasteToken(page, hs256({ sub: 'early', exp: seconds(Date.now()) + 3600 }, SECRET));
	const report = page.locator('[data-report]');
	await expect(page.locator('[data-decoded="payload"]')).toContainText('early', {
		timeout: 15_000
	});
	await expect(report).toHaveAttribute('aria-busy', 'false');
	// Whatever the worker's rehearsals did meanwhile, the page rehearses nothing once there is a token.
	await page.waitForTimeout(1500);
	expect(
		await page.evaluate(() => [
			performance.getEntriesByName('token-inspector:report-rehearsed').length,
			performance.getEntriesByName('token-inspector:field-rehearsed').length
		])
	).toEqual([0, 0]);
	await expect(page.locator('[data-check="exp"]')).toHaveCount(1);
	await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'pass');
	expect(await page.locator('body').innerText()).not.toContain('issuer.example');
});
