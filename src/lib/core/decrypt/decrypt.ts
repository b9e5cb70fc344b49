// Decrypts a compact JWE (RFC 7516 §5.2) with the keys the user supplied, through jose's compactDecrypt with
// explicit allow-lists, and says why when it cannot: the key type, the kid, a wrong key, an altered token, an
// algorithm refused or unsupported, a PBES2 count or an inflated size past the bound. Never throws on input.
import { compactDecrypt, errors, importJWK, importPKCS8 } from 'jose';
import type { ParsedToken } from '../token/parse';
import { decodeBase64url } from '../token/base64url';
import { quoted } from '../text';
import {
	CONTENT_ENCRYPTION,
	KEY_MANAGEMENT,
	MAX_INFLATED_BYTES,
	MAX_PBES2_COUNT,
	REFUSED_KEY_MANAGEMENT,
	type KeyManagement
} from './jwe-algorithms';
import type { DecryptionCandidate, DecryptionKeyInput } from './decryption-key';
import { secretReadings } from './secret-readings';
import { checkUnwrap } from './unwrap';

/** Every way decrypting can end, as the `decryption` row's codes. */
export const DECRYPTION_CODES = [
	'decryption.not-jwe',
	'decryption.no-key',
	'decryption.key-unreadable',
	'decryption.decrypted',
	'decryption.key-type',
	'decryption.kid-not-found',
	'decryption.unwrap-failed',
	'decryption.tag-mismatch',
	'decryption.unsupported-alg',
	'decryption.rsa1_5-refused',
	'decryption.pbes2-count',
	'decryption.inflate-bound',
	'decryption.invalid',
	'decryption.issuer-only'
] as const;
export type DecryptionCode = (typeof DECRYPTION_CODES)[number];

