// Accessibility: axe finds no serious or critical WCAG 2.1 A/AA violation on the page's main states (empty,
// a valid report, an invalid report), each in the light and in the dark colour scheme.
import type { SampleId } from '../src/lib/samples/samples';
import { expect, test } from './fixtures';
import {
	chooseSample,
	isDark,
	isLight,
	pageBackground,
	seriousViolations,
	settled
} from './page-helpers';

const STATES: Array<{ name: string; sample?: SampleId }> = [
	{ name: 'the empty page' },
	{ name: 'a valid report', sample: 'valid' },
	{ name: 'an invalid report', sample: 'expired' }
];

for (const { name, sample } of STATES) {
	test(`axe finds no serious violation on ${name}, in light and in dark`, async ({ page }) => {
		// Two full axe runs over a long page: slow on a busy machine, so this test gets the tripled timeout.
		test.slow();
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await settled(page);
		if (sample) await chooseSample(page, sample);

		for (const colorScheme of ['light', 'dark'] as const) {
			await test.step(colorScheme, async () => {
				await page.emulateMedia({ colorScheme });
				const inScheme = colorScheme === 'dark' ? isDark : isLight;
				await expect.poll(async () => inScheme(await pageBackground(page))).toBe(true);
				expect.soft(await seriousViolations(page)).toEqual([]);
			});
		}
	});
}
