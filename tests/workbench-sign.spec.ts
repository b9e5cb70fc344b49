import { createHmac, generateKeyPairSync } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectVerdict, hs256, pasteToken, seconds, seriousViolations } from './page-helpers';

// Issue 20, items 1, 2 and 4: Sign a token, Generate a key pair, Edit a copy and Inspect the copy, at both
// sizes, with axe, and with the signing key kept in the page.

// Screenshots for a person to look at, beside the other test output (SHOTS_DIR overrides).
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots/i20-sign';
const SECRET = 'q7Vt2wN9xLp4Rz8sKd1mFh6Yc3Bj0Ga5Ue-TiWoXnQ';
const SIZES = [
	{ name: 'wide', width: 1440, height: 900 },
	{ name: 'narrow', width: 390, height: 844 }
] as const;

const signedToken = (page: Page) => page.locator('[data-signed-token]');

async function shoot(page: Page, name: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.locator('[data-signer]').screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/** Every request the page makes, with its body, to show that no signing key is in one. */
function recordRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
	return seen;
}

async function storedText(page: Page): Promise<string> {
	return page.evaluate(
		() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
	);
}

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });
		// Each test runs axe and takes light and dark screenshots besides its steps: on a loaded machine that
		// passes the default 30 s, so these get three times as long.
		test.beforeEach(() => test.slow());

		test('signs an HS256 token as you type, that verifies with the secret', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('button', { name: 'Sign a token' }).click();
			await expect(page.getByLabel('Header (JSON)')).toBeVisible();
			await expect(page.getByLabel('Algorithm')).toHaveValue('HS256');
			// A known example secret is signed with a warning, never silently.
			await page.getByLabel('Signing key').fill('secret');
			await expect(page.locator('[data-sign-finding="sign.secret-weak"]')).toBeVisible();
			await page.getByLabel('Signing key').fill(SECRET);
			await expect(page.locator('[data-sign-finding]')).toHaveCount(0);
			const token = (await signedToken(page).textContent())!;
			const [header, payload, signature] = token.split('.');
			expect(createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url')).toBe(
				signature
			);
			expect(await seriousViolations(page)).toEqual([]);
			await shoot(page, `sign-hs256-${size.name}`);

			// The token follows the payload as it is typed.
			await page.getByLabel('Payload (JSON)').fill('{"sub":"typed","aud":"my-api"}');
			await expect(signedToken(page)).not.toHaveText(token);
			const typed = (await signedToken(page).textContent())!;
			const { payload: body } = await compactVerify(typed, new TextEncoder().encode(SECRET));
			expect(JSON.parse(new TextDecoder().decode(body))).toEqual({ sub: 'typed', aud: 'my-api' });
			// "none" is explained, not signed.
			await page.getByLabel('Header (JSON)').fill('{"alg":"none"}');
			await expect(page.locator('[data-sign-finding="sign.alg-none"]')).toBeVisible();
			await expect(signedToken(page)).toHaveCount(0);
		});

		test('generates an ES256 key pair and uses it as the Verification key: valid', async ({
			page
		}) => {
			const requests = recordRequests(page);
			await page.goto('/');
			await page.getByRole('button', { name: 'Sign a token' }).click();
			await page.getByLabel('Algorithm').selectOption('ES256');
			await page.getByRole('button', { name: 'Generate a key pair' }).click();
			await expect(page.locator('[data-generated-key]')).toBeVisible();
			const privateKey = await page.getByLabel('Signing key').inputValue();
			expect(privateKey).toContain('-----BEGIN PRIVATE KEY-----');
			await expect(signedToken(page)).toHaveText(/^eyJ/);
			await page.getByRole('button', { name: 'Use as Verification key' }).click();
			const jwks = JSON.parse(await page.getByLabel('Verification key').inputValue());
			const token = (await signedToken(page).textContent())!;
			const verified = await compactVerify(token, createLocalJWKSet(jwks));
			expect(verified.protectedHeader).toMatchObject({ alg: 'ES256', kid: jwks.keys[0].kid });
			await pasteToken(page, token);
			await expectVerdict(page, 'valid');
			expect(await seriousViolations(page)).toEqual([]);
			await shoot(page, `generate-es256-${size.name}`);
			// The private key is in no request and no storage.
			const secretPart = privateKey.split('\n')[1]!;
			expect(requests.filter((r) => r.includes(secretPart))).toEqual([]);
			expect(await storedText(page)).not.toContain(secretPart);
		});

		test('edits a copy with another audience and inspects the copy; the original stays', async ({
			page
		}) => {
			const now = seconds(Date.now());
			const original = hs256({ sub: 'u1', aud: 'api-a', iat: now, exp: now + 600 }, SECRET);
			await page.goto('/');
			await page.getByLabel('Verification key').fill(SECRET);
			await page.getByLabel('Expected audience').fill('api-b');
			await pasteToken(page, original);
			await expectVerdict(page, 'invalid');
			await expect(page.locator('[data-report] [data-check="aud"]')).toHaveAttribute(
				'data-status',
				'fail'
			);
			await page.getByRole('button', { name: 'Edit a copy' }).click();
			await expect(page.locator('[data-signer="copy"]')).toBeVisible();
			// The verification key's public half is never an HMAC secret: refused and explained.
			const publicPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
				type: 'spki',
				format: 'pem'
			}) as string;
			await page.getByLabel('Signing key').fill(publicPem);
			await expect(page.locator('[data-sign-finding="sign.public-key-as-secret"]')).toBeVisible();
			await expect(signedToken(page)).toHaveCount(0);

			await page.getByLabel('Signing key').fill(SECRET);
			await page
				.getByLabel('Payload (JSON)')
				.fill(JSON.stringify({ sub: 'u1', aud: 'api-b', iat: now, exp: now + 600 }));
			await page.getByRole('button', { name: 'Inspect the copy' }).click();
			const copy = page.locator('[data-copy-report]');
			await expect(copy).toHaveAttribute('data-copy-verdict', 'valid');
			// With aud back to api-a, the copy fails the aud row, as the original does.
			await page
				.getByLabel('Payload (JSON)')
				.fill(JSON.stringify({ sub: 'u1', aud: 'api-a', iat: now, exp: now + 600 }));
			await expect(copy).toHaveAttribute('data-copy-verdict', 'invalid');
			await expect(copy.locator('[data-copy-check="aud"]')).toHaveAttribute(
				'data-copy-status',
				'fail'
			);
			// The original is still in the Token field and judged as before.
			await expect(page.locator('[data-token-editor] .cm-content')).toHaveText(original);
			await expectVerdict(page, 'invalid');
			expect(await seriousViolations(page)).toEqual([]);
			await shoot(page, `edit-copy-${size.name}`);
		});
	});
}
