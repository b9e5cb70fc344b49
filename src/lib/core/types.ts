// The core's public data shapes. Everything here is plain data (structured-cloneable), so a report can
// cross from a Web Worker to the page unchanged. See ../shared/page-contract.md, "The core's entry point".
import type { CHECKS } from './checks/registry';
import type { Alternative, Found } from './input/locate';
import type { KeyReadingCode } from './keys/key-codes';
import type { Provider } from './providers/types';
import type { FormatDecoded, TokenFormat } from './formats/types';
import type { SdJwtView } from './sd-jwt/types';
import type { DecryptionKeyView } from './decrypt/decryption-key';

export type * from './providers/types';
export type { FormatDecoded, TokenFormat } from './formats/types';
export type { DisclosureView, KeyBindingView, SdJwtCode, SdJwtView } from './sd-jwt/types';
/** The Decryption key field as the inspector understood it, without any key material. */
export type { DecryptionKeyView } from './decrypt/decryption-key';

/** How a check judged the token. `skip` means there was nothing to judge (no key, no expected value). */
export type Status = 'pass' | 'warn' | 'fail' | 'skip' | 'info';

/** The overall answer. `valid` needs a signature verified with a key the user supplied and no failed check. */
export type Verdict = 'valid' | 'invalid' | 'unverified';

/** How a secret typed into the key field is turned into bytes. `auto` reads it as UTF-8 text. */
export type KeyEncoding = 'auto' | 'utf8' | 'base64' | 'base64url' | 'hex';

/** Offsets into the text the user pasted (not into the normalised token), half-open: [from, to). */
export interface Span {
	from: number;
	to: number;
}

/**
 * One thing noticed, with a stable code for tests and callers, and where it is when it has a place. `Code` is
 * the codes its maker declares (e.g. KeyReadingCode), so a check that passes a finding's code on can declare it.
 */
export interface Finding<Code extends string = string> {
	code: Code;
	severity: 'error' | 'warning' | 'info';
	message: string;
	span?: Span;
}

/**
 * The check IDs of the page contract, as checks/registry.ts lists the checks (CHECK_IDS there is the ordered
 * list). A type-only import: the page names IDs and codes without loading the checks.
 */
export type CheckId = (typeof CHECKS)[number]['id'];

/** Every code a check can conclude with: the union of what each check declares in its `codes`. */
export type CheckCode = (typeof CHECKS)[number]['codes'][number];

/**
 * The code of a row the receiving page shows as the sender's result, not judged here (share/reported.ts): no
 * check concludes with it, so it is not a CheckCode.
 */
export type ReportedCode = `${CheckId}.reported`;

/** One part of a ValueDiff: text both values share, or text only the expected or only the token's value has. */
export interface DiffPart {
	text: string;
	side: 'same' | 'expected' | 'actual';
}

/**
 * How the value the API expects and the token's value differ (iss, aud), for the checklist to mark: the parts
 * in order, each value's own text being its `same` parts and its side's parts. Long values and parts are cut
 * in the middle with "…" (checks/support/value-diff.ts), so a diff stays small whatever the token holds.
 */
export interface ValueDiff {
	expected: string;
	actual: string;
	parts: DiffPart[];
}

/** One checklist row. `code` is stable (e.g. `exp.expired`); the wording of `detail` and `fix` may improve. */
export interface CheckResult {
	id: CheckId;
	status: Status;
	code: CheckCode | ReportedCode;
	title: string;
	detail: string;
	fix?: string;
	spec?: string;
	span?: Span;
	findings?: Finding[];
	/** For an iss or aud mismatch: the two values with the part that differs. */
	diff?: ValueDiff;
	/** A labelled what-if a failed row offers, never its fix: the input under which it would pass. */
	whatIf?: WhatIf;
}

