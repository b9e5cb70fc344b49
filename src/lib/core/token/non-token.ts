import type { StructureFaultCode } from './fault-codes';
// Pasted text that is plainly not a compact token (a PEM key, a JWK, a JSON serialization, a token response)
// is named for what it is, instead of being reported as a token with one segment.

const NON_TOKENS: Array<{ test: RegExp; code: StructureFaultCode; message: string }> = [
	{
		test: /^-----BEGIN [A-Z0-9 ]+-----/,
		code: 'structure.pem-not-token',
		message:
			'This is a PEM key or certificate, not a token: paste it into "Verification key" and the token here.'
	},
	{
		test: /^\{[\s\S]*"(?:kty|keys)"\s*:/,
		code: 'structure.key-not-token',
		message:
			'This is a JSON Web Key (or key set), not a token: paste it into "Verification key" and the token here.'
	},
	// Before the JWS entry: a JWE in JSON serialization has a "protected" member too.
	{
		test: /^\{[\s\S]*"ciphertext"\s*:/,
		code: 'structure.json-serialization',
		message:
			'This is a JWE in JSON serialization (RFC 7516 §7.2); this inspector reads the compact form only.'
	},
	{
		test: /^\{[\s\S]*"(?:signatures?|protected)"\s*:/,
		code: 'structure.json-serialization',
		message:
			'This is a JWS in JSON serialization (RFC 7515 §7.2). JWTs use the compact form, header.payload.signature, which is what this inspector reads.'
	},
	{
		test: /^\{[\s\S]*"(?:access_token|id_token)"\s*:/,
		code: 'structure.token-response',
		message:
			'This is a token response (JSON). Paste the value of "access_token" or "id_token" on its own.'
	},
	{
		test: /^ssh-(?:rsa|ed25519|dss) /,
		code: 'structure.key-not-token',
		message: 'This is an SSH public key, not a token.'
	}
];

/** Recognises pasted text that is something else than a compact token: a key, a JSON serialization, … */
export function recogniseNonToken(
	text: string
): { code: StructureFaultCode; message: string } | undefined {
	const head = text.slice(0, 4096);
	return NON_TOKENS.find((candidate) => candidate.test.test(head));
}
