// Reads whatever the user put in the key field: an HMAC secret, PEM (SPKI public key, PKCS #1 RSA public
// key or X.509 certificate), one JWK or a JWK Set (RFC 7517). The kind is detected from the text itself, so
// the algorithms tried are set by the key, never by the token's header (RFC 8725 §2.1, §3.1).
import type { Finding, KeyEncoding, KeyInputView, KeySource, KeyView } from '../types';
import { decodeBase64url } from '../token/base64url';
import { utf8TextOf } from '../token/utf8';
import { isJsonObject, readStrictJson } from '../token/json';
import { DerError, TAG, children, readTlv } from './der';
import { decodeBase64, readPemBlocks } from './pem';
import {
	jwkFromPkcs1,
	jwkFromSpki,
	readCertificate,
	UnsupportedKey,
	type PublicJwk
} from './public-key-der';
import { assessEdwards } from './edwards-checks';
import { findEmbeddedKey, SCAN_LIMIT } from './embedded-key';
import { rawPublicKeyFinding } from './raw-public-key';
import { assessRsa } from './rsa-checks';
import { capitalise, quoted, trimEnd } from '../text';
import { algorithmName } from '../algorithms';

/** One usable-or-not key, with the material verification needs; `view` is what the report shows. */
export interface KeyCandidate {
	view: KeyView;
	/** Public members only, for RSA, EC and OKP keys. */
	jwk?: PublicJwk;
	/** The secret's bytes, for HMAC keys. */
	secret?: Uint8Array;
}

/** The key field, read: the candidates in order, and findings about the input as a whole. */
export interface KeyInput {
	view: KeyInputView;
	candidates: KeyCandidate[];
	isSet: boolean;
}

/** The JWK members of an asymmetric private key (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
const PRIVATE_PEM = /PRIVATE KEY$/;
// OpenSSH public keys (RSA, Ed25519, DSA, ECDSA, FIDO "sk-" keys, certificates), anywhere in the text, so that
// authorized_keys and known_hosts lines count, and RFC 4716 SSH2 public keys. Read as text they would become an
// HMAC secret that anyone with the public key can compute.
const SSH_ANYWHERE =
	/(?:^|\s)(?:(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?\s+AAAA|---- BEGIN SSH2 PUBLIC KEY ----)/;
const ENCODING_NAMES: Record<Exclude<KeyEncoding, 'auto'>, string> = {
	utf8: 'UTF-8',
	base64: 'base64',
	base64url: 'base64url',
	hex: 'hex'
};

/** A key input longer than this is not read: a JWKS of MAX_JWKS_KEYS RSA-4096 keys is under 1 MB. */
export const MAX_KEY_CHARS = 8 * 1024 * 1024;

