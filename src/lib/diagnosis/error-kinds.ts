// The general reader: a message no catalogue entry knows is still understood from its words ("token has
// expired", "invalid audience", "kid not found"…), and says it recognised the kind of failure, not the library.
// It must never match by chance: a word that is common English ("expired", "audience", "key") counts only on a
// line that also names a token (jwt, jws, bearer, claim, id/access token…); only phrases that mean a JWT
// failure on their own ("invalid signature", "nbf", "insufficient_scope") count alone.
import type { ErrorCause, TargetCheck } from './error-catalogue/entry';

/** A kind of failure the reader knows, in the checklist's terms. */
export type ErrorKind =
	| 'expired'
	| 'not-yet-valid'
	| 'issued-in-future'
	| 'audience'
	| 'issuer'
	| 'signature'
	| 'key-not-found'
	| 'algorithm'
	| 'malformed'
	| 'crit'
	| 'scope';

/** One kind found in the pasted text, and where (offsets into the original text). */
export interface KindMatch {
	kind: ErrorKind;
	cause: ErrorCause;
	checks: TargetCheck[];
	text: string;
	from: number;
	to: number;
}

/** What each kind means, said of the kind and not of any library. */
export const KIND_EXPLANATIONS: Record<ErrorKind, string> = {
	expired:
		'The verifier judged the token expired: its exp was past at the verifier’s clock, beyond its leeway.',
	'not-yet-valid':
		'The verifier judged the token not valid yet: its nbf was ahead of the verifier’s clock.',
	'issued-in-future':
		'The verifier judged the token issued in the future: its iat was ahead of the verifier’s clock.',
	audience: 'The verifier refused the token’s audience: aud does not name the API it was sent to.',
	issuer: 'The verifier refused the token’s issuer: iss is not the issuer it trusts.',
	signature: 'The verifier could not verify the signature with the key it holds.',
	'key-not-found':
		'The verifier found no key for the token (usually none with its kid in the JWKS).',
	algorithm: 'The verifier refused the token’s algorithm, or it does not fit the key.',
	malformed: 'The verifier could not parse the token: not three base64url parts of JSON.',
	crit: 'The verifier refused a critical header extension it does not understand (RFC 7515 §4.1.11).',
	scope: 'The token lacks a scope or permission the endpoint requires.'
};

interface KindRule {
	kind: ErrorKind;
	cause: ErrorCause;
	checks: TargetCheck[];
	/** Phrases that mean this failure on their own. */
	alone: RegExp[];
	/** Words that mean it only on a line that names a token. */
	withToken: RegExp[];
}

