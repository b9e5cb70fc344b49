// The first paste as fast as the later ones (issue 18 item 8): the editor and the inspection worker (with the
// core) are fetched on the first sign of intent, before anything is pasted. Asserted on the requests, not on
// timings (those are `npm run bench`'s first-paste rows).
import { expect, test } from './fixtures';

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
