// Helpers the page's end-to-end tests share: driving the page as a person would (choosing a sample, pasting
// a token) and minting tokens in Node with node:crypto, so a test states the exact claims it needs.
import { createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { SAMPLES, type SampleId } from '../src/lib/samples/samples';
import { expect } from './fixtures';

/** The report: `aria-busy`, `data-verdict` and the checklist rows. */
export function reportOf(page: Page): Locator {
	return page.locator('[data-report]');
}

/** Waits until the report on screen belongs to the current inputs. */
export async function settled(page: Page): Promise<Locator> {
	const report = reportOf(page);
	await expect(report).toHaveAttribute('aria-busy', 'false');
	return report;
}

/** Opens the Samples menu, chooses one sample, and waits for the report on its inputs. */
export async function chooseSample(page: Page, id: SampleId): Promise<void> {
	const info = SAMPLES.find((sample) => sample.id === id)!;
	await page.getByRole('button', { name: 'Samples', exact: true }).click();
	await page.locator(`[data-sample="${id}"]`).click();
	// The note and the new inputs land together: once it names this sample, the report is for its inputs.
	await expect(page.locator('[data-sample-note]')).toContainText(info.label);
	await settled(page);
}

/** The IDs of the rows with a status, in the page's order. */
export function rowsWithStatus(page: Page, status: string): Promise<string[]> {
	return page
		.locator(`[data-check][data-status="${status}"]`)
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-check') ?? ''));
}

/**
 * The Token field's CodeMirror editor. The first screen has a plain textarea that the editor replaces when
 * the field is first used; focusing the field fetches it, and this waits until it has taken over.
 */
export async function tokenEditor(page: Page): Promise<Locator> {
	await page.getByLabel('Token', { exact: true }).focus();
	const content = page.locator('[data-token-editor] .cm-content');
	await content.waitFor();
	return content;
}

/** Pastes text into the Token editor as the browser does: a paste event carrying a DataTransfer. */
export async function pasteToken(page: Page, text: string): Promise<void> {
	const editor = await tokenEditor(page);
	await editor.evaluate((content, pasted) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		content.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** An HS256 JWT over exactly these claims, signed with the secret's bytes (a string is its UTF-8). */
export function hs256(
	claims: Record<string, unknown>,
	secret: string | Buffer,
	header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }
): string {
	const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Seconds since the epoch, as JWT time claims count. */
export function seconds(date: Date | number): number {
	return Math.floor((typeof date === 'number' ? date : date.getTime()) / 1000);
}

/** Waits until the report belongs to the current inputs, then expects its verdict. */
export async function expectVerdict(page: Page, verdict: string): Promise<void> {
	const report = await settled(page);
	await expect(report).toHaveAttribute('data-verdict', verdict);
}

/** The page's background colour as [r, g, b]. */
export async function pageBackground(page: Page): Promise<number[]> {
	const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	return colour
		.match(/\d+(\.\d+)?/g)!
		.slice(0, 3)
		.map(Number);
}

export const isDark = (rgb: number[]) => Math.max(...rgb) < 64;
export const isLight = (rgb: number[]) => Math.min(...rgb) > 192;

/** Serious and critical WCAG 2.1 A/AA violations axe finds on the page, each with the nodes it names. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
					.map((node) => node.target.join(' '))
					.join(', ')}`
		);
}
