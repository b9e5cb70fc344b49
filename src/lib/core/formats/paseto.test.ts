// PASETO through inspect(), minted with panva's `paseto` (the public tokens) and shaped by hand where the
// library cannot mint in Node's WebCrypto (v2/v4.local need XChaCha20-Poly1305).
import { describe, expect, it } from 'vitest';
import { PublicProtocol } from 'paseto';
import * as v1 from 'paseto/v1/public';
import * as v2 from 'paseto/v2/public';
import * as v3 from 'paseto/v3/public';
import * as v4 from 'paseto/v4/public';
import { LocalProtocol } from 'paseto';
import * as v3local from 'paseto/v3/local';
import { inspectAt, NOW, row } from '$lib/testing/fixtures';
import { encodeBase64url } from '$lib/core/token/base64url';

const iso = (offsetSeconds: number) =>
	new Date(NOW.getTime() + offsetSeconds * 1000).toISOString().replace('.000Z', 'Z');
const footer = new TextEncoder().encode('{"kid":"k4.pid.example-key-id"}');
const CLAIMS = { sub: 'alice', iss: 'https://issuer.example', exp: iso(3600), nbf: iso(-60) };

const VERSIONS = { v1, v2, v3, v4 } as const;
async function signed(version: keyof typeof VERSIONS, claims: object = CLAIMS): Promise<string> {
	// Every version's module has the same shape; typed as v4's so one call signs with any of them.
	const m = VERSIONS[version] as typeof v4;
	const protocol = new PublicProtocol(m.GenerateKeyPairFactory, m.SignFactory);
	const { secretKey } = await protocol.GenerateKeyPair();
	return protocol.Sign(secretKey, claims as never, { footer, now: NOW, addIssuedAt: false });
}

describe('PASETO public tokens', () => {
	it.each(['v1', 'v2', 'v3', 'v4'] as const)(
		'names a %s.public token and decodes its payload',
		async (v) => {
			const report = await inspectAt({ token: await signed(v) });
			expect(report.format).toBe('paseto');
			expect(row(report, 'structure').code).toBe('structure.paseto-public');
			expect(row(report, 'structure').status).toBe('fail');
			expect(report.verdict).toBe('invalid');
			expect(report.formatDecoded?.payload).toMatchObject({ sub: 'alice', exp: CLAIMS.exp });
			expect(report.formatDecoded?.footer).toBe('{"kid":"k4.pid.example-key-id"}');
			expect(report.formatDecoded?.fields).toContainEqual({ name: 'Version', value: v });
			expect(report.formatDecoded?.fields).toContainEqual({
				name: 'Footer kid',
				value: 'k4.pid.example-key-id'
			});
		}
	);

	it('judges its ISO 8601 exp and nbf as the exp and nbf rows judge a JWT', async () => {
		const report = await inspectAt({ token: await signed('v4') });
		expect(row(report, 'exp').code).toBe('exp.ok');
		expect(row(report, 'nbf').code).toBe('nbf.ok');
		expect(row(report, 'iat').status).toBe('skip');
	});

	it('flags an exp in the past beyond the leeway, and one within it as a warning', async () => {
		const token = await signed('v4', { ...CLAIMS, exp: iso(-30) });
		expect(row(await inspectAt({ token }), 'exp').code).toBe('exp.expired');
		const lenient = await inspectAt({ token, leewaySeconds: 60 });
		expect(row(lenient, 'exp').code).toBe('exp.within-leeway');
		expect(row(lenient, 'exp').status).toBe('warn');
	});

	it('flags an nbf and an iat in the future', async () => {
		const token = await signed('v2', { ...CLAIMS, nbf: iso(7200), iat: iso(7200) });
		const report = await inspectAt({ token });
		expect(row(report, 'nbf').code).toBe('nbf.future');
		expect(row(report, 'iat').code).toBe('iat.future');
	});

	it('says a public token whose body is shorter than its signature is broken', async () => {
		const token = `v4.public.${encodeBase64url(new Uint8Array(40))}`;
		const report = await inspectAt({ token });
		expect(report.format).toBe('paseto');
		expect(row(report, 'structure').code).toBe('structure.paseto-malformed');
	});
});

describe('PASETO local tokens', () => {
	it('names a v3.local token minted by the library as encrypted', async () => {
		const protocol = new LocalProtocol(v3local.GenerateKeyFactory, v3local.EncryptFactory);
		const key = await protocol.GenerateKey();
		const token = await protocol.Encrypt(key, CLAIMS as never, { now: NOW });
		const report = await inspectAt({ token });
		expect(report.format).toBe('paseto');
		expect(row(report, 'structure').code).toBe('structure.paseto-local');
		expect(report.formatDecoded?.payload).toBeUndefined();
		expect(row(report, 'exp').status).toBe('skip');
	});

	it('names a v4.local token (nonce, ciphertext, tag) and its footer', async () => {
		const body = encodeBase64url(new Uint8Array(32 + 20 + 32).map((_, i) => (i * 13) % 256));
		const token = `v4.local.${body}.${encodeBase64url(footer)}`;
		const report = await inspectAt({ token });
		expect(row(report, 'structure').code).toBe('structure.paseto-local');
		expect(report.formatDecoded?.footer).toBe('{"kid":"k4.pid.example-key-id"}');
	});

	it('leaves a value that only starts like PASETO to the other readers', async () => {
		for (const token of ['v5.public.abcdefgh', 'v4.private.abcdefgh', 'v4.public.'])
			expect((await inspectAt({ token })).format).not.toBe('paseto');
	});
});
