// Public keys in DER become public JWKs; certificates give their key, names and dates. Checked against the JWKs
// jose minted for the fixtures, against keys Node generates, and against hand-built DER for the edge cases.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DerError, TAG, encodeTlv } from './der';
import { CURVES, OID } from './oids';
import { readPemBlocks } from './pem';
import {
	UnsupportedKey,
	jwkFromPkcs1,
	jwkFromSpki,
	peekTag,
	readCertificate
} from './public-key-der';
import { fixture, keyText, type KeyName } from '$lib/testing/fixtures';

const derOf = (pem: string) => readPemBlocks(pem)[0]!.der!;
const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));
const seq = (...parts: Uint8Array[]) => encodeTlv(TAG.sequence, concat(...parts));
const oid = (hex: string) => encodeTlv(TAG.oid, hexBytes(hex));
const bitString = (bytes: Uint8Array, unused = 0) =>
	encodeTlv(TAG.bitString, concat(Uint8Array.of(unused), bytes));
function concat(...parts: Uint8Array[]): Uint8Array {
	return Uint8Array.from(parts.flatMap((p) => Array.from(p)));
}
const material = (name: KeyName) => {
	const {
		kid: _kid,
		alg: _alg,
		use: _use,
		...rest
	} = fixture(name).publicJwk as Record<string, string>;
	return rest;
};

describe('jwkFromSpki', () => {
	it.each(['rs256', 'ps256', 'es256', 'es384', 'es512', 'eddsa'] as const)(
		'reads the %s public key into the JWK jose minted',
		(name) => {
			expect(jwkFromSpki(derOf(keyText(name, 'pem')))).toEqual(material(name));
		}
	);

	it('reads an RSA-PSS (rsassa-pss OID) key as RSA', () => {
		const { publicKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
		const der = publicKey.export({ format: 'der', type: 'spki' });
		const jwk = jwkFromSpki(der);
		expect(jwk).toMatchObject({ kty: 'RSA', e: 'AQAB' });
		expect(Buffer.from(jwk.n!, 'base64url')).toHaveLength(256);
	});

	it('reads a secp256k1 key (which the key reader then marks unsupported)', () => {
		const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
		expect(jwkFromSpki(publicKey.export({ format: 'der', type: 'spki' }))).toEqual(
			publicKey.export({ format: 'jwk' })
		);
	});

	it('reads an Ed448 key (which the key reader then marks unsupported)', () => {
		const { publicKey } = generateKeyPairSync('ed448');
		expect(jwkFromSpki(publicKey.export({ format: 'der', type: 'spki' }))).toMatchObject({
			kty: 'OKP',
			crv: 'Ed448'
		});
	});

	it.each([
		['an X25519 key', () => generateKeyPairSync('x25519').publicKey, /key agreement/],
		[
			'an EC key on P-224',
			() => generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).publicKey,
			/curve JWS does not use/
		],
		[
			'a DSA key',
			() => generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey,
			/type JWS does not use/
		]
	])('refuses %s as unsupported', (_, make, message) => {
		const der = make().export({ format: 'der', type: 'spki' });
		expect(() => jwkFromSpki(der)).toThrow(UnsupportedKey);
		expect(() => jwkFromSpki(der)).toThrow(message);
	});

	it('refuses a compressed EC point, saying how to export it uncompressed', () => {
		const { x, y } = material('es256');
		const yOdd = Buffer.from(y!, 'base64url').at(-1)! & 1;
		const point = concat(Uint8Array.of(0x02 | yOdd), Buffer.from(x!, 'base64url'));
		const der = seq(seq(oid(OID.ecPublicKey), oid(OID.p256)), bitString(point));
		expect(() => jwkFromSpki(der)).toThrow(UnsupportedKey);
		expect(() => jwkFromSpki(der)).toThrow(/uncompressed/);
	});

	it.each([
		[
			'an EC point of the wrong length',
			seq(seq(oid(OID.ecPublicKey), oid(OID.p256)), bitString(new Uint8Array(64).fill(4))),
			/wrong length/
		],
		[
			'an EC key that names no curve',
			seq(seq(oid(OID.ecPublicKey)), bitString(new Uint8Array(65).fill(4))),
			/names no curve/
		],
		[
			'an Ed25519 key of 31 bytes',
			seq(seq(oid(OID.ed25519)), bitString(new Uint8Array(31))),
			/32 bytes/
		],
		[
			'a bit string with unused bits',
			seq(seq(oid(OID.ed25519)), bitString(new Uint8Array(32), 3)),
			/unused bits/
		],
		[
			'a sequence that is not a SubjectPublicKeyInfo',
			seq(oid(OID.ed25519)),
			/not a SubjectPublicKeyInfo/
		]
	])('refuses %s as malformed', (_, der, message) => {
		expect(() => jwkFromSpki(der)).toThrow(DerError);
		expect(() => jwkFromSpki(der)).toThrow(message);
	});

	it('knows the coordinate size of every curve it names', () => {
		expect(Object.values(CURVES).map((c) => [c.crv, c.size])).toEqual([
			['P-256', 32],
			['P-384', 48],
			['P-521', 66],
			['secp256k1', 32]
		]);
	});
});

