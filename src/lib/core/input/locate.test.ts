import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKENS, fixture, inspectAt, keyText, mint, row } from '$lib/testing/fixtures';
import { locateToken } from './locate';
import { normalizeToken } from './normalize';

const ACCESS = TOKENS.rs256!;
const ID = TOKENS.es256!;

/** Each surrounding, the token it should yield, and where it was found. */
const SURROUNDINGS: Array<[string, (token: string) => string, string, string]> = [
	[
		'a token response',
		(t) => JSON.stringify({ access_token: t, token_type: 'Bearer', expires_in: 3600 }, null, 2),
		'token-response',
		'access_token'
	],
	[
		'an HTTP response with its headers',
		(t) =>
			`HTTP/2 200\r\ncontent-type: application/json\r\n\r\n{"access_token":"${t}","token_type":"Bearer"}`,
		'token-response',
		'access_token'
	],
	['a Cookie header', (t) => `Cookie: theme=dark; session=${t}; lang=en`, 'cookie', 'session'],
	['a Set-Cookie line', (t) => `set-cookie: jwt=${t}; Path=/; HttpOnly`, 'set-cookie', 'jwt'],
	[
		'a redirect URL fragment',
		(t) => `https://app.example/cb#access_token=${t}&token_type=Bearer&expires_in=3600`,
		'redirect-url',
		'access_token'
	],
	[
		'a redirect URL query',
		(t) => `https://app.example/cb?id_token=${t}&state=xyz`,
		'redirect-url',
		'id_token'
	],
	[
		'a header block',
		(t) =>
			`GET /api HTTP/1.1\r\nHost: api.example\r\nAUTHORIZATION: Bearer ${t}\r\nAccept: */*\r\n`,
		'authorization-header',
		'Authorization'
	],
	[
		'a curl command',
		(t) =>
			`curl -s https://api.example/me -H 'authorization: Bearer ${t}' -H 'Accept: application/json'`,
		'curl',
		'Authorization'
	]
];

