// The signature row: verified, mismatched, stripped, of the wrong length or DER-encoded, and what it says when
// it cannot be checked. A malformed signature fails whether or not a key was supplied.
import { describe, expect, it } from 'vitest';
import { CLAIMS, TOKENS, inspectAt, keyText, part, row, signWith } from '$lib/testing/fixtures';

/** The token with its signature bytes replaced by what `change` makes of them. */
function withSignature(token: string, change: (signature: Buffer) => Buffer): string {
	const [header, payload, signature] = token.split('.');
	return `${header}.${payload}.${change(Buffer.from(signature!, 'base64url')).toString('base64url')}`;
}
/** A DER SEQUENCE around the given content. */
function der(content: number[]): Buffer {
	return Buffer.from([0x30, content.length, ...content]);
}
const KEYS = {
	hs256: keyText('hs256', 'secret'),
	hs512: keyText('hs512', 'secret'),
	rs256: keyText('rs256', 'pem'),
	es256: keyText('es256', 'pem'),
	es384: keyText('es384', 'pem'),
	es512: keyText('es512', 'pem'),
	eddsa: keyText('eddsa', 'pem')
} as const;

describe('the signature row', () => {
	it('passes a signature that verifies', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: KEYS.rs256 });
		expect(row(report, 'signature')).toMatchObject({ status: 'pass', code: 'signature.verified' });
	});

	it('fails a signature that does not verify, with a finding per key tried', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: keyText('rsOther', 'pem') });
		expect(row(report, 'signature')).toMatchObject({ status: 'fail', code: 'signature.mismatch' });
		expect(row(report, 'signature').findings?.map((f) => [f.code, f.severity])).toEqual([
			['signature.mismatch', 'error']
		]);
	});

	it('is skipped with no key, and the verdict is unverified', async () => {
		const report = await inspectAt({ token: TOKENS.rs256! });
		expect(row(report, 'signature')).toMatchObject({ status: 'skip', code: 'signature.no-key' });
		expect(report.verdict).toBe('unverified');
	});

	it('is skipped with no token', async () => {
		expect(row(await inspectAt({ token: '' }), 'signature')).toMatchObject({
			status: 'skip',
			code: 'signature.no-token'
		});
	});

	it('is skipped for a JWE, which is encrypted rather than signed', async () => {
		const jwe = `${part({ alg: 'dir', enc: 'A256GCM' })}..AAAA.AAAA.AAAA`;
		expect(row(await inspectAt({ token: jwe, key: KEYS.hs256 }), 'signature')).toMatchObject({
			status: 'skip',
			code: 'signature.jwe'
		});
	});

	it.each([
		['with no signature', ''],
		['with junk after the last dot', 'c2lnbmF0dXJl']
	])('fails an unsecured token %s', async (_, signature) => {
		const token = `${part({ alg: 'none' })}.${part(CLAIMS)}.${signature}`;
		const report = await inspectAt({ token, key: KEYS.hs256 });
		expect(row(report, 'signature')).toMatchObject({ status: 'fail', code: 'signature.unsecured' });
	});

	it('is skipped when no supplied key can verify the algorithm', async () => {
		const report = await inspectAt({ token: TOKENS.es256!, key: KEYS.rs256 });
		expect(row(report, 'signature')).toMatchObject({
			status: 'skip',
			code: 'signature.no-usable-key'
		});
	});
});

