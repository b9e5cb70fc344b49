// What a pasted value is (issue 17, item 1): the page contract's `data-format` values, and what a recogniser of
// one family of values that are not JWTs returns. Pure data: the structure row is built from a match.

/**
 * Every `data-format` value of the page contract. `sd-jwt` is the token reader's (../sd-jwt/split.ts), not a
 * recogniser's.
 */
export type TokenFormat =
	| 'empty'
	| 'jws'
	| 'jwe'
	| 'unsecured'
	| 'sd-jwt'
	| 'malformed'
	| 'opaque'
	| 'github-token'
	| 'slack-token'
	| 'stripe-key'
	| 'aws-access-key'
	| 'google-access-token'
	| 'microsoft-account-ticket'
	| 'paseto'
	| 'branca'
	| 'macaroon'
	| 'saml'
	| 'session-cookie'
	| 'basic-auth';

/**
 * Whether the Token field holds a value that must not be put in a link or stored: anything but a JWT (or a
 * broken one). Here, with no import, so that the share panel in the first-load bundle need not load the
 * recognisers (tests/budget.spec.ts).
 */
export function isCredentialFormat(format: TokenFormat): boolean {
	return !['empty', 'jws', 'jwe', 'unsecured', 'malformed'].includes(format);
}

/** The formats of values that are not JWTs and that a recogniser in this folder names. */
export type NamedFormat = Exclude<TokenFormat, 'empty' | 'jws' | 'jwe' | 'unsecured' | 'malformed'>;

/** A value recognised as something other than a JWT: its format, the structure row's code and words. */
export interface FormatMatch<Code extends string = string> {
	format: NamedFormat;
	/** The structure row's stable code (declared by the structure check through FORMAT_CODES). */
	code: Code;
	/** What it is and why it cannot be decoded or verified here. Never the secret's value: see mask(). */
	detail: string;
	/** What to do instead. */
	fix: string;
	/**
	 * The instants the value states (a PASETO's "exp", a SAML Conditions' NotOnOrAfter…), judged at the evaluation
	 * time by the exp, nbf and iat rows: the match is read once per token, so it holds no judgement of time.
	 */
	times?: FormatTime[];
	/** What the value holds, decoded, for the page to show in place of a JWT's header and payload. */
	decoded?: FormatDecoded;
}

/** One instant a value that is not a JWT states, and the row that judges it as it judges a JWT's claim. */
export interface FormatTime {
	claim: 'exp' | 'nbf' | 'iat';
	/** Where it was read, for the row's sentence: `"exp"`, `Conditions NotOnOrAfter`. */
	label: string;
	/** Seconds since the epoch. */
	seconds: number;
}

/** A decoded value that is not a JWT: named fields (text only, never markup), and a payload and footer. */
export interface FormatDecoded {
	/** The fields as label and value, in the order they are shown (each value cut short where long). */
	fields: Array<{ name: string; value: string }>;
	/** A PASETO public token's message, when it is a JSON object. */
	payload?: Record<string, unknown>;
	/** A footer, as its text (JSON or not). */
	footer?: string;
}

/**
 * A recogniser of one family: the match for the (normalised, non-empty) pasted value, or undefined. A promise
 * when reading it needs to decompress (Web Streams' DecompressionStream is asynchronous).
 */
export type Recogniser<Code extends string> = (
	text: string
) => FormatMatch<Code> | undefined | Promise<FormatMatch<Code> | undefined>;

/**
 * A secret as the report may show it: its first `keep` characters (the documented prefix, which names the kind
 * and is no secret) and its length. The rest is never put in a report, which a share link or a screenshot carries.
 */
export function mask(secret: string, keep: number): string {
	return `${secret.slice(0, keep)}… (${secret.length} characters)`;
}

/** The sentence every live credential's row ends with. */
export const ROTATE =
	'It is a live credential: if it was pasted anywhere it should not be (a chat, a ticket, a shared page), revoke or rotate it.';