/** Detects and reads the key input; never throws on what a user can type. */
export function readKey(text: string | undefined, encoding: KeyEncoding = 'auto'): KeyInput {
	if ((text ?? '').length > MAX_KEY_CHARS) {
		return unreadable({
			code: 'key.too-large',
			severity: 'error',
			message: `The key input is ${((text ?? '').length / (1024 * 1024)).toFixed(1)} MB; this inspector reads keys up to ${MAX_KEY_CHARS / (1024 * 1024)} MB (a large published JWKS is a few KB). Paste the key the token names, or the issuer's current JWKS.`
		});
	}
	const trimmed = (text ?? '').trim();
	if (trimmed.length === 0) return none();

	if (encoding !== 'auto') {
		// The user said "this is a secret"; a public key pasted as one is the algorithm-confusion attack (RFC 8725
		// §2.1, §3.1). That holds for its PEM, JWK or OpenSSH text, for its DER, and for any of them wrapped in
		// quotes or in layers of base64, base64url or hex, whatever encoding was chosen.
		const found = publicKeyInText(trimmed, MAX_LAYERS);
		if (found) {
			return unreadable({
				code: 'key.public-key-as-secret',
				severity: 'error',
				message: `This is a ${found}, but the key encoding is set to ${ENCODING_NAMES[encoding]}, which would use it as an HMAC secret. That is exactly the algorithm-confusion attack (RFC 8725 §2.1): a verifier must never use a public key as an HMAC secret. Set the encoding back to "auto".`
			});
		}
		const embedded = embeddedKeyRefusal(text ?? '');
		if (embedded) return embedded;
		// An explicit UTF-8 secret is taken exactly as typed: a secret may end in a space or a newline.
		return readSecret(encoding === 'utf8' ? (text ?? '') : trimmed, encoding);
	}
	// Keys are read through what wraps them in files and chats (quotes, a BOM, a JSON string); a secret is not.
	const clean = unwrapText(trimmed);
	const kind = keyTextKind(clean);
	if (kind === 'OpenSSH public key') {
		return unreadable({
			code: 'key.ssh-format',
			severity: 'error',
			message:
				'This is an OpenSSH public key. Convert it to PEM first: ssh-keygen -e -m PKCS8 -f key.pub'
		});
	}
	if (kind === 'PEM key') return readPem(clean);
	if (clean.startsWith('{') || clean.startsWith('[')) {
		// JSON that holds no JWK at all ({"x5c": [...]}, ["MIIC…"]) may still hold a public key in its strings.
		const json = readJsonKey(clean);
		if (json.candidates.some((c) => c.view.kty !== 'unknown')) return json;
		return embeddedKeyRefusal(text ?? '') ?? json;
	}
	// A public key in base64 or hex is still a public key: read as text it would be an HMAC secret that anyone
	// holding the public key can compute (RFC 8725 §2.1). The usual case is a PEM's base64 body without its
	// BEGIN/END lines; Kubernetes secrets and environment variables hold keys in base64 or hex too.
	const wrapped = wrappedKey(clean);
	if (wrapped) {
		const der = wrapped.der;
		const read = der ? readPem(armor(der.label, der.bytes)) : readKey(wrapped.text, 'auto');
		read.view.findings.push(
			der && wrapped.encoding === 'base64'
				? {
						code: 'key.pem-unarmored',
						severity: 'info',
						message: `Read as a ${der.label} in base64 without its "-----BEGIN ${der.label}-----" and "-----END" lines.`
					}
				: {
						code: 'key.unwrapped',
						severity: 'info',
						message: `Read as a ${wrapped.what} in ${ENCODING_NAMES[wrapped.encoding]}.`
					}
		);
		return read;
	}
	const deeper = publicKeyInText(clean, MAX_LAYERS);
	if (deeper) {
		return unreadable({
			code: 'key.public-key-as-secret',
			severity: 'error',
			message: `This is a ${deeper}: a public key encoded more than once. It is never used as an HMAC secret (RFC 8725 §2.1); decode it and paste the PEM, JWK or JWKS.`
		});
	}
	const embedded = embeddedKeyRefusal(text ?? '');
	if (embedded) return embedded;
	const read = readSecret(trimmed, 'utf8');
	if (trimmed !== text) {
		read.view.findings.push({
			code: 'key.secret-trimmed',
			severity: 'info',
			message:
				'Spaces or line breaks around the secret were removed. If they are part of the secret, choose the UTF-8 encoding to keep the text exactly as typed.'
		});
	}
	return read;
}

/**
 * Refuses text that holds a public key among other text ("PUBLIC_KEY=MIIB…", an x5c array): used as an HMAC
 * secret, anyone holding the public key could compute it (RFC 8725 §2.1).
 */
function embeddedKeyRefusal(text: string): KeyInput | undefined {
	const found = findEmbeddedKey(text, (bytes) => publicKeyInBytes(bytes, MAX_LAYERS - 1));
	if (found === SCAN_LIMIT) {
		return unreadable({
			code: 'key.scan-limit',
			severity: 'error',
			message:
				'The text holds more runs that begin like an encoded public key than this inspector reads, so it is not used as an HMAC secret: a secret is never shaped like this. Paste the key or the secret on its own.'
		});
	}
	if (!found) return undefined;
	return unreadable({
		code: 'key.public-key-as-secret',
		severity: 'error',
		message: `The text holds a ${found.what}, written in ${found.encoding} (characters ${found.from + 1} to ${found.to}) among other text. Text holding a public key is never used as an HMAC secret: anyone with the public key could compute it (RFC 8725 §2.1). Paste the key on its own (PEM, JWK or JWKS), without the text around it.`
	});
}

type KeyTextKind = 'PEM key' | 'JWK' | 'OpenSSH public key';

/** How many layers of base64, base64url or hex are looked through for a public key. */
const MAX_LAYERS = 3;

/** Whether text is a key written out: OpenSSH, PEM armour, or JSON holding a JWK that is not a secret. */
function keyTextKind(text: string): KeyTextKind | undefined {
	if (SSH_ANYWHERE.test(text)) return 'OpenSSH public key';
	if (hasPemArmor(text)) return 'PEM key';
	if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
	const json = readStrictJson(text);
	return json.ok && holdsPublicJwk(json.value, 3) ? 'JWK' : undefined;
}

/** "-----BEGIN" in any case, after three or more dashes and a little space: a linear scan, not a regex. */
function hasPemArmor(text: string): boolean {
	const upper = text.toUpperCase();
	for (let at = upper.indexOf('BEGIN'); at >= 0; at = upper.indexOf('BEGIN', at + 1)) {
		let i = at - 1;
		while (i >= 0 && at - i <= 3 && /\s/.test(upper[i]!)) i--;
		if (i >= 2 && upper[i] === '-' && upper[i - 1] === '-' && upper[i - 2] === '-') return true;
	}
	return false;
}

