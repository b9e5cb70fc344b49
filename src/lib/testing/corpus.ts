// A corpus of nasty inputs, driven through the core (core/corpus.test.ts) and through the page
// (tests/hostile.spec.ts): each must get a complete report, quickly, and never be valid. Built here rather than
// stored, so every entry says what it is.
import keyVectors from '../core/vectors/wycheproof/json_web_key_test.json' with { type: 'json' };
import signatureVectors from '../core/vectors/wycheproof/json_web_signature_test.json' with { type: 'json' };

export interface NastyInput {
	name: string;
	token: string;
	key?: string;
	/** False for inputs too large to paste into the page quickly (the core still gets them). */
	page: boolean;
}

const encoder = new TextEncoder();

/** base64url of text (as UTF-8) or of raw bytes, without padding. */
function b64url(data: string | Uint8Array): string {
	const bytes = typeof data === 'string' ? encoder.encode(data) : data;
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const HS = b64url('{"alg":"HS256","typ":"JWT"}');
const SIG = 'c2lnbmF0dXJl';
/** A token with this header and payload JSON text (not re-serialised, so duplicates and odd numbers stay). */
const jwt = (header: string, payload: string, signature = SIG) =>
	`${b64url(header)}.${b64url(payload)}.${signature}`;
const SECRET = 'a-secret-that-is-long-enough-for-hs256-00';

/** The nasty inputs, each named by what makes it nasty. */
export const NASTY: NastyInput[] = [
	{
		name: 'header nested 65 deep',
		token: jwt(`{"alg":"HS256","x":${'['.repeat(65)}${']'.repeat(65)}}`, '{}'),
		page: true
	},
	{
		name: 'payload nested 50,000 deep',
		token: jwt('{"alg":"HS256"}', '['.repeat(50_000) + ']'.repeat(50_000)),
		page: true
	},
	{
		name: 'unbalanced 200,000 open braces',
		token: `${HS}.${b64url('{"a":'.repeat(200_000))}.${SIG}`,
		page: false
	},
	{
		name: 'huge numbers',
		token: jwt(
			'{"alg":"HS256"}',
			'{"exp":1e400,"nbf":-1e400,"iat":1e-400,"n":123456789012345678901234567890}'
		),
		key: SECRET,
		page: true
	},
	{
		name: 'exp beyond 2^53',
		token: jwt('{"alg":"HS256"}', '{"exp":9007199254740993}'),
		key: SECRET,
		page: true
	},
	{
		name: 'negative zero and exponent times',
		token: jwt('{"alg":"HS256"}', '{"exp":-0,"iat":1E3,"nbf":0.5}'),
		page: true
	},
	{
		name: 'duplicate alg in the header',
		token: jwt('{"alg":"none","alg":"HS256"}', '{"sub":"x"}'),
		key: SECRET,
		page: true
	},
	{
		name: 'duplicate exp in the claims',
		token: jwt('{"alg":"HS256"}', '{"exp":1,"exp":99999999999}'),
		key: SECRET,
		page: true
	},
	{
		name: 'invalid UTF-8 in the header',
		token: `${b64url(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))}.${b64url('{}')}.${SIG}`,
		page: true
	},
	{
		name: 'overlong UTF-8 in the payload',
		token: `${HS}.${b64url(new Uint8Array([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]))}.${SIG}`,
		page: true
	},
	{
		name: 'encoded lone surrogate (CESU-8) in the payload',
		token: `${HS}.${b64url(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]))}.${SIG}`,
		page: true
	},
	{
		name: 'escaped lone surrogate in a claim',
		token: jwt('{"alg":"HS256"}', '{"sub":"\\ud800x"}'),
		key: SECRET,
		page: true
	},
	{
		name: 'bidi override and zero-width characters in claims',
		token: jwt(
			'{"alg":"HS256"}',
			'{"sub":"admin\u202Enimda","iss":"https://issuer\u200B.example"}'
		),
		key: SECRET,
		page: true
	},
	{
		name: 'control characters as escapes',
		token: jwt('{"alg":"HS256"}', '{"sub":"\\u0000\\u001b[31m\\u0007"}'),
		page: true
	},
	{
		name: '__proto__, constructor and prototype claims',
		token: jwt(
			'{"alg":"HS256","__proto__":{"alg":"none"}}',
			'{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"prototype":1}'
		),
		key: SECRET,
		page: true
	},
	{
		name: 'a javascript: URL and markup in claims',
		token: jwt(
			'{"alg":"HS256","jku":"javascript:alert(1)"}',
			'{"sub":"<img src=x onerror=alert(1)>","iss":"javascript:alert(1)"}'
		),
		page: true
	},
	{
		name: 'kid with path traversal and SQL',
		token: jwt(`{"alg":"HS256","kid":"../../../../dev/null' OR 1=1 --"}`, '{}'),
		key: SECRET,
		page: true
	},
	{
		name: 'alg none with an empty signature',
		token: `${b64url('{"alg":"none"}')}.${b64url('{"sub":"admin"}')}.`,
		key: SECRET,
		page: true
	},
	{
		name: 'alg as an object',
		token: jwt('{"alg":{"toString":"HS256"}}', '{}'),
		key: SECRET,
		page: true
	},
	{
		name: 'crit naming everything',
		token: jwt('{"alg":"HS256","crit":["exp","alg","__proto__",""]}', '{}'),
		key: SECRET,
		page: true
	},
	{
		name: 'a 1 MB payload segment',
		token: jwt('{"alg":"HS256"}', `{"x":"${'A'.repeat(1024 * 1024)}"}`),
		page: true
	},
	{
		name: 'a 4 MB signature segment',
		token: `${HS}.${b64url('{}')}.${'A'.repeat(4 * 1024 * 1024)}`,
		page: false
	},
	{ name: 'over the 8 MB limit', token: 'A'.repeat(8 * 1024 * 1024 + 1), page: false },
	{ name: '10,000 segments', token: Array(10_000).fill(HS).join('.'), page: true },
	{ name: 'only whitespace and dots', token: ' \n.\t.\r\n.  ', page: true },
	{
		name: 'a JWE with garbage parts',
		token: `${b64url('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.!.@.#.$`,
		page: true
	},
	{
		name: 'a JWKS of 2,000 keys',
		token: jwt('{"alg":"HS256","kid":"1999"}', '{}'),
		key: JSON.stringify({
			keys: Array.from({ length: 2000 }, (_, i) => ({ kty: 'oct', kid: `${i}`, k: 'AAAA' }))
		}),
		page: true
	},
	{
		name: 'an RSA key with a 64 KB modulus',
		token: jwt('{"alg":"RS256"}', '{}'),
		key: JSON.stringify({ kty: 'RSA', e: 'AQAB', n: 'x'.repeat(87_382) }),
		page: true
	},
	{
		name: 'a JWK nested 100 deep',
		token: jwt('{"alg":"HS256"}', '{}'),
		key: `{"kty":"oct","k":${'['.repeat(100)}${']'.repeat(100)}}`,
		page: true
	}
];

interface Vector {
	tcId: number;
	jws: unknown;
	result: string;
}
interface Group {
	public?: unknown;
	private?: unknown;
	tests: Vector[];
}

// Vectors Wycheproof calls invalid that this inspector judges valid, each for the reason given in
// vectors/wycheproof.test.ts (a byte-identical duplicate of a valid vector; a short but genuine HMAC secret).
const JUDGED_VALID = { JWS: new Set([367, 370]), JWK: new Set([10, 11, 12]) };

/** Every Wycheproof vector marked invalid (but those above), with the key of its group. */
export function wycheproofInvalid(): NastyInput[] {
	return (
		[
			['JWS', signatureVectors.testGroups as Group[]],
			['JWK', keyVectors.testGroups as Group[]]
		] as const
	).flatMap(([kind, groups]) =>
		groups.flatMap((group) =>
			group.tests
				.filter((v) => v.result === 'invalid' && !JUDGED_VALID[kind].has(v.tcId))
				.map((v) => ({
					name: `Wycheproof ${kind} tcId ${v.tcId}`,
					token: typeof v.jws === 'string' ? v.jws : JSON.stringify(v.jws),
					key: JSON.stringify(group.public ?? group.private),
					page: true
				}))
		)
	);
}
