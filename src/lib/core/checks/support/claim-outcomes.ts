// The outcomes the claim checks share (not a check itself): when there are no claims to judge, and what a
// missing, malformed or millisecond time claim means. Named for what it returns, apart from the claim dictionary
// the page explains names with (src/lib/present/claim-dictionary.ts).
import type { CheckContext, Outcome } from '../check';
import { formatInstant } from '../../time/format';
import { otherFormat } from './other-format';
import { formatTimesOutcome } from './format-times';
import { readNumericDate, SKEW_WINDOW_SECONDS } from '../../time/numeric-date';

/** The codes `noClaims` concludes with for the check `id`, for that check's `codes`. */
export function noClaimsCodes<const Id extends string>(id: Id) {
	return [
		`${id}.no-token`,
		`${id}.encrypted`,
		`${id}.no-claims`,
		`${id}.format-decoded`,
		`${id}.other-format`
	] as const;
}

type NoClaimsCode<Id extends string> = ReturnType<typeof noClaimsCodes<Id>>[number];

/** The outcome for a claim check when the token has no claims set to look in, or undefined if it has one. */
export function noClaims<const Id extends string>(
	context: CheckContext,
	id: Id
): Outcome<NoClaimsCode<Id>> | undefined {
	const view = context.token.view;
	if (view.kind === 'empty')
		return { status: 'skip', code: `${id}.no-token`, detail: 'No token yet.' };
	// A decrypted claims JWE (issue 19) has its claims; one not opened keeps them hidden.
	if (view.kind === 'jwe' && !context.token.claims)
		return {
			status: 'skip',
			code: `${id}.encrypted`,
			detail: 'The claims of a JWE are encrypted: add the Decryption key to read and judge them.'
		};
	if (!context.token.claims) {
		// A value named by its format (a PASETO, a SAML message, a GitHub token) is not a JWT whose claims could
		// not be read: the row says what it is, and for one whose claims were decoded, where to judge them.
		const other = otherFormat(context, id);
		if (other) return other;
		// A plain JWS (RFC 7515 with a payload that is not a claims set) is what the structure check passes as
		// structure.plain-jws: no faults at all. With faults, the payload may be a claims set we could not read.
		const plain = context.token.faults.length === 0 && view.payloadKind !== 'none';
		return {
			status: 'skip',
			code: `${id}.no-claims`,
			detail: plain
				? 'The payload is not a JSON claims set (a plain JWS), so there are no claims to judge.'
				: 'The claims could not be read (see structure).'
		};
	}
	return undefined;
}

/** The codes `timeClaim` concludes with for the claim `name`, for its check's `codes`. */
export function timeClaimCodes<const Name extends 'exp' | 'nbf' | 'iat'>(name: Name) {
	return [`${name}.absent`, `${name}.not-number`, `${name}.milliseconds`] as const;
}

type TimeClaimCode<Name extends 'exp' | 'nbf' | 'iat'> = ReturnType<
	typeof timeClaimCodes<Name>
>[number];

/**
 * A time row (exp, nbf, iat) judged by `judge`: the instants a format states (a PASETO's "exp", a SAML
 * assertion's NotOnOrAfter: issue 17), else nothing to judge, else the claim as read. One order for the three.
 */
export function timeRow<const Name extends 'exp' | 'nbf' | 'iat', Code extends string>(
	context: CheckContext,
	name: Name,
	judge: (seconds: number) => Outcome<Code>
): Outcome<Code | NoClaimsCode<Name> | TimeClaimCode<Name>> {
	const stated = formatTimesOutcome(context, name, judge);
	if (stated) return stated;
	const skip = noClaims(context, name);
	if (skip) return skip;
	const claim = timeClaim(context, name);
	return 'value' in claim ? judge(claim.value) : claim;
}