/** Whether a JSON value holds, within `depth` levels, a JWK of a public key type (anything but "oct"). */
function holdsPublicJwk(value: unknown, depth: number): boolean {
	if (isJsonObject(value)) {
		if (typeof value.kty === 'string' && value.kty !== 'oct') return true;
		return depth > 0 && Object.values(value).some((v) => holdsPublicJwk(v, depth - 1));
	}
	return Array.isArray(value) && depth > 0 && value.some((v) => holdsPublicJwk(v, depth - 1));
}

const INVISIBLE = /[\s\uFEFF\u200B-\u200D\u2060]/;

/**
 * The text without spaces, a BOM or zero-width characters at either end. A loop, not a regex: "[\s]+$" tries
 * every space of every run inside the text, quadratic on a paste with long runs of spaces.
 */
function trimInvisible(text: string): string {
	let from = 0;
	let to = text.length;
	while (from < to && INVISIBLE.test(text[from]!)) from++;
	while (to > from && INVISIBLE.test(text[to - 1]!)) to--;
	return text.slice(from, to);
}

/** The text without what wraps a pasted key: a BOM, zero-width characters, quotes, a JSON string literal. */
function unwrapText(text: string): string {
	let out = trimInvisible(text);
	for (let layer = 0; layer < 2 && out.length >= 2; layer++) {
		const quote = out[0];
		if ((quote !== '"' && quote !== "'") || out[out.length - 1] !== quote) break;
		const json = quote === '"' ? readStrictJson(out) : undefined;
		const inner = json?.ok && typeof json.value === 'string' ? json.value : out.slice(1, -1);
		out = trimInvisible(inner);
	}
	return out;
}

/** Names the public key hidden in text, looking through up to `layers` encodings, or returns undefined. */
function publicKeyInText(text: string, layers: number): string | undefined {
	const clean = unwrapText(text);
	const kind = keyTextKind(clean);
	if (kind) return kind;
	if (layers === 0 || clean.length === 0) return undefined;
	for (const encoding of WRAPPINGS) {
		const bytes = decodeSecret(clean, encoding);
		if (typeof bytes === 'string' || bytes.length === 0) continue;
		const found = publicKeyInBytes(bytes, layers - 1);
		if (found) return `${found} in ${ENCODING_NAMES[encoding]}`;
	}
	return undefined;
}

/** Names the public key that bytes are (DER, an OpenSSH blob) or spell out as text, or returns undefined. */
function publicKeyInBytes(bytes: Uint8Array, layers: number): string | undefined {
	const label = publicDerLabel(bytes);
	if (label) return `${label} in DER`;
	if (isSshBlob(bytes)) return 'OpenSSH public key';
	const text = utf8TextOf(bytes);
	return text === undefined ? undefined : publicKeyInText(text, layers);
}

/** An OpenSSH key blob (RFC 4253 §6.6) starts with its type's length and name: "ssh-rsa", "ecdsa-sha2-…". */
function isSshBlob(bytes: Uint8Array): boolean {
	if (bytes.length < 8) return false;
	const length = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
	if (length < 7 || length > 64 || bytes.length < 4 + length) return false;
	const name = String.fromCharCode(...bytes.subarray(4, 4 + length));
	return /^(?:ssh-|ecdsa-sha2-|sk-)[a-z0-9@.+-]+$/.test(name);
}

const WRAPPINGS = ['base64', 'base64url', 'hex'] as const;

/**
 * A public key hidden in one layer of base64, base64url or hex: its DER, or the text of its PEM, JWK or
 * OpenSSH form. Random secrets never decode to either, so finding one is proof of a key.
 */
function wrappedKey(text: string):
	| {
			what: string;
			encoding: (typeof WRAPPINGS)[number];
			der?: { label: PublicDerLabel; bytes: Uint8Array };
			text: string;
	  }
	| undefined {
	for (const encoding of WRAPPINGS) {
		const bytes = decodeSecret(text, encoding);
		if (typeof bytes === 'string' || bytes.length === 0) continue;
		const label = publicDerLabel(bytes);
		if (label) return { what: `${label} in DER`, encoding, der: { label, bytes }, text };
		const decoded = utf8TextOf(bytes);
		const inner = decoded === undefined ? undefined : unwrapText(decoded);
		const kind = inner !== undefined ? keyTextKind(inner) : undefined;
		if (kind) return { what: kind, encoding, text: inner! };
	}
	return undefined;
}

