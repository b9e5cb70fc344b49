// The checks, in the page contract's order. Adding a check is adding a file and a line here.
import type { Check } from './check';
import { algorithmCheck } from './algorithm';
import { audCheck } from './aud';
import { critCheck } from './crit';
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
import { structureCheck } from './structure';
import { tokenUseCheck } from './token-use';
import { typCheck } from './typ';

export const CHECKS: readonly Check[] = [
	structureCheck,
	algorithmCheck,
	keyCheck,
	signatureCheck,
	expCheck,
	nbfCheck,
	iatCheck,
	audCheck,
	issCheck,
	scopeCheck,
	typCheck,
	tokenUseCheck,
	secretStrengthCheck,
	lifetimeCheck,
	headerKeysCheck,
	critCheck,
	revocationCheck
];
