import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, NOW, inspectAt, keyText, mint } from '$lib/testing/fixtures';
import {
	DEFAULT_CHOICES,
	composeDiagnosis,
	describeCarried,
	maskableClaims,
	maskedClaims,
	withMask
} from './compose';
import { MASKED, decodeShareLink, encodeShareLink } from './link';
import { LINK_LIMITS } from './members';

const BASE = 'https://inspector.example/';
const inputsWith = (key: string) => ({ key, audience: AUDIENCE, issuer: ISSUER, leewaySeconds: 0 });

describe('composeDiagnosis', () => {
	it('leaves the signature out by default and carries the sender’s result instead', async () => {
		const token = mint('rs256');
		const key = keyText('rs256', 'jwks');
		const report = await inspectAt({ token, key });
		const d = composeDiagnosis(inputsWith(key), report, DEFAULT_CHOICES);
		expect(d.token).toBe(token.slice(0, token.lastIndexOf('.') + 1));
		expect(d.reported).toEqual({
			at: NOW.getTime(),
			checks: [
				expect.objectContaining({ id: 'signature', status: 'pass', code: 'signature.verified' })
			]
		});
		expect(d).toMatchObject({
			key,
			audience: AUDIENCE,
			issuer: ISSUER,
			evaluatedAt: NOW.getTime()
		});
	});

	// Issue 16: an Expected subject is a trust-policy pattern, no secret, so it travels with the expectations.
	it('carries the Expected subject with the expectations, and not without them', async () => {
		const report = await inspectAt({ token: mint('rs256') });
		const inputs = { ...inputsWith(''), subject: 'repo:octo-org/*' };
		const carried = composeDiagnosis(inputs, report, DEFAULT_CHOICES);
		expect(carried.subject).toBe('repo:octo-org/*');
		expect(describeCarried(carried, report, inputs).map((i) => i.text)).toContain(
			'Expected subject: repo:octo-org/*'
		);
		const left = composeDiagnosis(inputs, report, {
			...DEFAULT_CHOICES,
			includeExpectations: false
		});
		expect(left.subject).toBeUndefined();
	});

	it('keeps the signature when asked, and then reports nothing in its place', async () => {
		const token = mint('rs256');
		const report = await inspectAt({ token });
		const d = composeDiagnosis(inputsWith(''), report, {
			...DEFAULT_CHOICES,
			includeSignature: true
		});
		expect(d.token).toBe(token);
		expect(d.reported).toBeUndefined();
	});

	it('carries the rows that need the key as the sender saw them when the key stays behind', async () => {
		const secret = keyText('hs256', 'secret');
		const report = await inspectAt({ token: mint('hs256'), key: secret });
		const d = composeDiagnosis(inputsWith(secret), report, DEFAULT_CHOICES);
		expect(d.reported?.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
			'algorithm:pass',
			'key:pass',
			'signature:pass',
			'secret-strength:pass'
		]);
	});

	it('never carries an HMAC secret or a private key, whatever is chosen', async () => {
		for (const key of [keyText('hs256', 'secret'), keyText('rs256', 'private-jwk')]) {
			const report = await inspectAt({ token: mint('hs256'), key });
			const d = composeDiagnosis(inputsWith(key), report, { ...DEFAULT_CHOICES, includeKey: true });
			expect(d.key).toBeUndefined();
			expect(JSON.stringify(d)).not.toContain(key.slice(1, 20));
		}
	});

	it('masks chosen claims with a marker and then always leaves the signature out', async () => {
		const token = mint('rs256', { email: 'ada@example.com', name: 'Ada' });
		const report = await inspectAt({ token });
		// name is a personal claim, masked by default: unmasked here, so only the chosen email is masked.
		const choices = {
			...DEFAULT_CHOICES,
			includeSignature: true,
			masked: ['email', 'exp'],
			unmasked: ['name']
		};
		const d = composeDiagnosis(inputsWith(''), report, choices);
		const payload = JSON.parse(Buffer.from(d.token.split('.')[1]!, 'base64url').toString());
		expect(payload.email).toBe(MASKED);
		expect(payload.name).toBe('Ada');
		// exp decides a check: it is never masked.
		expect(d.masked).toEqual(['email']);
		expect(d.token.endsWith('.')).toBe(true);
		expect(JSON.stringify(d)).not.toContain('ada@example.com');
	});

	// Issue 18, item 5: a link does not carry a person's details unless the sender unmasks them one by one.
	describe('personal claims', () => {
		const personal = {
			name: 'Ada Lovelace',
			upn: 'ada@contoso.example',
			unique_name: 'ada@contoso.example',
			email: 'ada@example.com',
			ipaddr: '203.0.113.7',
			address: { street_address: '12 Analytical Row' }
		};

		it('masks every personal claim by default, and nothing else', async () => {
			const report = await inspectAt({ token: mint('rs256', { ...personal, tid: 'tenant-1' }) });
			const d = composeDiagnosis(inputsWith(''), report, DEFAULT_CHOICES);
			expect(d.masked).toEqual(['name', 'upn', 'unique_name', 'email', 'ipaddr', 'address']);
			const payload = JSON.parse(Buffer.from(d.token.split('.')[1]!, 'base64url').toString());
			expect(payload.tid).toBe('tenant-1');
			for (const value of [
				'Ada Lovelace',
				'ada@contoso',
				'ada@example.com',
				'203.0.113.7',
				'Analytical'
			])
				expect(JSON.stringify(d)).not.toContain(value);
		});

		it('carries one the sender unmasks, and still masks the others', async () => {
			const report = await inspectAt({ token: mint('rs256', personal) });
			const choices = withMask(report, DEFAULT_CHOICES, 'name', false);
			expect(maskedClaims(report, choices)).not.toContain('name');
			const d = composeDiagnosis(inputsWith(''), report, choices);
			expect(d.masked).toEqual(['upn', 'unique_name', 'email', 'ipaddr', 'address']);
			expect(JSON.stringify(d)).not.toContain('ada@example.com');
			const payload = JSON.parse(Buffer.from(d.token.split('.')[1]!, 'base64url').toString());
			expect(payload.name).toBe('Ada Lovelace');
			// Masking it again takes it back out.
			const again = withMask(report, choices, 'name', true);
			expect(maskedClaims(report, again)).toContain('name');
		});

		it('masks and unmasks other claims only when chosen', async () => {
			const report = await inspectAt({ token: mint('rs256', { tid: 't', email: 'a@b.c' }) });
			expect(maskedClaims(report, DEFAULT_CHOICES)).toEqual(['email']);
			const masked = withMask(report, DEFAULT_CHOICES, 'tid', true);
			expect(maskedClaims(report, masked)).toEqual(['tid', 'email']);
			expect(maskedClaims(report, withMask(report, masked, 'tid', false))).toEqual(['email']);
		});
	});

	it('offers for masking only claims no check judges', async () => {
		const report = await inspectAt({ token: mint('rs256', { email: 'a@b.c' }) });
		expect(maskableClaims(report)).toEqual(['sub', 'email']);
		// scope and scp decide the scope check.
		const scoped = await inspectAt({
			token: mint('rs256', { email: 'a@b.c', scope: 'orders:read', scp: ['orders:read'] })
		});
		expect(maskableClaims(scoped)).toEqual(['sub', 'email']);
	});

	it('carries no time when the receiver is to judge at their now, and no expectations when not chosen', async () => {
		const report = await inspectAt({ token: mint('rs256') });
		const d = composeDiagnosis({ ...inputsWith(''), leewaySeconds: 30 }, report, {
			...DEFAULT_CHOICES,
			pinTime: false,
			includeExpectations: false
		});
		expect(d).toEqual({ token: d.token, reported: d.reported });
	});

	it.each([
		['over the day a link may carry', 100_000],
		['not whole seconds', 1.5]
	])(
		'leaves out a leeway %s, and says so, so that its own link always opens',
		async (_, leeway) => {
			const report = await inspectAt({ token: mint('rs256'), leewaySeconds: leeway });
			const inputs = { ...inputsWith(''), leewaySeconds: leeway };
			const d = composeDiagnosis(inputs, report, DEFAULT_CHOICES);
			expect(d.leewaySeconds).toBeUndefined();
			expect(describeCarried(d, report, inputs).find((item) => item.warning)?.text).toContain(
				'leeway'
			);
			expect(await decodeShareLink(await encodeShareLink(d, BASE))).toMatchObject({ ok: true });
		}
	);

	it('cuts a reported row’s wording to the length a receiver takes, so that its own link always opens', async () => {
		const secret = keyText('hs256', 'secret');
		const real = await inspectAt({ token: mint('hs256'), key: secret });
		const long = 'A long explanation. '.repeat(500);
		const report = {
			...real,
			checks: real.checks.map((c) => (c.id === 'signature' ? { ...c, detail: long } : c))
		};
		const d = composeDiagnosis(inputsWith(secret), report, DEFAULT_CHOICES);
		const detail = d.reported?.checks.find((c) => c.id === 'signature')?.detail ?? '';
		expect(detail.length).toBeLessThanOrEqual(LINK_LIMITS.detailChars);
		expect(detail.startsWith('A long explanation.')).toBe(true);
		expect(await decodeShareLink(await encodeShareLink(d, BASE))).toMatchObject({ ok: true });
	});

	it('carries a token it cannot read as it is', async () => {
		const report = await inspectAt({ token: 'not.a.jwt.at-all' });
		const d = composeDiagnosis(inputsWith(''), report, DEFAULT_CHOICES);
		expect(d.token).toBe('not.a.jwt.at-all');
		expect(d.reported).toBeUndefined();
	});

	// Issue 17: a value that is not a JWT is a credential as it stands; nothing can be left out to disarm it.
	it.each([
		['a GitHub token', `ghp_${'aB3'.repeat(12)}`],
		['a Stripe secret key', `sk_live_${'x9Z'.repeat(8)}`],
		['HTTP Basic credentials', `Basic ${btoa('alice:hunter2')}`],
		['an opaque token', 'KBSxkmG-OcpA6-cg'],
		['a PEM private key', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----']
	])('never carries %s in the Token field, and says so', async (_, token) => {
		const report = await inspectAt({ token });
		const d = composeDiagnosis(inputsWith(''), report, DEFAULT_CHOICES);
		expect(d.token).toBe('');
		const link = await encodeShareLink(d, BASE);
		expect(await decodeShareLink(link)).toMatchObject({ ok: true, diagnosis: { token: '' } });
		expect(describeCarried(d, report, inputsWith('')).some((item) => item.warning)).toBe(true);
	});
});

