// The service worker: after one visit, the app loads and inspects with no network. It precaches this
// deployment's files (SvelteKit's `$service-worker` lists them) under a cache named after the version,
// answers the app's own files from that cache first, and leaves every other request alone. A new version
// waits until the page asks it to take over (the user clicked "Reload"): code is never swapped under a user.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, cachedPathFor, staleCaches, type Precache } from '$lib/pwa/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const page = `${base}/`;
const precache: Precache = {
	origin: sw.location.origin,
	paths: new Set([...build, ...files, ...prerendered, page]),
	page
};

sw.addEventListener('install', (event) => {
	// `no-cache` revalidates with the server, so an older copy in the HTTP cache never lands in a new version.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) =>
				cache.addAll([...precache.paths].map((path) => new Request(path, { cache: 'no-cache' })))
			)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of staleCaches(await caches.keys(), version)) await caches.delete(name);
			// Take control of pages opened before this worker was installed: the first visit works offline too.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	// Sent by the page when the user accepts the new version (src/lib/app/app-status.svelte.ts).
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const path = cachedPathFor(event.request, precache);
	if (path === undefined) return;
	event.respondWith(
		(async () => {
			const cached = await (await caches.open(CACHE)).match(path);
			return cached ?? fetch(event.request);
		})()
	);
});
