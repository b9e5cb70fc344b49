// The one speed budget that is deterministic, and so a test: what the first visit downloads. The timings
// (paste to settled report, long tasks) vary with the machine and are reported by `npm run bench` instead.
import { test, expect } from './fixtures';
import { FIRST_LOAD_BUDGET, measureFirstLoad, WARM_UP_MARK } from './first-load';
import { WARM_UP_MARK as PAGE_MARK } from '../src/lib/app/warmup';
import { settled, tokenEditor } from './page-helpers';

// The service worker's precache (everything, for offline use) is not what the first screen needs.
test.use({ serviceWorkers: 'block' });

test('the first visit loads at most 110 KB of JS and 15 KB of CSS, gzip', async ({ page }) => {
	const load = await measureFirstLoad(page, '/');
	const listing = load.files.map((f) => `${f.type} ${f.gzip} B gzip  ${new URL(f.url).pathname}`);
	expect(load.files.length, 'the page loaded its scripts').toBeGreaterThan(0);
	expect(load.js.gzip, `first-load JS:\n${listing.join('\n')}`).toBeLessThanOrEqual(
		FIRST_LOAD_BUDGET.jsGzip
	);
	expect(load.css.gzip, `first-load CSS:\n${listing.join('\n')}`).toBeLessThanOrEqual(
		FIRST_LOAD_BUDGET.cssGzip
	);
	// What the page fetched ahead of the first paste is not counted, and it may not be: it starts only after
	// the load event, when the browser is idle (src/lib/app/warmup.ts).
	expect(WARM_UP_MARK).toBe(PAGE_MARK);
	if (load.warmUp.startedAt !== undefined)
		expect(load.warmUp.startedAt).toBeGreaterThanOrEqual(load.warmUp.loadEventEnd);
	// What was counted is a working first screen: the empty report, and a Token field that takes text.
	await expect(page.getByLabel('Token', { exact: true })).toBeEditable();
	await expect(page.locator('[data-check]').first()).toHaveAttribute('data-status', 'skip');
	await settled(page);
	// The editor, the inspection core, the claim dictionary and the samples arrive when first used, not with
	// the page: the editor was not among the files counted, and using the field fetches it.
	await expect(page.locator('[data-token-editor] .cm-content')).toHaveCount(0);
	await tokenEditor(page);
});