function armor(label: PublicDerLabel, der: Uint8Array): string {
	let binary = '';
	for (const byte of der) binary += String.fromCharCode(byte);
	return `-----BEGIN ${label}-----\n${btoa(binary)}\n-----END ${label}-----`;
}

type PublicDerLabel = 'CERTIFICATE' | 'PUBLIC KEY' | 'RSA PUBLIC KEY';

/** Which PEM label the bytes would carry, when they are one whole DER certificate or public key. */
function publicDerLabel(der: Uint8Array): PublicDerLabel | undefined {
	if (der[0] !== 0x30) return undefined;
	try {
		if (readTlv(der, 0).end !== der.length) return undefined;
	} catch (error) {
		if (error instanceof DerError) return undefined;
		throw error;
	}
	const readers: Array<[PublicDerLabel, (der: Uint8Array) => unknown]> = [
		['CERTIFICATE', readCertificate],
		['PUBLIC KEY', jwkFromSpki],
		['RSA PUBLIC KEY', jwkFromPkcs1]
	];
	for (const [label, read] of readers) {
		try {
			read(der);
			return label;
		} catch (error) {
			// A well-formed key of a type JWS cannot use is still a public key.
			if (error instanceof UnsupportedKey) return label;
			if (!(error instanceof DerError)) throw error;
		}
	}
	return derShape(der);
}

/**
 * The label by outline alone, for DER that is shaped like a public key or certificate but that the readers
 * refuse (an EC key with explicit curve parameters, a damaged point): it is still no secret.
 */
function derShape(der: Uint8Array): PublicDerLabel | undefined {
	try {
		const parts = children(der, readTlv(der, 0), 3);
		const tags = parts.map((p) => p.tag).join(',');
		const algorithm = (at: number) => children(der, parts[at]!, 8)[0]?.tag === TAG.oid;
		// SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING } (RFC 5280 §4.1)
		if (tags === `${TAG.sequence},${TAG.bitString}` && algorithm(0)) return 'PUBLIC KEY';
		// Certificate ::= SEQUENCE { TBSCertificate, AlgorithmIdentifier, BIT STRING } (RFC 5280 §4.1)
		if (tags === `${TAG.sequence},${TAG.sequence},${TAG.bitString}` && algorithm(1))
			return 'CERTIFICATE';
		return undefined;
	} catch (error) {
		if (error instanceof DerError) return undefined;
		throw error;
	}
}

function none(): KeyInput {
	return {
		view: { kind: 'none', summary: 'No key', keys: [], findings: [] },
		candidates: [],
		isSet: false
	};
}

function unreadable(finding: Finding): KeyInput {
	return {
		view: { kind: 'unreadable', summary: finding.message, keys: [], findings: [finding] },
		candidates: [],
		isSet: false
	};
}

function readSecret(text: string, encoding: Exclude<KeyEncoding, 'auto'>): KeyInput {
	const bytes = decodeSecret(text, encoding);
	if (typeof bytes === 'string') {
		return unreadable({ code: 'key.secret-encoding', severity: 'error', message: bytes });
	}
	const candidate = secretCandidate(bytes, 'the secret', 'secret');
	const raw = rawPublicKeyFinding(text, bytes);
	if (raw) candidate.view.problems.push({ ...raw, severity: 'warning' });
	return {
		view: {
			kind: 'secret',
			summary: `HMAC secret, ${bytes.length} byte${bytes.length === 1 ? '' : 's'}, ${ENCODING_NAMES[encoding]}`,
			keys: [candidate.view],
			findings: []
		},
		candidates: [candidate],
		isSet: false
	};
}

/** Turns a typed secret into bytes, or says in words why it cannot be read in that encoding. */
function decodeSecret(text: string, encoding: Exclude<KeyEncoding, 'auto'>): Uint8Array | string {
	if (encoding === 'utf8') return new TextEncoder().encode(text);
	if (encoding === 'hex') {
		// Bytes written 0xde, 0xad or \xde\xad, or separated by spaces, colons, commas or dashes, all count.
		const digits = text.replace(/0x|\\x/gi, '').replace(/[\s:,-]/g, '');
		const bad = /[^0-9a-fA-F]/.exec(digits);
		if (bad)
			return `The secret is not hex: ${quoted(bad[0])} at position ${bad.index} is not a hex digit.`;
		if (digits.length % 2 === 1)
			return `The secret is not hex: ${digits.length} digits is an odd number, and each byte takes two.`;
		const bytes = new Uint8Array(digits.length / 2);
		for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
		return bytes;
	}
	// Line breaks, and the "\n" escapes a .env file or a JSON string leaves in them, are not part of base64.
	const compact = text.replace(/\\[nr]/g, '').replace(/\s+/g, '');
	if (encoding === 'base64') {
		return (
			decodeBase64(compact) ??
			`The secret is not standard base64 (A–Z, a–z, 0–9, "+", "/", optional "=" padding).${/[-_]/.test(compact) ? ' It contains "-" or "_": try base64url.' : ''}`
		);
	}
	const decoded = decodeBase64url(trimEnd(compact, '='));
	const fault = decoded.faults.find((f) => f.code !== 'b64.trailing-bits');
	if (fault)
		return `The secret is not base64url: ${fault.message}${/[+/]/.test(compact) ? ' It contains "+" or "/": try base64.' : ''}`;
	return decoded.bytes;
}

