import { expect, test } from './fixtures';

test('the shell loads with no console error', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Token inspector' })).toBeVisible();
});
