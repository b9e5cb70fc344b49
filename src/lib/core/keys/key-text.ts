// Recognises a key written out as text (OpenSSH, PEM armour, JSON holding a public JWK), and strips what
// wraps a pasted key in files and chats (a BOM, zero-width characters, quotes, a JSON string literal).
import { isJsonObject, readStrictJson } from '../token/json';

// OpenSSH public keys (RSA, Ed25519, DSA, ECDSA, FIDO "sk-" keys, certificates), anywhere in the text, so that
// authorized_keys and known_hosts lines count, and RFC 4716 SSH2 public keys. Read as text they would become an
// HMAC secret that anyone with the public key can compute.
const SSH_ANYWHERE =
	/(?:^|\s)(?:(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?\s+AAAA|---- BEGIN SSH2 PUBLIC KEY ----)/;

export type KeyTextKind = 'PEM key' | 'JWK' | 'OpenSSH public key';

/** Whether text is a key written out: OpenSSH, PEM armour, or JSON holding a JWK that is not a secret. */
export function keyTextKind(text: string): KeyTextKind | undefined {
	if (SSH_ANYWHERE.test(text)) return 'OpenSSH public key';
	if (hasPemArmor(text)) return 'PEM key';
	if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
	const json = readStrictJson(text);
	return json.ok && holdsPublicJwk(json.value, 3) ? 'JWK' : undefined;
}

/** "-----BEGIN" in any case, after three or more dashes and a little space: a linear scan, not a regex. */
function hasPemArmor(text: string): boolean {
	const upper = text.toUpperCase();
	for (let at = upper.indexOf('BEGIN'); at >= 0; at = upper.indexOf('BEGIN', at + 1)) {
		let i = at - 1;
		while (i >= 0 && at - i <= 3 && /\s/.test(upper[i]!)) i--;
		if (i >= 2 && upper[i] === '-' && upper[i - 1] === '-' && upper[i - 2] === '-') return true;
	}
	return false;
}

/** Whether a JSON value holds, within `depth` levels, a JWK of a public key type (anything but "oct"). */
function holdsPublicJwk(value: unknown, depth: number): boolean {
	if (isJsonObject(value)) {
		if (typeof value.kty === 'string' && value.kty !== 'oct') return true;
		return depth > 0 && Object.values(value).some((v) => holdsPublicJwk(v, depth - 1));
	}
	return Array.isArray(value) && depth > 0 && value.some((v) => holdsPublicJwk(v, depth - 1));
}

const INVISIBLE = /[\s\uFEFF\u200B-\u200D\u2060]/;

/**
 * The text without spaces, a BOM or zero-width characters at either end. A loop, not a regex: "[\s]+$" tries
 * every space of every run inside the text, quadratic on a paste with long runs of spaces.
 */
function trimInvisible(text: string): string {
	let from = 0;
	let to = text.length;
	while (from < to && INVISIBLE.test(text[from]!)) from++;
	while (to > from && INVISIBLE.test(text[to - 1]!)) to--;
	return text.slice(from, to);
}

/** The text without what wraps a pasted key: a BOM, zero-width characters, quotes, a JSON string literal. */
export function unwrapText(text: string): string {
	let out = trimInvisible(text);
	for (let layer = 0; layer < 2 && out.length >= 2; layer++) {
		const quote = out[0];
		if ((quote !== '"' && quote !== "'") || out[out.length - 1] !== quote) break;
		const json = quote === '"' ? readStrictJson(out) : undefined;
		const inner = json?.ok && typeof json.value === 'string' ? json.value : out.slice(1, -1);
		out = trimInvisible(inner);
	}
	return out;
}
