/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/**
 * `virtual:empty-report`: the core's report for empty inputs, worked out when the app is built. The page shows
 * it before anything is typed, so a first visit that only reads the page never downloads the inspection
 * core (about 28 KB gzip). src/lib/empty-report.test.ts keeps it equal to what inspect() says.
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

export default defineConfig({
	plugins: [emptyReport(), tailwindcss(), sveltekit()],
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
