// The one shape every check has: an ID from the page contract, a title, the rule it enforces, the codes it can
// conclude with, and a pure `run` that judges the context and returns one outcome with one of those codes.
// Checks never read the clock and never throw on input.
import type { Finding, Span, Status, ValueDiff, WhatIf } from '../types';
import type { KeyInput } from '../keys/read-key';
import type { ParsedToken } from '../token/parse';
import type { Verification } from '../verify/verify-signature';
import type { Forensics } from '../verify/forensics';
import type { Provider } from '../providers/types';
import type { FormatCode } from '../formats/index';
import type { FormatMatch } from '../formats/types';
import type { SdJwtView } from '../sd-jwt/types';
import type { Decryption } from '../decrypt/decrypt';

/** Everything a check may look at: the token, the keys, the signature attempt and what the API expects. */
export interface CheckContext {
	token: ParsedToken;
	keys: KeyInput;
	verification: Verification;
	/** The evaluation time in seconds since the epoch (fractional). */
	now: number;
	/** Allowed clock skew in seconds, applied to exp, nbf and iat. */
	leeway: number;
	audience?: string;
	issuer?: string;
	/** The Expected subject: a trust-policy pattern (`*`, `?`) or an exact value, judged against "sub". */
	subject?: string;
	/** The issuer the key set was discovered from, when it was fetched rather than supplied (non-empty). */
	keyFetchedFor?: string;
	/** The scopes the API requires, each once; absent or empty when none are. */
	requiredScopes?: string[];
	/** What was found out about a signature that failed, when anything was. */
	forensics?: Forensics;
	/** The provider the token's shape names (providers/index.ts), `none` when none; for provider pitfalls. */
	provider: Provider;
	/** What the value is when it is not a JWT (formats/index.ts): the structure row names it. */
	format?: FormatMatch<FormatCode>;
	/** An SD-JWT's disclosures and key-binding JWT (sd-jwt/read.ts); the token is its issuer-signed JWT. */
	sdJwt?: SdJwtView;
	/** The JWE layer and what decrypting it gave, when the pasted token is a JWE (decrypt/decrypt.ts). */
	decryption?: Decryption;
	/**
	 * The compact token as it is sent, when it is not `token`: the pasted JWE the Decryption key opened. What
	 * goes in the Authorization header is the JWE, whatever it holds.
	 */
	sent?: string;
}

/**
 * What a check concluded. `code` is stable, one of the codes the check declares; `detail` and `fix` are for
 * people and may be reworded.
 */
export interface Outcome<Code extends string = string> {
	status: Status;
	code: Code;
	detail: string;
	fix?: string;
	span?: Span;
	findings?: Finding[];
	/** For a value that differs from the expected one: the two, with the differing part (support/value-diff.ts). */
	diff?: ValueDiff;
	/** A more precise rule than the check's own `spec`, when the outcome rests on one. */
	spec?: string;
	/** The input a failed outcome would pass under, offered by the page as a labelled what-if only. */
	whatIf?: WhatIf;
}

/** A check as the registry lists it: `Id` and `Code` keep their literal types, so the registry can name them. */
export interface Check<Id extends string = string, Code extends string = string> {
	/** The row's ID in the page contract. */
	id: Id;
	title: string;
	/** The spec clause the check enforces. */
	spec: string;
	/** Every code `run` can return: what the verdict sentence, the error catalogue and tests may name. */
	codes: readonly Code[];
	run(context: CheckContext): Outcome<Code>;
}

/**
 * Declares a check, keeping its ID and codes as literal types: `run` returning a code that is not in `codes`
 * is a type error, and the registry derives `CheckId` and `CheckCode` from what each check declares.
 */
export function defineCheck<const Id extends string, const Code extends string>(check: {
	id: Id;
	title: string;
	spec: string;
	codes: readonly Code[];
	// NoInfer: the codes are what `codes` lists, so a code returned but not listed is an error, not a new member.
	run(context: CheckContext): Outcome<NoInfer<Code>>;
}): Check<Id, Code> {
	return check;
}
