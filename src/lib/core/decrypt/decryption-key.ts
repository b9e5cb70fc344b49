// Reads the Decryption key field (issue 19): a private JWK or a JWKS holding private keys, a PEM private key
// (PKCS #8, PKCS #1, SEC1), or a shared secret or password. Forgiving as the verification key's reader is
// (keys/read-key.ts): quotes, a JSON string and surrounding space are taken away, and what was understood is
// said in one line. A public key is named as such: it encrypts, only the private key decrypts (RFC 7516 §5.2).
import type { Finding } from '../types';
import { isJsonObject, readStrictJson } from '../token/json';
import { unwrapText } from '../keys/key-text';
import { readPemBlocks } from '../keys/pem';
import { DerError } from '../keys/der';
import { PRIVATE_MEMBERS } from '../keys/jwk';
import { quoted } from '../text';
import { pkcs8FromPkcs1, pkcs8FromSec1, readPkcs8, type Pkcs8Key } from './pkcs8';

/** The codes reading the Decryption key can record. */
export const DECRYPTION_KEY_CODES = [
	'decryption-key.public-only',
	'decryption-key.encrypted-pem',
	'decryption-key.unreadable',
	'decryption-key.too-many'
] as const;
export type DecryptionKeyCode = (typeof DECRYPTION_KEY_CODES)[number];

/** One key the field holds: a private JWK, a PKCS #8 key, or a secret's text. Never shown, never shared. */
export interface DecryptionCandidate {
	label: string;
	kty: string;
	kid?: string;
	alg?: string;
	crv?: string;
	jwk?: Record<string, unknown>;
	pkcs8?: Pkcs8Key;
	/** A shared secret or password as typed; its bytes are chosen per algorithm (decrypt.ts). */
	secretText?: string;
	/** Why this key cannot decrypt at all (a public key), when it cannot. */
	problem?: Finding<DecryptionKeyCode>;
}

/** What the field holds, as the page says it ("Understood: …"), without any secret material. */
export interface DecryptionKeyView {
	kind: 'none' | 'secret' | 'jwk' | 'jwks' | 'pem' | 'unreadable';
	summary: string;
	findings: Finding<DecryptionKeyCode>[];
}

export interface DecryptionKeyInput {
	view: DecryptionKeyView;
	candidates: DecryptionCandidate[];
}

/** A JWKS has no size limit; a decryption key set of more than this many keys is not tried key by key. */
export const MAX_DECRYPTION_KEYS = 64;

const unreadable = (message: string): DecryptionKeyInput => ({
	view: {
		kind: 'unreadable',
		summary: message,
		findings: [{ code: 'decryption-key.unreadable', severity: 'error', message }]
	},
	candidates: []
});

/** Reads the Decryption key field; never throws on what a user can type. */
export function readDecryptionKey(text: string | undefined): DecryptionKeyInput {
	const trimmed = (text ?? '').trim();
	if (trimmed.length === 0)
		return { view: { kind: 'none', summary: 'No decryption key', findings: [] }, candidates: [] };
	const clean = unwrapText(trimmed);
	if (clean.startsWith('-----BEGIN')) return readPrivatePem(clean);
	if (clean.startsWith('{') || clean.startsWith('[')) return readJsonKeys(clean);
	// Anything else is a shared secret (dir, A*KW, A*GCMKW) or a password (PBES2), as typed.
	return {
		view: {
			kind: 'secret',
			summary: `a shared secret or password of ${[...trimmed].length} characters (read as UTF-8, base64url, base64 or hex to fit the algorithm)`,
			findings: []
		},
		candidates: [{ label: 'the secret', kty: 'oct', secretText: trimmed }]
	};
}

function readPrivatePem(text: string): DecryptionKeyInput {
	const candidates: DecryptionCandidate[] = [];
	const findings: Finding<DecryptionKeyCode>[] = [];
	const blocks = readPemBlocks(text);
	const forms: string[] = [];
	blocks.forEach((block, i) => {
		const label = blocks.length > 1 ? `PEM block #${i + 1}` : 'the private key';
		if (block.error || !block.der) {
			findings.push({
				code: 'decryption-key.unreadable',
				severity: 'error',
				message: block.error!
			});
			return;
		}
		try {
			let key: Pkcs8Key;
			if (block.label === 'PRIVATE KEY') key = readPkcs8(block.der);
			else if (block.label === 'RSA PRIVATE KEY') key = pkcs8FromPkcs1(block.der);
			else if (block.label === 'EC PRIVATE KEY') key = pkcs8FromSec1(block.der);
			else {
				findings.push(pemRefusal(block.label));
				return;
			}
			forms.push(
				block.label === 'PRIVATE KEY'
					? `${describe(key)} (PKCS #8 PEM)`
					: `${describe(key)} (${block.label === 'RSA PRIVATE KEY' ? 'PKCS #1' : 'SEC1'} PEM, read as PKCS #8)`
			);
			candidates.push({ label, kty: key.kty, ...(key.crv ? { crv: key.crv } : {}), pkcs8: key });
		} catch (error) {
			if (!(error instanceof DerError)) throw error;
			findings.push({
				code: 'decryption-key.unreadable',
				severity: 'error',
				message: `The ${quoted(block.label)} block could not be read: ${error.message}.`
			});
		}
	});
	if (candidates.length === 0)
		return {
			view: {
				kind: 'unreadable',
				summary: findings[0]?.message ?? 'No complete PEM block.',
				findings: findings.length
					? findings
					: [
							{
								code: 'decryption-key.unreadable',
								severity: 'error',
								message: 'No complete PEM block.'
							}
						]
			},
			candidates
		};
	return { view: { kind: 'pem', summary: forms.join('; '), findings }, candidates };
}

