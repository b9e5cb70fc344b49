// Messages printed by JavaScript verifiers, one file per library (or family) in ./javascript/.
import type { ErrorEntry } from './entry';
import { AWS_JWT_VERIFY_ERRORS } from './javascript/aws-jwt-verify';
import { FAST_JWT_ERRORS } from './javascript/fast-jwt';
import { GOOGLE_ERRORS } from './javascript/google';
import { JOSE_ERRORS } from './javascript/jose';
import { JSONWEBTOKEN_ERRORS } from './javascript/jsonwebtoken';
import { OKTA_ERRORS } from './javascript/okta';

export const JAVASCRIPT_ERRORS: ErrorEntry[] = [
	...JSONWEBTOKEN_ERRORS,
	...JOSE_ERRORS,
	...OKTA_ERRORS,
	...FAST_JWT_ERRORS,
	...AWS_JWT_VERIFY_ERRORS,
	...GOOGLE_ERRORS
];
