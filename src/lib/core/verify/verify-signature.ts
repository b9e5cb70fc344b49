// Verifies the signature with the keys the user supplied, and only those: jose checks the bytes, this module
// decides which keys may be tried for the header's "alg" (RFC 8725 §3.1: the key, not the header, sets the
// algorithm family) and records why every other key was passed over.
import { compactVerify, errors, importJWK, type CryptoKey } from 'jose';
import type { ParsedToken } from '../token/parse';
import { PRIVATE_MEMBERS, isUsable, type KeyCandidate, type KeyInput } from '../keys/read-key';
import {
	ALGORITHMS,
	algorithmName,
	keyNeed,
	keyTypeWords,
	type AlgorithmSpec
} from '../algorithms';
import { isJsonObject } from '../token/json';
import { quoted, quotedList } from '../text';
import type { KeyReadingCode } from '../keys/key-codes';

/** Why a supplied key does not fit the token, so it was not tried: the codes the key check passes on. */
export const KEY_MISMATCH_CODES = [
	'key.kid-other',
	'key.type-mismatch',
	'key.curve-mismatch',
	'key.alg-mismatch',
	'key.use-mismatch',
	'key.ops-mismatch',
	'key.import-failed'
] as const;

/** Why a key was passed over without being tried: a problem reading it, or a mismatch with the token. */
export type PassedOverCode = KeyReadingCode | (typeof KEY_MISMATCH_CODES)[number];

/** Why no key was tried at all: the codes the signature check passes on as its own. */
export const BLOCKED_CODES = [
	'signature.no-key',
	'signature.no-token',
	'signature.no-algorithm',
	'signature.unverifiable'
] as const;

/** One key's part in the attempt. */
export interface Attempt {
	candidate: KeyCandidate;
	outcome: 'verified' | 'failed' | 'skipped';
	code?:
		| PassedOverCode
		| 'signature.unverifiable'
		| 'signature.not-needed'
		| 'signature.verifier-refused'
		| 'signature.mismatch';
	reason?: string;
}

/** What happened when the signature was checked, and what stood in the way if it was not. */
export interface Verification {
	alg?: string;
	spec?: AlgorithmSpec;
	attempts: Attempt[];
	verifiedBy?: KeyCandidate;
	/** Why no key was tried at all, when none was. */
	blocked?: { code: (typeof BLOCKED_CODES)[number]; message: string };
	/** At least one usable supplied key is of the type the header's algorithm needs. */
	typeFits: boolean;
	/** The header names a kid that the supplied key set does not have. */
	kidNotFound?: { kid: string; available: string[] };
	/** More than one supplied key carries the header's kid. */
	duplicateKid?: string;
	/** A single key (not a set) whose kid differs from the header's: tried anyway, and worth a warning. */
	kidMismatch?: { token: string; key: string };
	/** The token verifies with a key it carries in its own header: proof of nothing. */
	selfSigned?: boolean;
}

