import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { CompactEncrypt } from 'jose';
import { hs256, pasteToken, settled } from './page-helpers';
import { expect, test } from './fixtures';

// After a session with a token and a secret, nothing the browser keeps for the page holds either: not
// localStorage, sessionStorage, IndexedDB, cookies or the Cache Storage (which may hold only the app's files).
test('neither the token nor the secret is stored anywhere', async ({ page, context }) => {
	const secret = 'storage-probe-secret-0123456789abcdefghij';
	const token = hs256(
		{ sub: 'storage-probe-subject', exp: Math.floor(Date.now() / 1000) + 600 },
		secret
	);
	// Parts that would show up however the token or the secret were stored.
	const needles = [secret, token, token.split('.')[1]!, token.split('.')[2]!, 'storage-probe'];

	await page.goto('/');
	await page.getByLabel('Verification key').fill(secret);
	await pasteToken(page, token);
	await expect(await settled(page)).toHaveAttribute('data-verdict', 'valid');
	// The expectations are inputs too; then a reload, as a person coming back would.
	await page.getByLabel('Expected audience').fill('api://probe');
	await settled(page);
	await page.reload();
	await settled(page);

	const stored = await storedByThePage(page);
	await expectNoneStored(page, context, stored, needles);
});

// A JWE opened with the Decryption key (issue 19, item 5): neither the key nor what it decrypted is kept.
test('neither a decryption key nor the token it opened is stored anywhere', async ({
	page,
	context
}) => {
	const secret = 'storage-probe-secret-0123456789abcdefghij';
	const inner = hs256(
		{ sub: 'storage-probe-inner', exp: Math.floor(Date.now() / 1000) + 600 },
		secret
	);
	const key = randomBytes(32);
	const token = await new CompactEncrypt(new TextEncoder().encode(inner))
		.setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })
		.encrypt(key);
	const keyText = key.toString('hex');
	await page.goto('/');
	await page.getByLabel('Verification key').fill(secret);
	await pasteToken(page, token);
	await page.getByLabel('Decryption key', { exact: true }).fill(keyText);
	await expect(await settled(page)).toHaveAttribute('data-verdict', 'valid');
	await page.reload();
	await settled(page);
	const stored = await storedByThePage(page);
	await expectNoneStored(page, context, stored, [
		keyText,
		key.toString('base64url'),
		inner,
		inner.split('.')[1]!,
		'storage-probe'
	]);
});

type Stored = Awaited<ReturnType<typeof storedByThePage>>;

/** Everything the browser keeps for the page: both storages, IndexedDB's names, cookies, the Cache Storage. */
async function storedByThePage(page: Page) {
	return page.evaluate(async () => {
		const entries = (storage: Storage) =>
			Array.from({ length: storage.length }, (_, i) => {
				const key = storage.key(i)!;
				return `${key}=${storage.getItem(key)}`;
			});
		const databases = (await indexedDB.databases?.()) ?? [];
		const cached: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const type = response?.headers.get('content-type') ?? '';
				cached.push(
					`${request.url} ${/text|json|javascript/.test(type) ? await response!.text() : ''}`
				);
			}
		}
		return {
			local: entries(localStorage),
			session: entries(sessionStorage),
			databases: databases.map((d) => d.name ?? ''),
			cookie: document.cookie,
			cached
		};
	});
}

async function expectNoneStored(
	page: Page,
	context: BrowserContext,
	stored: Stored,
	needles: string[]
): Promise<void> {
	const cookies = await context.cookies();
	const everything = JSON.stringify({ stored, cookies });
	for (const needle of needles)
		expect(everything, `storage holds ${needle.slice(0, 20)}…`).not.toContain(needle);
	expect(stored.databases).toEqual([]);
	expect(stored.cookie).toBe('');
	expect(cookies).toEqual([]);
	// The Cache Storage, if a service worker fills it, holds only the app's own files.
	const origin = new URL(page.url()).origin;
	for (const entry of stored.cached) expect(entry.startsWith(origin)).toBe(true);
}
