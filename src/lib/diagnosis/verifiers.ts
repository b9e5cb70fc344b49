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
	// What the library's rules leave open (a behaviour not established from its source): "cannot tell".
	const open: string[] = [];
	const claims = token.claims;
	const header = token.header ?? {};
	const evaluated = Date.parse(report.evaluatedAt) / 1000;
	const now = profile.clock === 'whole-seconds' ? Math.floor(evaluated) : evaluated;
	const leeway = profile.leewaySeconds;

	const alg = typeof header.alg === 'string' ? header.alg : undefined;
	if (check('algorithm')?.status === 'fail')
		reasons.push(`Algorithm refused: ${check('algorithm')!.detail}`);
	else if (alg && !profile.algorithms.includes(alg)) {
		reasons.push(`Does not support ${alg}: it verifies ${profile.algorithms.join(', ')} only.`);
	} else if (profile.defaultAlgorithms && alg) {
		const allowed =
			report.key.kind === 'secret'
				? profile.defaultAlgorithms.secret
				: profile.defaultAlgorithms.publicKey;
		if (!allowed.includes(alg)) {
			reasons.push(`Trusts ${allowed.join(', ')} only unless configured; the token uses ${alg}.`);
		}
	}

	// RFC 7515 §4.1.11: an extension listed in crit that the recipient does not understand makes the JWS
	// invalid; some libraries follow it, others never read crit.
	if (header.crit !== undefined && check('crit')?.status === 'fail') {
		if (profile.crit === 'refuse-unknown')
			reasons.push(`Refuses the crit header: ${check('crit')!.detail}`);
		else if (profile.crit === 'unknown')
			open.push('Whether it refuses an unknown crit extension is not established.');
	}

	// A JWKS-based verifier picks the key by kid (RFC 7517 §4.5) and rejects a kid its set does not hold.
	const key = check('key');
	if (key?.code === 'key.kid-not-found') {
		reasons.push(`Looks the key up by kid: ${quoted(String(header.kid))} is not in the key set.`);
	} else if (profile.kidRequired && report.key.kind === 'jwks' && typeof header.kid !== 'string') {
		reasons.push('Picks the key from the key set by kid, and the token has none.');
	}

	const exp = numericDate(profile, claims.exp);
	if (exp === 'absent') {
		if (profile.expRequired) reasons.push('Requires exp by default; the token has none.');
	} else if (exp === 'invalid') reasons.push('exp is not a number.');
	else if (exp === 'open')
		open.push('Whether it reads exp written as a string is not established.');
	else {
		const limit = now - leeway;
		const expired = profile.expiredAt === 'at-or-before' ? exp <= limit : exp < limit;
		if (expired)
			reasons.push(`Expired: ${formatDuration(now - exp)} ago, beyond its ${leewayText(leeway)}.`);
	}
	const nbf = numericDate(profile, claims.nbf);
	if (nbf === 'invalid') reasons.push('nbf is not a number.');
	else if (typeof nbf === 'number' && nbf > now + leeway) {
		reasons.push(
			`Not yet valid: nbf is ${formatDuration(nbf - now)} ahead, beyond its ${leewayText(leeway)}.`
		);
	}
	const iat = claims.iat;
	if (profile.iatInFutureRefused && typeof iat === 'number' && iat > now + leeway) {
		reasons.push(`Issued in the future: iat is ${formatDuration(iat - now)} ahead.`);
	}

	// As typed, not trimmed: each library compares its configured audience and issuer byte for byte.
	const cognito = profile.cognito && isCognitoIssuer(claims.iss);
	const audience = cognito
		? cognitoReason(claims, expectations.audience)
		: audienceReason(profile.audience, claims.aud, expectations.audience);
	if (audience) reasons.push(audience);
	const issuer = issuerReason(profile.issuer, claims.iss, expectations.issuer);
	if (issuer) reasons.push(issuer);

	const signature = check('signature');
	if (signature?.status === 'fail')
		reasons.push('The signature does not verify with the key given.');
	if (reasons.length) return verdict('no', reasons);
	if (open.length) return verdict('unknown', open);
	if (signature?.status !== 'pass') {
		return verdict('unknown', [
			'Its claim rules pass, but the signature was not verified (no usable key).'
		]);
	}
	return verdict('yes', []);
}

/**
 * exp/nbf as the library reads it (RFC 7519 §2 NumericDate is a JSON number): the number, `absent`, `invalid`
 * (refused), or `open` when whether it reads a digit string is not established.
 */
function numericDate(
	profile: VerifierProfile,
	value: unknown
): number | 'absent' | 'invalid' | 'open' {
	if (value === undefined) return 'absent';
	if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
	if (typeof value === 'string' && /^\d+$/.test(value)) {
		if (profile.numericStrings === 'read-as-number') return Number(value);
		if (profile.numericStrings === 'unknown') return 'open';
	}
	return 'invalid';
}

// A Cognito user pool's issuer, https://cognito-idp.<region>.amazonaws.com/<userPoolId> (aws-jwt-verify's
// cognito-verifier.js builds the same from the user pool id).
const COGNITO_ISSUER = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[\w-]+_[0-9A-Za-z]+$/;
const isCognitoIssuer = (iss: unknown) => typeof iss === 'string' && COGNITO_ISSUER.test(iss);

/**
 * CognitoJwtVerifier's rules (aws-jwt-verify cognito-verifier.js validateCognitoJwtFields): token_use must be
 * "id" or "access"; the clientId (the page's expected audience) is matched against aud in an id token and
 * client_id in an access token; a clientId must be configured (or explicitly null).
 */
function cognitoReason(claims: Record<string, unknown>, clientId: string | undefined) {
	const use = claims.token_use;
	if (use !== 'id' && use !== 'access')
		return `A Cognito token needs token_use "id" or "access"; it has ${typeof use === 'string' ? quoted(use) : 'none'}.`;
	if (!clientId)
		return 'CognitoJwtVerifier needs the app client id (clientId), and none is configured.';
	const claim = use === 'id' ? claims.aud : claims.client_id;
	const values = typeof claim === 'string' ? [claim] : Array.isArray(claim) ? claim : [];
	if (!values.includes(clientId))
		return `Expects client id ${quoted(clientId)} in ${use === 'id' ? 'aud' : 'client_id'}; the token does not carry it.`;
	return undefined;
}

function audienceReason(
	rule: ClaimRule,
	aud: unknown,
	expected: string | undefined
): string | undefined {
	const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
	const present = values.length > 0;
	if (rule === 'not-checked' || (rule === 'when-present' && aud === undefined)) return undefined;
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
	if (rule === 'not-checked' || (rule === 'when-present' && iss === undefined)) return undefined;
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
