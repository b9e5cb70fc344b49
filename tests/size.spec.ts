// Too big to send (issue 17, item 3) in the page: a 20 KB token verifies, its size row warns that common servers
// refuse the Authorization header it makes, and the Token field says how big it is. Minted here in Node.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { hs256, pasteToken, seconds, settled } from './page-helpers';

const SECRET = 'a-long-random-secret-for-the-size-test-0123456789';

function bigToken(): string {
	const now = seconds(Date.now());
	// About 20 KB of claims: over nginx's and Apache's 8 KB and Node.js's 16 KB, under Kestrel's 32 KB.
	return hs256({ sub: 'u1', iat: now - 60, exp: now + 3600, blob: 'x'.repeat(15000) }, SECRET);
}

test('a 20 KB token verifies, warns on its size and shows the Token field’s size', async ({
	page
}) => {
	const token = bigToken();
	expect(token.length).toBeGreaterThan(20000);
	await page.goto('/');
	await page.getByLabel('Verification key').fill(SECRET);
	await pasteToken(page, token);
	const report = await settled(page);
	await expect(report).toHaveAttribute('data-verdict', 'valid');
	const size = page.locator('[data-check="size"]');
	await expect(size).toHaveAttribute('data-status', 'warn');
	await expect(size).toHaveAttribute('data-code', 'size.over-lowest');
	// The line carries the token's characters and the header's bytes (22 more: "Authorization: Bearer ").
	const line = page.locator('[data-token-size]');
	await expect(line).toContainText(token.length.toLocaleString('en-US'));
	await expect(line).toContainText((token.length + 22).toLocaleString('en-US'));

	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
});

test('the Token field shows no size before a token is pasted', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await expect(page.locator('[data-token-size]')).toHaveCount(0);
});
