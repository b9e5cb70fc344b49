// Helpers for the share-link tests: making a link through the panel as a person would, reading it back in
// Node with the page's own format module, and an RS256 signer with a fresh key pair.
import { createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import type { Page } from '@playwright/test';
import { decodeShareLink, type SharedDiagnosis } from '../src/lib/share/link';
import { expect } from './fixtures';
import { settled } from './page-helpers';

export { seriousViolations } from './page-helpers';

/** Opens the share panel (once), applies `choose`, and returns the link for those choices. */
export async function makeLink(
	page: Page,
	choose?: (page: Page) => Promise<void>
): Promise<string> {
	await settled(page);
	const button = page.getByRole('button', { name: 'Share diagnosis', exact: true });
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	if (choose) await choose(page);
	await expect(page.locator('[data-share-panel]')).toHaveAttribute('aria-busy', 'false');
	// The link and its stated length are read in one go: the live clock may remake the link (it carries the
	// evaluation time) between two separate reads.
	const field = await page.getByLabel('Share link', { exact: true }).elementHandle();
	const { link, stated } = await page.evaluate(
		(input) => ({
			link: (input as HTMLInputElement).value,
			stated: document.querySelector('[data-share-length]')?.textContent
		}),
		field
	);
	expect(link).toMatch(/#ti1\.[zj]\.\d+\./);
	expect(stated).toBe(`${link.length} characters`);
	return link;
}

/** What a link carries, read in Node with the page's own reader. */
export async function carried(link: string): Promise<SharedDiagnosis> {
	const result = await decodeShareLink(link);
	if (!result.ok) throw new Error(`unreadable link: ${result.code}`);
	return result.diagnosis;
}

/** Each checklist row as "id:status", in the page's order. */
export function rows(page: Page): Promise<string[]> {
	return page
		.locator('[data-check]')
		.evaluateAll((els) =>
			els.map((el) => `${el.getAttribute('data-check')}:${el.getAttribute('data-status')}`)
		);
}

/** A fresh RSA key pair: the private JWK and a JWKS holding the public one. */
export function rsaKeys(kid: string): {
	privateJwk: JsonWebKey;
	jwks: string;
	sign: (claims: object, header?: object) => string;
} {
	const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
	const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return {
		privateJwk: { ...privateKey.export({ format: 'jwk' }), kid },
		jwks: JSON.stringify({ keys: [publicJwk] }),
		sign(claims, header = {}) {
			const input = `${b64({ alg: 'RS256', typ: 'at+jwt', kid, ...header })}.${b64(claims)}`;
			return `${input}.${createSign('sha256').update(input).sign(privateKey).toString('base64url')}`;
		}
	};
}