describe('locateToken: the token in what surrounds it', () => {
	it.each(SURROUNDINGS)('finds it in %s, span-exact', (_, wrap, from, field) => {
		const pasted = wrap(ACCESS);
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(ACCESS);
		expect(norm.found).toMatchObject({ from, field });
		const span = norm.toSource(0, norm.text.length);
		expect(pasted.slice(span.from, span.to)).toBe(ACCESS);
		// Everything else is reported as removed surroundings, covering exactly the rest of the paste.
		const surroundings = norm.removed.filter((r) => r.kind === 'surroundings');
		expect(surroundings.map((r) => r.span)).toEqual([
			{ from: 0, to: span.from },
			...(span.to < pasted.length ? [{ from: span.to, to: pasted.length }] : [])
		]);
	});

	it('takes the access token when it is a JWT and offers the ID token', () => {
		const pasted = JSON.stringify({
			access_token: ACCESS,
			id_token: ID,
			refresh_token: 'v1.MRrt-opaque'
		});
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(ACCESS);
		expect(norm.alternatives).toEqual([{ field: 'id_token', token: ID }]);
		// A refresh token is a credential: named, never offered, unless it is a JWT.
		expect(norm.withheld).toEqual(['refresh_token']);
		expect(JSON.stringify(norm.alternatives)).not.toContain('MRrt');
	});

	it('takes the ID token when the access token is opaque, and offers the access token', () => {
		const pasted = JSON.stringify({ access_token: 'ya29.a0AfH6SM', id_token: ID });
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(ID);
		expect(norm.found).toEqual({ from: 'token-response', field: 'id_token' });
		expect(norm.alternatives).toEqual([{ field: 'access_token', token: 'ya29.a0AfH6SM' }]);
	});

	it('offers a refresh token that is a JWT', () => {
		const norm = normalizeToken(JSON.stringify({ access_token: ACCESS, refresh_token: ID }));
		expect(norm.alternatives).toEqual([{ field: 'refresh_token', token: ID }]);
		expect(norm.withheld).toEqual([]);
	});

	it('takes the cookie that holds a JWT, not the first cookie', () => {
		const pasted = `Cookie: a=1; b=two; auth=${ACCESS}`;
		expect(locateToken(pasted)?.found.field).toBe('auth');
	});

	it('leaves text that is none of these alone', () => {
		for (const text of [ACCESS, `Bearer ${ACCESS}`, 'hello world', '{"kty":"RSA"}', 'Cookie: a=1'])
			expect(locateToken(text)).toBeUndefined();
	});

	it('decodes a percent-encoded token and strikes through each escape', () => {
		const pasted = `https://app.example/cb#id_token=${ACCESS.replaceAll('.', '%2E')}&state=1`;
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(ACCESS);
		const escapes = norm.removed.filter((r) => r.kind === 'url-encoding');
		expect(escapes).toHaveLength(2);
		for (const e of escapes) expect(pasted.slice(e.span.from, e.span.to)).toBe('%2E');
		// Offsets after an escape map back past its three characters.
		const dot = ACCESS.indexOf('.');
		const second = norm.toSource(dot + 1, dot + 4);
		expect(pasted.slice(second.from, second.to)).toBe(ACCESS.slice(dot + 1, dot + 4));
		const escaped = norm.toSource(dot, dot + 1);
		expect(pasted.slice(escaped.from, escaped.to)).toBe('%2E');
	});

	it('decodes %3D padding and %2D/%5F in a bare token', () => {
		const norm = normalizeToken('abc%2Ddef%5Fg%3d');
		expect(norm.text).toBe('abc-def_g=');
		expect(norm.removed.map((r) => r.kind)).toEqual([
			'url-encoding',
			'url-encoding',
			'url-encoding'
		]);
	});

	it('finds a JWT embedded in random surroundings of each kind exactly', () => {
		const filler = fc.stringMatching(/^[a-zA-Z0-9 _-]{0,20}$/);
		fc.assert(
			fc.property(
				fc.constantFrom(...SURROUNDINGS),
				fc.constantFrom(...Object.values(TOKENS)),
				filler,
				filler,
				([, wrap, from], token, before, after) => {
					// Random text before the surrounding and after it (on its own line, so headers stay headers).
					const pasted =
						from === 'token-response' ? wrap(token) : `${before}\n${wrap(token)}\n${after}`;
					const norm = normalizeToken(pasted);
					expect(norm.text).toBe(token);
					expect(norm.found?.from).toBe(from);
					const span = norm.toSource(0, norm.text.length);
					expect(pasted.slice(span.from, span.to)).toBe(token);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('stays linear on a hostile 8 MB paste', () => {
		const hostile = [
			'{' + '"access_token"'.repeat(500_000),
			'Cookie: ' + 'a=eyJ.'.repeat(1_300_000),
			'x#access_token=' + '&access_token='.repeat(500_000),
			'\nauthorization'.repeat(550_000),
			'x%2E'.repeat(2_000_000)
		];
		for (const text of hostile) {
			const started = performance.now();
			normalizeToken(text.slice(0, 8 * 1024 * 1024));
			// Each is a few forward passes over the text (about 0.2–0.9 s here on a shared machine); a search that
			// restarted at each of its million candidates took 25–30 s when this test was written.
			expect(performance.now() - started).toBeLessThan(5000);
		}
	});
});

describe('inspect: the token found, judged, and what was cut short', () => {
	it('judges the access token of a token response and reports where it came from', async () => {
		const token = mint('rs256');
		const report = await inspectAt({
			token: JSON.stringify({ access_token: token, id_token: ID, token_type: 'Bearer' }),
			key: keyText('rs256', 'pem')
		});
		expect(report.verdict).toBe('valid');
		expect(report.token.found).toEqual({ from: 'token-response', field: 'access_token' });
		expect(report.token.alternatives).toEqual([{ field: 'id_token', token: ID }]);
		expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwt' });
	});

	it('tells a token response that ends mid-way apart: structure.truncated', async () => {
		const token = mint('rs256');
		const report = await inspectAt({
			token: `{"access_token":"${token.slice(0, token.length - 30)}`,
			key: keyText('rs256', 'pem')
		});
		expect(row(report, 'structure')).toMatchObject({ status: 'fail', code: 'structure.truncated' });
		expect(report.verdict).toBe('invalid');
	});

	it.each(['hs256', 'es256', 'rs256', 'eddsa'] as const)(
		'tells a %s token whose signature lost its end apart from a corrupted one',
		async (name) => {
			const token = mint(name);
			const key = fixture(name).alg.startsWith('HS')
				? keyText(name, 'secret')
				: keyText(name, 'pem');
			const cut = await inspectAt({ token: token.slice(0, -7), key });
			expect(row(cut, 'structure')).toMatchObject({ status: 'fail', code: 'structure.truncated' });
			expect(cut.verdict).toBe('invalid');
			// The same length with a changed character is corruption: the structure holds, the signature fails.
			const last = token.at(-3) === 'A' ? 'B' : 'A';
			const corrupted = await inspectAt({
				token: token.slice(0, -3) + last + token.slice(-2),
				key
			});
			expect(row(corrupted, 'structure').code).not.toBe('structure.truncated');
			expect(corrupted.verdict).toBe('invalid');
		}
	);
});
