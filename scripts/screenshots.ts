// Takes the README's screenshots: the empty page, a valid and an invalid report at a desktop's size, and the
// invalid report on a 390×844 phone (its first screen of the report: verdict, failing row, decoded token), each
// in the light and the dark theme, into docs/. Run with `npm run screenshots` (it builds the site, serves it on a spare port, and drives
// the same Chromium as the end-to-end tests). The clock is pinned so the pictures change only when the page does.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { withPreview } from './preview.ts';

const PORT = 4179;
const NOW = new Date('2026-11-25T09:14:00Z');
const OUT = new URL('../docs/', import.meta.url);

const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, phone: false };
// A phone is shot at its own pixel density, and one screen tall: the README shows what a phone shows.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, phone: true };

const SHOTS = [
	{ name: 'empty', sample: undefined, device: DESKTOP },
	{ name: 'valid', sample: 'valid', device: DESKTOP },
	{ name: 'invalid', sample: 'expired', device: DESKTOP },
	{ name: 'phone', sample: 'expired', device: PHONE }
] as const;

async function settle(page: Page): Promise<void> {
	await page.locator('[data-report][aria-busy="false"][data-verdict]').waitFor();
}

async function main(): Promise<void> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		await withPreview(PORT, async (base) => {
			mkdirSync(OUT, { recursive: true });
			for (const scheme of ['light', 'dark'] as const) {
				for (const shot of SHOTS) {
					const page = await browser.newPage({
						viewport: shot.device.viewport,
						deviceScaleFactor: shot.device.deviceScaleFactor,
						isMobile: shot.device.phone,
						hasTouch: shot.device.phone,
						colorScheme: scheme,
						timezoneId: 'UTC',
						locale: 'en-GB'
					});
					await page.clock.install({ time: NOW });
					await page.goto(base);
					await settle(page);
					if (shot.sample) {
						await page.getByRole('button', { name: 'Samples' }).click();
						await page.locator(`[data-sample="${shot.sample}"]`).click();
						await page.locator('[data-sample-note]').waitFor();
						await settle(page);
					}
					if (shot.device.phone) {
						// The report's first screen, as a phone user reaches it from the verdict under the token.
						await page.locator('[data-report]').evaluate((report) => report.scrollIntoView());
					}
					const path = new URL(`screenshot-${shot.name}-${scheme}.png`, OUT).pathname;
					await page.screenshot({ path, fullPage: !shot.device.phone });
					console.log(`wrote docs/screenshot-${shot.name}-${scheme}.png`);
					await page.close();
				}
			}
		});
	} finally {
		await browser.close();
	}
}

await main();
