// A key or secret typed into the Token field instead of the token: a PEM private key, a JWK (or JWK Set) with a
// private member "d" (RFC 7517 §4, RFC 7518 §6.2.2.1, §6.3.2.1, §6.4.1 "d" for EC, RSA, OKP; "k" for oct keys),
// or a long random secret (hex, or standard base64 with "+" or "/": shapes of HMAC secrets and AWS secret keys).
import { ROTATE, type Recogniser } from './types';

export const CREDENTIAL_CODES = ['structure.private-key', 'structure.secret'] as const;

const PRIVATE_PEM = /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const PRIVATE_JWK = /^\{[\s\S]*"(?:d|k)"\s*:\s*"/;
const HEX_SECRET = /^[0-9a-fA-F]{32,512}$/;
const BASE64_SECRET = /^(?=[A-Za-z0-9+/]*[+/])[A-Za-z0-9+/]{32,512}={0,2}$/;

/** A private key or a secret pasted where the token goes. */
export const recogniseCredential: Recogniser<(typeof CREDENTIAL_CODES)[number]> = (text) => {
	const head = text.slice(0, 65536);
	if (
		PRIVATE_PEM.test(head) ||
		(head.startsWith('{') && /"kty"\s*:/.test(head) && PRIVATE_JWK.test(head))
	)
		return {
			format: 'opaque',
			code: 'structure.private-key',
			detail: `This is not a token: it is a private key${head.startsWith('{') ? ' (a JWK with a private member)' : ' (PEM)'}. It signs or decrypts tokens; it is never sent with a request. ${ROTATE} Replace the key pair if it was shared.`,
			fix: 'Paste the token here, and only the public key under "Verification key" (a private key is never needed to verify a signature).'
		};
	if (HEX_SECRET.test(text) || BASE64_SECRET.test(text))
		return {
			format: 'opaque',
			code: 'structure.secret',
			detail: `This is not a JWT: it looks like a secret (${text.length} random characters, ${HEX_SECRET.test(text) ? 'hex' : 'base64'}), such as an HMAC key or a secret access key, not a token. If it is a secret, it should not have been pasted anywhere: rotate it if it was shared.`,
			fix: 'Paste the token here; an HMAC secret goes under "Verification key".'
		};
	return undefined;
};