/**
 * The one input a failed row would pass under, for the page to offer as an explicit what-if (issue 18, item 7):
 * a small leeway on a time row (RFC 7519 §4.1.4–4.1.6 allow "some small leeway, usually no more than a few
 * minutes"), or the Secret encoding under which an HMAC signature verifies (RFC 7518 §3.2). It never makes the
 * report pass: the page sets the input and the report is judged again.
 */
export type WhatIf =
	| { input: 'leewaySeconds'; value: number }
	| { input: 'keyEncoding'; value: Exclude<KeyEncoding, 'auto'> };

/** What `inspect` takes: the pasted token, the key and what the API expects. `now` is always given. */
export interface InspectInput {
	token: string;
	key?: string;
	keyEncoding?: KeyEncoding;
	audience?: string;
	issuer?: string;
	/**
	 * The subject a trust policy expects (CI workload identities): an exact value, or a pattern where `*` matches
	 * any run of characters and `?` one character, as AWS's StringLike reads them. Empty or absent: not checked.
	 */
	subject?: string;
	/** The scopes the API requires, separated by spaces; empty or absent means "not checked". */
	requiredScopes?: string;
	leewaySeconds?: number;
	/**
	 * The issuer whose discovery document named the key set in `key` ("Fetch issuer keys" from the token's
	 * `iss`); absent when the user typed or pasted the key, or typed the JWKS URL. Such keys are the token's
	 * choice, not the user's: without an expected issuer they never make a token valid (see `verdictOf`).
	 */
	keyFetchedFor?: string;
	/**
	 * The Decryption key (issue 19): a private JWK or JWKS, a PEM private key, or a shared secret or password,
	 * for a JWE. Used only to decrypt; never put into a report, a link or storage.
	 */
	decryptionKey?: string;
	now: Date;
}

/**
 * The JWE layer of a token the Decryption key opened: its header and algorithms, and the JWE as pasted (its
 * segments are spans in the pasted text, for the editor). `Report.token` is then the token inside it.
 */
export interface JweLayerView {
	alg?: string;
	enc?: string;
	kid?: string;
	zip?: string;
	cty?: string;
	header: Record<string, unknown>;
	headerJson: string;
	/** What the plaintext is: a nested JWT, a claims set, or other text or bytes. */
	content: 'jwt' | 'claims' | 'text' | 'binary';
	normalized: string;
	segments: SegmentView[];
	removed: Removal[];
}

/** Something the input normaliser took away from the pasted token before reading it. */
export type { Alternative, Found, FoundFrom } from './input/locate';

export interface Removal {
	/**
	 * `surroundings`: the text around a token found inside it; `url-encoding`: a `%XX` escape decoded;
	 * `base64-alphabet`: a standard-base64 "+" or "/" read as "-" or "_"; `padding`: "=" dropped; `form-space`: a
	 * space form decoding left, read as "-" (input/repair.ts).
	 */
	kind:
		| 'whitespace'
		| 'line-breaks'
		| 'quotes'
		| 'prefix'
		| 'surroundings'
		| 'url-encoding'
		| 'base64-alphabet'
		| 'padding'
		| 'form-space';
	text: string;
	span: Span;
}

export type TokenKind = 'empty' | 'jws' | 'unsecured' | 'jwe' | 'malformed';

export type SegmentName =
	'header' | 'payload' | 'signature' | 'encrypted_key' | 'iv' | 'ciphertext' | 'tag';

/** A dot-separated part of the token and where it sits in the pasted text. */
export interface SegmentView {
	name: SegmentName;
	span: Span;
	length: number;
}

