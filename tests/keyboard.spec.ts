// The Token field never traps the keyboard (WCAG 2.1.2, "No Keyboard Trap"; issue 18, item 1): on every path
// that sets its text (a sample, a share link, typing or a paste), End in the editor and then Tab or Shift+Tab
// moves focus out of it, and a click on another field moves focus there, so typing lands in that field.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeLink } from './share-helpers';
import { chooseSample, hs256, pasteToken, settled, tokenEditor } from './page-helpers';

/** True while focus is inside the Token editor (its content element sits in the host's shadow root). */
function focusInEditor(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const host = document.querySelector('[data-token-editor]');
		const inner = host?.shadowRoot?.activeElement;
		return document.activeElement === host && inner?.classList.contains('cm-content') === true;
	});
}

/** Clicks into the editor, presses End, and checks that Tab, Shift+Tab and a click each leave it. */
async function expectNoTrap(page: Page): Promise<void> {
	const editor = await tokenEditor(page);
	const before = await editor.textContent();
	await editor.click();
	await page.keyboard.press('End');
	expect(await focusInEditor(page)).toBe(true);

	await page.keyboard.press('Tab');
	await expect.poll(() => focusInEditor(page)).toBe(false);

	await editor.click();
	await page.keyboard.press('End');
	await page.keyboard.press('Shift+Tab');
	await expect.poll(() => focusInEditor(page)).toBe(false);

	await editor.click();
	await page.keyboard.press('End');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await expect.poll(() => focusInEditor(page)).toBe(false);

	await editor.click();
	await page.keyboard.press('End');
	const audience = page.getByLabel('Expected audience', { exact: true });
	await audience.click();
	await expect(audience).toBeFocused();
	await page.keyboard.type('api://typed');
	await expect(audience).toHaveValue(/api:\/\/typed$/);
	// Nothing typed went into the token.
	expect(await editor.textContent()).toBe(before);
}

test('Tab and a click leave the Token editor after a sample loads', async ({ page }) => {
	await page.goto('/');
	await chooseSample(page, 'expired');
	await expectNoTrap(page);
});

test('Tab and a click leave the Token editor after a share link opens', async ({
	page,
	context
}) => {
	await page.goto('/');
	await chooseSample(page, 'wrong-audience');
	const link = await makeLink(page);
	const teammate = await context.newPage();
	await teammate.goto(link);
	await expect(teammate.locator('[data-shared-banner]')).toBeVisible();
	await settled(teammate);
	await expectNoTrap(teammate);
});

// Long enough to wrap over several lines: End then stops at a wrap point, where the trap was (the editor kept
// the caret's side of the wrap and, on blur, wrote it back into the page's selection, which refocused it).
const SECRET = 'a-secret-long-enough-for-hs256-xxxxxxxx';
const wrapping = (sub: string) => hs256({ sub, exp: 1, note: 'x'.repeat(400) }, SECRET);

test('Tab and a click leave the Token editor after a paste', async ({ page }) => {
	await page.goto('/');
	await pasteToken(page, wrapping('pasted'));
	await settled(page);
	await expectNoTrap(page);
});

test('Tab and a click leave the Token editor after a token response and its found-line button', async ({
	page
}) => {
	await page.goto('/');
	const response = { access_token: wrapping('access'), id_token: wrapping('id') };
	await pasteToken(page, JSON.stringify(response, null, 2));
	await settled(page);
	await page.getByRole('button', { name: 'Inspect the id_token instead' }).click();
	await settled(page);
	await expectNoTrap(page);
});
