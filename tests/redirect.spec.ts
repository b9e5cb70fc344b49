// The page as an OAuth redirect target (issue 18 item 9), at a desktop and a phone size with axe: a response
// in the address is loaded, removed from the address and from history, and said where it came from; an error
// is explained, a code is named and never loaded, a crafted response is explained. Nothing is sent anywhere.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hs256, reportOf, seconds, seriousViolations, settled } from './page-helpers';

const now = seconds(Date.now());
const ID_TOKEN = hs256(
	{ iss: 'https://login.example', aud: 'spa', sub: 'u1', exp: now + 3600 },
	's'
);
const ACCESS_TOKEN = hs256(
	{ iss: 'https://login.example', aud: 'api', scp: 'read', exp: now + 3600 },
	's',
	{ alg: 'HS256', typ: 'at+jwt' }
);

/** Every URL the page asks for, to show that nothing from the address is sent. */
function requestsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url() + (request.postData() ?? '')));
	return urls;
}

async function tokenText(page: Page): Promise<string> {
	const field = page.getByLabel('Token', { exact: true });
	// The editor shows its placeholder as text while it is empty.
	const text = await field.evaluate((element) =>
		element instanceof HTMLTextAreaElement
			? element.value
			: element.querySelector('.cm-placeholder')
				? ''
				: (element.textContent ?? '')
	);
	return text.trim();
}

/** The address holds nothing of the response, and neither does this history entry. */
async function expectAddressClean(page: Page, ...secrets: string[]) {
	const url = new URL(page.url());
	expect(url.hash).toBe('');
	for (const secret of secrets) expect(page.url()).not.toContain(secret);
	// Two entries: the new tab's about:blank and this page, replaced in place (none pushed with the token).
	expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
}

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('an id_token in the fragment is loaded, said to come from the redirect, and removed from the address', async ({
			page
		}) => {
			const requests = requestsOf(page);
			await page.goto(`/#id_token=${ID_TOKEN}&state=st-1&session_state=ss-1`);
			const banner = page.locator('[data-redirect="tokens"]');
			await expect(banner).toHaveAttribute('data-redirect-token', 'id_token');
			await expect(banner).toContainText('st-1');
			await settled(page);
			expect(await tokenText(page)).toBe(ID_TOKEN);
			await expect(reportOf(page)).toHaveAttribute('data-verdict', 'unverified');
			await expectAddressClean(page, ID_TOKEN);
			expect(requests.filter((url) => url.includes(ID_TOKEN.split('.')[1]!))).toEqual([]);
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('an access_token with an id_token: the id_token first, and the other one a click away', async ({
			page
		}) => {
			await page.goto(
				`/#access_token=${ACCESS_TOKEN}&token_type=Bearer&expires_in=3599&scope=openid+profile&id_token=${ID_TOKEN}&state=s2`
			);
			const banner = page.locator('[data-redirect="tokens"]');
			await expect(banner).toHaveAttribute('data-redirect-token', 'id_token');
			await expect(banner).toContainText('Bearer');
			await expect(banner).toContainText('openid profile');
			expect(await seriousViolations(page)).toEqual([]);
			await banner.getByRole('button', { name: 'Inspect that one' }).click();
			await expect(banner).toHaveAttribute('data-redirect-token', 'access_token');
			await settled(page);
			expect(await tokenText(page)).toBe(ACCESS_TOKEN);
			await expect(page.locator('[data-check="typ"]')).toHaveCount(1);
			await expectAddressClean(page, ACCESS_TOKEN, ID_TOKEN);
		});

		test('an error redirect is explained', async ({ page }) => {
			await page.goto(
				'/#error=unsupported_response_type&error_description=AADSTS700054%3A+id_token+is+not+enabled&state=s3'
			);
			const banner = page.locator('[data-redirect="error"]');
			await expect(banner).toHaveAttribute('data-redirect-error', 'unsupported_response_type');
			await expect(banner).toContainText('AADSTS700054');
			expect(await tokenText(page)).toBe('');
			await expectAddressClean(page, 'AADSTS700054');
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('an authorization code in the query is named, not loaded, and removed from the address', async ({
			page
		}) => {
			const requests = requestsOf(page);
			await page.goto('/?code=0.AAAA-one-time-code&state=s4');
			await expect(page.locator('[data-redirect="code"]')).toBeVisible();
			expect(await tokenText(page)).toBe('');
			expect(new URL(page.url()).search).toBe('');
			await expect(page.locator('body')).not.toContainText('one-time-code');
			// Only the first navigation carried it: the browser sent it to this page's host, nothing after.
			expect(requests.slice(1).filter((url) => url.includes('one-time-code'))).toEqual([]);
			// A share link made now does not carry it either: the code never became an input.
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('a crafted response is explained, and a share link is never read as one', async ({
			page
		}) => {
			await page.goto(`/#id_token=${ID_TOKEN}&id_token=${ACCESS_TOKEN}`);
			await expect(page.locator('[data-redirect-problem]')).toHaveAttribute(
				'data-redirect-problem',
				'redirect.duplicate-parameter'
			);
			expect(await tokenText(page)).toBe('');
			await expect(page.locator('[data-link-problem]')).toHaveCount(0);
			await expectAddressClean(page, ID_TOKEN);
			expect(await seriousViolations(page)).toEqual([]);

			// A damaged share link stays the share reader's, even when it holds response-like text.
			await page.goto('/#ti1.j.99.id_token=abc');
			await expect(page.locator('[data-link-problem]')).toBeVisible();
			await expect(page.locator('[data-redirect]')).toHaveCount(0);
		});
	});
}
