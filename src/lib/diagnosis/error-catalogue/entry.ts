// The shape of one recognised error message. Kept apart from the catalogue so that each library's file
// imports only this, and the catalogue stays plain data.
import type { CheckId } from '$lib/core';

/** Why a verifier said no, in the words of the page's checklist. */
export type ErrorCause =
	| 'expired'
	| 'not-yet-valid'
	| 'signature'
	| 'audience'
	| 'issuer'
	| 'key-not-found'
	| 'malformed'
	| 'algorithm'
	| 'crit'
	| 'scope';

/** Checklist rows an error can point to: the registry's check IDs, so a renamed or removed check is an error. */
export type TargetCheck = CheckId;

/** One message a library or platform prints, and what it means. */
export interface ErrorEntry {
	/** Stable: `<library>.<what>`, e.g. `jsonwebtoken.expired`. Tests are keyed by it. */
	id: string;
	/** The library or platform that prints it, as people call it. */
	library: string;
	/** Matches the message with its variable parts (times, values, kids) left open. */
	pattern: RegExp;
	cause: ErrorCause;
	/** The checklist rows that judge this cause, most relevant first. */
	checks: TargetCheck[];
	/** What the message means and where to look, in plain words. */
	explanation: string;
}
