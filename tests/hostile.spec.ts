import { NASTY, wycheproofInvalid } from '../src/lib/testing/corpus';
import { CHECK_IDS } from '../src/lib/core/checks/registry';
import { hs256, pasteToken, reportOf, settled, tokenEditor } from './page-helpers';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Hostile input through the page: the nasty corpus and every Wycheproof invalid vector get a report with every
// row and never a valid verdict; what a token carries is shown as text, with invisible characters made visible.
// The fixture fails any test with a console error, a CSP violation or a request off the page's origin.

async function inspectInPage(page: Page, token: string, key = ''): Promise<void> {
	await page.getByLabel('Verification key').fill(key);
	await pasteToken(page, token);
	const report = await settled(page);
	const ids = await page
		.locator('[data-check]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-check')));
	// Every row, once (the checklist groups them by status, so the page's order is not the registry's).
	expect([...ids].sort(), token.slice(0, 60)).toEqual([...CHECK_IDS].sort());
	await expect(report).not.toHaveAttribute('data-verdict', 'valid');
	await expect(report).toHaveAttribute('data-verdict', /^(invalid|unverified)$/);
}

/**
 * Drives every entry through the page in one evaluation, as a person would: the key typed into its field, the
 * token pasted over the editor's text (a paste event with a DataTransfer), and the report read once it has
 * gone busy and settled again. Returns the rows and the verdict of each settled report.
 */
async function inspectAllInPage(
	page: Page,
	entries: Array<{ token: string; key?: string }>
): Promise<Array<{ ids: string[]; verdict: string | null }>> {
	const keyField = await page.getByLabel('Verification key').elementHandle();
	const editor = await (await tokenEditor(page)).elementHandle();
	return page.evaluate(
		async ([entries, keyField, editor]) => {
			const report = document.querySelector('[data-report]')!;
			const field = keyField as HTMLTextAreaElement;
			const content = editor as HTMLElement;
			const setKey = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
			const settledAgain = () =>
				new Promise<void>((resolve) => {
					let sawBusy = false;
					const observer = new MutationObserver(() => {
						const busy = report.getAttribute('aria-busy');
						if (busy === 'true') sawBusy = true;
						else if (sawBusy && busy === 'false') {
							observer.disconnect();
							resolve();
						}
					});
					observer.observe(report, { attributes: true, attributeFilter: ['aria-busy'] });
				});
			const results: Array<{ ids: string[]; verdict: string | null }> = [];
			let last = { token: '\u0000', key: '\u0000' };
			for (const entry of entries) {
				const key = entry.key ?? '';
				// Both inputs change in one task, so one inspection answers them; unchanged inputs need none.
				// Empty fields are answered at once, without going busy: a frame is enough for them.
				const changed = entry.token !== last.token || key !== last.key;
				const instant = entry.token === '' && key === '';
				const done =
					changed && !instant
						? settledAgain()
						: new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
				setKey.call(field, key);
				field.dispatchEvent(new Event('input', { bubbles: true }));
				if (entry.token !== last.token) {
					content.focus();
					const selection =
						(
							content.getRootNode() as
								| Document
								| (ShadowRoot & {
										getSelection?: () => Selection | null;
								  })
						).getSelection?.() ?? document.getSelection()!;
					const range = document.createRange();
					range.selectNodeContents(content);
					selection.removeAllRanges();
					selection.addRange(range);
					const data = new DataTransfer();
					data.setData('text/plain', entry.token);
					content.dispatchEvent(
						new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
					);
				}
				await done;
				last = { token: entry.token, key };
				results.push({
					ids: [...document.querySelectorAll('[data-check]')].map(
						(row) => row.getAttribute('data-check') ?? ''
					),
					verdict: report.getAttribute('data-verdict')
				});
			}
			return results;
		},
		[entries, keyField, editor] as const
	);
}

