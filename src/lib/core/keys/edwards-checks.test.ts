// The Edwards-key refusals checked against the curves themselves: an independent BigInt model of edwards25519
// and edwards448 (RFC 8032 §5.1, §5.2) derives every point of small order, and decodes keys as §5.1.3 and
// §5.2.3 say, so the table in edwards-checks.ts is proven rather than copied.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDWARDS_CURVES, assessEdwards } from './edwards-checks';

type Crv = 'Ed25519' | 'Ed448';
type Point = readonly [x: bigint, y: bigint];

/** The curves' parameters, written out from RFC 8032 rather than taken from the module under test. */
const MODEL = {
	Ed25519: {
		p: 2n ** 255n - 19n,
		a: -1n,
		d: 37095705934669439343138083508754565189542113879843219016388785533085940283555n,
		// The order of the base point (RFC 8032 §5.1: L), and the cofactor: the curve has 8·L points.
		L: 2n ** 252n + 27742317777372353535851937790883648493n,
		cofactor: 8,
		bytes: 32
	},
	Ed448: {
		p: 2n ** 448n - 2n ** 224n - 1n,
		a: 1n,
		d: 2n ** 448n - 2n ** 224n - 1n - 39081n,
		L: 2n ** 446n - 13818066809895115352007386748515426880336692474882178609894547503885n,
		cofactor: 4,
		bytes: 57
	}
} as const;

