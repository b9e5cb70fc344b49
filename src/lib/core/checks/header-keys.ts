import { defineCheck } from './check';
import type { Finding, KeyInputView } from '../types';

// RFC 8725 §3.10 and RFC 7515 §4.1.2–4.1.6: a key, or a URL to fetch one from, carried in the token itself is
// chosen by whoever made the token. Trusting it lets anyone sign (CVE-2018-0114); fetching it is SSRF. This
// inspector never trusts and never fetches them.
const HEADER_KEYS: Record<string, string> = {
	jwk: '"jwk" embeds a public key: a verifier that uses it accepts tokens signed by anyone (CVE-2018-0114).',
	jku: '"jku" points to a key set URL: a verifier that fetches it lets the token choose its own key, and may be made to request internal URLs (SSRF).',
	x5u: '"x5u" points to a certificate URL: the same risk as "jku".',
	x5c: '"x5c" carries a certificate chain: it is only trustworthy after full chain validation against a root you configured.'
};

export const headerKeysCheck = defineCheck({
	id: 'header-keys',
	title: 'Keys in the header',
	spec: 'RFC 8725 §3.10, RFC 7515 §4.1',
	codes: [
		'header-keys.no-header',
		'header-keys.none',
		'header-keys.embedded',
		'header-keys.certificate'
	],
	run({ token, keys, verification }) {
		const header = token.header;
		if (!header)
			return { status: 'skip', code: 'header-keys.no-header', detail: 'No header to read.' };
		const present = Object.keys(HEADER_KEYS).filter((name) => Object.hasOwn(header, name));
		if (present.length === 0)
			return {
				status: 'pass',
				code: 'header-keys.none',
				detail: 'The header carries no key and no key URL.'
			};
		const findings: Finding[] = present.map((name) => ({
			code: `header-keys.${name}`,
			severity: 'warning',
			message: HEADER_KEYS[name]!
		}));
		// A token that verifies with the key it carries proves only that its maker holds that key.
		if (verification.selfSigned)
			findings.push({
				code: 'header-keys.self-signed',
				severity: 'warning',
				message:
					'The token verifies with the key it carries: anyone can make such a token, so that proves nothing about who issued it.'
			});
		return {
			status: 'warn',
			code:
				present.includes('jwk') || present.includes('jku')
					? 'header-keys.embedded'
					: 'header-keys.certificate',
			detail: `${findings.map((f) => f.message).join(' ')} ${ownKeys(keys.view.kind, keys.candidates.length)}`,
			fix: 'Verifiers must use keys configured for the issuer (or its published JWKS), never keys or URLs from the token.',
			findings
		};
	}
});

// What this inspector verified with instead of the header's key: the user's key, or nothing at all.
function ownKeys(kind: KeyInputView['kind'], usable: number): string {
	if (kind === 'none')
		return 'No key was supplied, so nothing was verified: this inspector never verifies with a key from the token, and fetched nothing.';
	if (usable === 0)
		return 'The key you supplied could not be read, so nothing was verified: this inspector never verifies with a key from the token, and fetched nothing.';
	return 'This inspector verified only with the key you supplied, and fetched nothing.';
}
