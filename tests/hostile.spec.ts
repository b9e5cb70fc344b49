import { NASTY, wycheproofInvalid } from '../src/lib/core/corpus';
import { CHECK_IDS } from '../src/lib/core/types';
import { hs256, pasteToken, reportOf, settled } from './page-helpers';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Hostile input through the page: the nasty corpus and every Wycheproof invalid vector get a report with every
// row and never a valid verdict; what a token carries is shown as text, with invisible characters made visible.
// The fixture fails any test with a console error, a CSP violation or a request off the page's origin.

async function inspectInPage(page: Page, token: string, key = ''): Promise<void> {
	await page.getByLabel('Verification key').fill(key);
	await pasteToken(page, token);
	const report = await settled(page);
	const ids = await page
		.locator('[data-check]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-check')));
	expect(ids, token.slice(0, 60)).toEqual([...CHECK_IDS]);
	await expect(report).not.toHaveAttribute('data-verdict', 'valid');
	await expect(report).toHaveAttribute('data-verdict', /^(invalid|unverified)$/);
}

/** Selects the whole token, so that the next paste replaces it. */
async function selectToken(page: Page): Promise<void> {
	await page.getByLabel('Token', { exact: true }).focus();
	await page.keyboard.press('ControlOrMeta+a');
}

test.describe('the nasty corpus through the page', () => {
	test.describe.configure({ timeout: 240_000 });
	const entries = NASTY.filter((entry) => entry.page);
	const vectors = wycheproofInvalid();
	const chunks = [
		entries,
		...Array.from({ length: 4 }, (_, i) => vectors.filter((_, j) => j % 4 === i))
	];
	chunks.forEach((chunk, i) => {
		test(`batch ${i + 1} of ${chunks.length}: ${chunk.length} inputs, each a full report and never valid`, async ({
			page
		}) => {
			await page.goto('/');
			await settled(page);
			for (const entry of chunk) {
				await selectToken(page);
				await inspectInPage(page, entry.token, entry.key);
			}
		});
	});
});

test('invisible and misleading characters are shown by their code points, in the checklist and the decoded view', async ({
	page
}) => {
	await page.goto('/');
	const token = hs256(
		{ sub: 'admin\u202Enimda', iss: 'https://issuer\u200B.example', aud: 'a\u2066b' },
		'x'.repeat(40)
	);
	await page.getByLabel('Expected issuer').fill('https://issuer.example');
	await inspectInPage(page, token);
	const payload = page.locator('[data-decoded="payload"]');
	await expect(payload).toContainText('admin⟨U+202E⟩nimda');
	await expect(payload).toContainText('https://issuer⟨U+200B⟩.example');
	await expect(payload).toContainText('a⟨U+2066⟩b');
	const iss = page.locator('[data-check="iss"]');
	await expect(iss).toHaveAttribute('data-status', 'fail');
	await expect(iss).toContainText('⟨U+200B⟩');
	// The characters themselves are nowhere in the report's text.
	const text = await reportOf(page).innerText();
	expect(text).not.toMatch(/[\u202E\u200B\u2066]/);
});

test('claims named __proto__, constructor and prototype are shown as data and change nothing', async ({
	page
}) => {
	await page.goto('/');
	const claims = JSON.parse(
		'{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p","sub":"<b>bold</b>"}'
	);
	await inspectInPage(page, hs256(claims, 'x'.repeat(40)));
	const payload = page.locator('[data-decoded="payload"]');
	for (const name of ['"__proto__"', '"constructor"', '"prototype"'])
		await expect(payload).toContainText(name);
	// Markup in a claim is text, and no link is made from anything in the token.
	await expect(payload).toContainText('"<b>bold</b>"');
	await expect(payload.locator('b, a')).toHaveCount(0);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
});
