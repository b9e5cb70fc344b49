// The page, driven as a person would drive it: by the labels and data- attributes of the page contract
// (../shared/page-contract.md). Tokens are minted here in Node, or by the page's own Samples menu.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHECK_IDS } from '../src/lib/core/checks/registry';
import { SAMPLES } from '../src/lib/samples/samples';
import { expect, test } from './fixtures';
import {
	chooseSample,
	hs256,
	isDark,
	isLight,
	pageBackground,
	pasteToken,
	expectVerdict,
	reportOf,
	rowsWithStatus,
	seconds,
	settled
} from './page-helpers';

const STATUSES = ['pass', 'warn', 'fail', 'skip', 'info'];
const VERDICTS = ['valid', 'invalid', 'unverified'];

/** A strong HMAC secret, as its UTF-8 text (43 base64url characters). */
const strongSecret = () => randomBytes(32).toString('base64url');

/** Claims valid from a minute before `at` for an hour. */
function claimsAt(at: number, extra: Record<string, unknown> = {}) {
	return { sub: 'user_1', iat: at - 60, exp: at + 3600, ...extra };
}

test('every sample in the Samples menu shows its expected verdict and failing rows', async ({
	page
}) => {
	await page.goto('/');
	for (const sample of SAMPLES) {
		const { verdict, failing } = sample.expected;
		await test.step(`"${sample.label}": ${verdict}, failing ${failing.join(', ') || 'nothing'}`, async () => {
			await chooseSample(page, sample.id);

			await expect.soft(reportOf(page)).toHaveAttribute('data-verdict', verdict);
			expect.soft(await rowsWithStatus(page, 'fail')).toEqual(failing);
			const statuses = await page
				.locator('[data-check]')
				.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
			expect.soft(statuses.filter((status) => !STATUSES.includes(status!))).toEqual([]);

			await expect.soft(page.getByLabel('Token', { exact: true })).not.toBeEmpty();
			await expect.soft(page.getByLabel('Verification key')).not.toHaveValue('');
			await expect.soft(page.getByLabel('Expected audience')).not.toHaveValue('');
			await expect.soft(page.getByLabel('Expected issuer')).not.toHaveValue('');
			if (verdict === 'valid') {
				await expect.soft(page.locator('[data-verdict-banner]')).toContainText('Valid');
			}
		});
	}
});

