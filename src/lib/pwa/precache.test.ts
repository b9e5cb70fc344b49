import { describe, expect, it } from 'vitest';
import { cacheName, cachedPathFor, staleCaches, type Precache } from './precache';

const precache: Precache = {
	origin: 'https://inspector.example',
	paths: new Set(['/', '/_app/immutable/entry/start.abc.js', '/manifest.webmanifest']),
	page: '/'
};
const get = (url: string, mode = 'cors') => ({ method: 'GET', url, mode });

describe('cachedPathFor', () => {
	it.each([
		[
			'a build file',
			get('https://inspector.example/_app/immutable/entry/start.abc.js'),
			'/_app/immutable/entry/start.abc.js'
		],
		[
			'a static file',
			get('https://inspector.example/manifest.webmanifest'),
			'/manifest.webmanifest'
		],
		['the page', get('https://inspector.example/', 'navigate'), '/'],
		['the page with a query', get('https://inspector.example/?utm=x', 'navigate'), '/'],
		['the page as index.html', get('https://inspector.example/index.html', 'navigate'), '/']
	])('answers %s from the cache', (_, request, path) => {
		expect(cachedPathFor(request, precache)).toBe(path);
	});

	it.each([
		['another origin', get('https://cdn.example/_app/immutable/entry/start.abc.js')],
		['a file the app does not have', get('https://inspector.example/api/keys')],
		['a navigation elsewhere', get('https://inspector.example/admin', 'navigate')],
		['a POST', { method: 'POST', url: 'https://inspector.example/', mode: 'cors' }],
		['a file with a query', get('https://inspector.example/manifest.webmanifest?v=2')]
	])('leaves %s to the network', (_, request) => {
		expect(cachedPathFor(request, precache)).toBeUndefined();
	});
});

describe('staleCaches', () => {
	it('deletes older versions of this app, and nobody else’s caches', () => {
		expect(staleCaches([cacheName('1'), cacheName('2'), 'other-app'], '2')).toEqual([
			cacheName('1')
		]);
	});
});
