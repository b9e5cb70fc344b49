// The Content Security Policy, in one place: svelte.config.js hands it to kit.csp (a <meta> tag with the
// hashes of SvelteKit's inline start-up script), and scripts/write-headers.js copies that policy into
// build/_headers.
// Why each directive is what it is: SECURITY.md, "The Content Security Policy".

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// SvelteKit's root component renders a visually hidden live region for route announcements with a fixed
// inline style attribute. Svelte builds it by parsing a template, and CSP checks style attributes parsed that
// way, so the one value is allowed by its hash ('unsafe-hashes' permits hashed attribute values, nothing
// else: CSP3 §6.1.3). It is read from SvelteKit's source, so an upgrade that changes it changes the hash.
const rootSource = readFileSync(
	new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
	'utf8'
);
const announcerStyle = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(rootSource)?.[1];
if (!announcerStyle) throw new Error("csp.config.js: SvelteKit's announcer style was not found");
const announcerHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`
);

/** @type {NonNullable<NonNullable<NonNullable<import('@sveltejs/kit').Config['kit']>['csp']>['directives']>} */
export const CSP_DIRECTIVES = {
	// Nothing that is not named below.
	'default-src': ['none'],
	// The app's own modules and the hash of the inline start-up script; no 'unsafe-inline', no 'unsafe-eval'.
	'script-src': ['self', 'report-sample'],
	// The built stylesheet only. Svelte's components compile to that file; CodeMirror's theme goes into a
	// constructed stylesheet in the editor's shadow root, which CSP does not govern, so no 'unsafe-inline'.
	'style-src': ['self', 'report-sample'],
	// Style attributes: only SvelteKit's announcer (above). Svelte and CodeMirror set styles through the
	// CSSOM (element.style), which CSP does not govern.
	'style-src-attr': ['unsafe-hashes', announcerHash],
	'img-src': ['self', 'data:'],
	// The app itself, plus the opt-in "Fetch issuer keys" button: on a click only, it fetches an issuer's
	// /.well-known/openid-configuration and its jwks_uri, which may be any https origin; plain http only to a
	// loopback issuer, as a developer runs one locally (and the tests do). Nothing is fetched unasked.
	'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
	// The inspection worker is one of the app's own files.
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'base-uri': ['none'],
	'form-action': ['none'],
	'object-src': ['none'],
	// Trusted Types: every HTML or script-URL sink needs a value from a named policy. Svelte's template
	// cloning ('svelte-trusted-html'), SvelteKit's service-worker registration ('sveltekit-trusted-url') and
	// the worker's URL ('token-inspector-worker') are the only ones; token text never reaches a sink.
	'require-trusted-types-for': ['script'],
	'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'token-inspector-worker']
};
