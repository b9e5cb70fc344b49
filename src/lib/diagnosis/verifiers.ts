// "What common verifiers would do": judges the inspected token as each verifier would with its defaults, at
// the report's evaluation time and with the audience/issuer the user expects. Pure: reads only the Report.
import type { Report } from '$lib/core';
import { quoted } from '$lib/core/text';
import { formatDuration } from '$lib/core/time/format';
import { VERIFIER_PROFILES, type ClaimRule, type VerifierProfile } from './verifier-profiles';

export { VERIFIER_PROFILES, type VerifierProfile };

/** What the API is configured with: the page's Expected audience and Expected issuer (empty: not set). */
export interface VerifierExpectations {
	audience?: string;
	issuer?: string;
}

export interface VerifierVerdict {
	id: VerifierProfile['id'];
	name: string;
	leewaySeconds: number;
	summary: string;
	/** `unknown`: nothing refuses the token, but its signature was not verified (no key). */
	accepts: 'yes' | 'no' | 'unknown';
	/** Why it refuses (every reason), or why it cannot tell. Empty when it accepts. */
	reasons: string[];
}

/** For each common verifier, whether it would accept this token with its defaults, and why not. */
export function whatVerifiersWouldDo(
	report: Report,
	expectations: VerifierExpectations
): VerifierVerdict[] {
	return VERIFIER_PROFILES.map((profile) => judge(profile, report, expectations));
}

function judge(
	profile: VerifierProfile,
	report: Report,
	expectations: VerifierExpectations
): VerifierVerdict {
	const verdict = (accepts: VerifierVerdict['accepts'], reasons: string[]): VerifierVerdict => ({
		id: profile.id,
		name: profile.name,
		leewaySeconds: profile.leewaySeconds,
		summary: profile.summary,
		accepts,
		reasons
	});
	const { token } = report;
	if (token.kind === 'empty') return verdict('unknown', ['No token yet.']);
	if (token.kind === 'jwe')
		return verdict('unknown', ['An encrypted token: its claims cannot be seen here.']);
	if (token.kind === 'unsecured')
		return verdict('no', ['Unsigned (alg "none"): refused by default.']);
	const check = (id: string) => report.checks.find((c) => c.id === id);
	if (token.kind === 'malformed' || check('structure')?.status === 'fail' || !token.claims) {
		return verdict('no', ['Not a well-formed signed JWT.']);
	}

	const reasons: string[] = [];
	const claims = token.claims;
	const evaluated = Date.parse(report.evaluatedAt) / 1000;
	const now = profile.clock === 'whole-seconds' ? Math.floor(evaluated) : evaluated;
	const leeway = profile.leewaySeconds;

	const alg = typeof token.header?.alg === 'string' ? token.header.alg : undefined;
	if (check('algorithm')?.status === 'fail')
		reasons.push(`Algorithm refused: ${check('algorithm')!.detail}`);
	else if (profile.defaultAlgorithms && alg) {
		const allowed =
			report.key.kind === 'secret'
				? profile.defaultAlgorithms.secret
				: profile.defaultAlgorithms.publicKey;
		if (!allowed.includes(alg)) {
			reasons.push(`Trusts ${allowed.join(', ')} only unless configured; the token uses ${alg}.`);
		}
	}

	const exp = claims.exp;
	if (exp === undefined) {
		if (profile.expRequired) reasons.push('Requires exp by default; the token has none.');
	} else if (typeof exp !== 'number' || !Number.isFinite(exp)) {
		reasons.push('exp is not a number.');
	} else {
		const limit = now - leeway;
		const expired = profile.expiredAt === 'at-or-before' ? exp <= limit : exp < limit;
		if (expired)
			reasons.push(`Expired: ${formatDuration(now - exp)} ago, beyond its ${leewayText(leeway)}.`);
	}
	const nbf = claims.nbf;
	if (typeof nbf === 'number' && nbf > now + leeway) {
		reasons.push(
			`Not yet valid: nbf is ${formatDuration(nbf - now)} ahead, beyond its ${leewayText(leeway)}.`
		);
	}
	const iat = claims.iat;
	if (profile.iatInFutureRefused && typeof iat === 'number' && iat > now + leeway) {
		reasons.push(`Issued in the future: iat is ${formatDuration(iat - now)} ahead.`);
	}

	// As typed, not trimmed: each library compares its configured audience and issuer byte for byte.
	const audience = audienceReason(profile.audience, claims.aud, expectations.audience);
	if (audience) reasons.push(audience);
	const issuer = issuerReason(profile.issuer, claims.iss, expectations.issuer);
	if (issuer) reasons.push(issuer);

	const signature = check('signature');
	if (signature?.status === 'fail')
		reasons.push('The signature does not verify with the key given.');
	if (reasons.length) return verdict('no', reasons);
	if (signature?.status !== 'pass') {
		return verdict('unknown', [
			'Its claim rules pass, but the signature was not verified (no usable key).'
		]);
	}
	return verdict('yes', []);
}

function audienceReason(
	rule: ClaimRule,
	aud: unknown,
	expected: string | undefined
): string | undefined {
	const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
	const present = values.length > 0;
	if (!expected) {
		if (rule === 'required')
			return 'Validates the audience by default, and none is configured (IDX10208).';
		if (rule === 'refuse-unexpected' && present) {
			return 'The token has aud but no audience is configured: refused ("Invalid audience").';
		}
		return undefined;
	}
	if (!present) return `Expects audience ${quoted(expected)}; the token has no aud.`;
	if (!values.includes(expected))
		return `Expects audience ${quoted(expected)}; aud does not contain it.`;
	return undefined;
}

function issuerReason(
	rule: ClaimRule,
	iss: unknown,
	expected: string | undefined
): string | undefined {
	if (!expected) {
		return rule === 'required'
			? 'Validates the issuer by default, and none is configured (IDX10204).'
			: undefined;
	}
	if (iss !== expected)
		return `Expects issuer ${quoted(expected)}; iss is ${typeof iss === 'string' ? quoted(iss) : 'missing'}.`;
	return undefined;
}

/** "zero leeway", "30 s leeway", "5 min leeway": the verifier's default, in the page's one duration style. */
const leewayText = (leeway: number) =>
	leeway === 0 ? 'zero leeway' : `${formatDuration(leeway)} leeway`;