/** The JWE layer: its header's algorithms and what decrypting it gave. */
export interface Decryption {
	code: DecryptionCode;
	detail: string;
	alg?: string;
	enc?: string;
	kid?: string;
	zip?: string;
	cty?: string;
	/** The key that opened it, as the report names it. */
	keyLabel?: string;
	keyManagement?: KeyManagement;
	plaintext?: Uint8Array;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Decrypts the token with the candidates; `not-jwe` / `no-key` when there is nothing to do. */
export async function decryptToken(
	token: ParsedToken,
	keys: DecryptionKeyInput
): Promise<Decryption> {
	const header = token.header;
	if (token.view.kind !== 'jwe' || !header || token.faults.length > 0)
		return { code: 'decryption.not-jwe', detail: 'Not a well-formed JWE: nothing to decrypt.' };
	const layer = {
		...(str(header.alg) ? { alg: str(header.alg) } : {}),
		...(str(header.enc) ? { enc: str(header.enc) } : {}),
		...(str(header.kid) !== undefined ? { kid: str(header.kid) } : {}),
		...(str(header.zip) ? { zip: str(header.zip) } : {}),
		...(str(header.cty) ? { cty: str(header.cty) } : {})
	};
	const fail = (code: DecryptionCode, detail: string): Decryption => ({ ...layer, code, detail });
	if (keys.view.kind === 'none') return fail('decryption.no-key', 'No decryption key supplied.');
	const alg = layer.alg ?? '';
	const enc = layer.enc ?? '';
	if (Object.hasOwn(REFUSED_KEY_MANAGEMENT, alg))
		return fail('decryption.rsa1_5-refused', REFUSED_KEY_MANAGEMENT[alg]!);
	const management = Object.hasOwn(KEY_MANAGEMENT, alg) ? KEY_MANAGEMENT[alg] : undefined;
	if (!management)
		return fail(
			'decryption.unsupported-alg',
			`The key management algorithm ${quoted(alg)} is not one JWE defines for compact tokens here (RFC 7518 §4.1: RSA-OAEP*, ECDH-ES*, A*KW, A*GCMKW, dir, PBES2-*).`
		);
	if (!Object.hasOwn(CONTENT_ENCRYPTION, enc))
		return fail(
			'decryption.unsupported-alg',
			`The content encryption ${quoted(enc)} is not one RFC 7518 §5.1 defines (A128/192/256GCM, A128CBC-HS256, A192CBC-HS384, A256CBC-HS512).`
		);
	if (layer.zip !== undefined && layer.zip !== 'DEF')
		return fail(
			'decryption.unsupported-alg',
			`"zip": ${quoted(layer.zip)} is not a registered compression; only "DEF" is (RFC 7516 §4.1.3).`
		);
	// RFC 7518 §4.8.1.2 sets no upper bound on "p2c": the sender would choose how long we compute.
	if (
		management.secret === 'password' &&
		typeof header.p2c === 'number' &&
		header.p2c > MAX_PBES2_COUNT
	)
		return fail(
			'decryption.pbes2-count',
			`The PBES2 count "p2c" is ${header.p2c}, above the ${MAX_PBES2_COUNT.toLocaleString('en-US')} accepted: an iteration count the sender chooses makes the recipient compute that long before anything is authenticated, a denial-of-service vector (RFC 7518 §4.8.1.2, RFC 8725 §3.12). Refused without trying.`
		);
	if (keys.view.kind === 'unreadable' || keys.candidates.length === 0)
		return fail(
			'decryption.key-unreadable',
			`The decryption key could not be read: ${keys.view.summary}`
		);
	const usable = keys.candidates.filter((c) => !c.problem && c.kty !== 'unknown');
	if (usable.length === 0)
		return fail('decryption.key-type', keys.view.findings[0]?.message ?? 'No usable private key.');
	const fitting = usable.filter((c) => fits(c, management, alg, enc));
	if (fitting.length === 0)
		return fail(
			'decryption.key-type',
			`${quoted(alg)} needs ${needs(management)}; the decryption key is ${usable.map(kindOf).join(', ')} (RFC 7518 §4.1).`
		);
	// RFC 7516 §4.1.6 / RFC 7517 §4.5: the kid picks the key in a set; a key without a kid may still be it.
	const byKid =
		layer.kid !== undefined && fitting.some((c) => c.kid !== undefined)
			? fitting.filter((c) => c.kid === undefined || c.kid === layer.kid)
			: fitting;
	if (byKid.length === 0)
		return fail(
			'decryption.kid-not-found',
			`The token's "kid" is ${quoted(layer.kid!)}, and no key in the decryption key set has it (${fitting.map((c) => quoted(c.kid ?? '')).join(', ')}): the token was encrypted for another key.`
		);
	let first: Decryption | undefined;
	for (const candidate of byKid) {
		const outcome = await tryCandidate(
			token.view.normalized,
			header,
			candidate,
			management,
			alg,
			enc
		);
		if (outcome.code === 'decryption.decrypted')
			return { ...layer, ...outcome, keyManagement: management };
		first ??= { ...layer, ...outcome };
	}
	return first!;
}

function fits(c: DecryptionCandidate, m: KeyManagement, alg: string, enc: string): boolean {
	// RFC 7517 §4.4: a key's "alg" names what it is for. A direct key (dir) is the CEK itself, so its "alg" may
	// name the content encryption instead (RFC 7520 §5.6 writes "A128GCM"), and either is accepted.
	if (c.alg !== undefined && c.alg !== alg && !(alg === 'dir' && c.alg === enc)) return false;
	if (m.kty === 'RSA') return c.kty === 'RSA';
	if (m.kty === 'EC/OKP')
		return (
			(c.kty === 'EC' && /^P-(256|384|521)$/.test(c.crv ?? '')) ||
			(c.kty === 'OKP' && c.crv === 'X25519')
		);
	return c.kty === 'oct';
}

function needs(m: KeyManagement): string {
	if (m.kty === 'RSA') return 'an RSA private key';
	if (m.kty === 'EC/OKP') return 'an EC (P-256, P-384, P-521) or X25519 private key';
	return m.secret === 'password' ? 'a password' : 'a shared secret (an "oct" key)';
}

function kindOf(c: DecryptionCandidate): string {
	const what = c.kty === 'oct' ? 'a shared secret' : `an ${c.crv ?? c.kty} key`;
	return c.alg !== undefined ? `${what} for ${quoted(c.alg)}` : what;
}

type Attempt = Omit<Decryption, 'alg' | 'enc' | 'kid' | 'zip' | 'cty'>;

async function tryCandidate(
	compact: string,
	header: Record<string, unknown>,
	candidate: DecryptionCandidate,
	management: KeyManagement,
	alg: string,
	enc: string
): Promise<Attempt> {
	const materials = await materialsOf(candidate, management, alg, enc);
	if ('problem' in materials) return { code: 'decryption.key-type', detail: materials.problem };
	let failure: Attempt | undefined;
	for (const { key, how } of materials.keys) {
		try {
			const { plaintext } = await compactDecrypt(compact, key, {
				keyManagementAlgorithms: [alg],
				contentEncryptionAlgorithms: [enc],
				maxPBES2Count: MAX_PBES2_COUNT,
				maxDecompressedLength: MAX_INFLATED_BYTES
			});
			return {
				code: 'decryption.decrypted',
				detail: '',
				keyLabel: `${candidate.label}${how ? ` (${how})` : ''}`,
				plaintext
			};
		} catch (error) {
			failure ??= await explain(error, alg, header, compact, key);
		}
	}
	return failure!;
}

async function explain(
	error: unknown,
	alg: string,
	header: Record<string, unknown>,
	compact: string,
	key: CryptoKey | Uint8Array
): Promise<Attempt> {
	if (error instanceof errors.JWEDecryptionFailed) {
		const unwrap = await checkUnwrap(alg, header, compact.split('.')[1] ?? '', key);
		if (unwrap === 'unwrap-failed')
			return {
				code: 'decryption.unwrap-failed',
				detail: `Unwrapping the content key with ${quoted(alg)} failed: this is not the key the token was encrypted for (RFC 7516 §5.2 step 7).`
			};
		return {
			code: 'decryption.tag-mismatch',
			detail: `The authentication tag does not match (RFC 7516 §5.2 step 16): ${unwrap === 'unwrapped' ? 'the key is right, so the header, IV, ciphertext or tag was altered' : 'either the token was altered or this is not the key it was encrypted for'}.`
		};
	}
	if (error instanceof errors.JWEInvalid && /Decompressed plaintext exceeded/.test(error.message))
		return {
			code: 'decryption.inflate-bound',
			detail: `The content ("zip": "DEF") inflates past ${MAX_INFLATED_BYTES.toLocaleString('en-US')} bytes: refused as a decompression bomb (RFC 8725 §3.12 asks for bounds on what an attacker controls).`
		};
	if (noAes192(error))
		return {
			code: 'decryption.unsupported-alg',
			detail: AES_192_MISSING
		};
	if (error instanceof errors.JWEInvalid || error instanceof errors.JOSENotSupported)
		return {
			code: 'decryption.invalid',
			detail: `The JWE cannot be decrypted as it is: ${error.message}.`
		};
	if (
		error instanceof errors.JOSEError ||
		error instanceof TypeError ||
		error instanceof DOMException
	)
		return {
			code: 'decryption.key-type',
			detail: `The key does not fit ${quoted(alg)}: ${error.message}.`
		};
	throw error;
}

// Chromium's WebCrypto leaves out 192-bit AES (WebCrypto lets an implementation support only some key lengths),
// so A192GCM, A192CBC-HS384, A192KW and A192GCMKW cannot be opened there (Firefox and Node have them). That is the
// browser's limit, not the key's fault, and it is said so.
const AES_192_MISSING =
	'This browser does not implement 192-bit AES in WebCrypto (Chromium leaves it out), so A192GCM, A192CBC-HS384, A192KW and A192GCMKW cannot be decrypted here. Try Firefox, or `step crypto jwe decrypt` on the command line.';

function noAes192(error: unknown): boolean {
	return error instanceof DOMException && /192-bit AES/i.test(error.message);
}

/** The key material to try for this candidate and algorithm: a CryptoKey, or a secret's byte readings. */
async function materialsOf(
	c: DecryptionCandidate,
	m: KeyManagement,
	alg: string,
	enc: string
): Promise<{ keys: Array<{ key: CryptoKey | Uint8Array; how?: string }> } | { problem: string }> {
	const length = m.secret === 'cek' ? CONTENT_ENCRYPTION[enc]!.cekBytes : m.kekBytes;
	try {
		if (c.secretText !== undefined) {
			const readings = secretReadings(c.secretText, m.secret === 'password' ? undefined : length);
			if ('problem' in readings)
				return {
					problem: `${quoted(alg)}${alg === 'dir' ? ` with ${quoted(enc)}` : ''} ${readings.problem}`
				};
			return { keys: readings.readings.map((r) => ({ key: r.bytes, how: r.how })) };
		}
		if (c.jwk && c.kty === 'oct') {
			const decoded = decodeBase64url(String(c.jwk.k));
			if (decoded.faults.length) return { problem: 'The JWK\'s "k" is not base64url.' };
			if (length !== undefined && decoded.bytes.length !== length)
				return {
					problem: `${quoted(alg)}${alg === 'dir' ? ` with ${quoted(enc)}` : ''} needs a ${length}-byte key (RFC 7518 §4.4, §5.2); the JWK's "k" is ${decoded.bytes.length} bytes.`
				};
			return { keys: [{ key: decoded.bytes }] };
		}
		if (c.jwk) {
			const jwk = { ...c.jwk };
			for (const member of ['alg', 'use', 'key_ops', 'ext']) delete jwk[member];
			return { keys: [{ key: (await importJWK(jwk, alg)) as CryptoKey }] };
		}
		if (c.pkcs8) return { keys: [{ key: await importPKCS8(pemOf(c.pkcs8.der), alg) }] };
	} catch (error) {
		if (
			error instanceof errors.JOSEError ||
			error instanceof TypeError ||
			error instanceof DOMException
		)
			return { problem: `The key cannot be used for ${quoted(alg)}: ${error.message}.` };
		throw error;
	}
	return { problem: 'No key material.' };
}

function pemOf(der: Uint8Array): string {
	let binary = '';
	for (const b of der) binary += String.fromCharCode(b);
	return `-----BEGIN PRIVATE KEY-----\n${btoa(binary)}\n-----END PRIVATE KEY-----`;
}
