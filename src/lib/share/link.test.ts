import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeFragment, encodeShareLink, type SharedDiagnosis } from './link';
import { mint, keyText } from '$lib/testing/fixtures';
import { handMade } from '$lib/testing/hand-made-link';

const BASE = 'https://inspector.example/';
const token = mint('rs256');
const full: SharedDiagnosis = {
	token: token.slice(0, token.lastIndexOf('.') + 1),
	key: keyText('rs256', 'jwks'),
	audience: 'api://orders',
	issuer: 'https://issuer.example',
	subject: 'repo:octo-org/octo-repo:*',
	leewaySeconds: 30,
	evaluatedAt: 1795608000000,
	reported: {
		at: 1795608000000,
		checks: [
			{
				id: 'signature',
				status: 'pass',
				code: 'signature.verified',
				detail: 'Verified with key "rs256-1" (RS256).'
			}
		]
	},
	masked: ['email'],
	requiredScopes: 'orders:read'
};

describe('a share link', () => {
	it.each<[string, SharedDiagnosis]>([
		['only a token', { token: 'a.b.' }],
		['everything the format carries', full],
		['non-ASCII text', { token: 'x.y.', audience: 'api://café ☕', issuer: '' }],
		['a pinned time before 1970', { token: 'x.y.', evaluatedAt: -1000 }]
	])('round-trips %s', async (_, diagnosis) => {
		const link = await encodeShareLink(diagnosis, BASE);
		expect(link.startsWith(`${BASE}#ti1.`)).toBe(true);
		const decoded = await decodeShareLink(link);
		expect(decoded).toMatchObject({ ok: true, diagnosis });
	});

	it('is compressed when that is shorter, and says so', async () => {
		const fragment = await encodeFragment(full);
		expect(fragment).toMatch(/^ti1\.z\.\d+\./);
		expect(fragment.length).toBeLessThan(JSON.stringify(full).length);
		expect(await decodeShareLink(fragment)).toMatchObject({ ok: true, compressed: true });
	});

	it('is left uncompressed when compressing would make it longer', async () => {
		const fragment = await encodeFragment({ token: 'k7.Qm.' });
		expect(fragment).toMatch(/^ti1\.j\.\d+\./);
		expect(await decodeShareLink(fragment)).toMatchObject({ ok: true, compressed: false });
	});

	it('uses only characters that need no escaping in a URL fragment', async () => {
		const fragment = await encodeFragment(full);
		expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
	});

	it('reads a link with or without its address and "#"', async () => {
		const fragment = await encodeFragment(full);
		for (const link of [fragment, `#${fragment}`, `${BASE}#${fragment}`])
			expect(await decodeShareLink(link)).toMatchObject({ ok: true, diagnosis: full });
	});

	it('ignores members it does not know, so optional fields can be added to format 1', async () => {
		const fragment = await handMade(JSON.stringify({ t: 'a.b.', a: 'api', zz: { new: true } }));
		expect(await decodeShareLink(fragment)).toEqual({
			ok: true,
			compressed: false,
			diagnosis: { token: 'a.b.', audience: 'api' }
		});
	});
});

describe('a damaged link', () => {
	const cases: Array<[string, (link: string) => string | Promise<string>, string]> = [
		['cut short by a chat app', (l) => l.slice(0, Math.floor(l.length * 0.7)), 'link.cut-short'],
		['cut short with an ellipsis', (l) => `${l.slice(0, l.length - 40)}…`, 'link.cut-short'],
		['cut inside its header', (l) => l.slice(0, l.indexOf('#') + 7), 'link.cut-short'],
		['with one character changed', (l) => flip(l, l.length - 30), 'link.edited'],
		['with characters added', (l) => `${l}AAAA`, 'link.edited'],
		['with a character base64url does not use', (l) => `${l.slice(0, -1)}+`, 'link.edited'],
		['with an unknown mode', (l) => l.replace('#ti1.z.', '#ti1.q.'), 'link.edited'],
		['from a future version', (l) => l.replace('#ti1.', '#ti2.'), 'link.future-version'],
		['from format 0', (l) => l.replace('#ti1.', '#ti0.'), 'link.edited'],
		['that is not ours', () => `${BASE}#access_token=abc`, 'link.not-ours'],
		['with no fragment at all', () => BASE, 'link.not-ours']
	];

	it.each(cases)('%s says so, with its length', async (_, damage, code) => {
		const link = await damage(await encodeShareLink(full, BASE));
		const result = await decodeShareLink(link);
		expect(result).toMatchObject({ ok: false, code, length: link.length });
		if (!result.ok) expect(result.message).not.toBe('');
	});

	it('tells how much of a cut link is left', async () => {
		const link = await encodeShareLink(full, BASE);
		const result = await decodeShareLink(link.slice(0, -100));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/holds \d+ of its \d+ characters/);
	});

	it.each([
		['JSON that is not an object', '[1,2]'],
		['text that is not JSON', '{"t":"a.b.",']
		// A member of the wrong type or out of range has its own code: see ./members.test.ts.
	])('refuses %s as edited', async (_, json) => {
		expect(await decodeShareLink(await handMade(json))).toMatchObject({
			ok: false,
			code: 'link.edited'
		});
	});

	it('refuses compressed data that does not decompress', async () => {
		const good = await handMade('{"t":"a.b."}', 'j');
		// The same bytes declared as DEFLATE: the checksum cannot be reached.
		expect(await decodeShareLink(good.replace('.j.', '.z.'))).toMatchObject({
			ok: false,
			code: 'link.edited'
		});
	});

	it('refuses to inflate a link beyond 8 MB', async () => {
		const bomb = await handMade(JSON.stringify({ t: 'a'.repeat(9 * 1024 * 1024) }), 'z');
		expect(await decodeShareLink(bomb)).toMatchObject({ ok: false, code: 'link.too-large' });
		// Compressing 9 MB takes about a second alone, longer on a busy machine.
	}, 20_000);
});

function flip(text: string, at: number): string {
	const c = text[at] === 'A' ? 'B' : 'A';
	return text.slice(0, at) + c + text.slice(at + 1);
}
