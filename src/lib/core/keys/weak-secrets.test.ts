// Secrets from documentation and sample code, and secrets with almost no variety, are named as weak, by their
// bytes: the same secret is caught however it was pasted.
import { describe, expect, it } from 'vitest';
import { weakSecretReason } from './weak-secrets';
import { inspectAt, keyText, part, row, CLAIMS } from '$lib/testing/fixtures';
import { createHmac } from 'node:crypto';

const bytes = (text: string) => new TextEncoder().encode(text);
const RFC_7515_K =
	'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';

describe('weakSecretReason', () => {
	it.each([
		'secret',
		'your-256-bit-secret',
		'a-string-secret-at-least-256-bits-long',
		'keyboard cat',
		'changeme',
		'SECRET',
		'Your-256-Bit-Secret',
		'404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970'
	])('names "%s" as a well-known example secret, whatever its case', (secret) => {
		expect(weakSecretReason(bytes(secret), 'HS256')).toMatch(/well-known/);
	});

	it('names the algorithm the secret signs', () => {
		expect(weakSecretReason(bytes('secret'), 'HS512')).toMatch(/crack HS512 tokens/);
	});

	it('names the example key of RFC 7515 Appendix A.1 by its bytes', () => {
		const key = Buffer.from(RFC_7515_K, 'base64url');
		expect(weakSecretReason(key, 'HS256')).toMatch(/RFC 7515 Appendix A\.1/);
	});

	it.each(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'abababababababababababababababab', '00000000'])(
		'names "%s" as having almost no distinct characters',
		(secret) => {
			expect(weakSecretReason(bytes(secret), 'HS256')).toMatch(/distinct character/);
		}
	);

	it('counts distinct byte values in a secret that is not text', () => {
		const secret = new Uint8Array(32).fill(0xff);
		expect(weakSecretReason(secret, 'HS256')).toMatch(/1 distinct byte value$/);
	});

	it.each([
		['the fixture secret', keyText('hs256', 'secret')],
		['a short secret of one repeated character', 'aaaaaaa'],
		['a secret that only contains a known one', 'my-secret-is-not-secret-at-all-9F2k']
	])('does not flag %s', (_, secret) => {
		expect(weakSecretReason(bytes(secret), 'HS256')).toBeUndefined();
	});

	it('abbreviates a long known secret in its message', () => {
		expect(weakSecretReason(bytes(RFC_7515_K), 'HS256')).toContain('…');
	});
});

describe('a weak secret is caught however it is pasted', () => {
	const signed = (secret: Buffer) => {
		const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
		return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
	};
	const secret = Buffer.from('secret', 'utf8');
	it.each([
		['typed as text', 'secret', 'auto'],
		['in base64', secret.toString('base64'), 'base64'],
		['in base64url', secret.toString('base64url'), 'base64url'],
		['in hex', secret.toString('hex'), 'hex'],
		['as a JWK', JSON.stringify({ kty: 'oct', k: secret.toString('base64url') }), 'auto']
	] as const)('"secret" %s', async (_, key, keyEncoding) => {
		const report = await inspectAt({ token: signed(secret), key, keyEncoding });
		expect(report.verdict).toBe('valid');
		expect(row(report, 'secret-strength').code).toBe('secret-strength.weak');
	});

	it("RFC 7515's example key as a JWK", async () => {
		const key = JSON.stringify({ kty: 'oct', k: RFC_7515_K });
		const report = await inspectAt({ token: signed(Buffer.from(RFC_7515_K, 'base64url')), key });
		expect(row(report, 'secret-strength')).toMatchObject({
			status: 'warn',
			code: 'secret-strength.weak'
		});
		expect(row(report, 'secret-strength').detail).toMatch(/^The secret is the example HMAC key/);
	});
});
