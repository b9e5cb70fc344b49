// Provider pitfalls (issue 16, item 2) in the page: an Entra ID v1.0 token judged against the v2.0 issuer names
// Entra, fails the iss row with that pitfall's code and shows its fix (accessTokenAcceptedVersion) in the row and
// the verdict; the Expected subject input judges a GitHub Actions token's "sub". Tokens are minted here in Node.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pasteToken, seconds, seriousViolations, settled } from './page-helpers';

const b64url = (data: string) => Buffer.from(data).toString('base64url');
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** An RS256 token over these claims, valid for an hour by the browser's live clock. */
function rs256(claims: Record<string, unknown>): string {
	const now = seconds(Date.now());
	const header = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
	const payload = { iat: now - 60, nbf: now - 60, exp: now + 3600, ...claims };
	const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
	return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

async function inspect(page: Page, token: string, inputs: Record<string, string>): Promise<void> {
	await page.goto('/');
	for (const [label, value] of Object.entries(inputs))
		await page.getByLabel(label, { exact: true }).fill(value);
	await pasteToken(page, token);
	await settled(page);
}

test('an Entra ID v1.0 token against the v2.0 issuer names the manifest setting as the fix', async ({
	page
}) => {
	// An Entra ID v1.0 access token (learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
	const token = rs256({
		aud: 'api://6e74172b-be56-4843-9ff4-e66a39bb12e3',
		iss: `https://sts.windows.net/${TENANT}/`,
		appid: '1c3b9e2f-5a4d-4e8b-9c7a-2f1e0d3c4b5a',
		scp: 'Orders.Read',
		sub: 'kWp0Uq5ghhy1uXbKv9Sx0jeJZyYvhuJu2sM6YPUKgqA',
		tid: TENANT,
		ver: '1.0'
	});
	await inspect(page, token, {
		'Expected issuer': `https://login.microsoftonline.com/${TENANT}/v2.0`
	});
	const report = page.locator('[data-report]');
	await expect(report).toHaveAttribute('data-provider', 'entra-id');
	await expect(report).toHaveAttribute('data-verdict', 'invalid');
	const iss = page.locator('[data-check="iss"]');
	await expect(iss).toHaveAttribute('data-status', 'fail');
	await expect(iss).toHaveAttribute('data-code', 'iss.entra-v1-token');
	await expect(iss).toContainText('accessTokenAcceptedVersion');
	await expect(page.locator('[data-verdict-banner]')).toContainText('accessTokenAcceptedVersion');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the Expected subject judges a GitHub Actions token’s sub, naming letter case', async ({
	page
}) => {
	const token = rs256({
		iss: 'https://token.actions.githubusercontent.com',
		aud: 'sts.amazonaws.com',
		sub: 'repo:octo-org/orders-service:ref:refs/heads/main',
		repository: 'octo-org/orders-service',
		ref: 'refs/heads/main',
		job_workflow_ref: 'octo-org/orders-service/.github/workflows/deploy.yml@refs/heads/main'
	});
	await inspect(page, token, { 'Expected subject': 'repo:Octo-Org/orders-service:*' });
	const sub = page.locator('[data-check="sub"]');
	await expect(sub).toHaveAttribute('data-status', 'fail');
	await expect(sub).toHaveAttribute('data-code', 'sub.case');
	await expect(page.locator('[data-report]')).toHaveAttribute('data-verdict', 'invalid');
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByLabel('Expected subject', { exact: true }).fill('repo:octo-org/orders-service:*');
	await settled(page);
	await expect(sub).toHaveAttribute('data-status', 'pass');
	await expect(sub).toHaveAttribute('data-code', 'sub.ok');
});