/** Tries the supplied keys that fit the token, in order, until one verifies the signature. */
export async function verifySignature(token: ParsedToken, keys: KeyInput): Promise<Verification> {
	const header = token.header;
	const alg = typeof header?.alg === 'string' ? header.alg : undefined;
	const spec = alg !== undefined && Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg] : undefined;
	const result: Verification = {
		attempts: [],
		typeFits: false,
		...(alg !== undefined ? { alg } : {}),
		...(spec ? { spec } : {})
	};

	if (header && spec && token.verifiable && isJsonObject(header.jwk)) {
		result.selfSigned = await verifiesWithEmbeddedKey(token, header.jwk, alg!);
	}
	if (keys.candidates.length === 0) {
		result.blocked = { code: 'signature.no-key', message: 'No key was supplied.' };
		return result;
	}
	if (!header || !token.compact || token.view.kind === 'jwe') {
		result.blocked = { code: 'signature.no-token', message: 'There is no JWS to verify.' };
		return result;
	}
	if (!spec || alg === undefined) {
		result.blocked = {
			code: 'signature.no-algorithm',
			message:
				alg === 'none'
					? 'The token is unsecured ("alg": "none"): it has no signature.'
					: 'The header names no algorithm this inspector can verify.'
		};
		return result;
	}

	const headerKid = typeof header.kid === 'string' ? header.kid : undefined;
	result.typeFits = keys.candidates.some((c) => isUsable(c) && fitsType(c, spec));
	// RFC 7517 §4.5: "kid" matches a JWK's "kid". Only a JWK Set is chosen from by kid; several PEM blocks cannot
	// carry one, so they are chosen by type, as a single key is.
	const selectsByKid = keys.isSet && keys.view.kind === 'jwks';
	if (selectsByKid && headerKid !== undefined) {
		const matching = keys.candidates.filter((c) => c.view.kid === headerKid);
		if (matching.length === 0) {
			result.kidNotFound = {
				kid: headerKid,
				available: keys.candidates.flatMap((c) => (c.view.kid === undefined ? [] : [c.view.kid]))
			};
		} else if (matching.length > 1) {
			result.duplicateKid = headerKid;
		}
	}
	const single = keys.isSet ? undefined : keys.candidates[0]?.view.kid;
	if (headerKid !== undefined && single !== undefined && single !== headerKid)
		result.kidMismatch = { token: headerKid, key: single };
	// Which keys may be tried is settled before any cryptography, so the key row can name the chosen key even
	// when the token is too broken to verify.
	const unusable = keys.candidates.map((c) =>
		whyNotUsable(c, spec, alg, selectsByKid ? headerKid : undefined)
	);
	const crit = critOption(header.crit);
	const unverifiable = !token.verifiable
		? "the token's structure is broken, so the signed bytes are uncertain"
		: crit === undefined
			? 'the header\'s "crit" is malformed'
			: undefined;
	if (unverifiable !== undefined) {
		result.blocked = { code: 'signature.unverifiable', message: `Not checked: ${unverifiable}.` };
	}
	for (const [i, candidate] of keys.candidates.entries()) {
		const reason = unusable[i];
		if (reason) {
			result.attempts.push({ candidate, outcome: 'skipped', ...reason });
		} else if (unverifiable !== undefined || crit === undefined) {
			result.attempts.push({
				candidate,
				outcome: 'skipped',
				code: 'signature.unverifiable',
				reason: unverifiable
			});
		} else if (result.verifiedBy) {
			result.attempts.push({
				candidate,
				outcome: 'skipped',
				code: 'signature.not-needed',
				reason: 'another key verified first'
			});
		} else {
			const attempt = await tryKey(token.compact!, candidate, alg, crit);
			result.attempts.push(attempt);
			if (attempt.outcome === 'verified') result.verifiedBy = candidate;
		}
	}
	return result;
}

/** True when a key is of the type (and curve) the algorithm needs. */
function fitsType(candidate: KeyCandidate, spec: AlgorithmSpec): boolean {
	return (
		candidate.view.kty === spec.kty && (spec.crv === undefined || candidate.view.crv === spec.crv)
	);
}

function whyNotUsable(
	candidate: KeyCandidate,
	spec: AlgorithmSpec,
	alg: string,
	setKid: string | undefined
): { code: PassedOverCode; reason: string } | undefined {
	const v = candidate.view;
	if (!isUsable(candidate)) {
		const problem = v.problems.find((p) => p.severity === 'error')!;
		return { code: problem.code, reason: problem.message };
	}
	if (setKid !== undefined && v.kid !== setKid) {
		return {
			code: 'key.kid-other',
			reason:
				v.kid === undefined
					? `it has no kid, and the token asks for ${quoted(setKid)}`
					: `its kid ${quoted(v.kid)} is not the token's ${quoted(setKid)}`
		};
	}
	if (v.kty !== spec.kty)
		return {
			code: 'key.type-mismatch',
			reason: `${alg} needs ${keyNeed(spec)}, and this is ${keyTypeWords(candidate.view)}`
		};
	if (spec.crv !== undefined && v.crv !== spec.crv)
		return {
			code: 'key.curve-mismatch',
			reason: `${alg} needs ${keyNeed(spec)}, and this key is on ${v.crv}`
		};
	// RFC 7517 §4.4: "alg" names the algorithm the key is intended for; a verifier must not use it for another.
	// "EdDSA" on an Ed25519 key and the fully-specified "Ed25519" (RFC 9864 §2.2) are the same algorithm.
	if (v.alg !== undefined && v.alg !== alg && !sameEd25519(v.alg, alg))
		return {
			code: 'key.alg-mismatch',
			reason: `it is declared for ${algorithmName(v.alg)} (its "alg"), and the token says ${alg}`
		};
	// RFC 7517 §4.2, §4.3: a key meant for encryption, or not for verifying, must not verify signatures.
	if (v.use !== undefined && v.use !== 'sig')
		return { code: 'key.use-mismatch', reason: `its "use" is ${quoted(v.use)}, not "sig"` };
	if (v.keyOps !== undefined && !v.keyOps.includes('verify'))
		return {
			code: 'key.ops-mismatch',
			reason: `its "key_ops" (${quotedList(v.keyOps, 8) || 'none'}) do not include "verify"`
		};
	return undefined;
}