const mod = (v: bigint, m: bigint) => ((v % m) + m) % m;
function pow(b: bigint, e: bigint, m: bigint): bigint {
	let r = 1n;
	for (b = mod(b, m); e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
	return r;
}
const inv = (v: bigint, p: bigint) => pow(v, p - 2n, p);

/** The complete twisted Edwards addition law (RFC 8032 §5.1.4, §5.2.4), in affine coordinates. */
function add(crv: Crv, [x1, y1]: Point, [x2, y2]: Point): Point {
	const { p, a, d } = MODEL[crv];
	const t = (d * x1 * x2 * y1 * y2) % p;
	return [
		mod((x1 * y2 + y1 * x2) * inv(1n + t, p), p),
		mod((y1 * y2 - a * x1 * x2) * inv(mod(1n - t, p), p), p)
	];
}

function times(crv: Crv, k: bigint, point: Point): Point {
	let result: Point = [0n, 1n];
	for (let q = point; k > 0n; k >>= 1n, q = add(crv, q, q))
		if (k & 1n) result = add(crv, result, q);
	return result;
}

const isIdentity = ([x, y]: Point) => x === 0n && y === 1n;

/** Decodes a key as RFC 8032 §5.1.3 / §5.2.3 say; undefined where decoding fails. */
function decode(crv: Crv, bytes: Uint8Array): Point | undefined {
	const { p, a, d } = MODEL[crv];
	const whole = BigInt('0x0' + Buffer.from(bytes).reverse().toString('hex'));
	const top = BigInt(MODEL[crv].bytes * 8 - 1);
	const sign = (whole >> top) & 1n;
	const y = whole & ((1n << top) - 1n);
	if (y >= p) return undefined;
	const u = mod(y * y - 1n, p);
	const v = mod(d * y * y - a, p);
	let x: bigint;
	if (crv === 'Ed25519') {
		x = (u * pow(v, 3n, p) * pow(u * pow(v, 7n, p), (p - 5n) / 8n, p)) % p;
		if (mod(v * x * x - u, p) !== 0n) {
			if (mod(v * x * x + u, p) !== 0n) return undefined;
			x = (x * pow(2n, (p - 1n) / 4n, p)) % p;
		}
	} else {
		x = (pow(u, 3n, p) * v * pow(pow(u, 5n, p) * pow(v, 3n, p), (p - 3n) / 4n, p)) % p;
		if (mod(v * x * x - u, p) !== 0n) return undefined;
	}
	if (x === 0n && sign === 1n) return undefined;
	if ((x & 1n) !== sign) x = p - x;
	return [x, y];
}

function encode(crv: Crv, y: bigint, sign: 0 | 1): Uint8Array {
	const bytes = MODEL[crv].bytes;
	const whole = y | (BigInt(sign) << BigInt(bytes * 8 - 1));
	return Uint8Array.from(Buffer.from(whole.toString(16).padStart(bytes * 2, '0'), 'hex').reverse());
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * Every point of order dividing the cofactor h. The curve has h·L points with L prime, so these points are
 * the one subgroup of order h, and [L]Q lands in it for every point Q: multiples of one [L]Q of order h are
 * all of them.
 */
function smallOrderPoints(crv: Crv): Array<{ point: Point; order: number }> {
	const { L, cofactor } = MODEL[crv];
	for (let y = 2n; ; y++) {
		const q = decode(crv, encode(crv, y, 0));
		if (!q) continue;
		const t = times(crv, L, q);
		const multiples: Point[] = [[0n, 1n]];
		for (let m = t; !isIdentity(m); m = add(crv, m, t)) multiples.push(m);
		if (multiples.length !== cofactor) continue;
		return multiples.map((point) => {
			let order = 1;
			for (let m = point; !isIdentity(m); m = add(crv, m, point)) order++;
			return { point, order };
		});
	}
}

/** What the model says of a key: refused when it does not decode, or decodes to a point of small order. */
function modelRefuses(crv: Crv, bytes: Uint8Array): boolean {
	const point = decode(crv, bytes);
	return !point || isIdentity(times(crv, BigInt(MODEL[crv].cofactor), point));
}

const CURVES: Crv[] = ['Ed25519', 'Ed448'];
const derived = Object.fromEntries(CURVES.map((crv) => [crv, smallOrderPoints(crv)])) as Record<
	Crv,
	ReturnType<typeof smallOrderPoints>
>;

describe.each(CURVES)('%s public keys', (crv) => {
	const curve = EDWARDS_CURVES[crv];

	it('uses the curve constants of RFC 8032', () => {
		expect(curve.p).toBe(MODEL[crv].p);
		expect(mod(curve.d, curve.p)).toBe(MODEL[crv].d);
		expect(mod(curve.a, curve.p)).toBe(mod(MODEL[crv].a, MODEL[crv].p));
		expect(curve.bytes).toBe(MODEL[crv].bytes);
	});

	it('lists exactly the y of every small-order point, with its order', () => {
		expect(derived[crv]).toHaveLength(MODEL[crv].cofactor);
		const fromCurve = new Map(derived[crv].map(({ point, order }) => [point[1], order]));
		expect(new Map(curve.smallOrder)).toEqual(fromCurve);
	});

	it('refuses every encoding of a small-order point, canonical or not', () => {
		for (const { point } of derived[crv]) {
			const canonical = encode(crv, point[1], Number(point[0] & 1n) as 0 | 1);
			expect(modelRefuses(crv, canonical)).toBe(true);
			expect(assessEdwards(crv, b64url(canonical)).problems[0]?.code).toBe('key.small-order');
		}
		// Both signs of x for each y (one is the x = 0 "negative zero" of §5.1.3 step 4 for y = ±1), and y + p
		// where it still fits: all fail to decode or name a small-order point, and all are refused.
		for (const [y] of curve.smallOrder) {
			for (const value of [y, y + curve.p]) {
				if (value >= 1n << BigInt(curve.bytes * 8 - 1)) continue;
				for (const sign of [0, 1] as const) {
					const bytes = encode(crv, value, sign);
					expect(modelRefuses(crv, bytes)).toBe(true);
					expect(assessEdwards(crv, b64url(bytes)).problems[0]?.code).toBe('key.small-order');
				}
			}
		}
	});

	it('refuses y >= p as non-canonical', () => {
		const top = 1n << BigInt(curve.bytes * 8 - 1);
		for (const y of [curve.p + 2n, curve.p + 7n, top - 1n]) {
			const bytes = encode(crv, y, 0);
			expect(decode(crv, bytes)).toBeUndefined();
			expect(assessEdwards(crv, b64url(bytes)).problems[0]?.code).toBe('key.non-canonical');
		}
	});

	it('accepts freshly generated keys', () => {
		const type = crv === 'Ed25519' ? 'ed25519' : 'ed448';
		for (let i = 0; i < 100; i++) {
			const { x } = generateKeyPairSync(type as 'ed25519').publicKey.export({ format: 'jwk' });
			expect(assessEdwards(crv, x!).problems).toEqual([]);
		}
	});

	it('refuses random bytes exactly when RFC 8032 decoding would (or finds small order)', () => {
		const bytes = fc.uint8Array({ minLength: curve.bytes, maxLength: curve.bytes });
		// Random bytes almost never hit a small-order point: mix in near-misses of the listed y values.
		const near = fc
			.tuple(fc.constantFrom(...curve.smallOrder.map(([y]) => y)), fc.integer({ min: -3, max: 3 }))
			.map(([y, delta]) => encode(crv, mod(y + BigInt(delta), curve.p), 0));
		fc.assert(
			fc.property(fc.oneof(bytes, near), (key) => {
				const refused = assessEdwards(crv, b64url(key)).problems.length > 0;
				expect(refused).toBe(modelRefuses(crv, key));
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses a key of the wrong length', () => {
		const short = new Uint8Array(curve.bytes - 1).fill(7);
		expect(assessEdwards(crv, b64url(short)).problems[0]?.code).toBe('key.okp-length');
	});
});
