import { defineCheck } from './check';
import { quoted } from '../text';

// A JWT is self-contained: nothing in it can show that the issuer revoked it or ended its session. Only the
// issuer knows, through token introspection (RFC 7662 §2) or its session API (OpenID Connect's "sid",
// Front-/Back-Channel Logout). So this row is always information, never a pass.
const LOOKUP = ['jti', 'sid', 'sub'] as const;
const MEANING: Record<(typeof LOOKUP)[number], string> = {
	jti: 'the token',
	sid: 'the session',
	sub: 'the subject'
};

export const revocationCheck = defineCheck({
	id: 'revocation',
	title: 'Revocation',
	spec: 'RFC 7662 §2',
	codes: ['revocation.no-claims', 'revocation.unknowable', 'revocation.no-identifiers'],
	run({ token }) {
		const claims = token.claims;
		if (!claims)
			return { status: 'skip', code: 'revocation.no-claims', detail: 'No claims to read.' };
		const present = LOOKUP.filter(
			(name) => typeof claims[name] === 'string' || typeof claims[name] === 'number'
		);
		const lookups = present.map(
			(name) => `${name} ${quoted(String(claims[name]), 80)} (${MEANING[name]})`
		);
		return {
			status: 'info',
			code: present.length > 0 ? 'revocation.unknowable' : 'revocation.no-identifiers',
			detail: `Whether the token was revoked cannot be seen in the token itself. ${
				present.length > 0
					? `To find out, look up ${lookups.join(', ')} with the issuer.`
					: 'It carries no "jti", "sid" or "sub" to look up with the issuer.'
			}`,
			fix: 'Ask the issuer: its token introspection endpoint (RFC 7662) answers whether the token is active; its session or user API says whether the session was ended.'
		};
	}
});
