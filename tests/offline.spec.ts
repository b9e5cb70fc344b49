// Works offline and installs as an app: after one visit the service worker serves the app with no network,
// and a new deployment is offered, never swapped in on its own.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeShareLink } from '../src/lib/share/link';
import { expect, test } from './fixtures';
import { chooseSample, expectVerdict, hs256, pasteToken, seconds } from './page-helpers';
import { startStaticServer, type StaticServer } from './static-server';

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the page links a web app manifest that installs it, with icons that exist', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifestUrl = new URL(href!, page.url());
	const response = await request.get(manifestUrl.href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Token inspector'),
		short_name: 'Token inspector',
		display: 'standalone',
		start_url: './',
		scope: './',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	const icons: Array<{ src: string; sizes: string; type: string; purpose: string }> =
		manifest.icons;
	const has = (type: string, sizes: string, purpose: string) =>
		icons.some((i) => i.type === type && i.sizes === sizes && i.purpose === purpose);
	expect(has('image/svg+xml', 'any', 'any')).toBe(true);
	for (const size of ['192x192', '512x512']) {
		expect(has('image/png', size, 'any')).toBe(true);
		expect(has('image/png', size, 'maskable')).toBe(true);
	}
	for (const icon of icons) {
		const file = await request.get(new URL(icon.src, manifestUrl).href);
		expect(file.ok(), icon.src).toBe(true);
		expect(file.headers()['content-type']).toContain(icon.type);
	}
});

test('after one visit the page loads and inspects with no network', async ({ page, context }) => {
	await page.goto('/');
	await controlled(page);
	await context.setOffline(true);
	await expect(page.locator('[data-offline]')).toBeVisible();

	// Chromium's emulated offline mode does not set navigator.onLine in a document loaded while offline, so
	// the indicator is checked on the page that saw the network go, above and below.
	await page.reload();
	const now = seconds(Date.now());
	await pasteToken(page, hs256({ sub: 'u1', iat: now - 7200, exp: now - 3600 }, 'a'.repeat(40)));
	await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'fail');
	await chooseSample(page, 'valid');
	await expectVerdict(page, 'valid');

	await context.setOffline(false);
	await context.setOffline(true);
	await expect(page.locator('[data-offline]')).toBeVisible();
	await context.setOffline(false);
	await expect(page.locator('[data-offline]')).toBeHidden();
});

test('a shared link opens with no network', async ({ page, context, baseURL }) => {
	await page.goto('/');
	await controlled(page);
	await context.setOffline(true);
	const now = seconds(Date.now());
	const token = hs256({ sub: 'u1', aud: 'api', iat: now - 60, exp: now + 3600 }, 'b'.repeat(40));
	const link = await encodeShareLink(
		{ token: `${token.slice(0, token.lastIndexOf('.'))}.`, audience: 'other-api' },
		`${baseURL}/`
	);

	const teammate = await context.newPage();
	await teammate.goto(link);
	await expect(teammate.locator('[data-shared-banner]')).toContainText('Shared diagnosis');
	await expect(teammate.getByLabel('Expected audience')).toHaveValue('other-api');
	await expect(teammate.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'fail');
	expect(new URL(teammate.url()).hash).toBe('');
});

test.describe('a new deployment', () => {
	// Its own server, so that the test can deploy a second build at the same origin.
	const port = Number(process.env.PORT ?? 4173) + 1000;
	test.use({ baseURL: `http://127.0.0.1:${port}` });
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await startStaticServer(resolve('build'), port);
	});
	test.afterAll(async () => {
		await server.close();
	});

	test('is offered, and runs only once the user accepts it', async ({ page }) => {
		server.serve(resolve('build'));
		await page.goto('/');
		await controlled(page);
		const caches = () => page.evaluate(() => globalThis.caches.keys());
		const first = await caches();
		expect(first).toHaveLength(1);
		// The user is in the middle of a diagnosis when the new version is deployed.
		await chooseSample(page, 'expired');

		server.serve(resolve('build-next'));
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
		});
		const offer = page.locator('[data-update-ready]');
		await expect(offer).toContainText('A new version is ready');
		// Nothing was swapped: the same page, the same inputs, the old version still in control.
		await expect(page.locator('[data-sample-note]')).toBeVisible();
		expect(await caches()).toContain(first[0]);

		await offer.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator('[data-sample-note]')).toBeHidden();
		await controlled(page);
		await expect.poll(caches).not.toContain(first[0]);
		expect(await caches()).toHaveLength(1);
		await expect(offer).toBeHidden();
	});
});
