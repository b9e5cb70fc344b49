// Diagnosis beyond the checklist, driven as a person would: pasting the error an API printed, reading what
// common verifiers would do with the token, and fetching the issuer's keys from a local server on request.
import { expect, test } from './fixtures';
import { hs256, pasteToken, seconds, settled } from './page-helpers';

test.describe('Error message', () => {
	const cases = [
		{
			library: 'node jsonwebtoken',
			message:
				'TokenExpiredError: jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21',
			cause: 'expired',
			rows: ['exp']
		},
		{
			library: 'Microsoft.IdentityModel',
			message:
				"IDX10214: Audience validation failed. Audiences: 'api://orders'. Did not match: validationParameters.ValidAudience: 'api://billing' or validationParameters.ValidAudiences: 'null'.",
			cause: 'audience',
			rows: ['aud']
		},
		{
			library: 'PyJWT',
			message: 'jwt.exceptions.InvalidSignatureError: Signature verification failed',
			cause: 'signature',
			rows: ['signature', 'key']
		},
		{
			library: 'Nimbus',
			message:
				'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
			cause: 'key-not-found',
			rows: ['key']
		}
	];

	for (const { library, message, cause, rows } of cases) {
		test(`recognises ${library}'s "${cause}" and marks its rows`, async ({ page }) => {
			const token = hs256({ sub: 'user_1', exp: seconds(Date.now()) + 3600 }, 'a secret');
			await page.goto('/');
			await pasteToken(page, token);
			await settled(page);
			await page.getByLabel('Error message', { exact: true }).fill(message);

			const result = page.locator('[data-error-recognised]');
			await expect(result).toHaveAttribute('data-error-recognised', cause);
			await expect(result.locator('[data-error-library]').first()).toContainText(library);
			for (const id of rows) {
				await expect(page.locator(`[data-check="${id}"]`)).toHaveAttribute(
					'data-error-match',
					'true'
				);
			}
			// A row the error does not point to stays unmarked.
			await expect(page.locator('[data-check="crit"]')).not.toHaveAttribute('data-error-match');

			// The row link brings the row into view and focuses it.
			await result.locator(`[data-error-target="${rows[0]}"]`).first().click();
			await expect(page.locator(`[data-check="${rows[0]}"] summary`)).toBeFocused();
		});
	}

	test('says an unknown message is not recognised, and marks no row', async ({ page }) => {
		await page.goto('/');
		await pasteToken(page, hs256({ sub: 'user_1' }, 'a secret'));
		await settled(page);
		await page
			.getByLabel('Error message', { exact: true })
			.fill('Error: ECONNRESET socket hang up');

		const result = page.locator('[data-error-recognised]');
		await expect(result).toHaveAttribute('data-error-recognised', 'none');
		await expect(result).toContainText('Not recognised');
		await expect(page.locator('[data-error-match]')).toHaveCount(0);
	});
});
