import { describe, expect, it } from 'vitest';
import { readErrorKinds, type ErrorKind } from './error-kinds';
import { recogniseError } from './error-messages';

const kindsOf = (text: string) => readErrorKinds(text).map((k) => k.kind);

describe('readErrorKinds', () => {
	// Messages no catalogue entry holds (made-up libraries, or wordings libraries may print one day).
	const understood: Array<[text: string, kinds: ErrorKind[]]> = [
		['TokenError: The token has expired at 2026-12-01T11:30:00.000Z.', ['expired']],
		['AuthError: access token expired, please sign in again', ['expired']],
		['verify: JWTExpiredError', ['expired']],
		['401: ImmatureTokenError (nbf in the future)', ['not-yet-valid']],
		['jwt rejected: not active yet', ['not-yet-valid']],
		['Bearer token issued in the future by 40 s', ['issued-in-future']],
		['invalid audience for this resource', ['audience']],
		['JWT aud does not list orders-api', ['audience']],
		['untrusted issuer https://evil.example/', ['issuer']],
		['the jwt issuer did not match', ['issuer']],
		['SecurityError: bad signature', ['signature']],
		['JwsSignatureMismatch: jwt signature could not be checked', ['signature']],
		['no matching signing key for kid "k2"', ['key-not-found']],
		['jwt: kid k9 not found in key set', ['key-not-found']],
		['unsupported algorithm ES256K', ['algorithm']],
		['token refused: "alg" is HS256, expected RS256', ['algorithm']],
		['malformed token: cannot split', ['malformed']],
		['bearer value has the wrong number of segments', ['malformed']],
		['JOSENotSupported: Extension Header Parameter "urn:example:pop" is not recognized', ['crit']],
		['403 insufficient_scope', ['scope']],
		['access token lacks scope orders:write', ['scope']],
		['jwt expired, and invalid audience', ['expired', 'audience']]
	];
	it.each(understood)('reads %j as %j', (text, kinds) => {
		expect(kindsOf(text)).toEqual(kinds);
	});

	// Texts that share words with JWT failures but are not one: none may point at a row.
	const nearMisses = [
		'expected 3 arguments, got 2',
		'The signatures of the petition were counted',
		'The certificate has expired',
		'Your subscription expired on 1 March',
		'Price: 20 AUD, issued by the finance team',
		'SyntaxError: Unexpected token < in JSON at position 0',
		"TypeError: Cannot read properties of undefined (reading 'map')\n    at Object.<anonymous> (/app/src/index.js:10:5)\n    at Module._compile (node:internal/modules/cjs/loader:1256:14)",
		'KeyError: key not found: user_id',
		'CRITICAL worker exited with code 1',
		'Error: ECONNRESET socket hang up',
		'the audience applauded the algorithm talk'
	];
	it.each(nearMisses)('reads no kind in %j', (text) => {
		expect(kindsOf(text)).toEqual([]);
	});

	it('says where each kind is, in the original text, camelCase and all', () => {
		const text = 'at verify(): JWTExpired';
		const [match] = readErrorKinds(text);
		expect(match).toMatchObject({ kind: 'expired', from: text.indexOf('JWTExpired') });
		expect(match!.text).toBe('JWTExpired');
	});
});

describe('recogniseError with the general reader', () => {
	it('recognises an uncatalogued message by its kind, and says so', () => {
		const recognition = recogniseError('MyAuthLib: the bearer token has expired');
		expect(recognition).toMatchObject({ recognised: true, by: 'kind', cause: 'expired' });
		expect(recognition.recognised && recognition.matches.map((m) => [m.id, m.library])).toEqual([
			['kind.expired', '']
		]);
	});

	it('prefers a catalogued message, by its library', () => {
		const recognition = recogniseError('JWT::ExpiredSignature: Signature has expired');
		expect(recognition).toMatchObject({ recognised: true, by: 'catalogue' });
	});

	it('still says an unknown message is not recognised', () => {
		expect(recogniseError('expected 3 arguments, got 2')).toEqual({
			recognised: false,
			reason: 'unknown'
		});
	});
});
