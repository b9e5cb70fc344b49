// Comparing a failing token with one that works (issue 20, item 3), at desktop and phone sizes: both judged
// with the same key and expectations, the differences named by `data-diff-claim`, the rows they explain
// marked and named in a sentence; and a share link that carries the token that works (item 4).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hs256, pasteToken, seconds, seriousViolations, settled } from './page-helpers';
import { carried, makeLink } from './share-helpers';
import { handMade } from '../src/lib/testing/hand-made-link';

const SECRET = 'a long enough secret for the compare test, 32+ bytes';
const AUDIENCE = 'api://orders';
const ISSUER = 'https://issuer.example';
const now = seconds(Date.now());
// The ID token a single-page app got (OIDC Core §2: aud is the client, nonce), from a staging issuer …
const failing = hs256(
	{
		iss: 'https://staging.issuer.example',
		aud: 'spa-client',
		azp: 'spa-client',
		nonce: 'n-0S6_WzA2Mj',
		sub: 'user-42',
		iat: now - 60,
		exp: now + 3600
	},
	SECRET
);
// … and the access token the API accepts (RFC 9068 §2.1: typ "at+jwt").
const working = hs256(
	{
		iss: ISSUER,
		aud: AUDIENCE,
		client_id: 'spa-client',
		scope: 'orders:read',
		sub: 'user-42',
		iat: now - 60,
		exp: now + 3600
	},
	SECRET,
	{ alg: 'HS256', typ: 'at+jwt' }
);

async function compareBoth(page: Page) {
	await page.goto('/');
	await pasteToken(page, failing);
	await page.getByLabel('Verification key').fill(SECRET);
	await page.getByLabel('Expected audience').fill(AUDIENCE);
	await page.getByLabel('Expected issuer').fill(ISSUER);
	await settled(page);
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await page.getByLabel('Token that works', { exact: true }).fill(working);
	return comparisonOf(page);
}

async function comparisonOf(page: Page) {
	const panel = page.locator('[data-compare]');
	await expect(panel).toHaveAttribute('aria-busy', 'false');
	await expect(panel.locator('[data-comparison]')).toBeVisible();
	return panel;
}

async function expectTheDifferences(page: Page) {
	const panel = page.locator('[data-compare]');
	for (const name of ['iss', 'aud', 'typ', 'nonce', 'scope', 'client_id'])
		await expect(panel.locator(`[data-diff-claim="${name}"]`)).toHaveCount(1);
	// The differences that explain a failing row say which.
	await expect(panel.locator('[data-diff-claim="aud"]')).toHaveAttribute(
		'data-explains',
		/\baud\b/
	);
	await expect(panel.locator('[data-diff-claim="iss"]')).toHaveAttribute('data-explains', 'iss');
	// The sentence for the audience names both tokens' audiences.
	const audRow = panel.locator('[data-diff-row="aud"]');
	await expect(audRow).toHaveAttribute('data-explained-by', 'aud');
	await expect(audRow).toContainText('"spa-client"');
	await expect(audRow).toContainText(`"${AUDIENCE}"`);
	await expect(panel.locator('[data-diff-row="iss"]')).toContainText(
		'"https://staging.issuer.example"'
	);
	// The failing rows are marked on both sides: failing for this token, passing for the other.
	for (const id of ['aud', 'iss']) {
		const mine = panel.locator(`[data-compare-side="token"] [data-compare-check="${id}"]`);
		const theirs = panel.locator(`[data-compare-side="working"] [data-compare-check="${id}"]`);
		await expect(mine).toHaveAttribute('data-compare-status', 'fail');
		await expect(mine).toHaveAttribute('data-explained', 'true');
		await expect(theirs).toHaveAttribute('data-compare-status', 'pass');
		await expect(theirs).toHaveAttribute('data-explained', 'true');
	}
	await expect(
		panel.locator('[data-compare-side="working"] [data-compare-verdict="valid"]')
	).toBeVisible();
	// A row both pass is not marked.
	await expect(
		panel.locator('[data-compare-side="token"] [data-compare-check="signature"]')
	).not.toHaveAttribute('data-explained', 'true');
}

