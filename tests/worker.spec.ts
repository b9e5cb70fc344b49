import { pasteToken, reportOf, settled } from './page-helpers';
import { expect, test } from './fixtures';
import { CHECK_IDS } from '../src/lib/core/checks/registry';

// Inspection runs in a worker behind a 2 s watchdog. No real input is slow enough to trip it (the core's
// hostile tests keep every known one far below), so here the worker is made to hang: a wrapper around the
// page's Worker swallows any request whose token contains HANG, as a worker stuck in a loop would.
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const RealWorker = window.Worker;
		window.Worker = class extends RealWorker {
			override postMessage(
				message: unknown,
				options?: StructuredSerializeOptions | Transferable[]
			) {
				const token = (message as { input?: { token?: string } })?.input?.token ?? '';
				if (token.includes('HANG')) return;
				super.postMessage(message, options as StructuredSerializeOptions);
			}
		};
	});
});

test('the core runs in a worker, started by the warm-up after load, never for the first screen', async ({
	page
}) => {
	await page.addInitScript(() => {
		const Base = window.Worker;
		const starts: number[] = [];
		Object.assign(window, { workerStarts: starts });
		window.Worker = class extends Base {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				starts.push(performance.now());
			}
		};
	});
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/');
	await settled(page);
	// The empty page's report was built ahead of time: the first screen starts no worker and loads no core.
	// The warm-up starts it after the load event, ahead of the first paste (src/lib/app/warmup.ts).
	const { starts, warmUp } = await page.evaluate(() => ({
		starts: (window as unknown as { workerStarts: number[] }).workerStarts,
		warmUp: performance.getEntriesByName('token-inspector:warm-up')[0]?.startTime
	}));
	for (const start of starts) expect(start).toBeGreaterThanOrEqual(warmUp!);
	await pasteToken(page, 'eyJhbGciOiJIUzI1NiJ9.e30.x');
	await settled(page);
	await expect.poll(() => workers.length).toBe(1);
	expect(workers[0]).toMatch(/\/_app\/immutable\/workers\/inspect\.worker-[\w-]+\.js$/);
});

test('an inspection that runs past 2 s is stopped and the page says the input was too heavy', async ({
	page
}) => {
	await page.goto('/');
	await settled(page);
	await pasteToken(page, 'eyJhbGciOiJIUzI1NiJ9.HANG.x');
	const report = reportOf(page);
	await expect(report).toHaveAttribute('aria-busy', 'true');
	const heavy = page.locator('[data-too-heavy]');
	await expect(heavy).toContainText('too heavy', { timeout: 5000 });
	await expect(heavy).toContainText('longer than 2 s');
	await expect(report).toHaveAttribute('aria-busy', 'false');
	// No verdict and no rows: nothing on screen belongs to other inputs.
	await expect(report).not.toHaveAttribute('data-verdict', /./);
	await expect(page.locator('[data-check]')).toHaveCount(0);

	// The next input is inspected by a fresh worker.
	await page.getByLabel('Token', { exact: true }).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await pasteToken(page, 'not.a.token');
	await settled(page);
	await expect(heavy).toHaveCount(0);
	await expect(report).toHaveAttribute('data-verdict', 'invalid');
	await expect(page.locator('[data-check]')).toHaveCount(CHECK_IDS.length);
});

test('typing stays responsive while the worker is stuck', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await pasteToken(page, 'HANG');
	const editor = page.getByLabel('Token', { exact: true });
	await editor.focus();
	await page.keyboard.press('End');
	const started = Date.now();
	await page.keyboard.type('abc', { delay: 20 });
	await expect(editor).toContainText('HANGabc');
	// The main thread never waited for the worker: three keys took nowhere near the watchdog's 2 s.
	expect(Date.now() - started).toBeLessThan(1500);
});
