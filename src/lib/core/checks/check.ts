// The one shape every check has: an ID from the page contract, a title, the rule it enforces, and a pure
// `run` that judges the context and returns one outcome. Checks never read the clock and never throw on input.
import type { CheckId, Finding, Span, Status } from '../types';
import type { KeyInput } from '../keys/read-key';
import type { ParsedToken } from '../token/parse';
import type { Verification } from '../verify/verify-signature';
import type { Forensics } from '../verify/forensics';

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
	/** The issuer the key set was discovered from, when it was fetched rather than supplied (non-empty). */
	keyFetchedFor?: string;
	/** The scopes the API requires, each once; absent or empty when none are. */
	requiredScopes?: string[];
	/** What was found out about a signature that failed, when anything was. */
	forensics?: Forensics;
}

/** What a check concluded. `code` is stable; `detail` and `fix` are for people and may be reworded. */
export interface Outcome {
	status: Status;
	code: string;
	detail: string;
	fix?: string;
	span?: Span;
	findings?: Finding[];
	/** A more precise rule than the check's own `spec`, when the outcome rests on one. */
	spec?: string;
}

export interface Check {
	id: CheckId;
	title: string;
	spec: string;
	run(context: CheckContext): Outcome;
}
