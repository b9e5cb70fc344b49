import { describe, expect, it } from 'vitest';
import { discoveryUrls, fetchIssuerKeys, MAX_DOCUMENT_BYTES, type FetchLike } from './issuer-keys';

const NOW = new Date('2026-11-25T13:00:00Z');
const JWKS = { keys: [{ kty: 'RSA', kid: 'k1', n: 'sXch', e: 'AQAB', use: 'sig', alg: 'RS256' }] };

type Route = { status?: number; body: unknown; headers?: Record<string, string> } | 'refuse';

/** A fetch that answers from a table of URLs (404 otherwise) and records what was asked, and how. */
function fakeFetch(routes: Record<string, Route>) {
	const calls: Array<{ url: string; init: RequestInit }> = [];
	const fetch: FetchLike = async (url, init) => {
		calls.push({ url, init });
		const route = routes[url];
		if (route === 'refuse') throw new TypeError('Failed to fetch');
		if (!route) return new Response('Not Found', { status: 404 });
		const body = typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
		return new Response(body, { status: route.status ?? 200, headers: route.headers ?? {} });
	};
	return { fetch, calls };
}

describe('discoveryUrls', () => {
	it('appends the OIDC suffix and inserts the RFC 8414 one for an issuer with a path', () => {
		expect(discoveryUrls(new URL('https://auth.example.com/tenant/v2.0/'))).toEqual([
			'https://auth.example.com/tenant/v2.0/.well-known/openid-configuration',
			'https://auth.example.com/.well-known/oauth-authorization-server/tenant/v2.0',
			'https://auth.example.com/tenant/v2.0/.well-known/oauth-authorization-server'
		]);
	});

	it('tries two URLs for an issuer without a path (insertion and appending agree)', () => {
		expect(discoveryUrls(new URL('https://auth.example.com'))).toEqual([
			'https://auth.example.com/.well-known/openid-configuration',
			'https://auth.example.com/.well-known/oauth-authorization-server'
		]);
	});
});

