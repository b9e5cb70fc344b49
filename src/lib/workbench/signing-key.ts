// Reads the Signing key field for one algorithm: an HMAC secret in the encoding the user chose, or a private
// key (PEM PKCS #8, PKCS #1 or SEC1, or a private JWK). Anything that cannot sign with that algorithm is a
// refusal with a stable code and a sentence that says why; nothing is signed with a key that does not fit.
import { importJWK, importPKCS8, type CryptoKey } from 'jose';
import { ALGORITHMS, keyTypeWords } from '$lib/core/algorithms';
import { publicKeyInText, embeddedKeyRefusal, MAX_LAYERS } from '$lib/core/keys/confusion';
import { DerError, TAG, children, encodeTlv, expectTlv, oidHex } from '$lib/core/keys/der';
import { OID, CURVES } from '$lib/core/keys/oids';
import { readPemBlocks } from '$lib/core/keys/pem';
import { decodeSecret } from '$lib/core/keys/secret';
import { isJsonObject, readStrictJson } from '$lib/core/token/json';
import type { KeyEncoding } from '$lib/core/types';
import { quoted } from '$lib/core/text';
import type { SignFinding, SigningAlgorithm } from './codes';

/** A key jose can sign with, or the reason there is none. */
export type SigningKey =
	| { ok: true; key: CryptoKey | Uint8Array; secret?: Uint8Array }
	| { ok: false; finding: SignFinding };

const refuse = (code: SignFinding['code'], message: string): SigningKey => ({
	ok: false,
	finding: { code, severity: 'error', message }
});

/** Reads the Signing key text as the key `alg` signs with. */
export async function readSigningKey(
	text: string,
	encoding: KeyEncoding,
	alg: SigningAlgorithm
): Promise<SigningKey> {
	const spec = ALGORITHMS[alg]!;
	if (text.trim() === '')
		return refuse(
			'sign.no-key',
			spec.family === 'HMAC'
				? `${alg} needs a shared secret: type one, or generate a random one.`
				: `${alg} needs a private key: paste one (PEM or JWK), or generate a key pair.`
		);
	if (spec.family === 'HMAC') return readSecret(text, encoding, alg);
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) return readPrivateJwk(trimmed, alg);
	if (trimmed.includes('-----BEGIN')) return readPrivatePem(trimmed, alg);
	return refuse(
		'sign.key-unreadable',
		`${alg} signs with a private key, and this is neither a PEM block nor a JWK. Paste the private key ("-----BEGIN PRIVATE KEY-----" or a JWK with "d"), or generate a key pair.`
	);
}

function readSecret(text: string, encoding: KeyEncoding, alg: SigningAlgorithm): SigningKey {
	// RFC 8725 §2.1 and §3.1, the algorithm-confusion attack: a verifier that takes a public key as an HMAC
	// secret accepts tokens anyone can make, since the public key is public. So a key, in whatever wrapping,
	// is never an HMAC secret here — above all the Verification key's public half when editing a copy.
	const key = publicKeyInText(text, MAX_LAYERS);
	const embedded = key ? undefined : embeddedKeyRefusal(text);
	if (key || embedded)
		return refuse(
			'sign.public-key-as-secret',
			`This is a key (${key ?? 'text holding a public key'}), not an HMAC secret. Signing ${alg} with a public key as the secret is the algorithm-confusion attack (RFC 8725 §2.1): anyone holding the public key could sign the same tokens, so a verifier must never accept it. Choose the key's own algorithm (RS…, PS…, ES…, EdDSA) and its private key, or use a random secret.`
		);
	const read = decodeSecret(text, encoding === 'auto' ? 'utf8' : encoding);
	if (read.value === undefined) return refuse('sign.secret-encoding', read.faults[0]!.message);
	// jose refuses an empty HMAC key; RFC 7518 §3.2 wants at least the hash size.
	if (read.value.length === 0) return refuse('sign.secret-empty', 'The secret is empty.');
	return { ok: true, key: read.value, secret: read.value };
}

