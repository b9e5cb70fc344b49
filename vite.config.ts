/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/**
 * `virtual:empty-report`: the core's report for empty inputs, worked out when the app is built. The page shows
 * it before anything is typed, so a first visit that only reads the page never downloads the inspection
 * core (about 28 KB gzip). src/lib/app/empty-report.test.ts keeps it equal to what inspect() says.
 */
function emptyReport(): Plugin {
	const id = 'virtual:empty-report';
	return {
		name: 'token-inspector:empty-report',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		async load(resolved) {
			if (resolved !== `\0${id}`) return;
			// The core is loaded through Vite's module runner, as the app's own code is, not bundled into the config.
			const core = fileURLToPath(new URL('./src/lib/core/index.ts', import.meta.url));
			const { module } = await runnerImport<typeof import('./src/lib/core/index.ts')>(core, {
				configFile: false,
				logLevel: 'error'
			});
			const report = await module.inspect({ token: '', key: '', now: new Date(0) });
			return `export default ${JSON.stringify(report)};`;
		}
	};
}

/**
 * `vite preview` (`npm start`, the end-to-end tests) sends the headers build/_headers gives every path ("/*"),
 * as the static hosts that read that file do. A <meta> policy governs only its document: the inspection
 * worker and the service worker take their policy from their own script's response (HTML, "initialize a
 * global object's CSP list"), so without the header they ran with no CSP locally. The policy holds the hash
 * of SvelteKit's start-up script, known only after the build (scripts/write-headers.js), so the file is read
 * when the preview starts; an unwritten one stops it rather than serving the site without its policy.
 */
function previewHeaders(): Plugin {
	return {
		name: 'token-inspector:preview-headers',
		configurePreviewServer(server) {
			const file = fileURLToPath(new URL('./build/_headers', import.meta.url));
			const headers = existsSync(file) ? headersForAllPaths(readFileSync(file, 'utf8')) : [];
			const csp = headers.find(([name]) => name.toLowerCase() === 'content-security-policy');
			if (!csp?.[1].includes('script-src')) {
				throw new Error(
					'build/_headers has no full Content-Security-Policy: run `npm run build` (it writes the file after `vite build`).'
				);
			}
			// Added before the preview's own handlers, so every response carries them, errors included.
			server.middlewares.use((_request, response, next) => {
				for (const [name, value] of headers) response.setHeader(name, value);
				next();
			});
		}
	};
}

/** The `Name: value` lines of a _headers file (Netlify's format) under its "/*" rule. */
function headersForAllPaths(text: string): Array<[string, string]> {
	const headers: Array<[string, string]> = [];
	let inRule = false;
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		// A path rule starts at the line's start; its headers are indented beneath it.
		if (!/^\s/.test(line)) {
			inRule = line.trim() === '/*';
			continue;
		}
		const colon = line.indexOf(':');
		if (inRule && colon > 0)
			headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return headers;
}

export default defineConfig({
	plugins: [emptyReport(), previewHeaders(), tailwindcss(), sveltekit()],
	// The inspection worker is an ES module (src/lib/worker/browser-worker.ts starts it with type: 'module'),
	// so its chunks are shared modules and the core loads only with it.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// Time zone is pinned so that any formatting the tests see is the same on every machine.
		env: { TZ: 'UTC' }
	}
});
