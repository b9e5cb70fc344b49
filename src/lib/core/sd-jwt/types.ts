// What the report says of an SD-JWT (RFC 9901): each disclosure decoded, whether its digest is in the payload,
// the key-binding JWT, and the claims with the disclosures applied. Plain data, structured-cloneable.
import type { Finding, Span } from '../types';

/** The codes of the SD-JWT findings the structure row carries (checks/structure.ts declares them). */
export const SD_JWT_CODES = [
	'structure.sd-disclosure-malformed',
	'structure.sd-disclosure-unreferenced',
	'structure.sd-disclosure-misplaced',
	'structure.sd-digest-repeated',
	'structure.sd-name-clash',
	'structure.sd-unknown-hash',
	'structure.sd-missing-tilde',
	'structure.sd-too-many-disclosures',
	'structure.kb-malformed',
	'structure.kb-typ',
	'structure.kb-sd-hash-mismatch',
	'structure.kb-signature-failed',
	'structure.kb-no-holder-key',
	'structure.kb-iat-future',
	'structure.kb-iat-old',
	'structure.kb-iat-not-number'
] as const;
export type SdJwtCode = (typeof SD_JWT_CODES)[number];

/** One disclosure (RFC 9901 §4.2) as presented. */
export interface DisclosureView {
	/** `property`: `[salt, name, value]` (§4.2.1); `element`: `[salt, value]` (§4.2.2); `malformed`: neither. */
	kind: 'property' | 'element' | 'malformed';
	name?: string;
	value?: unknown;
	/** Its digest with the payload's `_sd_alg` (§4.2.3); absent when that hash is unknown here. */
	digest?: string;
	/** Whether its digest is in the payload or in another disclosure used; undefined when not computable. */
	referenced?: boolean;
	span: Span;
}

/** The key-binding JWT (RFC 9901 §4.3), decoded. */
export interface KeyBindingView {
	header?: Record<string, unknown>;
	claims?: Record<string, unknown>;
	/** Its `sd_hash` against the SD-JWT presented before it (§4.3.1). */
	sdHash: 'match' | 'mismatch' | 'missing' | 'unchecked';
	/**
	 * Its signature checked with the payload's `cnf.jwk` (RFC 7800 §3.2): holder binding only. A key the token
	 * carries, so it never makes the token valid: the issuer-signed JWT with the user's key decides.
	 */
	holderSignature: 'verified' | 'failed' | 'no-holder-key' | 'unsupported';
	span: Span;
}

/** Everything the report says of an SD-JWT beyond its issuer-signed JWT. */
export interface SdJwtView {
	/** `_sd_alg`, or `sha-256` when absent (§4.1.1). */
	hashAlg: string;
	disclosures: DisclosureView[];
	/** Disclosures past the ones decoded (a hostile paste must not fill the report). */
	notRead: number;
	keyBinding?: KeyBindingView;
	/**
	 * The issuer-signed claims with the presented disclosures applied (§7.1): shown, labelled so, and never fed to
	 * the claim checks, which judge what the issuer signed directly (see read.ts). Absent when the claims are not
	 * an object.
	 */
	disclosedClaims?: Record<string, unknown>;
	findings: Finding<SdJwtCode>[];
}
