import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL: BASE_URL,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
			}
		}
	],
	// The tests run against the production build, served the way `npm start` serves it. A second build with
	// another version (build-next/) is the "new deployment" of tests/offline.spec.ts. It is built first: vite
	// preview serves SvelteKit's last build output, which must be the main one.
	webServer: {
		command: `npm run build:next && npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
