// Private keys in PEM for decryption: PKCS #8 (RFC 5208 / RFC 5958) as it is, and the two older forms OpenSSL
// still writes, PKCS #1 "RSA PRIVATE KEY" (RFC 8017 §A.1.2) and SEC1 "EC PRIVATE KEY" (RFC 5915 §3), wrapped
// into PKCS #8 by ASN.1 (jose imports only PKCS #8). Malformed DER raises DerError, which the reader reports.
import { DerError, TAG, children, encodeTlv, expectTlv, oidHex } from '../keys/der';
import { CURVES, OID } from '../keys/oids';

/** A private key as PKCS #8 DER, with the key type (and curve) its algorithm identifier names. */
export interface Pkcs8Key {
	der: Uint8Array;
	kty: 'RSA' | 'EC' | 'OKP';
	crv?: string;
}

const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};
const oid = (hex: string) =>
	encodeTlv(TAG.oid, Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))));
const VERSION_0 = encodeTlv(TAG.integer, Uint8Array.of(0));

/** PrivateKeyInfo (RFC 5958 §2): version 0, the algorithm identifier, and the key in an OCTET STRING. */
function privateKeyInfo(algorithm: Uint8Array, key: Uint8Array): Uint8Array {
	return encodeTlv(
		TAG.sequence,
		concat(VERSION_0, encodeTlv(TAG.sequence, algorithm), encodeTlv(TAG.octetString, key))
	);
}

/** Reads PKCS #8 DER: which key type its algorithm identifier names (RSA, EC with its curve, X25519). */
export function readPkcs8(der: Uint8Array): Pkcs8Key {
	const top = expectTlv(der, 0, TAG.sequence);
	const [, algorithm] = children(der, top);
	if (!algorithm || algorithm.tag !== TAG.sequence) throw new DerError('no algorithm identifier');
	const [id, params] = children(der, algorithm);
	const name = oidHex(der, id!);
	if (name === OID.rsaEncryption) return { der, kty: 'RSA' };
	if (name === OID.ecPublicKey) {
		const curve = params && params.tag === TAG.oid ? CURVES[oidHex(der, params)] : undefined;
		if (!curve) throw new DerError('an EC key on a curve JWE does not use');
		return { der, kty: 'EC', crv: curve.crv };
	}
	if (name === OID.x25519) return { der, kty: 'OKP', crv: 'X25519' };
	throw new DerError('a key type that JWE does not decrypt with (RSA, EC P-256/384/521 or X25519)');
}

/** Wraps a PKCS #1 RSAPrivateKey into PKCS #8: algorithm rsaEncryption with NULL parameters (RFC 8017 §A.1). */
export function pkcs8FromPkcs1(der: Uint8Array): Pkcs8Key {
	expectTlv(der, 0, TAG.sequence);
	const algorithm = concat(oid(OID.rsaEncryption), Uint8Array.of(TAG.null, 0));
	return { der: privateKeyInfo(algorithm, der), kty: 'RSA' };
}

/**
 * Wraps a SEC1 ECPrivateKey into PKCS #8: algorithm id-ecPublicKey with the curve its [0] parameters name
 * (RFC 5915 §3, RFC 5480 §2.1.1). The curve must be there: SEC1 lets it be left out, PKCS #8 does not.
 */
export function pkcs8FromSec1(der: Uint8Array): Pkcs8Key {
	const top = expectTlv(der, 0, TAG.sequence);
	const parts = children(der, top);
	const params = parts.find((p) => p.tag === 0xa0);
	if (!params) throw new DerError('no curve named in the EC private key');
	const curveOid = expectTlv(der, params.contentStart, TAG.oid, params.end);
	const hex = oidHex(der, curveOid);
	const curve = CURVES[hex];
	if (!curve) throw new DerError('an EC key on a curve JWE does not use');
	const algorithm = concat(oid(OID.ecPublicKey), oid(hex));
	return { der: privateKeyInfo(algorithm, der), kty: 'EC', crv: curve.crv };
}
