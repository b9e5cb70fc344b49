// The small-order Ed25519 forgery end to end: under a key of small order, the signature R = identity, S = 0
// satisfies RFC 8032 §5.1.7 for every message, so a token signed by nobody would verify. Whatever form the key
// is pasted in (JWK, JWKS, SPKI PEM, base64 DER, an X.509 certificate), the report must not call it valid.
import { describe, expect, it } from 'vitest';
import { CLAIMS, inspectAt, part, row } from '$lib/testing/fixtures';
import { encodeTlv, TAG } from './der';
import { EDWARDS_CURVES } from './edwards-checks';
import { isUsable, readKey } from './read-key';

const curve = EDWARDS_CURVES.Ed25519;

/** The canonical encoding of y with the sign of x cleared (RFC 8032 §5.1.2). */
function encodeY(y: bigint): Buffer {
	return Buffer.from(y.toString(16).padStart(64, '0'), 'hex').reverse();
}

const seq = (...parts: Uint8Array[]) => encodeTlv(TAG.sequence, Buffer.concat(parts));
const ED25519_ALGORITHM = seq(encodeTlv(TAG.oid, Buffer.from('2b6570', 'hex')));

function spki(x: Uint8Array): Uint8Array {
	return seq(ED25519_ALGORITHM, encodeTlv(TAG.bitString, Buffer.concat([Buffer.from([0]), x])));
}

/** A self-issued X.509 certificate (RFC 5280 §4.1) carrying the key; its own signature is never checked here. */
function certificate(x: Uint8Array): Uint8Array {
	const name = seq(
		encodeTlv(
			TAG.set,
			seq(
				encodeTlv(TAG.oid, Buffer.from('550403', 'hex')),
				encodeTlv(TAG.utf8String, Buffer.from('small'))
			)
		)
	);
	const time = (text: string) => encodeTlv(TAG.utcTime, Buffer.from(text));
	const tbs = seq(
		encodeTlv(0xa0, encodeTlv(TAG.integer, Buffer.from([2]))),
		encodeTlv(TAG.integer, Buffer.from([1])),
		ED25519_ALGORITHM,
		name,
		seq(time('200101000000Z'), time('491231235959Z')),
		name,
		spki(x)
	);
	return seq(tbs, ED25519_ALGORITHM, encodeTlv(TAG.bitString, Buffer.alloc(65)));
}

const pem = (label: string, der: Uint8Array) =>
	`-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64')}\n-----END ${label}-----\n`;

/** An EdDSA token "signed" with R = the identity point (y = 1) and S = 0: no private key was used. */
function forged(claims: Record<string, unknown> = CLAIMS): string {
	const input = `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part(claims)}`;
	return `${input}.${Buffer.concat([encodeY(1n), Buffer.alloc(32)]).toString('base64url')}`;
}

const forms: Array<[string, (x: Uint8Array) => string]> = [
	[
		'a JWK',
		(x) => JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: Buffer.from(x).toString('base64url') })
	],
	[
		'a JWKS',
		(x) =>
			JSON.stringify({
				keys: [{ kty: 'OKP', crv: 'Ed25519', x: Buffer.from(x).toString('base64url') }]
			})
	],
	['an SPKI PEM', (x) => pem('PUBLIC KEY', spki(x))],
	['base64 SPKI DER', (x) => Buffer.from(spki(x)).toString('base64')],
	['hex SPKI DER', (x) => Buffer.from(spki(x)).toString('hex')],
	['an X.509 certificate', (x) => pem('CERTIFICATE', certificate(x))],
	['base64 certificate DER', (x) => Buffer.from(certificate(x)).toString('base64')]
];

describe('an Ed25519 key of small order', () => {
	it.each(forms)('never lets R = identity, S = 0 pass, in %s', async (_, form) => {
		for (const [y] of curve.smallOrder) {
			const key = form(encodeY(y));
			// For A = identity the forgery verifies for every token; for the others [k]A is the identity for
			// one k in 2, 4 or 8, so a few payloads find one.
			for (let attempt = 0; attempt < 8; attempt++) {
				const report = await inspectAt({
					token: forged({ ...CLAIMS, jti: `try-${attempt}` }),
					key
				});
				expect(report.verdict, `y=${y} attempt ${attempt}`).not.toBe('valid');
				expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.small-order' });
			}
		}
	});

	it('is refused before any signature is tried', async () => {
		const report = await inspectAt({ token: forged(), key: forms[0]![1](encodeY(1n)) });
		expect(report.signature.attempted).toBe(false);
		expect(row(report, 'signature').status).not.toBe('pass');
	});
});

describe('an Ed448 key of small order', () => {
	it.each(EDWARDS_CURVES.Ed448.smallOrder.map(([y, order]) => [order, y] as const))(
		'is refused as small-order: the point of order %i',
		(_, y) => {
			const x = Buffer.from(y.toString(16).padStart(114, '0'), 'hex')
				.reverse()
				.toString('base64url');
			const read = readKey(JSON.stringify({ kty: 'OKP', crv: 'Ed448', x }));
			expect(isUsable(read.candidates[0]!)).toBe(false);
			expect(read.view.keys[0]!.problems.map((p) => p.code)).toContain('key.small-order');
		}
	);
});
