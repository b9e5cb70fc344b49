// HMAC secrets that appear in documentation, tutorials and sample code, and so in brute-force word lists.
// A token signed with one of these can be forged by anyone who tries the list (RFC 8725 §3.5).
import { decodeBase64url } from '../token/base64url';
import { quoted } from '../text';
import { utf8TextOf } from '../token/utf8';

const KNOWN = [
	// jwt.io's defaults, old and new.
	'your-256-bit-secret',
	'your-384-bit-secret',
	'your-512-bit-secret',
	'a-string-secret-at-least-256-bits-long',
	// node jsonwebtoken, express-jwt and passport-jwt READMEs and tutorials.
	'shhhhh',
	'shhhhhared-secret',
	'keyboard cat',
	'your_jwt_secret',
	'your-jwt-secret',
	'jwt_secret',
	'jwt-secret',
	'jwtsecret',
	'my_secret_key',
	'my-secret-key',
	'mysecretkey',
	'my_secret',
	'mysecret',
	'secret',
	'secretkey',
	'secret_key',
	'secret-key',
	'supersecret',
	'super_secret',
	'super-secret',
	'supersecretkey',
	'topsecret',
	'changeme',
	'change_me',
	'changeit',
	'password',
	'passw0rd',
	'123456',
	'12345678',
	'1234567890',
	'qwerty',
	'admin',
	'default',
	'test',
	'testing',
	'dev',
	'development',
	'key',
	'private',
	'hs256-secret',
	'your-secret-key',
	'your_secret_key',
	'your-secret',
	'replace-me',
	'replace_with_your_secret',
	'some-secret',
	'somesecret',
	'notasecret',
	'not-a-secret',
	'SECRET_KEY',
	'JWT_SECRET',
	// Spring and Java samples.
	'mySecretKey',
	'404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970',
	'5367566B59703373367639792F423F4528482B4D6251655468576D5A71347437',
	// RFC 7515 Appendix A.1's example key spelled out as text (its bytes are matched below).
	'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'
];

const LOWERCASE = new Set(KNOWN.map((s) => s.toLowerCase()));

// The HMAC key of RFC 7515 Appendix A.1 (and RFC 7797, and many JOSE test suites), as bytes: it is usually
// pasted as a JWK ("k") or in base64url, so it is recognised whatever encoding it arrived in.
const RFC_7515_KEY = decodeBase64url(
	'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'
).bytes;

/**
 * Names the reason a secret is a known weak one, or returns undefined. The secret is judged by its bytes, so
 * "secret" is caught whether it was typed, given in base64 or hex, or sent as a JWK's "k".
 */
export function weakSecretReason(secret: Uint8Array, alg: string): string | undefined {
	// Judged once per secret and algorithm: the key cache hands every inspection of a key input the same bytes.
	let byAlg = judged.get(secret);
	if (!byAlg) judged.set(secret, (byAlg = new Map()));
	if (!byAlg.has(alg)) byAlg.set(alg, judgeSecret(secret, alg));
	return byAlg.get(alg);
}

const judged = new WeakMap<Uint8Array, Map<string, string | undefined>>();

function judgeSecret(secret: Uint8Array, alg: string): string | undefined {
	if (sameBytes(secret, RFC_7515_KEY))
		return `the secret is the example HMAC key of RFC 7515 Appendix A.1, published in the specification and in many test suites: anyone can sign ${alg} tokens with it`;
	const text = utf8TextOf(secret);
	if (text !== undefined && LOWERCASE.has(text.toLowerCase()))
		return `${quoted(text, 40)} is a well-known example secret that appears in the word lists used to crack ${alg} tokens`;
	const unit = text !== undefined ? 'character' : 'byte value';
	const units: Array<string | number> = text !== undefined ? [...text] : [...secret];
	const distinct = new Set(units).size;
	if (units.length >= 8 && distinct <= 2)
		return `the secret uses only ${distinct} distinct ${unit}${distinct === 1 ? '' : 's'}`;
	return undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
