import { describe, expect, it } from 'vitest';
import { recogniseError } from '../error-messages';

/** Texts one word away from a catalogued message: the entry must not claim them (issue 15: never by chance). */
const NEAR_MISSES: Array<[id: string, text: string]> = [
	['fast-jwt.expired', 'The token has expired'],
	['fast-jwt.key-fetch', 'Cannot fetch keys from the cache'],
	['fast-jwt.audience', 'The aud claim value is allowed.'],
	['aws-jwt-verify.expired', 'Token expired at midnight'],
	['aws-jwt-verify.signature', 'Invalid signature'],
	['aws-jwt-verify.audience', 'Audience not allowed'],
	['aws-jwt-verify.kid-not-found', 'JWK for kid rsa-2 was found in the JWKS'],
	['jose.crit-not-recognised', 'Extension "urn:example:pop" is not recognized'],
	['jsonwebtoken.unknown-key-type', 'Unknown key type'],
	['jsonwebtoken.invalid-exp', 'invalid expression value'],
	['passport-jwt.no-token', 'No auth tokens configured'],
	['express-jwt.code', 'credentials_requirement'],
	['njwt.key-resolver', 'Error while resolving signing key'],
	['google-auth.too-late', 'Token used too late in the day'],
	['firebase.expired', 'Firebase ID token has expired'],
	['jwks-rsa.unsupported-jwk', 'Unsupported JWK']
];

describe('the JavaScript libraries’ entries', () => {
	it.each(NEAR_MISSES)('%s does not claim "%s"', (id, text) => {
		const recognition = recogniseError(text);
		expect(recognition.recognised ? recognition.matches.map((m) => m.id) : []).not.toContain(id);
	});

	it('leaves a bare TypeError unrecognised (njwt’s crash on a two-segment token)', () => {
		expect(
			recogniseError("TypeError: Cannot read properties of undefined (reading 'length')")
		).toEqual({ recognised: false, reason: 'unknown' });
	});

	it('reads the class name a log adds and the bare String(error) the same way', () => {
		const logged = recogniseError('TokenError: The token has expired at 2026-11-25T11:30:00.000Z.');
		const bare = recogniseError('Error: The token has expired at 2026-11-25T11:30:00.000Z.');
		for (const recognition of [logged, bare])
			expect(recognition.recognised && recognition.matches.map((m) => m.id)).toEqual([
				'fast-jwt.expired'
			]);
	});
});