describe('signatures that can never verify', () => {
	const stripped = (token: string) => token.slice(0, token.lastIndexOf('.') + 1);

	it.each([
		['HS256', TOKENS.hs256!, KEYS.hs256],
		['RS256', TOKENS.rs256!, KEYS.rs256],
		['ES256', TOKENS.es256!, KEYS.es256],
		['EdDSA', TOKENS.eddsa!, KEYS.eddsa]
	])('fails an %s token whose signature was stripped, key or no key', async (_, token, key) => {
		for (const withKey of [true, false]) {
			const report = await inspectAt({ token: stripped(token), ...(withKey ? { key } : {}) });
			expect(row(report, 'signature')).toMatchObject({
				status: 'fail',
				code: 'signature.missing'
			});
			expect(report.verdict).toBe('invalid');
		}
	});

	it.each([
		['ES256', 'es256', KEYS.es256],
		['ES384', 'es384', KEYS.es384],
		['ES512', 'es512', KEYS.es512]
	] as const)(
		'fails an %s signature in DER instead of R‖S (RFC 7518 §3.4)',
		async (alg, name, key) => {
			// ECDSA signatures are random, and DER drops leading zero bytes of r and s, so the DER length varies:
			// sign many times to meet the short forms too.
			for (let i = 0; i < 40; i++) {
				const token = signWith(name, { alg, typ: 'JWT' }, CLAIMS, { derEcdsa: true });
				for (const withKey of [true, false]) {
					const report = await inspectAt({ token, ...(withKey ? { key } : {}) });
					expect(row(report, 'signature')).toMatchObject({
						status: 'fail',
						code: 'signature.ecdsa-der',
						spec: 'RFC 7518 §3.4'
					});
					expect(report.verdict).toBe('invalid');
				}
			}
		}
	);

	it.each([
		['with a one-byte r', der([0x02, 0x01, 0x05, 0x02, 0x20, ...Array(32).fill(0x11)])],
		[
			'with a sign byte before a high r',
			der([0x02, 0x21, 0x00, ...Array(32).fill(0x81), 0x02, 0x01, 0x07])
		]
	])('recognises hand-made DER %s', async (_, signature) => {
		const token = withSignature(TOKENS.es256!, () => signature);
		expect(row(await inspectAt({ token }), 'signature').code).toBe('signature.ecdsa-der');
	});

	it.each([
		['a 0x30 byte followed by noise', Buffer.from([0x30, ...Array(69).fill(0xff)])],
		[
			'DER with bytes after it',
			Buffer.concat([der([0x02, 0x01, 0x05, 0x02, 0x01, 0x06]), Buffer.from([0])])
		],
		[
			'DER with integers too long for P-256',
			der([0x02, 0x22, ...Array(34).fill(0x01), 0x02, 0x01, 0x06])
		]
	])('calls %s a wrong length, not DER', async (_, signature) => {
		const token = withSignature(TOKENS.es256!, () => signature);
		expect(row(await inspectAt({ token }), 'signature').code).toBe('signature.length');
	});

	it.each([
		['an ES256 signature one byte short', TOKENS.es256!, KEYS.es256, -1],
		['an ES256 signature one byte long', TOKENS.es256!, KEYS.es256, 1],
		['an ES512 signature of 130 bytes', TOKENS.es512!, KEYS.es512, -2],
		['an EdDSA signature one byte short', TOKENS.eddsa!, KEYS.eddsa, -1],
		['an HS256 signature cut to 16 bytes', TOKENS.hs256!, KEYS.hs256, -16],
		['an HS512 signature of 32 bytes', TOKENS.hs512!, KEYS.hs512, -32]
	])('fails %s as the wrong length', async (_, token, key, delta) => {
		const changed = withSignature(token, (s) =>
			delta < 0 ? s.subarray(0, s.length + delta) : Buffer.concat([s, Buffer.alloc(delta)])
		);
		for (const withKey of [true, false]) {
			const report = await inspectAt({ token: changed, ...(withKey ? { key } : {}) });
			expect(row(report, 'signature')).toMatchObject({ status: 'fail', code: 'signature.length' });
			expect(report.verdict).toBe('invalid');
		}
	});

	it('fails an ES256 signature that is the right length but not R‖S of this message', async () => {
		const token = withSignature(TOKENS.es256!, (s) => Buffer.from(s.map((b) => b ^ 0xff)));
		const report = await inspectAt({ token, key: KEYS.es256 });
		expect(row(report, 'signature').code).toBe('signature.mismatch');
	});

	it('fails an RSA signature cut short (RSA has no fixed length to check first)', async () => {
		const token = withSignature(TOKENS.rs256!, (s) => s.subarray(0, 200));
		const report = await inspectAt({ token, key: KEYS.rs256 });
		expect(row(report, 'signature').status).toBe('fail');
		expect(report.verdict).toBe('invalid');
	});
});