// Patterns run on a normalised copy of the text: lower case, "_" as a space, and camelCase split
// ("ImmatureSignatureError" reads "immature signature error"), so one pattern serves every spelling.
const RULES: KindRule[] = [
	{
		kind: 'expired',
		cause: 'expired',
		checks: ['exp'],
		alone: [
			/\b(?:jwt|jws|token|signature|assertion)s? (?:is |has |was )?(?:been )?expired\b/,
			/\bexpired (?:jwt|jws|token|signature|id token|access token)\b/,
			/["'`]exp["'`]/,
			/\bexp claim\b/,
			/\bexpiration (?:time )?(?:claim|has passed|check failed)\b/
		],
		withToken: [/\bexpire[sd]?\b/, /\bexpiry\b/, /\bexp\b/]
	},
	{
		kind: 'not-yet-valid',
		cause: 'not-yet-valid',
		checks: ['nbf'],
		alone: [/\bnbf\b/, /\bnot before (?:claim|time)\b/, /\bimmature (?:signature|token|jwt)\b/],
		withToken: [
			/\bnot (?:yet )?valid yet\b/,
			/\bnot yet valid\b/,
			/\bnot active\b/,
			/\bnot before\b/,
			/\bimmature\b/,
			/\bbefore use\b/
		]
	},
	{
		kind: 'issued-in-future',
		cause: 'not-yet-valid',
		checks: ['iat'],
		alone: [
			/\biat\b/,
			/\bissued (?:at )?in the future\b/,
			/\bused before (?:it was )?issued\b/,
			/\bissued at (?:is )?(?:in the )?future\b/
		],
		withToken: [/\bissued at\b/]
	},
	{
		kind: 'audience',
		cause: 'audience',
		checks: ['aud', 'token-use'],
		alone: [
			/["'`]aud["'`]/,
			/\baud claim\b/,
			/\b(?:invalid|wrong|unexpected|bad|unknown|mismatched|incorrect) audiences?\b/,
			/\baudiences? (?:is |are |was )?(?:invalid|not allowed|mismatch|rejected|not valid|(?:does|do|did)(?: not|n't) match|validation failed)\b/
		],
		withToken: [/\baudiences?\b/, /\baud\b/]
	},
	{
		kind: 'issuer',
		cause: 'issuer',
		checks: ['iss'],
		alone: [
			/["'`]iss["'`]/,
			/\biss claim\b/,
			/\b(?:invalid|wrong|unexpected|bad|unknown|untrusted|mismatched|incorrect) issuers?\b/,
			/\bissuers? (?:is |was )?(?:invalid|not allowed|not trusted|not configured|mismatch|rejected|not valid|(?:does|did)(?: not|n't) match|validation failed)\b/
		],
		withToken: [/\bissuers?\b/, /\biss\b/]
	},
	{
		kind: 'signature',
		cause: 'signature',
		checks: ['signature', 'key'],
		alone: [
			/\b(?:invalid|bad|wrong|incorrect|mismatched|forged) signature\b/,
			/\bsignature (?:is |was )?(?:invalid|mismatch|not valid|(?:does|did)(?: not|n't) (?:match|verify))\b/,
			/\bsignature (?:verification|validation|check) (?:failed|fails|error)\b/,
			/\b(?:failed|unable) to verify (?:the )?(?:jwt |token )?signature\b/
		],
		withToken: [/\bsignature\b/]
	},
	{
		kind: 'key-not-found',
		cause: 'key-not-found',
		checks: ['key'],
		alone: [
			/\bkid\b[^\n]{0,40}\b(?:not found|unknown|missing|does not match|no match|not in)\b/,
			/\b(?:unknown|missing|unmatched|no matching) kid\b/,
			/\bno (?:matching |suitable |applicable )?(?:signing |public |verification )keys?\b/,
			/\b(?:signing|public|verification) key (?:was )?not found\b/,
			/\bunable to find (?:a |the )?(?:signing|public|verification) key\b/,
			/\bjwks\b[^\n]{0,40}\b(?:no (?:matching )?key|not found|does not contain|doesn't have)\b/
		],
		withToken: [/\bkid\b/, /\bkey id\b/, /\bkeys? not found\b/, /\bno keys?\b/]
	},
	{
		kind: 'algorithm',
		cause: 'algorithm',
		checks: ['algorithm'],
		alone: [
			/["'`]alg["'`]/,
			/\b(?:invalid|unsupported|unexpected|wrong|disallowed|unknown|incorrect) (?:signing )?(?:alg|algorithm)\b/,
			/\b(?:alg|algorithm) (?:is |was )?(?:not allowed|not supported|mismatch|not permitted)\b/,
			/\balg none\b|\bunsecured (?:jwt|jws)\b/
		],
		withToken: [/\balg\b/, /\balgorithms?\b/, /\bsigning method\b/]
	},
	{
		kind: 'malformed',
		cause: 'malformed',
		checks: ['structure'],
		alone: [
			/\bmalformed (?:jwt|jws|jwe|token|bearer|compact)\b/,
			/\b(?:jwt|jws|token) (?:is |was )?malformed\b/,
			/\b(?:invalid|wrong) (?:number of )?(?:segments|parts)\b/,
			/\b(?:not enough|too many|expected 3) (?:segments|parts)\b/,
			/\binvalid compact (?:jws|jwt|serialization)\b/
		],
		withToken: [
			/\bmalformed\b/,
			/\bsegments?\b/,
			/\bbase64(?: ?url)?\b/,
			/\bjson\b/,
			/\bdecode\b/,
			/\bnot well formed\b/
		]
	},
	{
		kind: 'crit',
		cause: 'crit',
		checks: ['crit'],
		alone: [
			/["'`]crit["'`]/,
			/\bcrit(?:ical)? (?:header|extension)s?\b/,
			/\bextension header parameter\b/
		],
		withToken: []
	},
	{
		kind: 'scope',
		cause: 'scope',
		checks: ['scope', 'token-use'],
		alone: [
			/\binsufficient scopes?\b/,
			/\bmissing (?:required )?scopes?\b/,
			/\bscopes? (?:required|missing|not granted|not sufficient)\b/
		],
		withToken: [/\bscopes?\b/, /\binsufficient\b/]
	}
];

/**
 * A line names a token: a JWT word, not merely "token" in a JSON parser's "unexpected token" (the classic
 * "Unexpected token < in JSON" is a server that returned HTML, not a JWT failure).
 */
const TOKEN_WORDS =
	/\b(?:jwt|jws|jwe|jwks?|bearer|claims?|(?:id|access|refresh|auth|bearer|security|oauth) token)\b|(?<!unexpected )\btokens?\b(?! (?:<|>|'|"|[{}[\]()]|in json))/;

/** Longer pastes are read up to here (as the catalogue does). */
const MAX_TEXT = 20_000;

/** Every kind of JWT failure the text's words describe, in the order they appear. */
export function readErrorKinds(text: string): KindMatch[] {
	const { normal, origin } = normalise(text.slice(0, MAX_TEXT));
	const found: KindMatch[] = [];
	let lineStart = 0;
	for (const line of normal.split('\n')) {
		const namesToken = TOKEN_WORDS.test(line);
		for (const rule of RULES) {
			const patterns = namesToken ? [...rule.alone, ...rule.withToken] : rule.alone;
			let best: RegExpExecArray | undefined;
			for (const pattern of patterns) {
				const match = pattern.exec(line);
				if (match && (!best || match.index < best.index)) best = match;
			}
			if (!best) continue;
			const from = origin[lineStart + best.index]!;
			const to = origin[lineStart + best.index + best[0].length]!;
			found.push({
				kind: rule.kind,
				cause: rule.cause,
				checks: rule.checks,
				text: text.slice(from, to),
				from,
				to
			});
		}
		lineStart += line.length + 1;
	}
	// One entry per kind (its first place), in the order of the text.
	const first = new Map<ErrorKind, KindMatch>();
	for (const match of found) if (!first.has(match.kind)) first.set(match.kind, match);
	return [...first.values()].sort((a, b) => a.from - b.from);
}

/**
 * Lower-cases the text, reads "_" as a space and splits camelCase words, keeping for every character of the
 * result the offset it came from in the original (one more entry at the end, for a match that ends there).
 */
function normalise(text: string): { normal: string; origin: number[] } {
	let normal = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		const previous = text[i - 1] ?? '';
		const next = text[i + 1] ?? '';
		const isUpper = c >= 'A' && c <= 'Z';
		const camel =
			isUpper &&
			((previous >= 'a' && previous <= 'z') ||
				(previous >= 'A' && previous <= 'Z' && next >= 'a' && next <= 'z'));
		if (camel) {
			normal += ' ';
			origin.push(i);
		}
		const lower = c.toLowerCase();
		normal += c === '_' ? ' ' : lower.length === 1 ? lower : c;
		origin.push(i);
	}
	origin.push(text.length);
	return { normal, origin };
}
