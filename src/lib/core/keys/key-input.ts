// The shapes every key reader returns: one candidate per key found, and the key field as a whole. The
// readers of each format (secret.ts, pem-key.ts, jwk.ts, jwks.ts) build them with the helpers below.
import type { KeyInputView, KeySource, KeyView } from '../types';
// Every finding made here is about the key, so its code is one of KEY_READING_CODES.
import type { KeyFinding as Finding } from './key-codes';
import type { PublicJwk } from './public-key-der';

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

/** The key field when it is empty: no key, and nothing to say about it. */
export function none(): KeyInput {
	return {
		view: { kind: 'none', summary: 'No key', keys: [], findings: [] },
		candidates: [],
		isSet: false
	};
}

/** The key field when nothing in it can be used: one finding says why. */
export function unreadable(finding: Finding): KeyInput {
	return {
		view: { kind: 'unreadable', summary: finding.message, keys: [], findings: [finding] },
		candidates: [],
		isSet: false
	};
}

/** A key too damaged to have a type: it is listed, with the problem that stops it, and never tried. */
export function broken(
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
