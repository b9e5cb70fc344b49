import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './csp.config.js';

// A second copy of the site can be built beside the first (`npm run build:next`, the "new deployment" of the
// update test): BUILD_DIR is where the site goes, and APP_VERSION the version the service worker names its
// cache after (default: the build's time, SvelteKit's own default).
const buildDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static single-page app: every file is built ahead of time, nothing runs on a server.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		...(process.env.APP_VERSION ? { version: { name: process.env.APP_VERSION } } : {}),
		// Hash mode: the page is prerendered, so there is no response to carry a fresh nonce. SvelteKit hashes
		// its inline start-up script and writes the policy into a <meta http-equiv> tag (CSP3 §3.3), which is
		// what applies under `vite preview` and any host; static/_headers repeats it as a header on hosts that
		// read that file, adding what a meta tag cannot carry (frame-ancestors). See SECURITY.md.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