async function readPrivateJwk(text: string, alg: SigningAlgorithm): Promise<SigningKey> {
	const json = readStrictJson(text);
	if (!json.ok || !isJsonObject(json.value))
		return refuse('sign.key-unreadable', 'The key starts like a JWK but is not a JSON object.');
	const jwk = json.value;
	if (Array.isArray(jwk.keys))
		return refuse(
			'sign.key-unreadable',
			'This is a key set (JWKS): paste the one private JWK to sign with.'
		);
	const kty = typeof jwk.kty === 'string' ? jwk.kty : '';
	const crv = typeof jwk.crv === 'string' ? jwk.crv : undefined;
	const fit = fitsAlgorithm({ kty, crv }, alg);
	if (fit) return fit;
	// RFC 7517 §4, RFC 7518 §6: a private JWK carries "d" (RSA, EC, OKP). Without it this is a public key, and
	// a public key cannot sign (that it cannot is what makes the signature mean anything).
	if (typeof jwk.d !== 'string')
		return refuse(
			'sign.public-key',
			`This JWK is a public key (it has no "d"): it can verify ${alg} tokens, not sign them. Paste the private JWK, or generate a key pair.`
		);
	return imported(() => importJWK(jwk, alg), alg);
}

async function readPrivatePem(text: string, alg: SigningAlgorithm): Promise<SigningKey> {
	const blocks = readPemBlocks(text);
	const block = blocks.find((b) => /PRIVATE KEY$/.test(b.label)) ?? blocks[0];
	if (!block) return refuse('sign.key-unreadable', 'The PEM block could not be read.');
	if (block.error || !block.der) return refuse('sign.key-unreadable', block.error ?? '');
	if (block.label === 'ENCRYPTED PRIVATE KEY')
		return refuse(
			'sign.key-unreadable',
			'This private key is encrypted with a password. Decrypt it first ("openssl pkcs8 -in key.pem -nocrypt -topk8") and paste the result; it stays on this page.'
		);
	if (/PUBLIC KEY$|^CERTIFICATE$/.test(block.label))
		return refuse(
			'sign.public-key',
			`This is a public key (${quoted(block.label)}): it verifies ${alg} tokens but cannot sign them. Paste the private key, or generate a key pair.`
		);
	try {
		const pkcs8 = toPkcs8(block.label, block.der, alg);
		if (!pkcs8)
			return refuse(
				'sign.key-unreadable',
				`A ${quoted(block.label)} block is not a private key this page signs with: paste PRIVATE KEY (PKCS #8), RSA PRIVATE KEY (PKCS #1) or EC PRIVATE KEY (SEC1).`
			);
		const fit = fitsAlgorithm(pkcs8.type, alg);
		if (fit) return fit;
		return imported(() => importPKCS8(pemOf(pkcs8.der), alg), alg);
	} catch (error) {
		if (!(error instanceof DerError)) throw error;
		return refuse('sign.key-unreadable', `The private key's DER is damaged: ${error.message}.`);
	}
}

interface KeyType {
	kty: string;
	crv?: string | undefined;
}

/** PKCS #8 DER (RFC 5208 §5) for a PEM private key, with the key type its algorithm identifier names. */
function toPkcs8(
	label: string,
	der: Uint8Array,
	alg: SigningAlgorithm
): { der: Uint8Array; type: KeyType } | undefined {
	if (label === 'PRIVATE KEY') return { der, type: pkcs8Type(der) };
	if (label === 'RSA PRIVATE KEY')
		// RFC 8017 Appendix A.1.2 RSAPrivateKey, wrapped with the rsaEncryption identifier (RFC 3279 §2.3.1).
		return {
			der: wrapPkcs8(sequence(oid(OID.rsaEncryption), new Uint8Array([TAG.null, 0])), der),
			type: { kty: 'RSA' }
		};
	if (label === 'EC PRIVATE KEY') {
		// RFC 5915 §3 ECPrivateKey: version, privateKey, [0] parameters (the named curve) OPTIONAL. PKCS #8
		// names the curve in the algorithm identifier instead (RFC 5915 §1); without [0], the algorithm's.
		const outer = expectTlv(der, 0, TAG.sequence);
		const params = children(der, outer).find((c) => c.tag === 0xa0);
		const curveOid = params
			? oidHex(der, expectTlv(der, params.contentStart, TAG.oid, params.end))
			: Object.keys(CURVES).find((o) => CURVES[o]!.crv === ALGORITHMS[alg]!.crv);
		const crv = curveOid ? CURVES[curveOid]?.crv : undefined;
		if (!curveOid || !crv) return { der, type: { kty: 'EC', crv: '(unknown curve)' } };
		return {
			der: wrapPkcs8(sequence(oid(OID.ecPublicKey), oid(curveOid)), der),
			type: { kty: 'EC', crv }
		};
	}
	return undefined;
}

