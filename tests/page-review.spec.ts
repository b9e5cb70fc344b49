// What a new user's walk through the page found reading wrong (issue 18, after the merges of issues 17–20), each
// pinned by its layout: the header's buttons line up with the page, the empty report invites a paste once,
// the Claims table breaks neither a claim's name nor a time in the middle, and the Verification key's hint
// is not split inside a word on a phone. Layout is read from the boxes the browser drew, never from timing.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseSample, seriousViolations, settled } from './page-helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SHOTS = '/tmp/s13/shots/fix-phone';

/** How many lines the element's text is drawn on (distinct tops of its line boxes). */
function linesOf(element: Locator): Promise<number> {
	return element.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
	});
}

async function shoot(page: Page, name: string): Promise<void> {
	const size = page.viewportSize()!;
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.screenshot({ path: `${SHOTS}/review-${name}-${size.width}-${colorScheme}.png` });
		expect.soft(await seriousViolations(page)).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

test('on a phone the Samples button lines up with the title, not one gap to the right of it', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await settled(page);
	const title = await page.getByRole('heading', { level: 1 }).boundingBox();
	const samples = await page.getByRole('button', { name: 'Samples', exact: true }).boundingBox();
	// The header wraps on a phone: the buttons start a line of their own, at the page's left edge.
	expect(samples!.y).toBeGreaterThan(title!.y + title!.height - 1);
	expect(Math.abs(samples!.x - title!.x)).toBeLessThanOrEqual(1);
	await shoot(page, 'empty');
});

for (const viewport of [PHONE, DESKTOP]) {
	test(`the empty report at ${viewport.width} px is the verdict and one invitation, nothing more`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		const report = await settled(page);
		await expect(page.locator('[data-checklist-empty]')).toBeVisible();
		// The banner ("not a token yet") and the checklist's invitation; a third "paste a token" line repeated them.
		const shown = await report.evaluate(
			(el) => [...el.children].filter((child) => child.getClientRects().length > 0).length
		);
		expect(shown).toBe(2);
	});
}

test('at 1440 px the Claims table keeps a claim name and each time on one line', async ({
	page
}) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/');
	await chooseSample(page, 'expired');
	const table = page.locator('[data-claims-table]');
	// Folded until asked for, so the checklist stays near the top.
	await expect(table).toBeHidden();
	await page.locator('[data-claims] summary').click();
	await expect(table).toBeVisible();
	expect(await linesOf(table.locator('[data-claim="client_id"] th'))).toBe(1);
	expect(await linesOf(table.locator('[data-claim="iss"] td').first())).toBe(1);
	for (const time of await table.locator('[data-claim="exp"] [data-claim-time]').all())
		expect(await linesOf(time)).toBe(1);
	expect(await table.locator('[data-claim="exp"] [data-claim-time]').count()).toBeGreaterThan(1);
	await table.scrollIntoViewIfNeeded();
	await shoot(page, 'claims');
});

test('on a phone the Verification key hint breaks between words', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	const field = page.getByLabel('Verification key', { exact: true });
	// A placeholder wraps as the field's text does: break-all would cut "certificate" in two.
	expect(await field.evaluate((el) => getComputedStyle(el).wordBreak)).not.toBe('break-all');
	expect(await field.evaluate((el) => getComputedStyle(el).overflowWrap)).toBe('anywhere');
	// A long key without spaces still wraps inside the field instead of widening it.
	await field.fill('A'.repeat(400));
	const box = await field.boundingBox();
	expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
	expect(await field.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

// In a browser whose zone is at UTC+0 the local time and UTC are the same wall-clock time: said once, not twice.
for (const [timeZone, said] of [
	['UTC', 2],
	['Europe/Paris', 3]
] as const) {
	test.describe(`in a browser set to ${timeZone}`, () => {
		test.use({ timezoneId: timeZone });
		test(`a time claim is said ${said === 2 ? 'once, with its relative time' : 'in local time and in UTC'}`, async ({
			page
		}) => {
			await page.goto('/');
			await chooseSample(page, 'expired');
			// The Claims table (its rows are made when it is opened): relative, (local,) UTC.
			await page.locator('[data-claims] summary').click();
			await expect(
				page.locator('[data-claims-table] [data-claim="exp"] [data-claim-time]')
			).toHaveCount(said);
			// The payload's line under exp: the same parts, one separator between each.
			const line = (await page.locator('[data-time-claim="exp"]').textContent()) ?? '';
			expect(line.split(' · ')).toHaveLength(said);
		});
	});
}
