// Issue 18, items 5–7, end to end at 1440×900 and 390×844, each with axe light and dark and screenshots:
// a shared diagnosis read at the sender's moment with "now" beside it, personal claims masked by default,
// the timeline painting only the miss with labels apart, the secret's encoding at a glance with the one-click
// reading that verifies, and the leeway what-if.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { encodeFragment } from '../src/lib/share/link';
import { hs256, pasteToken, reportOf, seconds, settled } from './page-helpers';
import { carried, makeLink, seriousViolations } from './share-helpers';

const SIZES = [
	{ name: 'desktop', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
] as const;
const SHOTS = process.env.SHOTS_DIR;

const row = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

/** axe light and dark, and a screenshot of `part` in each when SHOTS_DIR is set. */
async function checkBothSchemes(page: Page, name: string, part: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await seriousViolations(page), `${name} ${colorScheme}`).toEqual([]);
		if (SHOTS)
			await page
				.locator(part)
				.first()
				.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, animations: 'disabled' });
	}
}

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.beforeEach(async ({ page }) => {
			await page.setViewportSize({ width: size.width, height: size.height });
			await page.emulateMedia({ colorScheme: 'light' });
		});

		test('a link opened three hours later says its times are the sender’s, with now beside', async ({
			page
		}) => {
			test.slow();
			const sent = Date.now() - 3 * 3600_000;
			const claims = { sub: 'u1', iat: seconds(sent) - 600, exp: seconds(sent) + 54 * 60 };
			const token = hs256(claims, 'a-secret-that-stays-behind-with-the-sender');
			const fragment = await encodeFragment({
				token: token.slice(0, token.lastIndexOf('.') + 1),
				evaluatedAt: Math.floor(sent / 1000) * 1000,
				// As a real link carries it: the signature left out, and the sender's result for it.
				reported: {
					at: sent,
					checks: [
						{
							id: 'signature',
							status: 'pass',
							code: 'signature.verified',
							detail: 'Verified with the supplied key (HS256).'
						}
					]
				}
			});
			await page.goto(`/#${fragment}`);
			await expect(page.locator('[data-shared-banner]')).toBeVisible();
			await settled(page);
			// The row is the sender's moment's (a pass), and says how it reads now (expired).
			await expect(row(page, 'exp')).toHaveAttribute('data-status', 'pass');
			await expect(row(page, 'exp')).toContainText("At the sender's moment");
			await expect(row(page, 'exp')).toContainText(/Now, .*: expired 2 h \d+ min ago/);
			await expect(page.locator('[data-now-differs]')).toHaveAttribute('data-now-differs', 'exp');
			const timeline = page.locator('[data-timeline]');
			await expect(timeline).toHaveAttribute('data-moment', 'sender');
			await expect(timeline).toHaveAttribute('data-now-state', 'after');
			await expect(timeline).toContainText("evaluated at the sender's moment");
			await checkBothSchemes(page, `sender-moment-${size.name}`, '[data-report]');
		});

		test('the share panel masks personal claims by default; unmasking one carries only it', async ({
			page
		}) => {
			test.slow();
			await page.goto('/');
			const now = seconds(Date.now());
			const email = 'ada.lovelace@example.com';
			const upn = 'ada@contoso.example';
			await pasteToken(
				page,
				hs256(
					{ sub: 'u1', name: 'Ada Lovelace', email, upn, tid: 't1', iat: now, exp: now + 3600 },
					'k'
				)
			);
			await settled(page);
			const link = await makeLink(page);
			await expect(page.getByRole('checkbox', { name: 'Mask email' })).toBeChecked();
			await expect(page.getByRole('checkbox', { name: 'Mask tid' })).not.toBeChecked();
			const diagnosis = await carried(link);
			expect(diagnosis.masked).toEqual(['name', 'email', 'upn']);
			for (const value of [email, upn, 'Ada Lovelace'])
				expect(JSON.stringify(diagnosis)).not.toContain(value);
			const unmasked = await carried(
				await makeLink(page, (p) => p.getByRole('checkbox', { name: 'Mask name' }).uncheck())
			);
			expect(unmasked.masked).toEqual(['email', 'upn']);
			expect(JSON.stringify(unmasked)).not.toContain(email);
			await checkBothSchemes(page, `share-masked-${size.name}`, '[data-share-panel]');
		});

		test('a day-long token three minutes late: only the miss is red, and the labels stand apart', async ({
			page
		}) => {
			test.slow();
			await page.goto('/');
			const now = seconds(Date.now());
			await pasteToken(
				page,
				hs256({ sub: 'u1', iat: now - 86400, nbf: now - 86400, exp: now - 180 }, 'k')
			);
			await settled(page);
			const timeline = page.locator('[data-timeline]');
			await expect(timeline).toHaveAttribute('data-state', 'after');
			await expect(timeline.locator('[data-segment="good"]')).toHaveCount(0);
			await expect(timeline.locator('[data-segment="neutral"]')).toHaveCount(1);
			const miss = await timeline.locator('[data-segment="bad"]').boundingBox();
			expect(miss!.width).toBeGreaterThanOrEqual(8);
			const boxes = await timeline
				.locator('text[data-label]')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
			expect(boxes.length).toBe(3);
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const apart =
						a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
					expect(apart, JSON.stringify([a, b])).toBe(true);
				}
			await checkBothSchemes(page, `timeline-${size.name}`, '[data-timeline]');
		});

		test('a secret the issuer base64-decodes: read at a glance, one click to read it as base64', async ({
			page
		}) => {
			test.slow();
			await page.goto('/');
			const secret = 'c2VjcmV0LWJ5dGVzLWZvci10aGUtaXNzdWVyLW9ubHktMzJi';
			const now = seconds(Date.now());
			await pasteToken(
				page,
				hs256({ sub: 'u1', iat: now, exp: now + 3600 }, Buffer.from(secret, 'base64'))
			);
			await page.getByLabel('Verification key').fill(secret);
			await settled(page);
			await expect(row(page, 'signature')).toHaveAttribute(
				'data-code',
				'signature.secret-encoding'
			);
			await expect(page.locator('[data-secret-reading]')).toHaveAttribute(
				'data-secret-reading',
				'utf8'
			);
			await expect(page.locator('[data-secret-what-if]')).toHaveAttribute(
				'data-secret-what-if',
				'base64'
			);
			await checkBothSchemes(page, `secret-encoding-${size.name}`, '[data-secret-what-if]');
			await page.emulateMedia({ colorScheme: 'light' });
			await page.getByRole('button', { name: 'Read the secret as base64' }).click();
			await expect(page.getByLabel('Secret encoding')).toHaveValue('base64');
			await settled(page);
			await expect(row(page, 'signature')).toHaveAttribute('data-status', 'pass');
			await expect(page.locator('[data-secret-reading]')).toHaveAttribute(
				'data-secret-reading',
				'base64'
			);
			await expect(page.locator('[data-secret-what-if]')).toHaveCount(0);
		});

		test('an expiry missed by 30 s offers the leeway as a labelled what-if, with a way back', async ({
			page
		}) => {
			test.slow();
			await page.goto('/');
			const now = seconds(Date.now());
			await pasteToken(page, hs256({ sub: 'u1', iat: now - 600, exp: now - 30 }, 'k'));
			await settled(page);
			await expect(row(page, 'exp')).toHaveAttribute('data-status', 'fail');
			await expect(page.locator('[data-what-if="offered"]')).toHaveAttribute(
				'data-what-if-rows',
				'exp'
			);
			await checkBothSchemes(page, `leeway-what-if-${size.name}`, '[data-what-if]');
			await page.emulateMedia({ colorScheme: 'light' });
			// The offer grows with the live clock (the miss does): whatever it says is what it sets.
			const button = page.getByRole('button', { name: /What if the leeway were \d+ s\?/ });
			const offered = /(\d+) s/.exec((await button.textContent()) ?? '')![1]!;
			await button.click();
			await expect(page.getByLabel('Clock leeway (seconds)')).toHaveValue(offered);
			await settled(page);
			await expect(row(page, 'exp')).toHaveAttribute('data-status', 'warn');
			await expect(page.locator('[data-what-if="applied"]')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			await page.getByRole('button', { name: 'Back to 0 s' }).click();
			await expect(page.getByLabel('Clock leeway (seconds)')).toHaveValue('0');
			await settled(page);
			await expect(row(page, 'exp')).toHaveAttribute('data-status', 'fail');
			await expect(reportOf(page)).toHaveAttribute('data-verdict', 'invalid');
		});
	});
}