function secretCandidate(
	bytes: Uint8Array,
	label: string,
	source: KeySource,
	extra: Partial<KeyView> = {}
): KeyCandidate {
	const problems: Finding[] = [];
	if (bytes.length === 0) {
		problems.push({
			code: 'key.secret-empty',
			severity: 'error',
			message:
				'The secret is empty: an HMAC needs a key of at least one byte, and RFC 7518 §3.2 asks for as many bytes as the hash output.'
		});
	}
	return {
		view: {
			label,
			kty: 'oct',
			bits: bytes.length * 8,
			source,
			hasPrivateParts: false,
			problems,
			...extra
		},
		secret: bytes
	};
}

function readPem(text: string): KeyInput {
	const blocks = readPemBlocks(text);
	const candidates: KeyCandidate[] = [];
	const findings: Finding[] = [];
	blocks.forEach((block, i) => {
		const label = blocks.length > 1 ? `PEM block #${i + 1}` : 'the key';
		if (block.error) {
			findings.push({ code: 'key.pem-damaged', severity: 'error', message: block.error });
			return;
		}
		if (PRIVATE_PEM.test(block.label)) {
			findings.push({
				code: 'key.pem-private',
				severity: 'error',
				message: `This PEM is a private key (${quoted(block.label)}). Verification needs only the public key: derive it with "openssl pkey -pubout" and paste that. Treat this private key as exposed if it was shared.`
			});
			return;
		}
		try {
			if (block.label === 'PUBLIC KEY')
				candidates.push(publicCandidate(jwkFromSpki(block.der!), label, 'spki'));
			else if (block.label === 'RSA PUBLIC KEY')
				candidates.push(publicCandidate(jwkFromPkcs1(block.der!), label, 'pkcs1'));
			else if (block.label === 'CERTIFICATE') {
				const { jwk, certificate } = readCertificate(block.der!);
				const candidate = publicCandidate(
					jwk,
					blocks.length > 1 ? `certificate ${quoted(certificate.subject)}` : 'the certificate',
					'x509'
				);
				candidate.view.certificate = certificate;
				candidates.push(candidate);
			} else {
				findings.push({
					code: 'key.pem-label',
					severity: 'error',
					message: `A ${quoted(block.label)} block is not a key this inspector can verify with: paste a PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE.`
				});
			}
		} catch (error) {
			findings.push(derFinding(error, block.label));
		}
	});
	if (blocks.length === 0) {
		findings.push({
			code: 'key.pem-damaged',
			severity: 'error',
			message: 'The text has a "-----BEGIN" line but no complete PEM block.'
		});
	}
	if (candidates.length === 0) {
		return {
			view: {
				kind: 'unreadable',
				summary: findings[0]?.message ?? 'No key found.',
				keys: [],
				findings
			},
			candidates,
			isSet: false
		};
	}
	// A block that cannot be used does not stop the others from verifying, as a broken key in a JWKS does not:
	// beside a usable key it is a warning (a server's .pem often holds a private key next to its certificate).
	return {
		view: {
			kind: 'pem',
			summary: candidates.map(describeKey).join('; '),
			keys: candidates.map((c) => c.view),
			findings: findings.map((f) => ({ ...f, severity: 'warning' }))
		},
		candidates,
		isSet: candidates.length > 1
	};
}

function derFinding(error: unknown, label: string): Finding {
	if (error instanceof UnsupportedKey) {
		return {
			code: 'key.unsupported',
			severity: 'error',
			message: `The ${label} is ${error.message}.`
		};
	}
	if (error instanceof DerError) {
		return {
			code: 'key.der-malformed',
			severity: 'error',
			message: `The ${label} could not be read: ${error.message}.`
		};
	}
	throw error;
}

