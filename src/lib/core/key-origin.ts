// The iss codes that mean the key which verified the signature was fetched from an issuer the user did not
// name (see checks/iss.ts, RFC 8725 §3.8). A module of its own so that the page's verdict sentence can read
// it without loading the inspection core.
import type { CheckCode } from './types';

/** The iss codes for fetched keys that do not count as the user's: the verdict is never `valid` with them. */
export const KEY_NOT_THE_USERS: ReadonlySet<string> = new Set<CheckCode>([
	'iss.key-from-token-issuer',
	'iss.key-from-other-issuer'
]);