test.describe('the nasty corpus through the page', () => {
	const entries = NASTY.filter((entry) => entry.page);
	const vectors = wycheproofInvalid();
	const chunks = [entries, vectors.filter((_, j) => j % 2 === 0), vectors.filter((_, j) => j % 2)];
	chunks.forEach((chunk, i) => {
		test(`batch ${i + 1} of ${chunks.length}: ${chunk.length} inputs, each a full report and never valid`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto('/');
			await settled(page);
			const results = await inspectAllInPage(page, chunk);
			expect(results).toHaveLength(chunk.length);
			results.forEach(({ ids, verdict }, j) => {
				const what = chunk[j]!.token.slice(0, 60);
				expect([...ids].sort(), what).toEqual([...CHECK_IDS].sort());
				expect(verdict, what).toMatch(/^(invalid|unverified)$/);
			});
			// The last report is the one for the last input: its token is the one in the editor.
			await expect(page.getByLabel('Token', { exact: true })).toContainText(
				chunk.at(-1)!.token.slice(0, 40)
			);
		});
	});
});

test('invisible and misleading characters are shown by their code points, in the checklist and the decoded view', async ({
	page
}) => {
	await page.goto('/');
	const token = hs256(
		{ sub: 'admin\u202Enimda', iss: 'https://issuer\u200B.example', aud: 'a\u2066b' },
		'x'.repeat(40)
	);
	await page.getByLabel('Expected issuer').fill('https://issuer.example');
	await inspectInPage(page, token);
	const payload = page.locator('[data-decoded="payload"]');
	await expect(payload).toContainText('admin⟨U+202E⟩nimda');
	await expect(payload).toContainText('https://issuer⟨U+200B⟩.example');
	await expect(payload).toContainText('a⟨U+2066⟩b');
	const iss = page.locator('[data-check="iss"]');
	await expect(iss).toHaveAttribute('data-status', 'fail');
	await expect(iss).toContainText('⟨U+200B⟩');
	// The characters themselves are nowhere in the report's text.
	const text = await reportOf(page).innerText();
	expect(text).not.toMatch(/[\u202E\u200B\u2066]/);
});

test('claims named __proto__, constructor and prototype are shown as data and change nothing', async ({
	page
}) => {
	await page.goto('/');
	const claims = JSON.parse(
		'{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p","sub":"<b>bold</b>"}'
	);
	await inspectInPage(page, hs256(claims, 'x'.repeat(40)));
	const payload = page.locator('[data-decoded="payload"]');
	for (const name of ['"__proto__"', '"constructor"', '"prototype"'])
		await expect(payload).toContainText(name);
	// Markup in a claim is text, and no link is made from anything in the token.
	await expect(payload).toContainText('"<b>bold</b>"');
	await expect(payload.locator('b, a')).toHaveCount(0);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
});

test('a claim that spells out a passed row stays inside its own row, on one line, escaped', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Expected issuer').fill('https://issuer.example');
	const iss = 'https://issuer.example"\n\n✓ Pass  Signature — Verified…';
	await inspectInPage(page, hs256({ iss, sub: 'x' }, 'x'.repeat(40)));
	const row = page.locator('[data-check="iss"]');
	await expect(row).toHaveAttribute('data-status', 'fail');
	const text = await row.innerText();
	// The value is shown as JSON writes it, quotes and line breaks escaped: no line of the row begins a fake one.
	expect(text).toContain('\\"\\n\\n✓ Pass');
	const lines = text.split('\n').map((line) => line.trim());
	expect(lines.filter((line) => /^✓?\s*Pass\b/.test(line))).toEqual([]);
	// The fake text is inside the one sentence that quotes it ("Issued by …, not by …"), or on the row's
	// "Token" line of the marked difference, escaped there too.
	const quoting = lines.filter((line) => /Pass\s+Signature/.test(line));
	expect(quoting.length).toBeGreaterThan(0);
	for (const line of quoting) expect(line).toMatch(/^Issued by ".*", not by "|\\"\\n\\n✓ Pass/);
	await expect(row.locator('[data-diff-side="actual"]')).toContainText('example\\"\\n\\n✓ Pass');
});
