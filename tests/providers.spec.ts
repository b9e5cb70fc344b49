// Recognising the provider from the token alone (issue 16, item 1): `data-provider` on the report and the
// line by the verdict that names it and why, for an Entra ID v1.0 token; `none` for a plain token.
import { expect, test } from './fixtures';
import {
	hs256,
	pasteToken,
	reportOf,
	seconds,
	seriousViolations,
	settled,
	tokenEditor
} from './page-helpers';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const now = seconds(Date.now());
// An Entra ID v1.0 access token's shape (learn.microsoft.com/entra/identity-platform/access-token-claims-reference):
// the shape is what is recognised, so an HMAC signature serves as well as Microsoft's RS256 here.
const entraV1 = hs256(
	{
		aud: 'api://orders',
		iss: `https://sts.windows.net/${TENANT}/`,
		iat: now - 60,
		nbf: now - 60,
		exp: now + 3600,
		appid: '1c3b9e2f-5a4d-4e8b-9c7a-2f1e0d3c4b5a',
		scp: 'Orders.Read',
		oid: '4b9c2f7e-1d3a-4e5b-8c6d-0a9f8e7d6c5b',
		tid: TENANT,
		ver: '1.0'
	},
	'a secret for the provider test'
);
const plain = hs256(
	{ iss: 'https://issuer.example', sub: 'user-42', iat: now - 60, exp: now + 3600 },
	'a secret for the provider test'
);

test('names Entra ID v1.0 and why by the verdict, and no provider for a plain token', async ({
	page
}) => {
	await page.goto('/');
	await settled(page);
	await expect(reportOf(page)).toHaveAttribute('data-provider', 'none');

	await pasteToken(page, entraV1);
	const report = await settled(page);
	await expect(report).toHaveAttribute('data-provider', 'entra-id');
	const line = page.locator('[data-provider-line]');
	await expect(line).toHaveAttribute('data-provider-line', 'entra-id');
	await expect(line).toContainText(`iss "https://sts.windows.net/${TENANT}/"`);
	await expect(line).toContainText('ver "1.0"');
	// The provider's own meaning of a claim: Entra's azp / tid / oid, in the decoded payload.
	await expect(page.locator('[data-decoded="payload"]')).toContainText('"tid"');
	expect(await seriousViolations(page)).toEqual([]);

	// On a phone the line is still there, and wraps rather than overflowing the page.
	await page.setViewportSize({ width: 375, height: 800 });
	await expect(line).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
	expect(overflow).toBe(false);

	// The plain token replaces the Entra one, as a person selecting all and pasting would.
	await (await tokenEditor(page)).click();
	await page.keyboard.press('ControlOrMeta+a');
	await pasteToken(page, plain);
	await settled(page);
	await expect(reportOf(page)).toHaveAttribute('data-provider', 'none');
	await expect(line).toHaveCount(0);
});
