// Which Chromium the end-to-end tests and the scripts drive, and how: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else (undefined) the browser Playwright downloads with `npx playwright install chromium`.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const chromiumPath: string | undefined =
	process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

/** Headless, sandbox-free and quiet: no background requests to Google's hosts, which this network refuses. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];