/** What the token turned out to be, decoded as far as it could be. */
export interface TokenView {
	kind: TokenKind;
	normalized: string;
	removed: Removal[];
	segments: SegmentView[];
	header?: Record<string, unknown>;
	headerJson?: string;
	/** `claims`: a JSON object (a JWT); `text`/`binary`: a plain JWS payload; `json`: JSON but not an object. */
	payloadKind: 'none' | 'claims' | 'json' | 'text' | 'binary';
	claims?: Record<string, unknown>;
	payloadText?: string;
	payloadBytes?: number;
	signatureBytes?: number;
	/** Where the token was taken from when it was found inside what surrounds it (a token response, a cookie…). */
	found?: Found;
	/** Other tokens in the same paste the page can offer to inspect instead (bounded; never a non-JWT refresh token). */
	alternatives?: Alternative[];
	/** Credentials in the same paste that are not offered (a refresh token that is not a JWT): named only. */
	withheld?: string[];
	/**
	 * Set when the pasted token's base64 was repaired (standard alphabet, padding, form-decoded spaces): `exact`
	 * when only one reading was possible, `guess` otherwise (then the token is never called valid).
	 */
	repaired?: 'exact' | 'guess';
}

/** One key as the inspector understood it, without its secret material. */
export interface KeyView {
	label: string;
	kid?: string;
	kty: string;
	crv?: string;
	alg?: string;
	use?: string;
	keyOps?: string[];
	bits?: number;
	source: KeySource;
	hasPrivateParts: boolean;
	certificate?: CertificateView;
	problems: Finding<KeyReadingCode>[];
}

export type KeySource = 'secret' | 'jwk' | 'jwks' | 'spki' | 'pkcs1' | 'x509';

export interface CertificateView {
	subject: string;
	issuer: string;
	notBefore?: string;
	notAfter?: string;
}

/** The key field as the inspector understood it: what kind of input, a one-line summary, each key. */
export interface KeyInputView {
	kind: 'none' | 'secret' | 'jwk' | 'jwks' | 'pem' | 'unreadable';
	summary: string;
	/** Each key, in the report at most the first few of a large set: `keyCount` then says how many there are. */
	keys: KeyView[];
	/** How many keys the input holds, when the report lists only the first of them. */
	keyCount?: number;
	findings: Finding<KeyReadingCode>[];
}

/** The signature attempt: which keys were tried, why the others were not, and which one verified. */
export interface SignatureView {
	attempted: boolean;
	alg?: string;
	verifiedWith?: string;
	/** The first few keys and the one that verified; a key set can be large, so the others are only counted. */
	tried: Array<{ label: string; outcome: 'verified' | 'failed' | 'skipped'; reason?: string }>;
	/** How many more keys were tried or passed over than `tried` lists. */
	notListed?: number;
}

/** Everything the page shows: the verdict, every check in the contract's order, and the decoded parts. */
export interface Report {
	verdict: Verdict;
	checks: CheckResult[];
	token: TokenView;
	key: KeyInputView;
	signature: SignatureView;
	/** Every finding that has a span, for the editor's underlines: the same findings the checklist shows. */
	diagnostics: Finding[];
	evaluatedAt: string;
	leewaySeconds: number;
	/**
	 * The identity provider the token's shape names (issuer host and path, header, claims), read from the token
	 * alone; `{ id: 'none' }` when none is recognised or there is no token (the page's `data-provider`).
	 */
	provider: Provider;
	/**
	 * What the pasted value is (the page's `data-format`, issue 17): `jws`, `jwe`, `unsecured`, `malformed` or
	 * `empty` as the token reader found it, or a named format that is not a JWT (formats/index.ts).
	 */
	format: TokenFormat;
	/** What a value that is not a JWT holds, decoded (a PASETO's payload, a SAML assertion's fields), when read. */
	formatDecoded?: FormatDecoded;
	/** An SD-JWT's disclosures, key-binding JWT and disclosed claims (RFC 9901), when the token is one. */
	sdJwt?: SdJwtView;
	/** The JWE layer, when the Decryption key opened the pasted JWE (`token` is then what it held). */
	jwe?: JweLayerView;
	/** The Decryption key as understood, when one was supplied ("Understood: …"). */
	decryptionKey?: DecryptionKeyView;
}
