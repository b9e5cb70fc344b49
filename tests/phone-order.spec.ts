// The report in a phone's order (issue 18, item 2): on a narrow screen the verdict, then the rows that failed or
// warned, then the decoded view and the timeline, then the rest; a desktop keeps the decoded view at the top of
// the report column, beside the token. One DOM serves both (CSS order), so every contract name stays single.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hs256, pasteToken, seconds, seriousViolations, settled } from './page-helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SHOTS = '/tmp/s13/shots/fix-phone';
const SECRET = 'a-phone-order-secret-that-is-long-enough-for-hs256';

function expiredToken(): string {
	const now = seconds(Date.now());
	return hs256(
		{ iss: 'https://issuer.example', sub: 'user_1', aud: 'api', iat: now - 7200, exp: now - 3600 },
		SECRET
	);
}

/** The top of the first element the selector matches, in page pixels. */
async function topOf(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top + scrollY);
}

async function pasteExpired(page: Page): Promise<void> {
	await page.goto('/');
	await pasteToken(page, expiredToken());
	await page.getByLabel('Verification key', { exact: true }).fill(SECRET);
	const report = await settled(page);
	await expect(report).toHaveAttribute('data-verdict', 'invalid');
	await expect(page.locator('[data-decoded="payload"]')).toBeVisible();
}

test('on a phone the failing row comes before the decoded view, within the first two screens', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await pasteExpired(page);
	const failing = await topOf(page, '[data-check][data-status="fail"]');
	const decoded = await topOf(page, '[data-decoded="header"]');
	const verdict = await topOf(page, '[data-verdict-banner]');
	console.log(`phone: verdict ${verdict} px, failing row ${failing} px, decoded ${decoded} px`);
	expect(verdict).toBeLessThan(failing);
	expect(failing).toBeLessThan(decoded);
	expect(failing).toBeLessThan(2 * PHONE.height);
	// One element per contract name, whatever the order.
	for (const selector of ['[data-report]', '[data-decoded="header"]', '[data-decoded="payload"]'])
		await expect(page.locator(selector)).toHaveCount(1);
	await expect(page.locator('[data-check="exp"]')).toHaveCount(1);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.screenshot({ path: `${SHOTS}/phone-order-${colorScheme}.png`, fullPage: true });
		expect.soft(await seriousViolations(page)).toEqual([]);
	}
});

test('on a desktop the decoded view stays at the top of the report, beside the token', async ({
	page
}) => {
	await page.setViewportSize(DESKTOP);
	await pasteExpired(page);
	const decoded = await topOf(page, '[data-decoded="header"]');
	const failing = await topOf(page, '[data-check][data-status="fail"]');
	console.log(`desktop: decoded ${decoded} px, failing row ${failing} px`);
	expect(decoded).toBeLessThan(failing);
	expect(decoded).toBeLessThan(DESKTOP.height);
});