function sameEd25519(a: string, b: string): boolean {
	return (a === 'EdDSA' || a === 'Ed25519') && (b === 'EdDSA' || b === 'Ed25519');
}

const imported = new WeakMap<KeyCandidate, Map<string, CryptoKey>>();

/**
 * The candidate as a CryptoKey for `alg`, imported once per key input and algorithm: re-reading the same key
 * on every keystroke would cost more than the verification itself.
 */
async function keyFor(candidate: KeyCandidate, alg: string): Promise<CryptoKey | Uint8Array> {
	let byAlg = imported.get(candidate);
	if (!byAlg) imported.set(candidate, (byAlg = new Map()));
	let key = byAlg.get(alg);
	if (!key) {
		key = candidate.secret
			? await importHmacSecret(candidate.secret, alg)
			: ((await importJWK({ ...candidate.jwk }, alg)) as CryptoKey);
		byAlg.set(alg, key);
	}
	return key;
}

/** An HMAC secret as a verify-only CryptoKey; jose checks its algorithm against the header's (RFC 7518 §3.2). */
function importHmacSecret(secret: Uint8Array, alg: string): Promise<CryptoKey> {
	return crypto.subtle.importKey(
		'raw',
		secret as Uint8Array<ArrayBuffer>,
		{ name: 'HMAC', hash: `SHA-${alg.slice(2)}` },
		false,
		['verify']
	);
}

async function tryKey(
	compact: string,
	candidate: KeyCandidate,
	alg: string,
	crit: Record<string, boolean>
): Promise<Attempt> {
	let key: CryptoKey | Uint8Array;
	try {
		key = await keyFor(candidate, alg);
	} catch (error) {
		if (!isExpectedCryptoError(error)) throw error;
		return {
			candidate,
			outcome: 'skipped',
			code: 'key.import-failed',
			reason: `the key could not be imported: ${messageOf(error)}`
		};
	}
	try {
		await compactVerify(compact, key, { algorithms: [alg], crit });
		return { candidate, outcome: 'verified' };
	} catch (error) {
		if (error instanceof errors.JWSSignatureVerificationFailed)
			return { candidate, outcome: 'failed', code: 'signature.mismatch' };
		if (!isExpectedCryptoError(error)) throw error;
		return {
			candidate,
			outcome: 'skipped',
			code: 'signature.verifier-refused',
			reason: `the verifier refused: ${messageOf(error)}`
		};
	}
}

async function verifiesWithEmbeddedKey(
	token: ParsedToken,
	jwk: Record<string, unknown>,
	alg: string
): Promise<boolean> {
	try {
		const publicPart = Object.fromEntries(
			Object.entries(jwk).filter(([k]) => k !== 'k' && !PRIVATE_MEMBERS.includes(k))
		);
		const key = await importJWK(publicPart, alg);
		await compactVerify(token.compact!, key, {
			algorithms: [alg],
			crit: critOption(token.header?.crit) ?? {}
		});
		return true;
	} catch (error) {
		if (!isExpectedCryptoError(error)) throw error;
		return false;
	}
}

/** jose refuses "crit" names it does not recognise; the crit check judges them, so all are recognised here. */
function critOption(crit: unknown): Record<string, boolean> | undefined {
	if (crit === undefined) return {};
	if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string'))
		return undefined;
	return Object.fromEntries(crit.map((name) => [name, true]));
}

// The errors that key material and tokens from users can cause: jose's own, WebCrypto's, and type errors for
// keys WebCrypto will not take. Anything else is a bug and propagates.
/** Whether an error is one that key material or a token from a user can cause (not a bug). */
export function isExpectedCryptoError(error: unknown): boolean {
	return (
		error instanceof errors.JOSEError ||
		error instanceof TypeError ||
		(typeof DOMException !== 'undefined' && error instanceof DOMException) ||
		(error instanceof Error && error.name === 'DataError')
	);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
