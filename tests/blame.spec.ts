// Issue 16, items 3 to 5, in the page: an issuer mismatch shows both values with the differing part marked,
// legible and axe clean in light and dark, on a desktop and on a phone; the verdict sentence keeps that part;
// an expired long-lived token is blamed on its expiry, not on clock skew.
import { test, expect } from './fixtures';
import {
	hs256,
	isDark,
	isLight,
	pageBackground,
	pasteToken,
	reportOf,
	seconds,
	seriousViolations,
	settled
} from './page-helpers';

const SECRET = 'blame-spec-secret-that-is-long-enough-for-hs256';
const TOKEN_ISSUER = 'http://localhost:8180/realms/dev';
const EXPECTED_ISSUER = 'http://keycloak:8080/realms/dev';

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`marks the differing part of the issuer at ${viewport.width}×${viewport.height}, light and dark`, async ({
		page
	}) => {
		test.slow();
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await settled(page);
		const now = seconds(Date.now());
		await pasteToken(
			page,
			hs256({ iss: TOKEN_ISSUER, sub: 'u', iat: now - 60, exp: now + 3600 }, SECRET)
		);
		await page.getByLabel('Expected issuer', { exact: true }).fill(EXPECTED_ISSUER);
		await settled(page);

		const row = page.locator('[data-check="iss"]');
		// The realm reached by two hostnames is Keycloak's known pitfall; its row marks the difference too.
		await expect(row).toHaveAttribute('data-code', 'iss.keycloak-hostname');
		const actual = row.locator('[data-diff-side="actual"]');
		const expected = row.locator('[data-diff-side="expected"]');
		// Each line is the whole value, as text, with only the differing part marked.
		await expect(actual).toHaveText(TOKEN_ISSUER);
		await expect(expected).toHaveText(EXPECTED_ISSUER);
		await expect(actual.locator('mark')).toHaveText(['localhost:8180']);
		await expect(expected.locator('mark')).toHaveText(['keycloak:8080']);
		await expect(actual.locator('mark')).toBeVisible();
		// The value fits the row: no horizontal scroll on a phone.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		// The verdict keeps the differing part and ends with the row's action.
		const banner = page.locator('[data-verdict-banner]');
		await expect(banner).toContainText('localhost:8180');
		await expect(banner).toContainText('keycloak:8080');
		await expect(reportOf(page)).toHaveAttribute('data-verdict', 'invalid');

		for (const colorScheme of ['light', 'dark'] as const) {
			await test.step(colorScheme, async () => {
				await page.emulateMedia({ colorScheme });
				const inScheme = colorScheme === 'dark' ? isDark : isLight;
				await expect.poll(async () => inScheme(await pageBackground(page))).toBe(true);
				expect.soft(await seriousViolations(page)).toEqual([]);
			});
		}
	});
}

test('blames a 24-hour token a few minutes past its exp on the expiry, not on clock skew', async ({
	page
}) => {
	await page.goto('/');
	await settled(page);
	const now = seconds(Date.now());
	await pasteToken(page, hs256({ sub: 'u', iat: now - 86400 - 189, exp: now - 189 }, SECRET));
	await settled(page);
	const row = page.locator('[data-check="exp"]');
	await expect(row).toHaveAttribute('data-code', 'exp.expired');
	await expect(row).not.toContainText(/skew|leeway/i);
	await expect(page.locator('[data-verdict-banner]')).not.toContainText(/skew|leeway/i);
});
