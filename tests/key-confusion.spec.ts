import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import { expectVerdict, hs256, pasteToken, seconds } from './page-helpers';

// Keys that would let a forged token through, as a person pastes them: a public key with text around it, a
// small-order Ed25519 key, an EC point typed as a secret. The core's tests hold every case; these show the
// page: the line under the key (never "HMAC secret, N bytes"), the key row's code, and the verdict.

const claims = () => ({ sub: 'user-1', iat: seconds(Date.now()), exp: seconds(Date.now()) + 600 });
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const keyRow = (page: import('@playwright/test').Page) => page.locator('[data-check="key"]');

test('a public key inside an environment line is never used as an HMAC secret', async ({
	page
}) => {
	const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
		format: 'der',
		type: 'spki'
	});
	const key = `PUBLIC_KEY=${der.toString('base64')}`;
	await page.goto('/');
	await page.getByLabel('Verification key').fill(key);
	await pasteToken(page, hs256(claims(), key));
	await expectVerdict(page, 'invalid');
	await expect(keyRow(page)).toHaveAttribute('data-code', 'key.public-key-as-secret');
	await expect(page.locator('[data-key-summary]')).not.toContainText(/HMAC secret, \d+ bytes?/);
});

test('a small-order Ed25519 key never verifies R = identity, S = 0', async ({ page }) => {
	const identity = Buffer.concat([Buffer.from([1]), Buffer.alloc(31)]);
	const input = `${b64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' }))}.${b64url(JSON.stringify(claims()))}`;
	await page.goto('/');
	await page
		.getByLabel('Verification key')
		.fill(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: b64url(identity) }));
	await pasteToken(page, `${input}.${b64url(Buffer.concat([identity, Buffer.alloc(32)]))}`);
	await expectVerdict(page, 'invalid');
	await expect(keyRow(page)).toHaveAttribute('data-code', 'key.small-order');
});

test('an EC public point typed as a secret warns on the key row', async ({ page }) => {
	const { x, y } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
		format: 'jwk'
	});
	const point = Buffer.concat([
		Buffer.from([4]),
		Buffer.from(x!, 'base64url'),
		Buffer.from(y!, 'base64url')
	]);
	const key = point.toString('hex');
	await page.goto('/');
	await page.getByLabel('Verification key').fill(key);
	await pasteToken(page, hs256(claims(), key));
	await expectVerdict(page, 'valid');
	await expect(keyRow(page)).toHaveAttribute('data-status', 'warn');
	await expect(keyRow(page)).toHaveAttribute('data-code', 'key.secret-is-ec-point');
});
