// Naming what was pasted (issue 17, item 1): `data-format` on the report for the empty page, a JWS and a
// GitHub token (a fake one, in the documented shape: "ghp_", 30 base62 characters and their CRC32 checksum in
// base62, made as formats/github.ts describes), and the page stays
// accessible with the structure row that names it.
import { crc32 } from 'node:zlib';
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

const now = seconds(Date.now());
const jws = hs256(
	{ iss: 'https://issuer.example', sub: 'user-42', iat: now - 60, exp: now + 3600 },
	'a secret for the formats test'
);
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = '0aB9zY8xW7'.repeat(3);
let checksum = '';
for (let value = crc32(random); value > 0; value = Math.floor(value / 62))
	checksum = BASE62[value % 62] + checksum;
const githubToken = `ghp_${random}${checksum.padStart(6, '0')}`;

test('says what was pasted: empty, a JWS, a GitHub token', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await expect(reportOf(page)).toHaveAttribute('data-format', 'empty');

	await pasteToken(page, jws);
	await settled(page);
	await expect(reportOf(page)).toHaveAttribute('data-format', 'jws');

	// The GitHub token replaces the JWS, as a person selecting all and pasting would.
	await (await tokenEditor(page)).click();
	await page.keyboard.press('ControlOrMeta+a');
	await pasteToken(page, githubToken);
	await settled(page);
	await expect(reportOf(page)).toHaveAttribute('data-format', 'github-token');
	await expect(reportOf(page)).toHaveAttribute('data-verdict', 'invalid');
	const structure = page.locator('[data-check="structure"]');
	await expect(structure).toHaveAttribute('data-code', 'structure.github-token');
	// The row names the kind by its prefix; the rest of the secret is not repeated in the report.
	await expect(structure).not.toContainText(githubToken.slice(4));
	expect(await seriousViolations(page)).toEqual([]);
});
