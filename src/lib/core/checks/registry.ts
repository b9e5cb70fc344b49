// The checks, in the page contract's order: the one list of them. `CheckId` and `CheckCode` (core/types.ts)
// are derived from it, and so is everything that names a check or a code (the empty report, the verdict
// sentence, the error catalogue, share links), so a renamed or removed code is a type error there. Adding a
// check is its file (`defineCheck` with its ID, title, spec clause and codes), its test beside it, and its line
// here, where the contract places it.
import type { CheckId } from '../types';
import { algorithmCheck } from './algorithm';
import { audCheck } from './aud';
import { critCheck } from './crit';
import { decryptionCheck } from './decryption';
import { expCheck } from './exp';
import { headerKeysCheck } from './header-keys';
import { iatCheck } from './iat';
import { issCheck } from './iss';
import { keyCheck } from './key';
import { lifetimeCheck } from './lifetime';
import { nbfCheck } from './nbf';
import { revocationCheck } from './revocation';
import { scopeCheck } from './scope';
import { secretStrengthCheck } from './secret-strength';
import { signatureCheck } from './signature';
import { sizeCheck } from './size';
import { structureCheck } from './structure';
import { subCheck } from './sub';
import { tokenUseCheck } from './token-use';
import { typCheck } from './typ';

export const CHECKS = [
	structureCheck,
	// Right after structure (issue 19): what decrypting a JWE gave decides what every row below judges.
	decryptionCheck,
	algorithmCheck,
	keyCheck,
	signatureCheck,
	expCheck,
	nbfCheck,
	iatCheck,
	audCheck,
	issCheck,
	scopeCheck,
	// After scope, so that every ID the page contract places keeps its place (scope follows iss).
	subCheck,
	typCheck,
	tokenUseCheck,
	secretStrengthCheck,
	lifetimeCheck,
	sizeCheck,
	headerKeysCheck,
	critCheck,
	revocationCheck
] as const;

/** The check IDs of the page contract, in its order: what each report's checklist lists, row by row. */
export const CHECK_IDS: readonly CheckId[] = Object.freeze(CHECKS.map((check) => check.id));
