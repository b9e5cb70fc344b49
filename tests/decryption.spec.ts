// Encrypted tokens in the page (issue 19): the Decryption key field appears for a JWE, a nested JWT inside is
// judged as if pasted (both layers shown), a wrong key says so, and one JWE of each algorithm family decrypts
// in Chromium's WebCrypto. Keys and tokens are minted here in Node with node:crypto and jose.
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import { expect, test } from './fixtures';
import {
	hs256,
	pasteToken,
	seconds,
	seriousViolations,
	settled,
	tokenEditor
} from './page-helpers';

const SECRET = 'decryption-spec-secret-long-enough-for-hs256';
// Screenshots for a person to look at, beside the other test output (SHOTS_DIR overrides).
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots/i19-jwe';

function pair(kind: 'rsa' | 'P-256' | 'P-521' | 'x25519') {
	const { publicKey, privateKey } =
		kind === 'rsa'
			? generateKeyPairSync('rsa', { modulusLength: 2048 })
			: kind === 'x25519'
				? generateKeyPairSync('x25519')
				: generateKeyPairSync('ec', { namedCurve: kind });
	return { publicKey, pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

async function jwe(
	plaintext: string,
	header: { alg: string; enc: string } & Record<string, unknown>,
	key: KeyObject | Uint8Array,
	p2c?: number
): Promise<string> {
	const encrypter = new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader(
		header
	);
	if (p2c) encrypter.setKeyManagementParameters({ p2c });
	return encrypter.encrypt(key);
}

function innerToken(): string {
	const now = seconds(Date.now());
	return hs256({ sub: 'alice', iat: now - 60, exp: now + 3600 }, SECRET);
}

async function decryptionRow(page: import('@playwright/test').Page) {
	await settled(page);
	return page.locator('[data-check="decryption"]');
}

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	const size = `${viewport.width}x${viewport.height}`;
	test(`a nested JWE decrypts and is judged as pasted at ${size}, light and dark`, async ({
		page
	}) => {
		test.slow();
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await settled(page);
		const rsa = pair('rsa');
		const token = await jwe(
			innerToken(),
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: 'enc-1' },
			rsa.publicKey
		);
		// The field is not on the page until a JWE is pasted.
		await expect(page.getByLabel('Decryption key', { exact: true })).toHaveCount(0);
		await pasteToken(page, token);
		await expect(await decryptionRow(page)).toHaveAttribute('data-code', 'decryption.no-key');
		await page.getByLabel('Decryption key', { exact: true }).fill(rsa.pem);
		await page.getByLabel('Verification key', { exact: true }).fill(SECRET);
		const report = await settled(page);
		await expect(page.locator('[data-check="decryption"]')).toHaveAttribute('data-status', 'pass');
		await expect(report).toHaveAttribute('data-verdict', 'valid');
		await expect(report).toHaveAttribute('data-format', 'jwe');
		await expect(page.locator('#decryption-key-understood')).toContainText('Understood:');
		// Both layers: the JWE's header, and the inner token's header and payload.
		await expect(page.locator('[data-decoded="jwe-header"]')).toContainText('RSA-OAEP-256');
		await expect(page.locator('[data-decoded="header"]')).toContainText('HS256');
		await expect(page.locator('[data-decoded="payload"]')).toContainText('alice');
		expect(await seriousViolations(page)).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('[data-decryption-key]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/nested-${size}-light.png` });
		await page.locator('[data-jwe-layer]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/layers-${size}-light.png` });
		await page.getByRole('button', { name: 'Dark mode' }).click();
		expect(await seriousViolations(page)).toEqual([]);
		await page.locator('[data-jwe-layer]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/layers-${size}-dark.png` });
		await page.locator('[data-decryption-key]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/nested-${size}-dark.png` });
	});

	test(`a wrong decryption key is named as such at ${size}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await settled(page);
		const token = await jwe(
			innerToken(),
			{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' },
			pair('rsa').publicKey
		);
		await pasteToken(page, token);
		await page.getByLabel('Decryption key', { exact: true }).fill(pair('rsa').pem);
		const row = await decryptionRow(page);
		await expect(row).toHaveAttribute('data-status', 'fail');
		await expect(row).toHaveAttribute('data-code', 'decryption.unwrap-failed');
		await expect(reportVerdict(page)).resolves.toBe('invalid');
		expect(await seriousViolations(page)).toEqual([]);
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/wrong-key-${size}-light.png` });
	});
}

function reportVerdict(page: import('@playwright/test').Page) {
	return page.locator('[data-report]').getAttribute('data-verdict');
}

test('one JWE of each algorithm family decrypts in Chromium', async ({ page }) => {
	test.slow();
	await page.goto('/');
	await settled(page);
	const rsa = pair('rsa');
	const p256 = pair('P-256');
	const p521 = pair('P-521');
	const x25519 = pair('x25519');
	const k = (n: number) => new Uint8Array(randomBytes(n));
	const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
	const [kw, gcmkw, dir] = [k(32), k(16), k(64)];
	const claims = JSON.stringify({ sub: 'alice' });
	const aes192 = k(24);
	const cases: Array<[string, string, string, string?]> = [
		['RSA-OAEP', await jwe(claims, { alg: 'RSA-OAEP', enc: 'A128GCM' }, rsa.publicKey), rsa.pem],
		[
			'RSA-OAEP-256',
			await jwe(claims, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsa.publicKey),
			rsa.pem
		],
		[
			'RSA-OAEP-512',
			await jwe(claims, { alg: 'RSA-OAEP-512', enc: 'A256GCM' }, rsa.publicKey),
			rsa.pem
		],
		[
			'ECDH-ES P-256',
			await jwe(claims, { alg: 'ECDH-ES', enc: 'A128CBC-HS256' }, p256.publicKey),
			p256.pem
		],
		[
			'ECDH-ES+A256KW P-521',
			await jwe(claims, { alg: 'ECDH-ES+A256KW', enc: 'A256GCM' }, p521.publicKey),
			p521.pem
		],
		[
			'ECDH-ES+A128KW X25519',
			await jwe(claims, { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' }, x25519.publicKey),
			x25519.pem
		],
		['A256KW', await jwe(claims, { alg: 'A256KW', enc: 'A128CBC-HS256' }, kw), b64(kw)],
		['A128GCMKW', await jwe(claims, { alg: 'A128GCMKW', enc: 'A128GCM' }, gcmkw), b64(gcmkw)],
		['dir A256CBC-HS512', await jwe(claims, { alg: 'dir', enc: 'A256CBC-HS512' }, dir), b64(dir)],
		[
			'PBES2-HS512+A256KW',
			await jwe(
				claims,
				{ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' },
				new TextEncoder().encode('hunter2 hunter2'),
				4096
			),
			'hunter2 hunter2'
		],
		// Chromium's WebCrypto has no 192-bit AES: the row says the browser cannot, not that the key is wrong.
		[
			'A192KW A192GCM',
			await jwe(claims, { alg: 'A192KW', enc: 'A192GCM' }, aes192),
			b64(aes192),
			'decryption.unsupported-alg'
		],
		[
			'dir A128GCM zip DEF',
			await jwe(claims, { alg: 'dir', enc: 'A128GCM', zip: 'DEF' }, gcmkw),
			b64(gcmkw)
		]
	];
	const outcomes: Record<string, string> = {};
	for (const [name, token, key] of cases) {
		// Each token replaces the last, as a person selecting all and pasting would.
		await (await tokenEditor(page)).click();
		await page.keyboard.press('ControlOrMeta+a');
		await pasteToken(page, token);
		await settled(page);
		await page.getByLabel('Decryption key', { exact: true }).fill(key);
		const row = await decryptionRow(page);
		outcomes[name] = (await row.getAttribute('data-code')) ?? '';
		await page.getByLabel('Decryption key', { exact: true }).fill('');
	}
	console.log(JSON.stringify(outcomes, null, 1));
	expect(outcomes).toEqual(
		Object.fromEntries(cases.map(([name, , , code]) => [name, code ?? 'decryption.decrypted']))
	);
});
