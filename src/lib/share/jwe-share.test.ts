// Sharing a JWE diagnosis (issue 19, item 5): the Decryption key and the plaintext never go into a link; the
// link carries the JWE's header, or by the sender's choice the token inside under the rules of any token; and
// the receiving page refuses a link that carries a decryption key or a plaintext, whatever else it holds.
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, NOW, keyText, mint } from '$lib/testing/fixtures';
import { encrypt, recipient, secret } from '$lib/testing/jwe-fixtures';
import { handMade } from '$lib/testing/hand-made-link';
import { inspect } from '$lib/core';
import { DEFAULT_CHOICES, composeDiagnosis, describeCarried, maskableClaims } from './compose';
import { decodeShareLink, encodeShareLink } from './link';

const BASE = 'https://inspector.example/';
const rsa = recipient('rsa');
const inputs = { key: keyText('hs256'), audience: AUDIENCE, issuer: ISSUER, leewaySeconds: 0 };
const inner = mint('hs256', { email: 'alice@example.com' });

async function nested() {
	const token = await encrypt(
		inner,
		{ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' },
		rsa.publicKey
	);
	const report = await inspect({
		token,
		key: inputs.key,
		decryptionKey: rsa.pkcs8,
		now: NOW,
		audience: AUDIENCE,
		issuer: ISSUER
	});
	return { token, report };
}

async function linkJson(diagnosis: Parameters<typeof encodeShareLink>[0]): Promise<string> {
	const decoded = await decodeShareLink(await encodeShareLink(diagnosis, BASE));
	expect(decoded.ok).toBe(true);
	return JSON.stringify(decoded);
}

describe('a shared JWE diagnosis', () => {
	it('carries only the JWE header by default: no ciphertext, no inner token, no claim names', async () => {
		const { token, report } = await nested();
		const d = composeDiagnosis(inputs, report, { ...DEFAULT_CHOICES, masked: ['email'] });
		expect(d.token).toBe(`${token.split('.')[0]}....`);
		expect(d.masked).toBeUndefined();
		expect(maskableClaims(report)).toEqual([]);
		const json = await linkJson(d);
		expect(json).not.toContain(inner.split('.')[1]);
		expect(json).not.toContain('alice@example.com');
		expect(json).not.toContain(token.split('.')[3]);
		expect(
			describeCarried(d, report, inputs)
				.map((i) => i.text)
				.join(' ')
		).toMatch(/decryption key/);
	});

	it('carries the token inside when the sender chooses, with its signature left out', async () => {
		const { report } = await nested();
		// `email` is a personal claim, masked by default (issue 18, item 5): unmasked here to compare the token.
		const d = composeDiagnosis(inputs, report, {
			...DEFAULT_CHOICES,
			includeInnerToken: true,
			unmasked: ['email']
		});
		expect(d.token).toBe(inner.slice(0, inner.lastIndexOf('.') + 1));
		const byDefault = composeDiagnosis(inputs, report, {
			...DEFAULT_CHOICES,
			includeInnerToken: true
		});
		expect(byDefault.masked).toEqual(['email']);
		expect(maskableClaims(report, undefined, { includeInnerToken: true })).toContain('email');
	});

	it('never carries a claims JWE’s plaintext', async () => {
		const key = secret(32);
		const token = await encrypt(
			JSON.stringify({ email: 'bob@example.com' }),
			{ alg: 'dir', enc: 'A256GCM' },
			key.bytes
		);
		const report = await inspect({ token, decryptionKey: key.text, now: NOW });
		const d = composeDiagnosis({ ...inputs, key: '' }, report, {
			...DEFAULT_CHOICES,
			includeInnerToken: true
		});
		expect(d.token).toBe(`${token.split('.')[0]}....`);
		const json = await linkJson(d);
		expect(json).not.toContain('bob@example.com');
		expect(json).not.toContain(key.text);
	});

	it('is read back by the receiver as a JWE whose header is shown and which nothing decrypts', async () => {
		const { report } = await nested();
		const decoded = await decodeShareLink(
			await encodeShareLink(composeDiagnosis(inputs, report, DEFAULT_CHOICES), BASE)
		);
		if (!decoded.ok) throw new Error(decoded.message);
		const received = await inspect({ token: decoded.diagnosis.token, now: NOW });
		expect(received.token.kind).toBe('jwe');
		expect(received.token.header).toMatchObject({ alg: 'RSA-OAEP-256', cty: 'JWT' });
		expect(received.checks.find((c) => c.id === 'decryption')?.code).toBe('decryption.no-key');
		expect(received.verdict).toBe('unverified');
	});
});

describe('a hand-made link', () => {
	it.each([
		['dk', 'decryptionKey'],
		['decryptionKey', 'decryptionKey'],
		['pt', 'plaintext'],
		['plaintext', 'plaintext']
	])('with a %s member is refused whole', async (wire, member) => {
		const link = await handMade(JSON.stringify({ t: 'a.b.', [wire]: 'c2VjcmV0' }));
		expect(await decodeShareLink(link)).toMatchObject({
			ok: false,
			code: 'link.secret-key',
			member
		});
	});
});