function readJsonKey(text: string): KeyInput {
	const json = readStrictJson(text);
	if (!json.ok) {
		return unreadable({
			code: 'key.json-syntax',
			severity: 'error',
			message: `The key looks like JSON but is not valid JSON: ${json.error.message}`
		});
	}
	// Libraries disagree on which copy of a repeated member counts (RFC 8259 §4), so two "keys" or two "n"
	// could make this page verify with another key than the API does.
	const duplicate = json.issues.find((i) => i.code === 'json.duplicate-name');
	if (duplicate) {
		return unreadable({
			code: 'key.duplicate-member',
			severity: 'error',
			message: `The key's JSON has the member ${quoted(JSON.parse(text.slice(duplicate.from, duplicate.to)) as string, 40)} more than once. Libraries disagree on which copy counts, so this page could verify with another key than your API does. Remove the repeated member and paste the key again.`
		});
	}
	const value = json.value;
	if (isJsonObject(value) && 'keys' in value) {
		if (!Array.isArray(value.keys)) {
			return unreadable({
				code: 'key.jwks-keys',
				severity: 'error',
				message: 'The JWKS\'s "keys" member must be an array of JWKs (RFC 7517 §5.1).'
			});
		}
		return readJwks(value.keys);
	}
	if (Array.isArray(value)) {
		const set = readJwks(value);
		set.view.findings.push({
			code: 'key.bare-array',
			severity: 'info',
			message:
				'Read a bare array of JWKs as a JWK Set; a JWKS wraps them as {"keys": [...]} (RFC 7517 §5).'
		});
		return set;
	}
	if (!isJsonObject(value)) {
		return unreadable({
			code: 'key.json-not-key',
			severity: 'error',
			message:
				'The key is JSON but neither a JWK (an object with "kty") nor a JWKS (an object with "keys").'
		});
	}
	if (!('kty' in value)) {
		const hint =
			'jwks_uri' in value
				? ' This looks like an OpenID discovery document: open its jwks_uri and paste what it returns.'
				: '';
		return unreadable({
			code: 'key.jwk-no-kty',
			severity: 'error',
			message: `The JSON has neither "kty" (a JWK) nor "keys" (a JWKS).${hint}`
		});
	}
	const candidate = readJwk(value, 'the key', 'jwk');
	const findings: Finding[] = [];
	if (candidate.view.hasPrivateParts) findings.push(privateJwkFinding(candidate.view.label));
	return {
		view: {
			kind: 'jwk',
			summary: `JWK: ${describeKey(candidate)}`,
			keys: [candidate.view],
			findings
		},
		candidates: [candidate],
		isSet: false
	};
}

/** Published key sets hold a handful of keys; each one read and tried costs time on every keystroke. */
export const MAX_JWKS_KEYS = 1000;

function readJwks(keys: unknown[]): KeyInput {
	if (keys.length > MAX_JWKS_KEYS) {
		return unreadable({
			code: 'key.jwks-too-many',
			severity: 'error',
			message: `The key set has ${keys.length.toLocaleString('en-US')} entries; this inspector reads up to ${MAX_JWKS_KEYS.toLocaleString('en-US')}, and published key sets hold a handful. Paste the key the token names (its "kid"), or the issuer's current JWKS.`
		});
	}
	const candidates = keys.map((jwk, i) => readJwk(jwk, undefined, 'jwks', i));
	const findings: Finding[] = [];
	if (candidates.length === 0) {
		findings.push({ code: 'key.jwks-empty', severity: 'error', message: 'The JWKS has no keys.' });
	}
	const withPrivate = candidates.filter((c) => c.view.hasPrivateParts);
	if (withPrivate.length > 0)
		findings.push(privateJwkFinding(withPrivate.map((c) => c.view.label).join(', ')));
	// A set that mixes shared secrets with public keys is never a published JWKS, and invites confusion between
	// HMAC and signatures (RFC 8725 §3.1); Wycheproof expects such sets to be rejected.
	// Entries too broken to have a type are reported on their own and count as neither.
	const kinds = new Set(
		candidates.flatMap((c) =>
			c.view.kty === 'oct'
				? ['secret']
				: ['RSA', 'EC', 'OKP'].includes(c.view.kty)
					? ['public']
					: []
		)
	);
	if (kinds.size > 1) {
		findings.push({
			code: 'key.mixed-set',
			severity: 'error',
			message:
				'The key set mixes shared secrets ("kty": "oct") with public keys. A JWKS that is published must never hold a secret, and a verifier given both kinds can be steered from signatures to HMAC (RFC 8725 §3.1). Keep secrets apart from public keys.'
		});
	}
	const summary = `JWKS: ${candidates.length} key${candidates.length === 1 ? '' : 's'}${candidates.length ? ' — ' : ''}${candidates
		.slice(0, 12)
		.map(
			(c) =>
				`${c.view.kid !== undefined ? quoted(c.view.kid, 40) : '#' + (candidates.indexOf(c) + 1)} ${c.view.alg !== undefined ? algorithmName(c.view.alg) : shortType(c.view)}`
		)
		.join(', ')}${candidates.length > 12 ? ', …' : ''}`;
	return {
		view: { kind: 'jwks', summary, keys: candidates.map((c) => c.view), findings },
		candidates,
		isSet: true
	};
}

