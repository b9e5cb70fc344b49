// Public keys in DER, as PEM carries them: SubjectPublicKeyInfo (RFC 5280 §4.1.2.7), PKCS #1 RSAPublicKey
// (RFC 8017 §A.1.1) and X.509 certificates (RFC 5280 §4.1). Each becomes a public JWK (RFC 7517), the one
// form the rest of the inspector works with.
import type { CertificateView } from '../types';
import { encodeBase64url } from '../token/base64url';
import {
	children,
	contentOf,
	DerError,
	expectTlv,
	oidHex,
	readTlv,
	TAG,
	unsignedInteger,
	type Tlv
} from './der';
import { CURVES, OID } from './oids';

/** A public JWK as read from DER: only the members that describe the public key. */
export type PublicJwk = Record<string, string>;

/** Reads a SubjectPublicKeyInfo into a public JWK. */
export function jwkFromSpki(der: Uint8Array, at = 0, limit = der.length): PublicJwk {
	const spki = expectTlv(der, at, TAG.sequence, limit);
	const [algorithm, key] = children(der, spki);
	if (!algorithm || !key || algorithm.tag !== TAG.sequence || key.tag !== TAG.bitString) {
		throw new DerError('this is not a SubjectPublicKeyInfo');
	}
	const [algOid, params] = children(der, algorithm);
	if (!algOid) throw new DerError('the key algorithm is missing');
	const alg = oidHex(der, algOid);
	const bits = contentOf(der, key);
	if (bits[0] !== 0) throw new DerError('the key bit string has unused bits');
	const keyBytes = bits.subarray(1);

	if (alg === OID.rsaEncryption || alg === OID.rsassaPss) return jwkFromPkcs1(keyBytes);
	if (alg === OID.ecPublicKey) {
		if (!params || params.tag !== TAG.oid) throw new DerError('the EC key names no curve');
		const curve = CURVES[oidHex(der, params)];
		if (!curve)
			throw new UnsupportedKey(
				'an EC key on a curve JWS does not use (JWS uses P-256, P-384 and P-521)'
			);
		if (keyBytes[0] === 0x02 || keyBytes[0] === 0x03) {
			throw new UnsupportedKey(
				'an EC key with a compressed point; export it uncompressed (openssl ec -pubin -conv_form uncompressed)'
			);
		}
		if (keyBytes[0] !== 0x04 || keyBytes.length !== 1 + 2 * curve.size) {
			throw new DerError(`the ${curve.crv} point has the wrong length`);
		}
		return {
			kty: 'EC',
			crv: curve.crv,
			x: encodeBase64url(keyBytes.subarray(1, 1 + curve.size)),
			y: encodeBase64url(keyBytes.subarray(1 + curve.size))
		};
	}
	if (alg === OID.ed25519) {
		if (keyBytes.length !== 32) throw new DerError('an Ed25519 key must be 32 bytes');
		return { kty: 'OKP', crv: 'Ed25519', x: encodeBase64url(keyBytes) };
	}
	if (alg === OID.ed448) return { kty: 'OKP', crv: 'Ed448', x: encodeBase64url(keyBytes) };
	if (alg === OID.x25519)
		throw new UnsupportedKey('an X25519 key, which is for key agreement (JWE), not for signatures');
	throw new UnsupportedKey('a public key of a type JWS does not use');
}

/** Reads a PKCS #1 RSAPublicKey ("BEGIN RSA PUBLIC KEY") into a public JWK. */
export function jwkFromPkcs1(der: Uint8Array): PublicJwk {
	const sequence = expectTlv(der, 0, TAG.sequence);
	const [n, e] = children(der, sequence);
	if (!n || !e || n.tag !== TAG.integer || e.tag !== TAG.integer)
		throw new DerError('this is not an RSA public key');
	return {
		kty: 'RSA',
		n: encodeBase64url(unsignedInteger(der, n)),
		e: encodeBase64url(unsignedInteger(der, e))
	};
}

/** A key that is well formed but cannot verify a JWS here; the message says why in plain words. */
export class UnsupportedKey extends Error {}

/** Reads an X.509 certificate: its public key as a JWK, and who it is for and until when. */
export function readCertificate(der: Uint8Array): { jwk: PublicJwk; certificate: CertificateView } {
	const cert = expectTlv(der, 0, TAG.sequence);
	const tbs = expectTlv(der, cert.contentStart, TAG.sequence, cert.end);
	const fields = children(der, tbs);
	// The version is an explicit [0] tag, present for v2 and v3 certificates.
	const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
	const [, , issuer, validity, subject, spki] = rest;
	if (!issuer || !validity || !subject || !spki)
		throw new DerError('this is not an X.509 certificate');
	const [notBefore, notAfter] = children(der, validity);
	return {
		jwk: jwkFromSpki(der, spki.start, spki.end),
		certificate: {
			subject: readName(der, subject),
			issuer: readName(der, issuer),
			...(notBefore ? { notBefore: readTime(der, notBefore) } : {}),
			...(notAfter ? { notAfter: readTime(der, notAfter) } : {})
		}
	};
}

const NAME_LABELS: Record<string, string> = {
	[OID.commonName]: 'CN',
	[OID.organizationalUnit]: 'OU',
	[OID.organization]: 'O',
	[OID.country]: 'C'
};

function readName(der: Uint8Array, name: Tlv): string {
	const parts: string[] = [];
	for (const rdn of children(der, name)) {
		for (const attribute of children(der, rdn)) {
			const [type, value] = children(der, attribute);
			if (!type || !value) continue;
			const label = NAME_LABELS[oidHex(der, type)];
			if (label) parts.push(`${label}=${readString(der, value)}`);
		}
	}
	// Most specific first, as people read a certificate's name.
	return parts.sort((a, b) => order(a) - order(b)).join(', ') || '(no name)';
}

function order(part: string): number {
	return ['CN', 'OU', 'O', 'C'].indexOf(part.slice(0, part.indexOf('=')));
}

function readString(der: Uint8Array, tlv: Tlv): string {
	const bytes = contentOf(der, tlv);
	if (tlv.tag === TAG.bmpString) {
		let out = '';
		for (let i = 0; i + 1 < bytes.length; i += 2)
			out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
		return out;
	}
	return new TextDecoder().decode(bytes);
}

function readTime(der: Uint8Array, tlv: Tlv): string {
	const text = new TextDecoder().decode(contentOf(der, tlv));
	// UTCTime YYMMDDHHMMSSZ (years 1950–2049, RFC 5280 §4.1.2.5.1) or GeneralizedTime YYYYMMDDHHMMSSZ.
	const match =
		tlv.tag === TAG.utcTime
			? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
			: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
	if (!match) throw new DerError('a certificate date is malformed');
	let year = Number(match[1]);
	if (tlv.tag === TAG.utcTime) year += year < 50 ? 2000 : 1900;
	return `${String(year).padStart(4, '0')}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`;
}

/** Reads the first element's tag, so callers can tell a certificate from a bare key. */
export function peekTag(der: Uint8Array): number | undefined {
	try {
		return readTlv(der, 0).tag;
	} catch {
		return undefined;
	}
}