test.describe('typing and pasting', () => {
	test('a token typed character by character ends with the right verdict', async ({ page }) => {
		const secret = strongSecret();
		// A short token (no "typ", one claim): every keystroke is a new inspection.
		const token = hs256({ exp: seconds(Date.now()) + 3600 }, secret, { alg: 'HS256' });
		await page.goto('/');
		await page.getByLabel('Verification key').fill(secret);
		await page.getByLabel('Token', { exact: true }).pressSequentially(token);

		const report = await settled(page);
		await expect(report).toHaveAttribute('data-verdict', 'valid');
		await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'pass');
	});

	test.describe('on a slow connection', () => {
		// Requests a service worker answers never reach page.route, so this test runs without one.
		test.use({ serviceWorkers: 'block' });

		test('text typed before the editor has loaded is kept, caret and all, when the editor takes over', async ({
			page
		}) => {
			const secret = strongSecret();
			const token = hs256(claimsAt(seconds(Date.now())), secret);
			// An idle browser fetches the editor before anyone types (app/warmup.ts). This is the device that was
			// never idle before the first keystroke: idleness never comes, and focus in the field starts the fetch.
			await page.addInitScript(() => {
				window.requestIdleCallback = () => 0;
			});
			await page.goto('/');
			await page.getByLabel('Verification key').fill(secret);
			await settled(page);
			// From here on the page's scripts (the editor, the inspection worker) wait until released, as on a
			// slow connection.
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/*.js', async (route) => {
				await held;
				await route.continue();
			});

			// The first screen's field is a plain textarea: it takes text at once, and the report waits for it.
			const field = page.getByLabel('Token', { exact: true });
			await expect(field).toHaveJSProperty('tagName', 'TEXTAREA');
			await field.focus();
			await page.keyboard.insertText(token.slice(1));
			await page.keyboard.press('ControlOrMeta+Home');
			await expect(field).toHaveValue(token.slice(1));
			await expect(reportOf(page)).toHaveAttribute('aria-busy', 'true');
			await expect(page.locator('[data-token-editor] .cm-content')).toHaveCount(0);

			// The editor arrives with the text, the focus and the caret where they were: the next key lands first.
			release();
			const editor = page.locator('[data-token-editor] .cm-content');
			await expect(editor).toBeFocused();
			await page.keyboard.type(token[0]!);
			await expect(editor).toHaveText(token);
			await expectVerdict(page, 'valid');
			await expect(editor.locator('.cm-tok-signature')).toHaveCount(1);
			await expect(page.locator('textarea[aria-labelledby="token-label"]')).toHaveCount(0);

			// What was typed before the editor came is still one undo away (the key typed after, one more).
			await page.keyboard.press('ControlOrMeta+z');
			await page.keyboard.press('ControlOrMeta+z');
			await expect(editor.locator('.cm-placeholder')).toBeVisible();
			await expectVerdict(page, 'unverified');
		});
	});

	test('a pasted token is inspected, and so is one inserted as text', async ({ page }) => {
		const secret = strongSecret();
		const token = hs256(claimsAt(seconds(Date.now())), secret);
		await page.goto('/');
		await page.getByLabel('Verification key').fill(secret);

		await pasteToken(page, token);
		await expectVerdict(page, 'valid');

		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.insertText(hs256(claimsAt(seconds(Date.now())), strongSecret()));
		const report = await settled(page);
		await expect(report).toHaveAttribute('data-verdict', 'invalid');
		await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'fail');
	});

	test('undo takes a paste back (the editing commands come with the editor)', async ({ page }) => {
		const secret = strongSecret();
		await page.goto('/');
		await page.getByLabel('Verification key').fill(secret);
		await pasteToken(page, hs256(claimsAt(seconds(Date.now())), secret));
		await expectVerdict(page, 'valid');

		const editor = page.getByLabel('Token', { exact: true });
		await editor.focus();
		await page.keyboard.press('ControlOrMeta+z');
		// The editor is empty again: its placeholder shows.
		await expect(editor.locator('.cm-placeholder')).toBeVisible();
		await expectVerdict(page, 'unverified');
		await expect(page.locator('[data-check="structure"]')).toHaveAttribute('data-status', 'skip');
	});

	test('the report never shows a verdict for earlier inputs', async ({ page }) => {
		const secret = strongSecret();
		const token = hs256(claimsAt(seconds(Date.now())), secret);
		await page.goto('/');
		await pasteToken(page, token);
		await settled(page);

		// Every time the report says it is settled, its verdict must be the one for the key in the field then.
		const key = page.getByLabel('Verification key');
		await key.evaluate((field: HTMLTextAreaElement) => {
			const report = document.querySelector('[data-report]')!;
			const seen: Array<{ key: string; verdict: string | null }> = [];
			(window as unknown as { settledReports: typeof seen }).settledReports = seen;
			new MutationObserver(() => {
				if (report.getAttribute('aria-busy') === 'false') {
					seen.push({ key: field.value, verdict: report.getAttribute('data-verdict') });
				}
			}).observe(report, { attributes: true, attributeFilter: ['aria-busy', 'data-verdict'] });
		});

		// The last characters one by one, then quick replacements, each a new inspection.
		await key.fill(secret.slice(0, -4));
		await key.pressSequentially(secret.slice(-4));
		await key.fill(`${secret}x`);
		await key.fill(secret);
		await key.fill(`${secret}x`);

		const report = await settled(page);
		await expect(report).toHaveAttribute('data-verdict', 'invalid');
		await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'fail');
		const seen = await page.evaluate(
			() =>
				(window as unknown as { settledReports: Array<{ key: string; verdict: string }> })
					.settledReports
		);
		expect(seen.length).toBeGreaterThan(0);
		for (const { key, verdict } of seen) {
			expect(verdict, `verdict shown while the key was "${key}"`).toBe(
				key === '' ? 'unverified' : key === secret ? 'valid' : 'invalid'
			);
		}
	});
});

test('a 1 MB token settles, its structure passes, and the page stays responsive', async ({
	page
}) => {
	test.slow();
	const token = hs256(
		{ sub: 'user_1', blob: 'a'.repeat(750_000), exp: seconds(Date.now()) + 3600 },
		strongSecret()
	);
	expect(token.length).toBeGreaterThan(1_000_000);
	await page.goto('/');
	await pasteToken(page, token);

	const report = reportOf(page);
	await expect(report).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
	await expect(report).toHaveAttribute('data-verdict', 'unverified');
	await expect(page.locator('[data-check="structure"]')).toHaveAttribute('data-status', 'pass');
	await expect(page.locator('[data-decoded="payload"]')).toContainText(
		/more characters; copy to see all/
	);
	// A text this long is not wrapped: CodeMirror then lays out only the part of the line in view (here the
	// end, where the caret is after the paste), still coloured.
	const editor = page.locator('[data-token-editor] .cm-content');
	await expect(editor).not.toHaveClass(/cm-lineWrapping/);
	await expect(editor.locator('.cm-tok-signature')).toBeVisible();
	expect((await editor.innerText()).length).toBeLessThan(100_000);

	// Typing into another field is answered quickly: the main thread is not stuck on the big token.
	await page.getByLabel('Expected audience').fill('api://orders');
	const started = Date.now();
	await page.evaluate(() => document.title);
	expect(Date.now() - started).toBeLessThan(1_000);
	await expect(page.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'fail', {
		timeout: 5_000
	});
	await expect(report).toHaveAttribute('aria-busy', 'false', { timeout: 5_000 });
});

test('the page contract: labels, every row in order, known statuses, and a verdict for no input', async ({
	page
}) => {
	await page.goto('/');
	for (const label of [
		'Token',
		'Verification key',
		'Expected audience',
		'Expected issuer',
		'Required scopes',
		'Clock leeway (seconds)'
	]) {
		await expect(page.getByLabel(label, { exact: true })).toBeVisible();
	}
	await expect(page.getByLabel('Clock leeway (seconds)')).toHaveValue('0');

	const report = await settled(page);
	expect(VERDICTS).toContain(await report.getAttribute('data-verdict'));
	const rows = await page
		.locator('[data-check]')
		.evaluateAll((rows) =>
			rows.map((row) => [row.getAttribute('data-check'), row.getAttribute('data-status')])
		);
	expect(rows.map(([id]) => id)).toEqual([...CHECK_IDS]);
	for (const [, status] of rows) expect(STATUSES).toContain(status);
});

test.describe('the evaluation time', () => {
	// Time is an input: the browser's clock and time zone are pinned.
	const START = new Date('2026-03-10T09:00:00Z');
	test.use({ timezoneId: 'UTC' });

	let secret: string;
	let token: string;
	test.beforeEach(async ({ page }) => {
		secret = strongSecret();
		token = hs256({ sub: 'user_1', iat: seconds(START), exp: seconds(START) + 30 }, secret);
		await page.clock.install({ time: START });
		await page.goto('/');
		await page.getByLabel('Verification key').fill(secret);
		await pasteToken(page, token);
		await expectVerdict(page, 'valid');
	});

	test('the live clock moves on: a token expires without touching the inputs', async ({ page }) => {
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'pass');
		await page.clock.fastForward('01:00');

		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'fail');
		await expect(reportOf(page)).toHaveAttribute('data-verdict', 'invalid');
	});

	test('a pinned time after exp makes it invalid; back to now makes it valid', async ({ page }) => {
		await page.getByLabel('Pinned', { exact: true }).check();
		const afterExp = new Date(START.getTime() + 120_000).toISOString().slice(0, 19);
		await page.getByLabel(/^Pinned date and time/).fill(afterExp);

		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'fail');
		await expectVerdict(page, 'invalid');

		await page.getByLabel('Now (live)').check();
		await expect(page.getByLabel(/^Pinned date and time/)).toHaveCount(0);
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'pass');
		await expectVerdict(page, 'valid');
	});
});

test.describe('the key field', () => {
	const bytes = randomBytes(32);
	const token = hs256(claimsAt(seconds(Date.now())), bytes);

	for (const [encoding, text] of [
		['hex', bytes.toString('hex')],
		['base64', bytes.toString('base64')]
	] as const) {
		test(`a secret written in ${encoding} verifies only when read as ${encoding}`, async ({
			page
		}) => {
			await page.goto('/');
			await pasteToken(page, token);
			await page.getByLabel('Verification key').fill(text);
			await expectVerdict(page, 'invalid');
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'fail');
			await expect(page.locator('[data-key-summary]')).toContainText(
				`HMAC secret, ${text.length} bytes`
			);

			await page.getByLabel('Secret encoding').selectOption(encoding);
			await expect(page.locator('[data-key-summary]')).toContainText('HMAC secret, 32 bytes');
			await expectVerdict(page, 'valid');
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'pass');
		});
	}
});

test('the editor colours the parts and underlines a bad character, explaining it on hover', async ({
	page
}) => {
	const [header, payload, signature] = hs256(claimsAt(seconds(Date.now())), 's').split('.');
	await page.goto('/');
	await pasteToken(page, `${header}.${payload!.slice(0, 10)}*${payload!.slice(10)}.${signature}`);
	await settled(page);
	await expect(page.locator('[data-check="structure"]')).toHaveAttribute('data-status', 'fail');

	const editor = page.locator('.cm-content');
	// A token of ordinary length wraps.
	await expect(editor).toHaveClass(/cm-lineWrapping/);
	for (const part of ['header', 'payload', 'signature']) {
		await expect(editor.locator(`.cm-tok-${part}`)).toHaveCount(1);
	}
	const underline = editor.locator('[data-diagnostic]');
	await expect(underline).toHaveText('*');
	await underline.hover();
	const tooltip = page.locator('.cm-tok-tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('"*" at offset 10 is not base64url');
	// The underline and the checklist tell the same story.
	await expect(page.locator('[data-check="structure"]')).toContainText(
		(await tooltip.innerText()).trim()
	);
});

test('failed and warned rows come open, passed ones closed, each with a status word', async ({
	page
}) => {
	await page.goto('/');
	// An embedded key: the signature fails, the header-keys row warns, the claims pass.
	await chooseSample(page, 'embedded-key');
	const words = { pass: 'Pass', warn: 'Warn', fail: 'Fail', skip: 'Skip', info: 'Info' };
	const rows = await page.locator('[data-check]').evaluateAll((rows) =>
		rows.map((row) => ({
			status: row.getAttribute('data-status') as keyof typeof words,
			open: row.querySelector('details')!.open,
			summary: row.querySelector('summary')!.textContent ?? ''
		}))
	);
	const statuses = new Set(rows.map((row) => row.status));
	expect(statuses).toContain('fail');
	expect(statuses).toContain('warn');
	expect(statuses).toContain('pass');
	for (const row of rows) {
		expect(row.open).toBe(row.status === 'fail' || row.status === 'warn');
		expect(row.summary).toContain(words[row.status]);
	}
});

test.describe('the decoded view', () => {
	test.use({ timezoneId: 'Asia/Tokyo', locale: 'en-US' });

	test('shows the JSON, time claims in three forms, and explains a claim name', async ({
		page
	}) => {
		const now = new Date('2026-03-10T09:00:00Z');
		await page.clock.setFixedTime(now);
		await page.goto('/');
		await pasteToken(page, hs256({ sub: 'user_1', exp: seconds(now) + 3900 }, strongSecret()));
		await settled(page);

		await expect(page.locator('[data-decoded="header"]')).toContainText('"alg": "HS256"', {
			useInnerText: true
		});
		await expect(page.locator('[data-decoded="payload"]')).toContainText('"sub": "user_1"', {
			useInnerText: true
		});
		const exp = page.locator('[data-time-claim="exp"]');
		// Relative to the evaluation time, in the browser's zone (Tokyo, UTC+9), and in UTC.
		await expect(exp).toContainText('in 1 h 5 min');
		await expect(exp).toContainText(/Mar 10, 2026, 19:05:00 GMT\+9/);
		await expect(exp).toContainText('2026-03-10 10:05:00 UTC');

		const name = page.locator('[data-decoded="payload"]').getByRole('button', { name: '"exp"' });
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await name.hover();
		await expect(page.getByRole('tooltip')).toContainText('RFC 7519');
		await page.mouse.move(0, 0);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await name.focus();
		await expect(page.getByRole('tooltip')).toContainText('RFC 7519');
	});

	test('copies the header JSON, the payload JSON and the token without its Bearer prefix', async ({
		page,
		context,
		allowOrigin
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		// The app's Permissions-Policy forbids reading the clipboard (clipboard-read=()), so the test reads it
		// from a blank page of its own, on another local origin that sends no such header.
		const blank = createServer((_, response) =>
			response.end('<!doctype html><title>reader</title>')
		);
		await new Promise<void>((resolve) => blank.listen(0, '127.0.0.1', resolve));
		const readerOrigin = `http://127.0.0.1:${(blank.address() as AddressInfo).port}`;
		allowOrigin(readerOrigin);
		const reader = await context.newPage();
		await reader.goto(readerOrigin);
		const claims = claimsAt(seconds(Date.now()));
		const token = hs256(claims, strongSecret());
		await page.goto('/');
		await pasteToken(page, `Bearer ${token}`);
		await settled(page);
		const clipboard = () => reader.evaluate(() => navigator.clipboard.readText());
		// Until the copy has landed the clipboard may still be empty: that is "not yet", not a failure.
		const clipboardJson = async () => {
			try {
				return JSON.parse(await clipboard()) as unknown;
			} catch (error) {
				if (error instanceof SyntaxError) return undefined;
				throw error;
			}
		};

		await page.getByRole('button', { name: 'Copy header JSON' }).click();
		await expect.poll(clipboardJson).toEqual({ alg: 'HS256', typ: 'JWT' });
		await page.getByRole('button', { name: 'Copy payload JSON' }).click();
		await expect.poll(clipboardJson).toEqual(claims);
		await page.getByRole('button', { name: 'Copy normalised token' }).click();
		await expect.poll(clipboard).toBe(token);
		await reader.close();
		await new Promise<void>((resolve) => blank.close(() => resolve()));
	});
});

test.describe('on a narrow screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('nothing scrolls sideways and the inputs come before the report', async ({ page }) => {
		await page.goto('/');
		await chooseSample(page, 'valid');
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth).toBeLessThanOrEqual(360);

		const inputs = (await page.getByRole('region', { name: 'Inputs' }).boundingBox())!;
		const report = (await reportOf(page).boundingBox())!;
		expect(inputs.y + inputs.height).toBeLessThanOrEqual(report.y);
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the page follows the system and the Dark mode toggle switches it', async ({ page }) => {
		await page.goto('/');
		const toggle = page.getByRole('button', { name: 'Dark mode' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(isDark(await pageBackground(page))).toBe(true);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect.poll(async () => isLight(await pageBackground(page))).toBe(true);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(async () => isDark(await pageBackground(page))).toBe(true);
	});
});

test('a claim holding HTML is shown as text, never rendered', async ({ page }) => {
	const html = '<img src=x onerror="window.injected=true">';
	await page.goto('/');
	await pasteToken(page, hs256(claimsAt(seconds(Date.now()), { name: html }), 's'));
	await settled(page);

	await expect(page.locator('[data-decoded="payload"]')).toContainText(JSON.stringify(html));
	await expect(page.locator('img')).toHaveCount(0);
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the keyboard alone opens, uses and closes the Samples menu, and focus stays visible', async ({
	page
}) => {
	await page.goto('/');
	await settled(page); // the page has mounted: there is something to Tab to
	const samples = page.getByRole('button', { name: 'Samples', exact: true });
	await page.keyboard.press('Tab');
	await expect(samples).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(samples).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator(`[data-sample="${SAMPLES[0]!.id}"]`)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(reportOf(page)).toHaveAttribute('data-verdict', SAMPLES[0]!.expected.verdict);
	await expect(page.locator('[data-sample]')).toHaveCount(0);
	await expect(samples).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(page.locator('[data-sample]').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-sample]')).toHaveCount(0);
	await expect(samples).toHaveAttribute('aria-expanded', 'false');
	await expect(samples).toBeFocused();

	// Focus is visible on every input (CodeMirror draws the ring on the editor around its content element).
	for (const label of ['Expected audience', 'Verification key', 'Token']) {
		const field = page.getByLabel(label, { exact: true });
		await field.focus();
		const ring = () =>
			field.evaluate((element) => {
				const style = getComputedStyle(element.closest('.cm-editor') ?? element);
				return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			});
		await expect.poll(ring, `a focus ring on ${label}`).toBe(true);
	}
});

test('the status region announces each new verdict', async ({ page }) => {
	await page.goto('/');
	const announcement = page.locator('[role="status"][aria-live="polite"][data-announcement]');
	await expect(announcement).toHaveText(/Not a token yet/);

	await chooseSample(page, 'expired');
	await expect(announcement).toHaveText(/^Invalid — expired/);
	await chooseSample(page, 'valid');
	await expect(announcement).toHaveText(/^Valid — /);
});
