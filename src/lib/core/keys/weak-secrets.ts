// HMAC secrets that appear in documentation, tutorials and sample code, and so in brute-force word lists.
// A token signed with one of these can be forged by anyone who tries the list (RFC 8725 §3.5).

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
	// RFC 7515 Appendix A.1's example key, as its bytes spelled in base64url.
	'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'
];

const LOWERCASE = new Set(KNOWN.map((s) => s.toLowerCase()));

/** Names the reason a secret is a known weak one, or returns undefined. */
export function weakSecretReason(secret: string): string | undefined {
	const lower = secret.toLowerCase();
	if (LOWERCASE.has(lower))
		return `"${abbreviate(secret)}" is a well-known example secret that appears in word lists used to crack HS256 tokens`;
	const distinct = new Set(secret).size;
	if (secret.length >= 8 && distinct <= 2)
		return `the secret uses only ${distinct} distinct character${distinct === 1 ? '' : 's'}`;
	return undefined;
}

function abbreviate(text: string): string {
	return text.length > 40 ? text.slice(0, 36) + '…' : text;
}
