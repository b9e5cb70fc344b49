// A public key's raw numbers typed as an HMAC secret: an EC point 04‖X‖Y or an RSA modulus copied out of a JWK
// or a tool's output. They are public, so a MAC keyed with them can be computed by anyone (RFC 8725 §2.1):
// the token may well verify, and that is the problem. Only what can be told apart from a random secret is
// flagged: an EC point is checked on its curve (a random string passes with odds of 2^-256), and a modulus is
// recognised by its shape, which random bytes share now and then, so it is worded as a likelihood.
import type { KeyReadingCode } from './key-codes';

/** A warning about a secret that is a public key's raw material, or undefined. */
export function rawPublicKeyFinding(
	text: string,
	bytes: Uint8Array
): { code: KeyReadingCode; message: string } | undefined {
	const compact = text.trim();
	// The longest form looked for is a P-521 point in hex (266 characters) or a 4096-bit modulus (683).
	if (compact.length > 1024) return undefined;
	for (const candidate of [bytes, ...decodings(compact)]) {
		const curve = ecPointCurve(candidate);
		if (curve)
			return {
				code: 'key.secret-is-ec-point',
				message: `This secret is an uncompressed ${curve} point (04, then X and Y, on the curve): the raw public key of an EC key, which anyone can read. An HMAC keyed with it can be computed by anyone, so tokens MACed with it can be forged. Verify ES tokens with the issuer's public key as a JWK or PEM instead.`
			};
	}
	const bits = modulusBits(compact);
	if (bits)
		return {
			code: 'key.secret-is-rsa-modulus',
			message: `This secret looks like an RSA modulus ("n" of a ${bits}-bit key: base64url, top bit set, odd, no small factors). A modulus is public: an HMAC keyed with it can be computed by anyone. Verify RS or PS tokens with the whole public key (a JWK with "n" and "e", or PEM). If this is a random secret, ignore this.`
		};
	return undefined;
}

function decodings(text: string): Uint8Array[] {
	const out: Uint8Array[] = [];
	if (/^[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0) out.push(hexBytes(text));
	if (/^[A-Za-z0-9+/]+={0,2}$/.test(text)) out.push(base64Bytes(text));
	if (/^[A-Za-z0-9_-]+$/.test(text))
		out.push(base64Bytes(text.replace(/-/g, '+').replace(/_/g, '/')));
	return out;
}

// SEC 1 §2.3.3 uncompressed points, on the NIST curves of JWS (RFC 7518 §6.2.1.1): y² = x³ − 3x + b (mod p),
// with constants from FIPS 186-4 §D.1.2.
const NIST_CURVES: Array<{ crv: string; size: number; p: bigint; b: bigint }> = [
	{
		crv: 'P-256',
		size: 32,
		p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
		b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
	},
	{
		crv: 'P-384',
		size: 48,
		p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
		b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn
	},
	{
		crv: 'P-521',
		size: 66,
		p: 2n ** 521n - 1n,
		b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n
	}
];

/** The curve an uncompressed point 04‖X‖Y lies on, if the bytes are one. */
export function ecPointCurve(bytes: Uint8Array): string | undefined {
	if (bytes[0] !== 0x04) return undefined;
	const curve = NIST_CURVES.find((c) => bytes.length === 1 + 2 * c.size);
	if (!curve) return undefined;
	const x = bigEndian(bytes.subarray(1, 1 + curve.size));
	const y = bigEndian(bytes.subarray(1 + curve.size));
	const { p, b } = curve;
	if (x >= p || y >= p) return undefined;
	const right = (((x * x) % p) * x - 3n * x + b) % p;
	return (y * y - right) % p === 0n ? curve.crv : undefined;
}

// The moduli of RSA keys of 2048, 3072 and 4096 bits, as JWK "n" writes them (RFC 7518 §6.3.1.1).
const MODULUS_BYTES = [256, 384, 512];
const SMALL_PRIMES: bigint[] = [];
for (let n = 3; n < 1000; n += 2)
	if (SMALL_PRIMES.every((q) => BigInt(n) % q !== 0n)) SMALL_PRIMES.push(BigInt(n));

/**
 * The bits of the RSA modulus that base64url text has the shape of: exactly 256, 384 or 512 bytes, the top bit
 * set, odd, and without a prime factor below 1000 (n = p·q with p, q large). About 1 in 25 random strings of
 * those sizes has that shape too, which is why the warning says "looks like".
 */
function modulusBits(text: string): number | undefined {
	if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
	const bytes = base64Bytes(text.replace(/-/g, '+').replace(/_/g, '/'));
	if (!MODULUS_BYTES.includes(bytes.length) || !(bytes[0]! & 0x80) || !(bytes.at(-1)! & 1))
		return undefined;
	const n = bigEndian(bytes);
	return SMALL_PRIMES.every((q) => n % q !== 0n) ? bytes.length * 8 : undefined;
}

function bigEndian(bytes: Uint8Array): bigint {
	let hex = '0x0';
	for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
	return BigInt(hex);
}

function hexBytes(text: string): Uint8Array {
	const out = new Uint8Array(text.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
	return out;
}

function base64Bytes(text: string): Uint8Array {
	const bare = text.replace(/=+$/, '');
	if (bare.length % 4 === 1) return new Uint8Array(0);
	const binary = atob(bare.padEnd(Math.ceil(bare.length / 4) * 4, '='));
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}
