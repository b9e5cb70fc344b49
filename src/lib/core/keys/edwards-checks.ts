// Edwards-curve public keys (Ed25519, Ed448; RFC 8032, RFC 8037) that no private key stands behind, refused as
// rsa-checks.ts refuses RSA e = 1. Verification (RFC 8032 §5.1.7, §5.2.7) checks [8][S]B = [8]R + [8][k]A, and
// when A has small order [8][k]A is the identity for every k: the "signature" R = identity, S = 0 then
// verifies for any token at all. Keys whose encoding is not canonical are refused too: RFC 8032 §5.1.3
// (§5.2.3) says decoding fails, but lenient libraries reduce them, so verifiers disagree about the key
// (Chalkias et al., "Taming the many EdDSAs", 2020; libsodium's has_small_order and is_canonical).
import { decodeBase64url } from '../token/base64url';
import type { KeyReadingCode } from './key-codes';

/** What is wrong with an Edwards public key, if anything. */
export interface EdwardsAssessment {
	problems: Array<{ code: KeyReadingCode; message: string }>;
}

interface EdwardsCurve {
	/** Encoded key length (RFC 8032 §5.1.2: 32 bytes; §5.2.2: 57 bytes). */
	bytes: number;
	/** Where the sign of x is kept: the top bit of the last byte. */
	signBit: number;
	p: bigint;
	/** The curve constant d; a is -1 for edwards25519 and 1 for edwards448 (RFC 8032 §5.1, §5.2). */
	d: bigint;
	a: bigint;
	/** The y of every point whose order divides the cofactor, with that order. */
	smallOrder: ReadonlyArray<readonly [y: bigint, order: number]>;
}

const P25519 = 2n ** 255n - 19n;
const P448 = 2n ** 448n - 2n ** 224n - 1n;
// The y of the two pairs of points of order 8 on edwards25519 (libsodium's blocklist; derived from the curve
// in edwards-checks.test.ts, which finds every point of order dividing 8 and compares).
const Y_ORDER_8 = 0x5fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n;

/** The curves, with their small-order points: 8 on edwards25519 (cofactor 8), 4 on edwards448 (cofactor 4). */
export const EDWARDS_CURVES: Record<'Ed25519' | 'Ed448', EdwardsCurve> = {
	Ed25519: {
		bytes: 32,
		signBit: 255,
		p: P25519,
		d: mod(-121665n * modPow(121666n, P25519 - 2n, P25519), P25519),
		a: -1n,
		// y = 1: the identity; y = -1: (0, -1), order 2; y = 0: (±√-1, 0), order 4; the rest: order 8.
		smallOrder: [
			[1n, 1],
			[P25519 - 1n, 2],
			[0n, 4],
			[Y_ORDER_8, 8],
			[P25519 - Y_ORDER_8, 8]
		]
	},
	Ed448: {
		bytes: 57,
		signBit: 455,
		p: P448,
		d: P448 - 39081n,
		a: 1n,
		// y = 1: the identity; y = -1: (0, -1), order 2; y = 0: (±1, 0), order 4.
		smallOrder: [
			[1n, 1],
			[P448 - 1n, 2],
			[0n, 4]
		]
	}
};

/** Judges an Ed25519 or Ed448 public key from its JWK member `x` (RFC 8037 §2). */
export function assessEdwards(crv: 'Ed25519' | 'Ed448', xText: string): EdwardsAssessment {
	const curve = EDWARDS_CURVES[crv];
	const bytes = decodeBase64url(xText).bytes;
	if (bytes.length !== curve.bytes) {
		return {
			problems: [
				{
					code: 'key.okp-length',
					message: `The ${crv} public key is ${bytes.length} byte${bytes.length === 1 ? '' : 's'}; an ${crv} key is ${curve.bytes} bytes (RFC 8032 §${crv === 'Ed25519' ? '5.1.2' : '5.2.2'}).`
				}
			]
		};
	}
	const y = yOf(curve, bytes);
	const reduced = y >= curve.p ? y - curve.p : y;
	const small = curve.smallOrder.find(([value]) => value === reduced);
	if (small) {
		const [, order] = small;
		return {
			problems: [
				{
					code: 'key.small-order',
					message: `This ${crv} public key is ${order === 1 ? 'the identity point' : `a point of order ${order}`}, not a real key: no private key belongs to it, and under it a forged signature (R = the identity point, S = 0) verifies for any token. RFC 8032 §${crv === 'Ed25519' ? '5.1.7' : '5.2.7'} verification cannot tell, so the key itself must be refused, as an RSA key with e = 1 is.`
				}
			]
		};
	}
	// RFC 8032 §5.1.3 step 1 (§5.2.3): "If the resulting value is >= p, decoding fails."
	if (y >= curve.p) {
		return {
			problems: [
				{
					code: 'key.non-canonical',
					message: `This ${crv} public key is not canonically encoded: its y coordinate is p or more, which RFC 8032 §${crv === 'Ed25519' ? '5.1.3' : '5.2.3'} says must fail to decode. Lenient verifiers reduce it and strict ones refuse it, so they disagree about which key this is.`
				}
			]
		};
	}
	// RFC 8032 §5.1.3 steps 2–3 (§5.2.3): x² = (y² − 1) / (d·y² − a) must have a square root, judged by Euler's
	// criterion on u·v, which is a square exactly when u / v is (v ≠ 0). Step 4 (x = 0 with its sign bit set)
	// needs no rule of its own: x = 0 only for y = ±1, points of small order refused above.
	const y2 = (y * y) % curve.p;
	const u = mod(y2 - 1n, curve.p);
	const v = mod(curve.d * y2 - curve.a, curve.p);
	const legendre = modPow((u * v) % curve.p, (curve.p - 1n) / 2n, curve.p);
	if (legendre !== 0n && legendre !== 1n) {
		return {
			problems: [
				{
					code: 'key.not-on-curve',
					message: `This is not an ${crv} public key: its bytes name no point on the curve (RFC 8032 §${crv === 'Ed25519' ? '5.1.3' : '5.2.3'}), so no signature can verify under it. Check that the whole key was copied, and that it is not an X25519 or X448 key.`
				}
			]
		};
	}
	return { problems: [] };
}

/** y from an encoded point: little-endian, with the top bit (the sign of x) cleared (RFC 8032 §5.1.3, §5.2.3). */
function yOf(curve: EdwardsCurve, bytes: Uint8Array): bigint {
	let hex = '0x0';
	for (let i = bytes.length - 1; i >= 0; i--) hex += bytes[i]!.toString(16).padStart(2, '0');
	const whole = BigInt(hex);
	return whole & ((1n << BigInt(curve.signBit)) - 1n);
}

function mod(value: bigint, m: bigint): bigint {
	const r = value % m;
	return r < 0n ? r + m : r;
}

function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
	let result = 1n;
	let b = mod(base, m);
	for (let e = exponent; e > 0n; e >>= 1n) {
		if (e & 1n) result = (result * b) % m;
		b = (b * b) % m;
	}
	return result;
}