describe('fetchIssuerKeys', () => {
	it('finds the keys through OpenID Connect discovery, and says from where and when', async () => {
		const issuer = 'https://auth.example.com/realms/demo';
		const { fetch, calls } = fakeFetch({
			[`${issuer}/.well-known/openid-configuration`]: {
				body: { issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }
			},
			[`${issuer}/protocol/openid-connect/certs`]: { body: JWKS }
		});
		const result = await fetchIssuerKeys({ issuer, fetch, now: NOW });
		expect(result).toMatchObject({
			ok: true,
			jwks: JWKS,
			jwksUrl: `${issuer}/protocol/openid-connect/certs`,
			discoveryUrl: `${issuer}/.well-known/openid-configuration`,
			// The core trusts keys discovered from an issuer only when that issuer is the expected one.
			discoveredFor: issuer,
			fetchedAt: '2026-11-25T13:00:00.000Z',
			notes: []
		});
		expect(result.ok && JSON.parse(result.jwksText)).toEqual(JWKS);
		// No cookies, no referrer, no cache: the request says nothing about the user or the page.
		expect(calls[0]!.init).toMatchObject({
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			method: 'GET'
		});
	});

	it('falls back to RFC 8414 metadata, inserted before the issuer path', async () => {
		const { fetch, calls } = fakeFetch({
			'https://as.example.com/.well-known/oauth-authorization-server/t1': {
				body: { issuer: 'https://as.example.com/t1', jwks_uri: 'https://as.example.com/t1/jwks' }
			},
			'https://as.example.com/t1/jwks': { body: JWKS }
		});
		const result = await fetchIssuerKeys({ issuer: 'https://as.example.com/t1', fetch, now: NOW });
		expect(result.ok).toBe(true);
		expect(calls.map((c) => c.url)).toEqual([
			'https://as.example.com/t1/.well-known/openid-configuration',
			'https://as.example.com/.well-known/oauth-authorization-server/t1',
			'https://as.example.com/t1/jwks'
		]);
		expect(result.steps.map((s) => s.outcome)).toEqual(['http', 'ok', 'ok']);
	});

	it('reads a typed JWKS URL directly, without discovery', async () => {
		const { fetch, calls } = fakeFetch({ 'https://keys.example.com/jwks.json': { body: JWKS } });
		const result = await fetchIssuerKeys({
			issuer: 'https://auth.example.com',
			jwksUrl: ' https://keys.example.com/jwks.json ',
			fetch,
			now: NOW
		});
		expect(result).toMatchObject({ ok: true, jwksUrl: 'https://keys.example.com/jwks.json' });
		expect(result.ok && result.discoveryUrl).toBeUndefined();
		// A URL the user typed is the user's choice of source: the keys count as supplied.
		expect(result.ok && result.discoveredFor).toBeUndefined();
		expect(calls).toHaveLength(1);
	});

	it('notes metadata that names another issuer than the token', async () => {
		const { fetch } = fakeFetch({
			'https://a.example.com/.well-known/openid-configuration': {
				body: { issuer: 'https://a.example.com/', jwks_uri: 'https://a.example.com/keys' }
			},
			'https://a.example.com/keys': { body: JWKS }
		});
		const result = await fetchIssuerKeys({ issuer: 'https://a.example.com', fetch, now: NOW });
		expect(result.ok && result.notes).toHaveLength(1);
	});

	it('quotes the issuer a fetched document names escaped, never with its line breaks or bidi controls', async () => {
		const hostile = 'https://a.example.com/"\n\n✓ Pass  Signature — Verified\u202E';
		const { fetch } = fakeFetch({
			'https://a.example.com/.well-known/openid-configuration': {
				body: { issuer: hostile, jwks_uri: 'https://a.example.com/keys' }
			},
			'https://a.example.com/keys': { body: JWKS }
		});
		const result = await fetchIssuerKeys({ issuer: 'https://a.example.com', fetch, now: NOW });
		const [note] = result.ok ? result.notes : [];
		expect(note).toContain('\\"\\n\\n✓ Pass');
		expect(note).toContain('⟨U+202E⟩');
		expect(note).not.toMatch(/[\n\u202E]/);
	});

	it('quotes an issuer that is not a URL escaped, and cut when it is long', async () => {
		const { fetch } = fakeFetch({});
		const result = await fetchIssuerKeys({ issuer: 'a"\nb' + 'x'.repeat(5000), fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code: 'bad-url' });
		const message = result.ok ? '' : result.message;
		expect(message).toContain('"a\\"\\nb');
		expect(message).toContain('(5,004 characters)');
		expect(message.length).toBeLessThan(400);
	});

	it.each([
		['no iss and no URL', {}, 'no-source'],
		['an issuer that is not a URL', { issuer: 'auth0' }, 'bad-url'],
		['an issuer with a query', { issuer: 'https://a.example.com/?x=1' }, 'bad-url'],
		['a non-https issuer', { issuer: 'http://auth.example.com' }, 'insecure-url'],
		['a non-https typed URL', { jwksUrl: 'http://keys.example.com/jwks' }, 'insecure-url'],
		['a javascript: URL', { jwksUrl: 'javascript:alert(1)' }, 'bad-url']
	] as const)('refuses %s before fetching anything', async (_, source, code) => {
		const { fetch, calls } = fakeFetch({});
		const result = await fetchIssuerKeys({ ...source, fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code });
		expect(calls).toHaveLength(0);
	});

	it('allows plain http from this machine (a developer’s local issuer)', async () => {
		const { fetch } = fakeFetch({ 'http://127.0.0.1:8080/jwks': { body: JWKS } });
		const result = await fetchIssuerKeys({
			jwksUrl: 'http://127.0.0.1:8080/jwks',
			fetch,
			now: NOW
		});
		expect(result.ok).toBe(true);
		const local = await fetchIssuerKeys({ jwksUrl: 'http://localhost:1/jwks', fetch, now: NOW });
		expect(local).toMatchObject({ ok: false, code: 'http' });
	});

	it('classifies a refused request (CORS or unreachable) and advises pasting the JWKS', async () => {
		const { fetch } = fakeFetch({ 'https://k.example.com/jwks': 'refuse' });
		const result = await fetchIssuerKeys({
			jwksUrl: 'https://k.example.com/jwks',
			fetch,
			now: NOW
		});
		expect(result).toMatchObject({ ok: false, code: 'network' });
		expect(!result.ok && result.message).toMatch(/CORS/);
		expect(!result.ok && result.advice).toMatch(/Paste the issuer’s JWKS/);
	});

	it('says offline when the browser knows it is, and stops after the first request', async () => {
		const { fetch, calls } = fakeFetch({});
		const failing: FetchLike = async (url, init) => {
			await fetch(url, init);
			throw new TypeError('Failed to fetch');
		};
		const result = await fetchIssuerKeys({
			issuer: 'https://a.example.com/t',
			fetch: failing,
			now: NOW,
			online: false
		});
		expect(result).toMatchObject({ ok: false, code: 'offline' });
		expect(calls).toHaveLength(1);
	});

	it('reports the most telling discovery failure: a document without jwks_uri beats a 404', async () => {
		const { fetch } = fakeFetch({
			'https://a.example.com/.well-known/oauth-authorization-server': { body: { issuer: 'x' } }
		});
		const result = await fetchIssuerKeys({ issuer: 'https://a.example.com', fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code: 'no-jwks-uri' });
		expect(result.steps.map((s) => s.outcome)).toEqual(['http', 'no-jwks-uri']);
	});

	it('reports an HTTP status when every discovery URL answers with one', async () => {
		const { fetch } = fakeFetch({});
		const result = await fetchIssuerKeys({ issuer: 'https://a.example.com', fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code: 'http' });
		expect(!result.ok && result.message).toMatch(/404/);
	});

	it('refuses a jwks_uri that is not https', async () => {
		const { fetch } = fakeFetch({
			'https://a.example.com/.well-known/openid-configuration': {
				body: { jwks_uri: 'http://a.example.com/keys' }
			}
		});
		const result = await fetchIssuerKeys({ issuer: 'https://a.example.com', fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code: 'insecure-url' });
	});

	it.each([
		['HTML', '<html>login</html>', 'not-json'],
		['a JSON array', [JWKS.keys[0]], 'not-jwks'],
		['an object without keys', { kid: 'k1' }, 'not-jwks'],
		['an empty key set', { keys: [] }, 'not-jwks'],
		['keys without kty', { keys: [{ kid: 'k1' }] }, 'not-jwks'],
		['too many keys', { keys: Array.from({ length: 101 }, () => ({ kty: 'oct' })) }, 'not-jwks'],
		['an oversized answer', 'x'.repeat(MAX_DOCUMENT_BYTES + 1), 'too-large']
	] as const)('refuses %s as a key set', async (_, body, code) => {
		const { fetch } = fakeFetch({ 'https://k.example.com/jwks': { body } });
		const result = await fetchIssuerKeys({
			jwksUrl: 'https://k.example.com/jwks',
			fetch,
			now: NOW
		});
		expect(result).toMatchObject({ ok: false, code });
	});

	it('refuses an answer that declares an oversized length without reading it', async () => {
		const { fetch } = fakeFetch({
			'https://k.example.com/jwks': {
				body: JWKS,
				headers: { 'content-length': String(MAX_DOCUMENT_BYTES + 1) }
			}
		});
		const result = await fetchIssuerKeys({
			jwksUrl: 'https://k.example.com/jwks',
			fetch,
			now: NOW
		});
		expect(result).toMatchObject({ ok: false, code: 'too-large' });
	});

	it('says a request that ran out of time timed out', async () => {
		const fetch: FetchLike = async () => {
			throw new DOMException('The operation timed out.', 'TimeoutError');
		};
		const result = await fetchIssuerKeys({ jwksUrl: 'https://k.example.com/j', fetch, now: NOW });
		expect(result).toMatchObject({ ok: false, code: 'timeout' });
	});

	it('lets a bug (an error other than fetch’s TypeError) surface', async () => {
		const fetch: FetchLike = async () => {
			throw new RangeError('bug');
		};
		await expect(
			fetchIssuerKeys({ jwksUrl: 'https://k.example.com/j', fetch, now: NOW })
		).rejects.toThrow(RangeError);
	});
});
