// Which requests the service worker answers from its cache: the app's own files, and nothing else. Pure, so
// the rule is tested in Node; the service worker (src/service-worker.ts) only applies it.

/** The cache names this app owns: one per deployed version, so a new version never mixes with an old one. */
export const CACHE_PREFIX = 'token-inspector-';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches of older versions of this app, to delete once the new version is active. Others' caches are left. */
export function staleCaches(names: string[], version: string): string[] {
	return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(version));
}

/** What the service worker knows about the deployment, from `$service-worker`. */
export interface Precache {
	origin: string;
	/** Every path precached: build files, static files and prerendered pages. */
	paths: ReadonlySet<string>;
	/** The page's own path (`base` + "/"), which answers every navigation within the app. */
	page: string;
}

/**
 * The cache key that answers a request, or undefined to leave it to the network. Only GET requests to this
 * origin for a precached file; a navigation to the page (with any query; the fragment never reaches a
 * request) is answered with the page.
 */
export function cachedPathFor(
	request: { method: string; url: string; mode: string },
	precache: Precache
): string | undefined {
	if (request.method !== 'GET') return undefined;
	const url = new URL(request.url);
	if (url.origin !== precache.origin) return undefined;
	if (request.mode === 'navigate') {
		const path = url.pathname;
		return path === precache.page || path === `${precache.page}index.html`
			? precache.page
			: undefined;
	}
	if (url.search !== '') return undefined;
	return precache.paths.has(url.pathname) ? url.pathname : undefined;
}
