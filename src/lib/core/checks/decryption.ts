import { defineCheck } from './check';
import { DECRYPTION_CODES } from '../decrypt/decrypt';
import { quoted } from '../text';

// RFC 7516 §5.2: a JWE is decrypted with the recipient's key; every failure is named for its cause. Only a key
// the user supplied in the Decryption key field is ever used, never one the token names or carries.
export const decryptionCheck = defineCheck({
	id: 'decryption',
	title: 'Decryption',
	spec: 'RFC 7516 §5.2',
	codes: DECRYPTION_CODES,
	run({ decryption, provider }) {
		if (!decryption || decryption.code === 'decryption.not-jwe')
			return {
				status: 'skip',
				code: 'decryption.not-jwe',
				detail: 'Not an encrypted token (JWE): nothing to decrypt.'
			};
		const { code, alg, enc } = decryption;
		const what = `${quoted(alg ?? '')} / ${quoted(enc ?? '')}`;
		// Auth0's "dir" token is encrypted for Auth0 itself (providers/pitfalls/auth0.ts): no key of the user's opens
		// it, so that is what is said, with how to get a signed JWT instead.
		const issuerOnly =
			provider.id === 'auth0' &&
			alg === 'dir' &&
			['decryption.no-key', 'decryption.tag-mismatch', 'decryption.key-type'].includes(code);
		if (issuerOnly)
			return {
				status: 'info',
				code: 'decryption.issuer-only',
				detail: `Auth0 encrypted this token (${what}) with a key only Auth0 holds: it is for Auth0's /userinfo endpoint, and no key of yours can open it.`,
				fix: 'Pass your API\'s identifier as the "audience" parameter of the authorization request: Auth0 then issues a signed JWT for your API instead.'
			};
		if (code === 'decryption.no-key')
			return {
				status: 'skip',
				code,
				detail: `Encrypted with ${what}; not decrypted: no decryption key supplied.`,
				fix: 'Paste the recipient\'s private key (JWK, JWKS or PEM) or the shared secret under "Decryption key". It never leaves this page.'
			};
		if (code === 'decryption.decrypted') {
			const kid = decryption.kid !== undefined ? `, kid ${quoted(decryption.kid)}` : '';
			const zip = decryption.zip ? ', inflated ("zip": "DEF")' : '';
			return {
				status: 'pass',
				code,
				detail: `Decrypted with ${decryption.keyLabel} (${what}${kid}${zip}).`
			};
		}
		return {
			status: 'fail',
			code,
			detail: decryption.detail,
			fix: FIXES[code] ?? 'Check that this is the key the token was encrypted for.'
		};
	}
});

const FIXES: Partial<Record<(typeof DECRYPTION_CODES)[number], string>> = {
	'decryption.key-type': 'Paste the key the token was encrypted for: its type follows from "alg".',
	'decryption.kid-not-found':
		'Paste the key whose "kid" the token names, or the set that holds it.',
	'decryption.unwrap-failed': 'Paste the key the token was encrypted for; this one is another.',
	'decryption.tag-mismatch':
		'Copy the token again, whole; if the copy is right, the token was changed after it was encrypted, or the key is not the one it was encrypted for.',
	'decryption.rsa1_5-refused': 'Ask the issuer to encrypt with RSA-OAEP-256 (or ECDH-ES) instead.',
	'decryption.pbes2-count':
		'A sender needs no more than a few thousand iterations for a token key; ask for a sane "p2c", or a key-wrapping algorithm.',
	'decryption.inflate-bound':
		'A real token inflates to a few KB: this one is not a token to trust.',
	'decryption.unsupported-alg': 'Ask the issuer for a registered algorithm (RFC 7518 §4.1, §5.1).'
};