/** Starts counting how often the comparison is taken off the screen; the returned function stops and tells. */
async function countRemovals(page: Page): Promise<() => Promise<number>> {
	await page.evaluate(() => {
		const counter = { count: 0 };
		const observer = new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.removedNodes)
					if (node instanceof Element && node.matches('[data-comparison]')) counter.count++;
		});
		observer.observe(document.querySelector('[data-compare]')!, { childList: true, subtree: true });
		Object.assign(window, { __removals: { counter, observer } });
	});
	return () =>
		page.evaluate(() => {
			const { counter, observer } = (
				window as unknown as {
					__removals: { counter: { count: number }; observer: MutationObserver };
				}
			).__removals;
			observer.disconnect();
			return counter.count;
		});
}

const overflows = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('at 1440×900 the two tokens sit side by side, their differences named and the failing rows marked', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const panel = await compareBoth(page);
	await expectTheDifferences(page);
	const [a, b] = await Promise.all(
		['token', 'working'].map((side) => panel.locator(`[data-compare-side="${side}"]`).boundingBox())
	);
	expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
	expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
	expect(await overflows(page)).toBe(false);
	expect(await seriousViolations(page)).toEqual([]);
	// A change of input (or the live clock) re-judges both tokens: the comparison stays on screen meanwhile,
	// as the checklist does, rather than blinking out until the second report arrives.
	const removals = await countRemovals(page);
	await page.getByLabel('Clock leeway (seconds)').fill('5');
	await settled(page);
	await expect(panel).toHaveAttribute('aria-busy', 'false');
	expect(await removals()).toBe(0);
});

test('at 390×844 the two tokens are stacked and nothing overflows', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const panel = await compareBoth(page);
	await expectTheDifferences(page);
	const [a, b] = await Promise.all(
		['token', 'working'].map((side) => panel.locator(`[data-compare-side="${side}"]`).boundingBox())
	);
	expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
	expect(await overflows(page)).toBe(false);
	expect(await seriousViolations(page)).toEqual([]);
});

test('a share link carries the token that works without its signature, and restores the comparison', async ({
	page,
	context
}) => {
	await compareBoth(page);
	const link = await makeLink(page);
	await expect(page.locator('[data-share-carries]')).toContainText('token that works');
	const diagnosis = await carried(link);
	expect(diagnosis.workingToken).toBe(working.slice(0, working.lastIndexOf('.') + 1));
	expect(link).not.toContain(working.split('.')[2]!);

	const teammate = await context.newPage();
	await teammate.goto(link);
	await settled(teammate);
	await expect(teammate.getByLabel('Token that works', { exact: true })).toHaveValue(
		diagnosis.workingToken!
	);
	const panel = await comparisonOf(teammate);
	for (const name of ['iss', 'aud', 'typ'])
		await expect(panel.locator(`[data-diff-claim="${name}"]`)).toHaveCount(1);
	await expect(panel.locator('[data-diff-row="aud"]')).toContainText('"spa-client"');
});

test('a hand-made link with a token that works opens the comparison', async ({ page }) => {
	const unsigned = (t: string) => t.slice(0, t.lastIndexOf('.') + 1);
	const fragment = await handMade(
		JSON.stringify({ t: unsigned(failing), w: unsigned(working), a: AUDIENCE, i: ISSUER })
	);
	await page.goto(`/${fragment}`);
	await settled(page);
	const panel = await comparisonOf(page);
	await expect(panel.locator('[data-diff-claim="aud"]')).toHaveAttribute(
		'data-explains',
		/\baud\b/
	);
	await expect(
		panel.locator('[data-compare-side="token"] [data-compare-check="iss"]')
	).toHaveAttribute('data-explained', 'true');
});

test('the Compare button is in the first screen of a phone under the Token field, and opens the field in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await pasteToken(page, failing);
	await settled(page);
	const button = page.getByRole('button', { name: 'Compare', exact: true });
	const box = await button.boundingBox();
	expect(box).not.toBeNull();
	// Within the first screen: found without scrolling past the report (it sat ~5,000 px down before).
	expect(box!.y + box!.height).toBeLessThanOrEqual(844);
	await button.click();
	const field = page.getByLabel('Token that works', { exact: true });
	await expect(field).toBeFocused();
	await expect(field).toBeInViewport();
	expect(await seriousViolations(page)).toEqual([]);
});
