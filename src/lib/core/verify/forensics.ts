// When a signature fails, find out why, as an experienced engineer would: try the readings of the key a
// confused issuer or API might have used. A reading that verifies never turns the failure into a pass; it
// only names the cause. Runs only after a failed verification, with a bounded number of attempts.
import type { ParsedToken } from '../token/parse';
import { readKey, type KeyCandidate, type KeyInput } from '../keys/read-key';
import { ALGORITHMS } from '../algorithms';
import type { KeyEncoding } from '../types';
import type { Verification } from './verify-signature';

/** The causes a failed signature can be traced to: the codes the signature check passes on. */
export const FORENSICS_CODES = ['signature.secret-encoding', 'signature.rsa-padding'] as const;

/** A cause found for a failed signature: a stable code and what to tell the user. */
export interface Forensics {
	code: (typeof FORENSICS_CODES)[number];
	detail: string;
	fix: string;
	spec: string;
	/** For `signature.secret-encoding`: the Secret encoding under which the signature verifies. */
	encoding?: Exclude<KeyEncoding, 'auto'>;
}

/** The key field as typed, to read it again in other encodings; `read` may cache (it defaults to readKey). */
export interface TypedKey {
	text: string;
	encoding: KeyEncoding;
	read?: (text: string, encoding: KeyEncoding) => KeyInput;
}

type SecretEncoding = Exclude<KeyEncoding, 'auto'>;
const READINGS: SecretEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];
/** The options of the page's "Secret encoding" choice. */
const CHOICE: Record<SecretEncoding, string> = {
	utf8: 'UTF-8 text',
	base64: 'base64',
	base64url: 'base64url',
	hex: 'hex'
};
/** Longer key text is not a secret anyone types: it is not read again in other encodings. */
const MAX_SECRET_TEXT = 16_384;
/** At most this many RSA keys are tried with the other padding: the cost stays bounded for a large JWKS. */
const MAX_RSA_RETRIES = 4;

/** Looks for the cause of a failed signature; undefined when it verified, was not tried, or no cause shows. */
export async function investigateFailure(
	token: ParsedToken,
	keys: KeyInput,
	verification: Verification,
	typed: TypedKey
): Promise<Forensics | undefined> {
	const { spec, alg } = verification;
	const failed = verification.attempts.filter((a) => a.outcome === 'failed');
	if (verification.verifiedBy || failed.length === 0 || !spec || alg === undefined) return;
	// With "b64": false (RFC 7797) the signed bytes are not the compact text: not worth guessing at.
	if (!token.compact || !token.signature || token.header?.b64 === false) return;
	const input = new TextEncoder().encode(token.compact.slice(0, token.compact.lastIndexOf('.')));
	const signature = token.signature;
	const hash = `SHA-${spec.hashBytes * 8}`;

	if (
		spec.family === 'HMAC' &&
		keys.view.kind === 'secret' &&
		typed.text.length <= MAX_SECRET_TEXT
	) {
		const read = typed.read ?? readKey;
		const used = typed.encoding === 'auto' ? 'utf8' : typed.encoding;
		const usedBytes = keys.candidates[0]?.secret;
		for (const encoding of READINGS) {
			if (encoding === used) continue;
			// readKey refuses a public key in any encoding (RFC 8725 §2.1), so no reading is ever one.
			const reading = read(typed.text, encoding);
			const bytes = reading.view.kind === 'secret' ? reading.candidates[0]?.secret : undefined;
			if (!bytes || bytes.length === 0 || (usedBytes && sameBytes(bytes, usedBytes))) continue;
			if (await hmacVerifies(bytes, hash, input, signature)) {
				return {
					code: 'signature.secret-encoding',
					detail: `The signature does not verify with the secret read as ${CHOICE[used]}, but it verifies when the secret is read as ${CHOICE[encoding]}: the issuer and your API disagree on the secret's encoding. It is not called valid until the secret is read the way the issuer reads it.`,
					fix: `Set "Secret encoding" to ${CHOICE[encoding]} to confirm, then make the API decode the secret as the issuer does (a base64 secret is usually meant to be decoded to bytes first).`,
					spec: 'RFC 7518 §3.2',
					encoding
				};
			}
		}
	}

	if (spec.family === 'RSA' || spec.family === 'RSA-PSS') {
		const bits = spec.hashBytes * 8;
		const other = `${spec.family === 'RSA' ? 'PS' : 'RS'}${bits}`;
		if (!Object.hasOwn(ALGORITHMS, other)) return;
		for (const attempt of failed.slice(0, MAX_RSA_RETRIES)) {
			if (await rsaVerifies(attempt.candidate, other, hash, spec.hashBytes, input, signature)) {
				const name = (a: string) =>
					a.startsWith('PS') ? `RSASSA-PSS (${a})` : `RSASSA-PKCS1-v1_5 (${a})`;
				const label = attempt.candidate.view.label;
				return {
					code: 'signature.rsa-padding',
					detail: `The signature does not verify as ${alg}, but the same key (${label === 'the key' ? 'the supplied key' : label}) verifies it as ${other}: the signer uses ${name(other)} while its header claims ${name(alg)}. The header and the signature disagree, so the token is rejected.`,
					fix: `Fix the signer so that its "alg" names the padding it really uses (${other}), or make it sign with ${alg}; never accept the token under an algorithm it was not signed with.`,
					spec: 'RFC 7518 §3.3, §3.5'
				};
			}
		}
	}
	return undefined;
}

async function hmacVerifies(
	secret: Uint8Array,
	hash: string,
	input: Uint8Array,
	signature: Uint8Array
): Promise<boolean> {
	const key = await crypto.subtle.importKey(
		'raw',
		secret as Uint8Array<ArrayBuffer>,
		{ name: 'HMAC', hash },
		false,
		['verify']
	);
	return crypto.subtle.verify(
		'HMAC',
		key,
		signature as Uint8Array<ArrayBuffer>,
		input as Uint8Array<ArrayBuffer>
	);
}

/** Whether an RSA key verifies the signature under `alg`'s padding; a key WebCrypto refuses does not. */
async function rsaVerifies(
	candidate: KeyCandidate,
	alg: string,
	hash: string,
	hashBytes: number,
	input: Uint8Array,
	signature: Uint8Array
): Promise<boolean> {
	const jwk = candidate.jwk;
	if (!jwk || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return false;
	const pss = alg.startsWith('PS');
	const name = pss ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
	try {
		// Only n and e: the JWK's own "alg" would make WebCrypto refuse the other padding.
		const key = await crypto.subtle.importKey(
			'jwk',
			{ kty: 'RSA', n: jwk.n, e: jwk.e },
			{ name, hash },
			false,
			['verify']
		);
		// RFC 7518 §3.5: the PSS salt is as long as the hash output.
		const params = pss ? { name, saltLength: hashBytes } : { name };
		return await crypto.subtle.verify(
			params,
			key,
			signature as Uint8Array<ArrayBuffer>,
			input as Uint8Array<ArrayBuffer>
		);
	} catch (error) {
		// A key WebCrypto will not import for this padding (e.g. too small) is a key that does not verify.
		if (
			error instanceof TypeError ||
			(typeof DOMException !== 'undefined' && error instanceof DOMException)
		)
			return false;
		throw error;
	}
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
