/**
 * Every end-to-end test imports `test` and `expect` from here, not from '@playwright/test'.
 *
 * For each test the fixture:
 * - aborts and records every request that leaves the page's own origin (the app must never
 *   send anything anywhere: the token and the key stay in the browser);
 * - records every console.error message and every uncaught page error;
 * - records every Content Security Policy violation (a `securitypolicyviolation` event, reported through
 *   console.error by an init script, so it lands in the same record);
 * and fails the test at its end if either record is not empty.
 *
 * Both stay strict by default. A test that starts its own server (e.g. to serve an issuer's keys) allows
 * exactly that origin with `allowOrigin(origin)`, and a console error it provokes on purpose (the browser
 * logs a CORS refusal) with `allowConsoleError(pattern)`; each only for that test.
 */
import { test as base, expect } from '@playwright/test';

const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

/** The prefix of the console.error line a CSP violation becomes. */
export const CSP_VIOLATION = 'securitypolicyviolation';

// Runs in every page and frame before the app's scripts. A violation is an event, not an error: the browser
// blocks the resource and the app may carry on, so without this a test would pass over it (CSP3 §5.3).
function reportViolations(prefix: string) {
	document.addEventListener('securitypolicyviolation', (event) => {
		console.error(
			`${prefix}: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
				` at ${event.sourceFile}:${event.lineNumber} — ${event.sample}`
		);
	});
}

type Guards = {
	/** Origins this test may reach besides the page's own (set by the test, empty by default). */
	originAllowList: Set<string>;
	/** Allows requests to one more origin, for this test only. */
	allowOrigin: (url: string) => void;
	/** Console errors this test provokes on purpose and expects. */
	consoleErrorAllowList: RegExp[];
	/** Allows console errors matching the pattern, for this test only. */
	allowConsoleError: (pattern: RegExp) => void;
	/** Requests to another origin, each aborted. */
	outsideRequests: string[];
	/** console.error messages and uncaught page errors. */
	consoleErrors: string[];
};

export const test = base.extend<Guards>({
	originAllowList: async ({}, use) => {
		await use(new Set());
	},
	allowOrigin: async ({ originAllowList }, use) => {
		await use((url) => originAllowList.add(new URL(url).origin));
	},
	consoleErrorAllowList: async ({}, use) => {
		await use([]);
	},
	allowConsoleError: async ({ consoleErrorAllowList }, use) => {
		await use((pattern) => consoleErrorAllowList.push(pattern));
	},

	outsideRequests: [
		async ({ context, baseURL, originAllowList }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
			const outside: string[] = [];
			await context.route('**/*', async (route) => {
				const url = new URL(route.request().url());
				if (
					ALLOWED_SCHEMES.has(url.protocol) ||
					url.origin === origin ||
					originAllowList.has(url.origin)
				) {
					await route.continue();
				} else {
					outside.push(`${route.request().method()} ${url.href}`);
					await route.abort('blockedbyclient');
				}
			});
			await use(outside);
			expect(outside, 'requests to another origin').toEqual([]);
		},
		{ auto: true }
	],

	consoleErrors: [
		async ({ context, consoleErrorAllowList }, use) => {
			const errors: string[] = [];
			await context.addInitScript(reportViolations, CSP_VIOLATION);
			// Listening on the context covers every page the test opens, popups included.
			context.on('console', (message) => {
				if (message.type() === 'error') {
					const where = message.location();
					errors.push(`console.error: ${message.text()} (${where.url}:${where.lineNumber})`);
				}
			});
			context.on('weberror', (webError) => {
				const error = webError.error();
				errors.push(`pageerror: ${error.stack ?? error.message}`);
			});
			await use(errors);
			const unexpected = errors.filter(
				(error) => !consoleErrorAllowList.some((pattern) => pattern.test(error))
			);
			expect(unexpected, 'console errors and page errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
