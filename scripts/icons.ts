// Renders the app's PNG icons from their SVG sources in static/icons/, with the same Chromium the tests drive:
// run once with `npm run icons` after changing an SVG, and commit the PNGs (the build does not draw them).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const DIR = new URL('../static/icons/', import.meta.url);
const ICONS = [
	{ source: 'icon.svg', size: 192, out: 'icon-192.png' },
	{ source: 'icon.svg', size: 512, out: 'icon-512.png' },
	{ source: 'icon.svg', size: 180, out: 'apple-touch-icon.png' },
	{ source: 'icon-maskable.svg', size: 192, out: 'icon-maskable-192.png' },
	{ source: 'icon-maskable.svg', size: 512, out: 'icon-maskable-512.png' }
];

async function main(): Promise<void> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		for (const { source, size, out } of ICONS) {
			const page = await browser.newPage({ viewport: { width: size, height: size } });
			const svg = readFileSync(new URL(source, DIR)).toString('base64');
			await page.setContent(
				`<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}"></body>`
			);
			await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
			writeFileSync(new URL(out, DIR), await page.screenshot({ omitBackground: true }));
			await page.close();
			console.log(`${out} (${size}×${size})`);
		}
	} finally {
		await browser.close();
	}
}

await main();