/** The key type a PKCS #8 PrivateKeyInfo's algorithm identifier names. */
function pkcs8Type(der: Uint8Array): KeyType {
	const outer = expectTlv(der, 0, TAG.sequence);
	const [, algorithm] = children(der, outer);
	if (!algorithm || algorithm.tag !== TAG.sequence)
		throw new DerError('no algorithm identifier after the version');
	const [id, params] = children(der, algorithm);
	if (!id) throw new DerError('an empty algorithm identifier');
	const name = oidHex(der, id);
	if (name === OID.rsaEncryption || name === OID.rsassaPss) return { kty: 'RSA' };
	if (name === OID.ed25519) return { kty: 'OKP', crv: 'Ed25519' };
	if (name === OID.ed448) return { kty: 'OKP', crv: 'Ed448' };
	if (name === OID.x25519) return { kty: 'OKP', crv: 'X25519' };
	if (name === OID.ecPublicKey) {
		const crv = params?.tag === TAG.oid ? CURVES[oidHex(der, params)]?.crv : undefined;
		return { kty: 'EC', crv: crv ?? '(unknown curve)' };
	}
	return { kty: 'unknown' };
}

/** RFC 7518 §3.1's table: which key type and curve each algorithm signs with. */
function fitsAlgorithm(type: KeyType, alg: SigningAlgorithm): SigningKey | undefined {
	const spec = ALGORITHMS[alg]!;
	if (type.kty === spec.kty && (!spec.crv || type.crv === spec.crv)) return undefined;
	const have = type.kty === 'oct' ? 'a shared secret' : keyTypeWords(type);
	return refuse(
		'sign.key-mismatch',
		`This is ${have}, and ${alg} signs with ${keyTypeWords(spec)} (RFC 7518 §3.1). Choose the algorithm that fits the key, or another key.`
	);
}

/** jose's import, its refusals (an RSA key under 2048 bits, a damaged key) turned into findings. */
async function imported(
	load: () => Promise<CryptoKey | Uint8Array>,
	alg: SigningAlgorithm
): Promise<SigningKey> {
	try {
		const key = await load();
		// RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms." jose would
		// only refuse it when signing; it is told here with the other key problems.
		const bits = (key as { algorithm?: { modulusLength?: number } }).algorithm?.modulusLength;
		if (bits !== undefined && bits < 2048) return tooSmall(bits, alg);
		return { ok: true, key };
	} catch (error) {
		if (!(error instanceof Error)) throw error;
		if (/2048 bits/.test(error.message)) return tooSmall(undefined, alg);
		return refuse('sign.key-unreadable', `The key could not be imported: ${error.message}`);
	}
}

const tooSmall = (bits: number | undefined, alg: SigningAlgorithm) =>
	refuse(
		'sign.rsa-too-small',
		`The RSA key is ${bits ?? 'under 2048'} bits; RFC 7518 §3.3 requires at least 2048 for ${alg}. Generate a key pair instead.`
	);

const oid = (hexText: string) =>
	encodeTlv(
		TAG.oid,
		Uint8Array.from(hexText.match(/../g)!, (h) => parseInt(h, 16))
	);
const sequence = (...parts: Uint8Array[]) => encodeTlv(TAG.sequence, concat(parts));
const wrapPkcs8 = (algorithm: Uint8Array, key: Uint8Array) =>
	sequence(new Uint8Array([TAG.integer, 1, 0]), algorithm, encodeTlv(TAG.octetString, key));

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) out.set(part, (at += part.length) - part.length);
	return out;
}

/** PEM armour (RFC 7468 §10) around PKCS #8 DER, as jose's importPKCS8 takes it. */
export function pemOf(der: Uint8Array, label = 'PRIVATE KEY'): string {
	const base64 = btoa(String.fromCharCode(...der));
	const lines = base64.match(/.{1,64}/g) ?? [];
	return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