describe('jwkFromPkcs1', () => {
	it('reads an RSA PUBLIC KEY into the same JWK as its SubjectPublicKeyInfo', () => {
		expect(jwkFromPkcs1(derOf(keyText('rs256', 'pkcs1')))).toEqual(material('rs256'));
	});

	it('refuses a sequence that is not two integers', () => {
		expect(() => jwkFromPkcs1(seq(encodeTlv(TAG.integer, Uint8Array.of(1))))).toThrow(DerError);
	});
});

describe('readCertificate', () => {
	it('reads the fixture certificate: key, subject, issuer and dates', () => {
		const { jwk, certificate } = readCertificate(derOf(keyText('rs256', 'certificate')));
		expect(jwk).toEqual(material('rs256'));
		expect(certificate.subject).toBe('CN=issuer.example, O=Fixture Issuer');
		expect(certificate.notAfter).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	// A minimal hand-built certificate, to reach what the fixtures do not: both time types, the 1950–2049
	// rule for UTCTime, BMPString names, name order, and a v1 certificate without the [0] version.
	const name = (...attributes: Array<[string, number, Uint8Array]>) =>
		seq(
			...attributes.map(([type, tag, value]) =>
				encodeTlv(TAG.set, seq(oid(type), encodeTlv(tag, value)))
			)
		);
	const text = (s: string) => new TextEncoder().encode(s);
	const bmp = (s: string) => Uint8Array.from([...s].flatMap((c) => [0, c.charCodeAt(0)]));
	const spki = derOf(keyText('es256', 'pem'));
	function certificate(options: { version: boolean; notBefore: Uint8Array; notAfter: Uint8Array }) {
		const tbs = seq(
			...(options.version ? [encodeTlv(0xa0, encodeTlv(TAG.integer, Uint8Array.of(2)))] : []),
			encodeTlv(TAG.integer, Uint8Array.of(1)),
			seq(oid('2a8648ce3d040302')),
			name([OID.commonName, TAG.utf8String, text('Root CA')]),
			seq(options.notBefore, options.notAfter),
			name(
				[OID.country, TAG.printableString, text('FR')],
				[OID.organization, TAG.utf8String, text('Exemple SA')],
				[OID.commonName, TAG.bmpString, bmp('api.exemple')]
			),
			spki
		);
		return seq(tbs, seq(oid('2a8648ce3d040302')), bitString(new Uint8Array(8)));
	}

	it.each([true, false])('reads names and both time types (version field: %s)', (version) => {
		const der = certificate({
			version,
			notBefore: encodeTlv(TAG.utcTime, text('491231235959Z')),
			notAfter: encodeTlv(TAG.generalizedTime, text('20510101000000Z'))
		});
		const { jwk, certificate: view } = readCertificate(der);
		expect(jwk).toEqual(material('es256'));
		expect(view).toEqual({
			subject: 'CN=api.exemple, O=Exemple SA, C=FR',
			issuer: 'CN=Root CA',
			notBefore: '2049-12-31T23:59:59Z',
			notAfter: '2051-01-01T00:00:00Z'
		});
	});

	it('reads a UTCTime year of 50 as 1950', () => {
		const der = certificate({
			version: true,
			notBefore: encodeTlv(TAG.utcTime, text('500101000000Z')),
			notAfter: encodeTlv(TAG.utcTime, text('991231000000Z'))
		});
		expect(readCertificate(der).certificate.notBefore).toBe('1950-01-01T00:00:00Z');
	});

	it('refuses a malformed date', () => {
		const der = certificate({
			version: true,
			notBefore: encodeTlv(TAG.utcTime, text('2401011200Z')),
			notAfter: encodeTlv(TAG.utcTime, text('991231000000Z'))
		});
		expect(() => readCertificate(der)).toThrow(DerError);
	});

	it('refuses a SubjectPublicKeyInfo as a certificate', () => {
		expect(() => readCertificate(spki)).toThrow(DerError);
	});
});

describe('peekTag', () => {
	it('reads the first tag, or nothing from bytes that are not DER', () => {
		expect(peekTag(derOf(keyText('rs256', 'certificate')))).toBe(TAG.sequence);
		expect(peekTag(Uint8Array.of(0x30))).toBeUndefined();
	});
});
