// Which key texts may go into a share link: public keys only. A secret (HMAC) or a private key is never
// offered and never carried, whatever the rest of the page thinks of the key, so this is decided on the text
// itself, conservatively: anything not recognisably public is left out.

/** JWK members that hold private or secret material (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
/** Asymmetric key types; `oct` (a secret) is never public (RFC 7518 §6.1). */
const PUBLIC_KTY = new Set(['RSA', 'EC', 'OKP', 'AKP']);
/** PEM labels of public material (RFC 7468 §5, §13; RFC 8017 A.1.1). */
const PUBLIC_PEM = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE']);

/**
 * The key text to put in a link, when it is only public keys: a JWK or JWKS with no private member (sent as
 * compact JSON, shorter), or PEM blocks that are all public keys or certificates. Otherwise undefined.
 */
export function shareableKey(text: string): string | undefined {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	if (trimmed.startsWith('{')) return shareableJwk(trimmed);
	if (trimmed.includes('-----BEGIN')) return shareablePem(trimmed);
	// A bare secret, base64 DER, or anything else: not recognisably public.
	return undefined;
}

function shareableJwk(text: string): string | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		if (error instanceof SyntaxError) return undefined;
		throw error;
	}
	if (!isObject(value)) return undefined;
	const keys = 'keys' in value ? value.keys : [value];
	if (!Array.isArray(keys) || keys.length === 0) return undefined;
	const allPublic = keys.every(
		(key) =>
			isObject(key) &&
			typeof key.kty === 'string' &&
			PUBLIC_KTY.has(key.kty) &&
			!PRIVATE_MEMBERS.some((member) => member in key) &&
			// AKP (ML-DSA) keys carry their private part as "priv".
			!('priv' in key)
	);
	return allPublic ? JSON.stringify(value) : undefined;
}

function shareablePem(text: string): string | undefined {
	const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]!);
	if (labels.length === 0 || !labels.every((label) => PUBLIC_PEM.has(label))) return undefined;
	// Any text outside the blocks (explanations, a private key in another form) is left out.
	const blocks = text.match(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g);
	if (!blocks || blocks.length !== labels.length) return undefined;
	return blocks.join('\n');
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
