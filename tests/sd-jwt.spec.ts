// An SD-JWT pasted (RFC 9901, issue 17 item 1): read as one, its issuer-signed JWT judged as a JWT, its disclosures
// listed under the payload with whether each digest is found, and its key-binding JWT shown as holder binding.
// And a token that went through a standard-base64 encoder (issue 17 item 2): repaired, judged, the repair struck
// through in the Token field. At both sizes, light and dark, with axe.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
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

const SECRET = 'a secret for the sd-jwt test, long enough';
const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const digest = (text: string) => createHash('sha256').update(text, 'ascii').digest('base64url');

function sdJwt(): string {
	const now = seconds(Date.now());
	const given = b64(JSON.stringify(['2GLC42sKQveCfGfryNRN9w', 'given_name', 'Erika']));
	const country = b64(JSON.stringify(['lklxF5jMYlGTPUovMNIvCA', 'DE']));
	const stray = b64(JSON.stringify(['eluV5Og3gSNII8EYnsxA_A', 'age', 42]));
	const holder = generateKeyPairSync('ed25519');
	const issuer = hs256(
		{
			iss: 'https://issuer.example',
			sub: 'user-42',
			iat: now - 60,
			exp: now + 3600,
			_sd: [digest(given)],
			_sd_alg: 'sha-256',
			nationalities: [{ '...': digest(country) }],
			cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) }
		},
		SECRET,
		{ alg: 'HS256', typ: 'dc+sd-jwt' }
	);
	const presented = `${issuer}~${given}~${country}~${stray}~`;
	const kbInput = `${b64(JSON.stringify({ alg: 'EdDSA', typ: 'kb+jwt' }))}.${b64(
		JSON.stringify({
			iat: now,
			aud: 'https://verifier.example',
			nonce: 'n-0S6_WzA2Mj',
			sd_hash: digest(presented)
		})
	)}`;
	return `${presented}${kbInput}.${b64(sign(null, Buffer.from(kbInput), holder.privateKey))}`;
}

for (const [width, height] of [
	[1440, 900],
	[390, 844]
] as const) {
	test(`an SD-JWT: its disclosures and key-binding JWT, at ${width}×${height}`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await page.getByLabel('Verification key', { exact: true }).fill(SECRET);
		await pasteToken(page, sdJwt());
		const report = await settled(page);
		await expect(report).toHaveAttribute('data-format', 'sd-jwt');
		// The issuer-signed JWT verified with the user's secret decides; the stray disclosure is a warning.
		await expect(report).toHaveAttribute('data-verdict', 'valid');
		const structure = report.locator('[data-check="structure"]');
		await expect(structure).toHaveAttribute('data-status', 'warn');
		await expect(structure).toHaveAttribute('data-code', 'structure.sd-disclosure-unreferenced');
		const disclosures = page.locator('[data-disclosures]');
		await expect(disclosures.locator('[data-disclosure="found"]')).toHaveCount(2);
		await expect(disclosures.locator('[data-disclosure="not-found"]')).toHaveCount(1);
		await expect(disclosures.locator('[data-disclosure="found"]').first()).toContainText(
			'given_name'
		);
		await expect(page.locator('[data-key-binding]')).toContainText('https://verifier.example');
		await expect(page.locator('[data-holder-binding]')).toContainText('verified');
		await expect(page.locator('[data-decoded="disclosed"]')).toContainText('"given_name": "Erika"');
		expect(await seriousViolations(page)).toEqual([]);
		await shoot(page, `sd-jwt-${width}`);
	});
}

test('a token base64-encoded instead of base64url: repaired, judged, the repair struck through', async ({
	page
}) => {
	const now = seconds(Date.now());
	let token = '';
	// A token with a "-" or "_", so that standard base64 changes it.
	for (let i = 0; !/[-_]/.test(token); i++)
		token = hs256({ sub: `user-${i}`, iat: now - 60, exp: now + 3600 }, SECRET);
	const standard = token.replace(/-/g, '+').replace(/_/g, '/');
	await page.goto('/');
	await page.getByLabel('Verification key', { exact: true }).fill(SECRET);
	await pasteToken(page, standard);
	const report = await settled(page);
	await expect(report).toHaveAttribute('data-verdict', 'valid');
	await expect(report.locator('[data-check="structure"]')).toHaveAttribute(
		'data-code',
		'structure.jwt'
	);
	const editor = await tokenEditor(page);
	const struck = editor.locator('.cm-tok-removed');
	await expect(struck.first()).toBeVisible();
	expect(['+', '/']).toContain(await struck.first().textContent());
	expect(await seriousViolations(page)).toEqual([]);
	await shoot(page, 'repair-1440');
});

/** Light and dark screenshots when SHOTS_DIR is set (for review; nothing reads them). */
async function shoot(page: import('@playwright/test').Page, name: string): Promise<void> {
	const dir = process.env.SHOTS_DIR;
	if (!dir) return;
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.screenshot({ path: `${dir}/${name}-${scheme}.png`, fullPage: true });
	}
	await page.emulateMedia({ colorScheme: 'light' });
}