describe('describeCarried', () => {
	it('lists what the link carries and what it never carries', async () => {
		const secret = keyText('hs256', 'secret');
		const report = await inspectAt({ token: mint('hs256'), key: secret });
		const inputs = inputsWith(secret);
		const items = describeCarried(
			composeDiagnosis(inputs, report, DEFAULT_CHOICES),
			report,
			inputs
		);
		const text = items.map((item) => item.text).join('\n');
		expect(text).toContain('signature is left out');
		expect(text).toContain(`Expected audience: ${AUDIENCE}`);
		expect(text).toContain('Never carried: your secret.');
		expect(items.some((item) => item.warning)).toBe(false);
	});

	it('warns when the link carries the signature', async () => {
		const report = await inspectAt({ token: mint('rs256') });
		const d = composeDiagnosis(inputsWith(''), report, {
			...DEFAULT_CHOICES,
			includeSignature: true
		});
		expect(describeCarried(d, report, inputsWith('')).find((item) => item.warning)?.text).toMatch(
			/until it expires/
		);
	});
});

describe('the link for a typical RS256 access token', () => {
	// RFC 9068 claims, a 2048-bit key: the sizes quoted in the README. A guard against the format growing.
	const claims = {
		aud: 'https://api.example.com',
		auth_time: NOW.getTime() / 1000 - 320,
		jti: '0b7f6a1e-3c55-4f0e-9d2b-6f1c2a9e8d41',
		client_id: 'Zx8w2QeRt5Yu7Io9Pa1Sd3Fg',
		scope: 'openid profile email orders:read orders:write'
	};
	const measure = async (key: string) => {
		const token = mint('rs256', claims, { typ: 'at+jwt' });
		const report = await inspectAt({ token, key, audience: claims.aud });
		const inputs = { ...inputsWith(key), audience: claims.aud };
		const link = await encodeShareLink(
			composeDiagnosis(inputs, report, DEFAULT_CHOICES),
			'https://inspector.example/'
		);
		return { token: token.length, link: link.length };
	};

	it('is shorter than the token itself without its JWKS', async () => {
		const { token, link } = await measure('');
		expect(link).toBeLessThan(token);
	});

	it('stays under 1,300 characters with its JWKS', async () => {
		expect((await measure(keyText('rs256', 'jwks'))).link).toBeLessThan(1300);
	});
});

describe('a token found inside a paste', () => {
	it('puts only the token taken into the link, never the rest of the paste (a refresh token, an ID token)', async () => {
		const token = mint('hs256');
		const id = mint('es256');
		const refresh = 'rt-credential-never-in-a-link';
		const report = await inspectAt({
			token: JSON.stringify({ access_token: token, id_token: id, refresh_token: refresh }),
			key: keyText('hs256', 'secret')
		});
		const d = composeDiagnosis(inputsWith(''), report, {
			...DEFAULT_CHOICES,
			includeSignature: true
		});
		expect(d.token).toBe(token);
		// The link is compressed: what it carries is judged decoded.
		const carried = JSON.stringify(await decodeShareLink(await encodeShareLink(d, BASE)));
		expect(carried).toContain(token.split('.')[1]!);
		expect(carried).not.toContain(refresh);
		expect(carried).not.toContain(id.split('.')[2]!);
	});
});