function privateJwkFinding(labels: string): Finding {
	return {
		code: 'key.private-jwk',
		severity: 'warning',
		message: `${capitalise(labels)} include${labels.includes(',') ? '' : 's'} private key material ("d" and friends). Only the public part is used, and only it is needed. A private key must never be pasted into tools: treat this one as exposed and rotate it.`
	};
}

/** Reads one JWK; problems that make it unusable are recorded on it, never thrown. */
function readJwk(
	value: unknown,
	label: string | undefined,
	source: KeySource,
	index = 0
): KeyCandidate {
	const fallbackLabel = label ?? `key #${index + 1}`;
	if (!isJsonObject(value)) {
		return broken(fallbackLabel, source, {
			code: 'key.jwk-not-object',
			severity: 'error',
			message: `${capitalise(fallbackLabel)} is not a JSON object.`
		});
	}
	const kid = typeof value.kid === 'string' ? value.kid : undefined;
	const name = label ?? (kid !== undefined ? `key ${quoted(kid)}` : fallbackLabel);
	const problems: Finding[] = [];
	const meta: Partial<KeyView> = {};
	if (kid !== undefined) meta.kid = kid;
	else if (value.kid !== undefined)
		problems.push({
			code: 'key.jwk-member-type',
			severity: 'error',
			message: `${capitalise(name)}'s "kid" must be a string (RFC 7517 §4.5).`
		});
	if (typeof value.alg === 'string') meta.alg = value.alg;
	if (typeof value.use === 'string') meta.use = value.use;
	if (Array.isArray(value.key_ops))
		meta.keyOps = value.key_ops.filter((op): op is string => typeof op === 'string');
	else if (value.key_ops !== undefined)
		problems.push({
			code: 'key.jwk-member-type',
			severity: 'error',
			message: `${capitalise(name)}'s "key_ops" must be an array of strings (RFC 7517 §4.3).`
		});

	const kty = value.kty;
	if (typeof kty !== 'string') {
		return broken(
			name,
			source,
			{
				code: 'key.jwk-no-kty',
				severity: 'error',
				message: `${capitalise(name)} has no "kty" (key type), which every JWK must have (RFC 7517 §4.1).`
			},
			meta
		);
	}
	const missing = (member: string) => ({
		code: 'key.jwk-missing-member',
		severity: 'error' as const,
		message: `The JWK has no "${member}", which a "${kty}" key needs (RFC 7518 §6).`
	});
	const hasPrivateParts = kty !== 'oct' && PRIVATE_MEMBERS.some((m) => m in value);
	const members = (...names: string[]) => {
		const out: Record<string, string> = {};
		for (const m of names) {
			const v = value[m];
			if (typeof v !== 'string')
				problems.push(
					v === undefined
						? missing(m)
						: {
								code: 'key.jwk-member-type',
								severity: 'error',
								message: `The JWK's "${m}" must be a base64url string.`
							}
				);
			else if (decodeBase64url(v).faults.some((f) => f.code !== 'b64.trailing-bits'))
				problems.push({
					code: 'key.jwk-member-encoding',
					severity: 'error',
					message: `The JWK's "${m}" is not valid base64url.`
				});
			else out[m] = v;
		}
		return out;
	};

	if (kty === 'oct') {
		const { k } = members('k');
		if (k === undefined) return broken(name, source, problems[0]!, meta);
		const bytes = decodeBase64url(k).bytes;
		const candidate = secretCandidate(bytes, name, source, meta);
		candidate.view.problems.unshift(...problems);
		// A "secret" whose bytes are a public key is how algorithm-confusion forgeries are built (RFC 8725 §2.1).
		const found = publicKeyInBytes(bytes, MAX_LAYERS);
		if (found)
			candidate.view.problems.unshift({
				code: 'key.public-key-as-secret',
				severity: 'error',
				message: `${capitalise(name)}'s "k" is a ${found}. A public key must never be used as an HMAC secret: that is the algorithm-confusion attack (RFC 8725 §2.1), and anyone holding the public key could sign tokens.`
			});
		return candidate;
	}
	let jwk: PublicJwk | undefined;
	let bits: number | undefined;
	if (kty === 'RSA') {
		const { n, e } = members('n', 'e');
		if (n !== undefined && e !== undefined) {
			jwk = { kty, n, e };
			const assessment = assessRsa(n, e);
			bits = assessment.bits;
			for (const p of assessment.problems) problems.push({ ...p, severity: 'error' });
		}
	} else if (kty === 'EC' || kty === 'OKP') {
		const crv = value.crv;
		if (typeof crv !== 'string') problems.push(missing('crv'));
		const coords = kty === 'EC' ? members('x', 'y') : members('x');
		if (typeof crv === 'string' && problems.length === 0) {
			jwk = { kty, crv, ...coords };
			const unsupported = unsupportedCurve(kty, crv);
			if (unsupported)
				problems.push({ code: 'key.unsupported', severity: 'error', message: unsupported });
			// A small-order or non-canonical Edwards key has no private key, and lets forgeries verify (RFC 8032
			// §5.1.7): refused wherever it comes from, as SPKI, certificates and JWKS all arrive here.
			if (kty === 'OKP' && (crv === 'Ed25519' || crv === 'Ed448'))
				for (const p of assessEdwards(crv, coords.x!).problems)
					problems.push({ ...p, severity: 'error' });
		}
		if (typeof crv === 'string') meta.crv = crv;
	} else {
		problems.push({
			code: 'key.unsupported',
			severity: 'error',
			message: `Key type ${quoted(kty)} cannot verify the JWS algorithms this inspector supports (oct, RSA, EC, OKP).`
		});
	}
	return {
		view: {
			label: name,
			kty,
			source,
			hasPrivateParts,
			problems,
			...(bits !== undefined ? { bits } : {}),
			...meta
		},
		...(jwk && !problems.some((p) => p.severity === 'error') ? { jwk } : {})
	};
}

