// The token found in what surrounds it (issue 17, item 2): a whole token response pasted, its access token judged,
// the line under the Token field says what was taken, and its button loads the ID token instead.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectVerdict, hs256, pasteToken, reportOf, seconds, tokenEditor } from './page-helpers';

const SECRET = 'find-token-e2e-secret-long-enough-for-hs256!';

test('a pasted token response: the access token is judged, and the ID token is one click away', async ({
	page
}) => {
	const now = seconds(Date.now());
	const claims = { iss: 'https://issuer.example/', iat: now - 60, exp: now + 3600 };
	const access = hs256({ ...claims, sub: 'access-subject', aud: 'api' }, SECRET);
	const id = hs256({ ...claims, sub: 'id-subject', aud: 'client' }, SECRET);
	const refresh = 'rt-opaque-credential-value';
	const response = JSON.stringify(
		{
			access_token: access,
			id_token: id,
			refresh_token: refresh,
			token_type: 'Bearer',
			expires_in: 3600
		},
		null,
		2
	);

	await page.goto('/');
	await page.getByLabel('Verification key', { exact: true }).fill(SECRET);
	await pasteToken(page, response);
	await expectVerdict(page, 'valid');
	const found = page.locator('[data-found]');
	await expect(found).toHaveAttribute('data-found', 'token-response');
	await expect(reportOf(page).locator('[data-check="structure"]')).toHaveAttribute(
		'data-code',
		'structure.jwt'
	);
	await expect(page.getByText('access-subject').first()).toBeVisible();
	// The refresh token is named, never offered (the editor still holds what was pasted, struck through).
	await expect(found).toContainText('refresh_token');
	await expect(found).not.toContainText(refresh);
	await expect(page.getByRole('button', { name: /refresh_token/ })).toHaveCount(0);
	const a11y = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual(
		[]
	);

	await page.getByRole('button', { name: 'Inspect the id_token instead' }).click();
	await expect(await tokenEditor(page)).toHaveText(id);
	await expectVerdict(page, 'valid');
	await expect(page.getByText('id-subject').first()).toBeVisible();
	await expect(found).toHaveCount(0);
});
