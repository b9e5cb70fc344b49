import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Which Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else (undefined)
// the browser Playwright downloads itself with `npx playwright install chromium`.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

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
				launchOptions: {
					executablePath,
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-dev-shm-usage'
					]
				}
			}
		}
	],
	// The tests run against the production build, served the way `npm start` serves it.
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