function unsupportedCurve(kty: string, crv: string): string | undefined {
	if (kty === 'EC') {
		if (['P-256', 'P-384', 'P-521'].includes(crv)) return undefined;
		if (crv === 'secp256k1')
			return "The key is on secp256k1 (ES256K, RFC 8812), which browsers' WebCrypto cannot verify.";
		return `${quoted(crv)} is not a curve JWS uses for EC keys (P-256, P-384, P-521).`;
	}
	if (crv === 'Ed25519') return undefined;
	if (crv === 'Ed448') return 'The key is Ed448, which WebCrypto in most browsers cannot verify.';
	if (crv === 'X25519' || crv === 'X448')
		return `${quoted(crv)} is a key-agreement curve (for JWE), not a signing one.`;
	return `${quoted(crv)} is not a curve JWS uses for OKP keys (Ed25519).`;
}

function publicCandidate(jwk: PublicJwk, label: string, source: KeySource): KeyCandidate {
	const candidate = readJwk(jwk, label, source);
	return candidate;
}

function broken(
	label: string,
	source: KeySource,
	problem: Finding,
	meta: Partial<KeyView> = {}
): KeyCandidate {
	return {
		view: { label, kty: 'unknown', source, hasPrivateParts: false, problems: [problem], ...meta }
	};
}

/** Whether a key can be used at all: it has no error of its own (a private PEM, a JWK missing "n", …). */
export function isUsable(candidate: KeyCandidate): boolean {
	return !candidate.view.problems.some((p) => p.severity === 'error');
}

/** A short human description of a key: "RSA public key, 2048 bits", "EC P-256 public key". */
export function describeKey(candidate: KeyCandidate): string {
	const v = candidate.view;
	const part = v.hasPrivateParts ? 'private key' : 'public key';
	let text: string;
	if (v.kty === 'oct') {
		const bytes = (v.bits ?? 0) / 8;
		text = `HMAC secret, ${bytes} byte${bytes === 1 ? '' : 's'}`;
	} else if (v.kty === 'RSA')
		text = `RSA ${part}${v.source === 'pkcs1' ? ' (PKCS #1)' : ''}${v.bits !== undefined ? `, ${v.bits} bits` : ''}`;
	else if (v.kty === 'EC') text = `EC ${v.crv ?? ''} ${part}`;
	else if (v.kty === 'OKP') text = `${v.crv ?? 'OKP'} ${part}`;
	else text = 'unreadable key';
	if (v.certificate)
		text = `X.509 certificate for ${quoted(v.certificate.subject)}${v.certificate.notAfter ? `, valid until ${v.certificate.notAfter.slice(0, 10)}` : ''}: ${text}`;
	if (v.kid !== undefined && v.source !== 'jwks') text += `, kid ${quoted(v.kid)}`;
	if (v.alg !== undefined) text += `, for ${algorithmName(v.alg)}`;
	return text;
}

function shortType(view: KeyView): string {
	if (view.kty === 'EC' || view.kty === 'OKP') return view.crv ?? view.kty;
	return view.kty;
}
