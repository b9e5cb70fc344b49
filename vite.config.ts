/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
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
