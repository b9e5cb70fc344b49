import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from '../csp.config.js';
import { CSP_VIOLATION, expect, test } from './fixtures';
import { hs256, pasteToken, settled } from './page-helpers';

// The page is locked down by the policy in its <meta> tag, and build/_headers repeats it as a header for
// hosts that read that file; vite preview sends those headers too (vite.config.ts), so the workers, whose
// policy comes only from their own script's response, run under it here as they do once deployed.

/** The policy as a map from directive name to its sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

test('the page carries the strict policy in a meta tag', async ({ page }) => {
	await page.goto('/');
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const policy = directives(content ?? '');
	for (const [name, sources] of Object.entries(CSP_DIRECTIVES) as [string, string[]][]) {
		const quoted = sources.map((s) =>
			/^(self|none|script|unsafe-hashes|report-sample|sha256-.*)$/.test(s) ? `'${s}'` : s
		);
		for (const source of quoted) expect(policy.get(name), name).toContain(source);
	}
	const scripts = policy.get('script-src')!;
	// 'report-sample' only lets a violation event quote what it blocked; there is no report endpoint.
	expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'report-sample'"]);
	expect(policy.get('style-src')).toEqual(["'self'", "'report-sample'"]);
	expect(content).not.toMatch(/unsafe-(inline|eval)/);
	// Style attributes: only the one hashed value (SvelteKit's announcer), see csp.config.js.
	expect(policy.get('style-src-attr')).toEqual([
		"'unsafe-hashes'",
		expect.stringMatching(/^'sha256-/)
	]);
});

test('the headers file repeats the page policy and adds frame-ancestors', async ({
	page,
	request
}) => {
	await page.goto('/');
	const meta = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	// The build the preview serves (vite preview does not serve this file itself).
	const file = readFileSync('build/_headers', 'utf8');
	const header = /Content-Security-Policy: (.+)/.exec(file)![1]!;
	const headerPolicy = directives(header);
	expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
	headerPolicy.delete('frame-ancestors');
	expect(headerPolicy).toEqual(directives(meta!));
	expect(file).toContain('Referrer-Policy: no-referrer');
	expect(file).toContain('X-Content-Type-Options: nosniff');
	expect(file).toContain('Permissions-Policy: camera=()');
});

test('a violation is caught and would fail the test', async ({ page, consoleErrors }) => {
	await page.goto('/');
	await expect(page.locator('[data-report]')).toHaveAttribute('aria-busy', 'false');
	// An inline style and an inline script, as injected markup would carry: both refused and both reported.
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = 'body { display: none }';
		document.head.append(style);
	});
	await expect
		.poll(() => consoleErrors.filter((e) => e.includes(CSP_VIOLATION)).length)
		.toBeGreaterThan(0);
	expect(consoleErrors.join('\n')).toContain('style-src');
	await expect(page.locator('body')).toBeVisible();
	// Trusted Types: a string into an HTML sink is refused.
	const refused = await page.evaluate(() => {
		try {
			document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
			return false;
		} catch (error) {
			return error instanceof TypeError;
		}
	});
	expect(refused).toBe(true);
	// This test made these on purpose; the fixture checks the record is otherwise empty.
	consoleErrors.length = 0;
});

// Issue 13: under `npm start` the workers ran with no policy, as a <meta> tag does not reach them.
test('the preview sends the headers file to the page, the inspection worker and the service worker', async ({
	page,
	request
}) => {
	const file = readFileSync('build/_headers', 'utf8');
	const policy = /Content-Security-Policy: (.+)/.exec(file)![1]!;
	const started = page.waitForEvent('worker');
	const response = await page.goto('/');
	await pasteToken(page, hs256({ sub: 'user_1' }, 'a secret'));
	const worker = await started;
	await settled(page);
	const serviceWorker = await page.evaluate(
		async () => (await navigator.serviceWorker.ready).active!.scriptURL
	);
	expect(worker.url()).toMatch(/\/workers\/inspect\.worker-[\w-]+\.js$/);
	expect(serviceWorker).toMatch(/\/service-worker\.js$/);

	const responses = [response!, await request.get(worker.url()), await request.get(serviceWorker)];
	for (const answer of responses) {
		const headers = answer.headers();
		expect(headers['content-security-policy'], answer.url()).toBe(policy);
		expect(headers['x-content-type-options'], answer.url()).toBe('nosniff');
		expect(headers['referrer-policy'], answer.url()).toBe('no-referrer');
	}
});

test('the inspection worker refuses eval and new Function', async ({ page, allowConsoleError }) => {
	// The browser reports each refusal on the console; those, and only those, are expected here.
	allowConsoleError(/unsafe-eval|EvalError/);
	const started = page.waitForEvent('worker');
	await page.goto('/');
	await pasteToken(page, hs256({ sub: 'user_1' }, 'a secret'));
	const worker = await started;
	await settled(page);
	// Code that DevTools evaluates may build code from strings whatever the policy, so the attempts run in a
	// task of the worker's own, after the evaluation has returned, and a second evaluation reads the results.
	await worker.evaluate(() => {
		const attempt = (run: () => unknown) => {
			try {
				run();
				return 'ran';
			} catch (error) {
				return error instanceof EvalError ? 'EvalError' : String(error);
			}
		};
		setTimeout(() => {
			(self as unknown as { attempts: string[] }).attempts = [
				attempt(() => eval('1')),
				attempt(() => new Function('return 1')())
			];
		});
	});
	await expect
		.poll(() => worker.evaluate(() => (self as unknown as { attempts?: string[] }).attempts))
		.toEqual(['EvalError', 'EvalError']);
});