/** Reads a time claim and turns a missing, malformed or millisecond value into its outcome. */
export function timeClaim<const Name extends 'exp' | 'nbf' | 'iat'>(
	context: CheckContext,
	name: Name
): Outcome<TimeClaimCode<Name>> | { value: number } {
	const date = readNumericDate(context.token.claims!, name);
	if (date.kind === 'ok') return { value: date.value };
	if (date.kind === 'absent')
		return { status: 'skip', code: `${name}.absent`, detail: `No "${name}" claim.` };
	if (date.kind === 'invalid') {
		return {
			status: 'fail',
			code: `${name}.not-number`,
			detail: date.message,
			fix: `The issuer must write "${name}" as a JSON number of seconds since 1970, e.g. ${Math.floor(context.now)}. Verifiers such as jsonwebtoken and jose reject anything else.`,
			spec: 'RFC 7519 §2 (NumericDate)'
		};
	}
	const asDate = formatInstant(date.asSeconds);
	const consequence =
		name === 'exp'
			? `Read as seconds, it is ${formatInstant(date.value)}, so verifiers treat the token as never expiring.`
			: `Read as seconds it lies far in the future (${formatInstant(date.value)}), so verifiers reject the token.`;
	return {
		status: name === 'exp' ? 'warn' : 'fail',
		code: `${name}.milliseconds`,
		detail: `"${name}" is ${date.value}, which looks like milliseconds: as milliseconds it would be ${asDate}. ${consequence}`,
		fix: `The issuer must divide by 1000: NumericDate counts seconds (in JavaScript, Math.floor(Date.now() / 1000)).`,
		spec: 'RFC 7519 §2 (NumericDate)'
	};
}

/**
 * The labelled what-if for a small time miss the token shows to be clock skew: the smallest leeway that would
 * accept it. It is a what-if, not the fix: a leeway hides skew and also accepts tokens that really are out of
 * date, so the fix is always to synchronise the clocks (issue 16, item 4). Empty for misses of five minutes or
 * more, which no leeway of the usual size (RFC 7519 §4.1.4: "usually no more than a few minutes") would cover.
 */
export function leewayWhatIf(missSeconds: number, leewayNeeded: number, leeway: number): string {
	if (missSeconds >= SKEW_WINDOW_SECONDS) return '';
	return ` What-if: with a leeway of ${leewayNeeded} s it would pass${leeway > 0 ? ` (it is ${leeway} s now)` : ''}.`;
}

/**
 * The same what-if as data, for the page's "what if the leeway were N s" button (issue 18, item 7): the
 * smallest whole-second leeway under which a miss of `missSeconds` would pass, offered only below the skew
 * window for the reason above. `leewayNeeded` is the check's own boundary (exp passes while now − exp <
 * leeway, RFC 7519 §4.1.4; nbf and iat while the lead ≤ leeway, §4.1.5).
 */
export function leewayOffer(missSeconds: number, leewayNeeded: number): Pick<Outcome, 'whatIf'> {
	if (missSeconds >= SKEW_WINDOW_SECONDS) return {};
	return { whatIf: { input: 'leewaySeconds', value: leewayNeeded } };
}

/**
 * What in the token itself shows that an expiry missed by `missSeconds` is clock skew rather than a token used
 * too late, or undefined when nothing does. Only a token that lived less long than it missed by (exp − iat <
 * now − exp), within the skew window, says so: a fresh 60 s token (Clerk's session tokens live 60 s,
 * https://clerk.com/docs/backend-requests/resources/session-tokens) that is already 90 s past its "exp" was
 * most likely judged by a clock running ahead; a 24-hour token 3 minutes past its "exp" was simply used after
 * it expired. An "iat" or "nbf" in the future is named by its own row. The evidence is plain data, so a caller
 * with other evidence (a server time read from a pasted error) can make the same call.
 */
export function expirySkewEvidence(
	claims: Record<string, unknown>,
	exp: number,
	missSeconds: number
): { lifetimeSeconds: number } | undefined {
	const iat = claims.iat;
	if (typeof iat !== 'number' || !Number.isFinite(iat)) return undefined;
	const lifetimeSeconds = exp - iat;
	if (lifetimeSeconds <= 0 || missSeconds >= SKEW_WINDOW_SECONDS) return undefined;
	return lifetimeSeconds < missSeconds ? { lifetimeSeconds } : undefined;
}

/**
 * For an "nbf" or "iat" later than now by `aheadSeconds` (beyond the leeway): a small lead is the token
 * pointing to clock skew (the issuer's clock ahead of this one), so it is named, with the labelled what-if.
 */
export function futureSkewNote(aheadSeconds: number, leeway: number): string {
	if (aheadSeconds >= SKEW_WINDOW_SECONDS) return '';
	return ` That is under ${SKEW_WINDOW_SECONDS / 60} minutes: the issuer's clock is likely ahead of this one.${leewayWhatIf(aheadSeconds, Math.ceil(aheadSeconds), leeway)}`;
}

/** The fix for an "nbf" or "iat" in the future: synchronised clocks for a small lead, never a wider leeway. */
export function futureFix(aheadSeconds: number, farFix: string): string {
	return aheadSeconds < SKEW_WINDOW_SECONDS
		? 'Synchronise the clocks of the issuer and the API (NTP).'
		: farFix;
}