function pemRefusal(label: string): Finding<DecryptionKeyCode> {
	if (label === 'ENCRYPTED PRIVATE KEY')
		return {
			code: 'decryption-key.encrypted-pem',
			severity: 'error',
			message:
				'This private key is itself encrypted with a passphrase. Decrypt it first: openssl pkcs8 -in key.pem -nocrypt -out plain.pem (keep the result private).'
		};
	return {
		code: 'decryption-key.public-only',
		severity: 'error',
		message: `A ${quoted(label)} block holds no private key. A public key encrypts a JWE; only the recipient's private key decrypts it (RFC 7516 §5.2).`
	};
}

function readJsonKeys(text: string): DecryptionKeyInput {
	const parsed = readStrictJson(text);
	if (!parsed.ok) return unreadable('The key looks like JSON but does not parse.');
	const value = parsed.value;
	const set = isJsonObject(value) && Array.isArray(value.keys) ? value.keys : undefined;
	const list = set ?? (Array.isArray(value) ? value : [value]);
	if (list.length > MAX_DECRYPTION_KEYS)
		return {
			...unreadable(
				`The key set has ${list.length} keys; this inspector tries at most ${MAX_DECRYPTION_KEYS}. Paste the key the token's "kid" names.`
			),
			view: {
				kind: 'unreadable',
				summary: `The key set has more than ${MAX_DECRYPTION_KEYS} keys.`,
				findings: [
					{
						code: 'decryption-key.too-many',
						severity: 'error',
						message: `The key set has ${list.length} keys; at most ${MAX_DECRYPTION_KEYS} are tried.`
					}
				]
			}
		};
	const candidates = list.map((jwk, i) =>
		jwkCandidate(jwk, set || list.length > 1 ? i : undefined)
	);
	if (!candidates.some((c) => c.kty !== 'unknown'))
		return unreadable('The JSON holds no JWK (an object with "kty").');
	const usable = candidates.filter((c) => !c.problem);
	const kind = set || list.length > 1 ? 'jwks' : 'jwk';
	return {
		view: {
			kind,
			summary:
				kind === 'jwks'
					? `a JWK Set of ${candidates.length} key${candidates.length === 1 ? '' : 's'}, ${usable.length} with private parts${usable.length ? `: ${usable.map(describeCandidate).join(', ')}` : ''}`
					: describeCandidate(candidates[0]!),
			findings: candidates.flatMap((c) => (c.problem ? [c.problem] : []))
		},
		candidates
	};
}

function jwkCandidate(jwk: unknown, index: number | undefined): DecryptionCandidate {
	const fallback = index === undefined ? 'the key' : `key #${index + 1}`;
	if (!isJsonObject(jwk) || typeof jwk.kty !== 'string') return { label: fallback, kty: 'unknown' };
	const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
	const label = kid !== undefined ? `key ${quoted(kid)}` : fallback;
	const meta = {
		...(kid !== undefined ? { kid } : {}),
		...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
		...(typeof jwk.crv === 'string' ? { crv: jwk.crv } : {})
	};
	const candidate: DecryptionCandidate = { label, kty: jwk.kty, jwk, ...meta };
	const isPrivate =
		jwk.kty === 'oct' ? typeof jwk.k === 'string' : PRIVATE_MEMBERS.some((m) => m in jwk);
	if (!isPrivate)
		candidate.problem = {
			code: 'decryption-key.public-only',
			severity: 'error',
			message: `${label === 'the key' ? 'The key' : label} has no private part ("d"${jwk.kty === 'oct' ? ' or "k"' : ''}): a public key encrypts a JWE; only the recipient's private key decrypts it (RFC 7516 §5.2).`
		};
	return candidate;
}

function describe(key: { kty: string; crv?: string }): string {
	if (key.kty === 'RSA') return 'an RSA private key';
	return `an ${key.crv ?? key.kty} private key`;
}

function describeCandidate(c: DecryptionCandidate): string {
	const what = c.kty === 'oct' ? 'a symmetric JWK' : describe(c);
	const bits = [c.kid !== undefined ? `kid ${quoted(c.kid)}` : '', c.alg ? `alg ${c.alg}` : '']
		.filter(Boolean)
		.join(', ');
	return `${what}${bits ? ` (${bits})` : ''}${c.problem ? ' without private parts' : ''}`;
}
