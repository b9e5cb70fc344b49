// A share link carries the compared `Token that works` under the Token's own rules (issue 20, item 4).
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, inspectAt, keyText, mint } from '$lib/testing/fixtures';
import { handMade } from '$lib/testing/hand-made-link';
import { DEFAULT_CHOICES, composeDiagnosis, describeCarried, maskableClaims } from './compose';
import { MASKED, decodeShareLink, encodeShareLink } from './link';

const key = keyText('rs256', 'jwks');
const inputs = { key, audience: AUDIENCE, issuer: ISSUER, leewaySeconds: 0 };
// `email` is a personal claim, masked unless unmasked (issue 18, item 5): these tests are about the signature.
const SHOWN = { ...DEFAULT_CHOICES, unmasked: ['email'] };
const unsigned = (token: string) => token.slice(0, token.lastIndexOf('.') + 1);
const claimsOf = (token: string) =>
	JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
		string,
		unknown
	>;

const failing = mint('rs256', { aud: 'spa-client', nonce: 'n-1', email: 'ada@example.com' });
const working = mint(
	'rs256',
	{ scope: 'orders:read', email: 'ada@example.com' },
	{ typ: 'at+jwt' }
);

async function reports() {
	return Promise.all([inspectAt({ token: failing, key }), inspectAt({ token: working, key })]);
}

describe('the token that works in a link', () => {
	it('leaves its signature out by default, as the first token’s', async () => {
		const [report, second] = await reports();
		const d = composeDiagnosis(inputs, report, SHOWN, second);
		expect(d.workingToken).toBe(unsigned(working));
		expect(d.token).toBe(unsigned(failing));
		expect(
			describeCarried(d, report, inputs).some((i) => i.text.includes('token that works'))
		).toBe(true);
	});

	it('keeps its signature only when the signature is chosen', async () => {
		const [report, second] = await reports();
		const d = composeDiagnosis(inputs, report, { ...SHOWN, includeSignature: true }, second);
		expect(d.workingToken).toBe(working);
	});

	it('masks a masked claim in both tokens, and offers the second token’s claims for masking', async () => {
		const [report, second] = await reports();
		expect(maskableClaims(report, second)).toEqual(
			expect.arrayContaining(['sub', 'nonce', 'email'])
		);
		const d = composeDiagnosis(
			inputs,
			report,
			{ ...DEFAULT_CHOICES, includeSignature: true, masked: ['email'] },
			second
		);
		expect(claimsOf(d.token).email).toBe(MASKED);
		expect(claimsOf(d.workingToken!).email).toBe(MASKED);
		// A masked payload no longer matches its signature: both are left out.
		expect(d.workingToken!.endsWith('.')).toBe(true);
	});

	it('masks a personal claim in both tokens by default', async () => {
		const [report, second] = await reports();
		const d = composeDiagnosis(inputs, report, DEFAULT_CHOICES, second);
		expect(claimsOf(d.token).email).toBe(MASKED);
		expect(claimsOf(d.workingToken!).email).toBe(MASKED);
	});

	it('never carries a second value that is a credential rather than a JWT', async () => {
		const [report, second] = await reports();
		const apiKey = await inspectAt({ token: 'ghp_' + 'a1B2c3D4e5'.repeat(3) + 'abcdef', key });
		expect(apiKey.format).toBe('github-token');
		expect(composeDiagnosis(inputs, report, DEFAULT_CHOICES, apiKey).workingToken).toBeUndefined();
		// The same link with a JWT beside the first carries it.
		expect(composeDiagnosis(inputs, report, DEFAULT_CHOICES, second).workingToken).toBeDefined();
	});

	it('round-trips through a link', async () => {
		const [report, second] = await reports();
		const d = composeDiagnosis(inputs, report, SHOWN, second);
		const read = await decodeShareLink(await encodeShareLink(d, 'https://inspector.example/'));
		expect(read).toMatchObject({ ok: true, diagnosis: { workingToken: unsigned(working) } });
	});

	it('is read from a hand-made link, and refused when it is not text', async () => {
		const read = await decodeShareLink(
			await handMade(JSON.stringify({ t: unsigned(failing), w: unsigned(working) }))
		);
		expect(read).toMatchObject({ ok: true, diagnosis: { workingToken: unsigned(working) } });
		const refused = await decodeShareLink(
			await handMade(JSON.stringify({ t: unsigned(failing), w: 42 }))
		);
		expect(refused).toMatchObject({
			ok: false,
			code: 'link.invalid-member',
			member: 'workingToken'
		});
	});
});
