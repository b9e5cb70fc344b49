// The verdict banner's one sentence: the verdict, the main reason and the next step. The main reason is the
// failed check to fix first (a token that cannot be read, then one that cannot be trusted, then one that is
// out of date or for someone else); wording comes from the check where it is good, and is shortened here.
import type { CheckId, CheckResult, Report, ValueDiff } from '$lib/core';
import { KEY_NOT_THE_USERS } from '$lib/core/key-origin';
import { capitalise, middleEllipsis, quoted } from '$lib/core/text';
import { cutAtWord, fitReasonAndStep } from './verdict-fit';
import { algorithmName } from '$lib/core/algorithms';
import { formatDuration, formatInstant, relativeTime, shortUtc } from './time';
import { PITFALL_STEPS } from './pitfall-steps';

export interface VerdictSentence {
	verdict: Report['verdict'];
	headline: 'Valid' | 'Invalid' | 'Decoded, not verified' | 'Not a token yet';
	reason: string;
	next?: string;
	/** The full sentence: `${headline} — ${reason}. ${next}`. */
	text: string;
	mainCheck?: CheckId;
	/** What a screen reader hears when the verdict changes: no relative times, so it does not change every second. */
	announcement: string;
	/** The clock leeway the sentence names, when it is wider than USUAL_LEEWAY_SECONDS. */
	wideLeewaySeconds?: number;
}

/**
 * RFC 7519 §4.1.4: "some small leeway, usually no more than a few minutes, to account for clock skew". A wider
 * one quietly accepts tokens that have expired (or are not valid yet), so the sentence names it, whatever the
 * verdict, on the sender's page, the receiver's, and for the page's own Clock leeway field alike.
 */
const USUAL_LEEWAY_SECONDS = 300;
const MORE_THAN_USUAL = `(more than the usual ${formatDuration(USUAL_LEEWAY_SECONDS)})`;

/** ", beyond the 60 s leeway", or ", beyond the leeway of 2 h (more than the usual 5 min)" for a wide one. */
function beyondLeeway(seconds: number): string {
	if (seconds <= 0) return '';
	return seconds > USUAL_LEEWAY_SECONDS
		? `, beyond the leeway of ${formatDuration(seconds)} ${MORE_THAN_USUAL}`
		: `, beyond the ${seconds} s leeway`;
}

/** What to fix first: a token that cannot be read, then trust (algorithm, key, signature), then time, then the rest. */
const PRIORITY: Record<CheckId, number> = {
	structure: 0,
	// A JWE that does not open hides everything else (issue 19).
	decryption: 0.5,
	algorithm: 1,
	key: 2,
	signature: 3,
	exp: 4,
	nbf: 5,
	iat: 6,
	aud: 7,
	iss: 8,
	// After the issuer: a CI token from the wrong issuer is that first, whatever its subject.
	sub: 8.5,
	scope: 9,
	crit: 10,
	typ: 11,
	'token-use': 12,
	'secret-strength': 13,
	lifetime: 14,
	'header-keys': 15,
	revocation: 16,
	// Last: a token too big to send is named only when nothing worse failed or warned (issue 17, item 3).
	size: 17
};

/** Checks whose detail names its own subject; the others are prefixed with their title. */
const SELF_EXPLAINED = new Set<CheckId>([
	'structure',
	'algorithm',
	'key',
	'signature',
	'exp',
	'nbf',
	'iat',
	'aud',
	'iss',
	'sub',
	'scope'
]);

/**
 * Shorter next steps than the checks' fixes, for codes whose fix leads with a long sentence. Others use the
 * fix's first sentence, so that the sentence and the row name one action (issue 16, item 5): a check's fix
 * leads with its action. Keyed by the codes rows carry, so a renamed or removed code is a type error here.
 */
const NEXT: Partial<Record<CheckResult['code'], string>> = {
	'signature.secret-encoding': 'Make the issuer and the API read the secret in the same encoding.',
	'signature.rsa-padding': 'Fix the signer: its "alg" must name the padding it signs with.',
	'signature.ecdsa-der': "Make the signer's library output raw R‖S, as JWS requires.",
	'scope.absent': 'Request an access token with the scopes the API needs.',
	'scope.malformed': 'The issuer must write "scope" as one space-separated string.',
	'iss.key-from-token-issuer': 'Type the issuer your API trusts into Expected issuer.',
	'iss.key-from-other-issuer': "Fetch or paste the expected issuer's keys instead.",
	'secret-strength.weak': 'Rotate to a long random secret.',
	'secret-strength.short': 'Rotate to a long random secret.',
	'size.over-lowest':
		'Send fewer or shorter claims, or raise the header limit on every server on the way.',
	'size.over-all':
		'Send fewer or shorter claims: no common server accepts a header this large by default.',
	'size.groups': 'Emit only the groups assigned to the app, or use app roles.'
};

/** The steps written for the sentence, kept whole when it is cut; a fix's first sentence may be shortened. */
const WRITTEN_STEPS = new Set<string>([
	...Object.values(NEXT),
	...Object.values(PITFALL_STEPS).map((step) => step.next)
]);

/** The longest verdict sentence, in characters: two or three lines of the banner, a pitfall with its values included. */
export const MAX_SENTENCE = 240;
const MAX_QUOTED = 40;

/** The verdict banner's sentence for a report: headline, main reason, next step, and what to announce. */
export function verdictSentence(report: Report): VerdictSentence {
	const checks = [...report.checks].sort((a, b) => PRIORITY[a.id] - PRIORITY[b.id]);
	const failed = checks.filter((c) => c.status === 'fail');
	const warned = checks.filter((c) => c.status === 'warn');
	const signature = checks.find((c) => c.id === 'signature');

	if (report.verdict === 'invalid' && failed[0]) {
		const main = failed[0];
		const { reason, stable } = reasonFor(main, report);
		const others = failed.length - 1;
		const more = others > 0 ? `, plus ${others} more problem${others === 1 ? '' : 's'}` : '';
		return sentence(report, 'Invalid', reason, stable, more, nextFor(main), main.id);
	}
	if (report.token.kind === 'empty') {
		const reason = 'paste a JWT to inspect it';
		return sentence(report, 'Not a token yet', reason, reason, '', undefined, undefined);
	}
	const warnings =
		warned.length > 0
			? `${warned.length} warning${warned.length === 1 ? '' : 's'} (${warned.map((c) => c.id.replace('-', ' ')).join(', ')})`
			: '';
	if (report.verdict === 'valid' && report.token.payloadKind !== 'claims') {
		// RFC 7515 lets a JWS carry any payload, so a verified one is `valid` (nothing failed); but no claim was
		// judged, and RFC 7519 §7.2 (step 10) has a JWT's payload be a JSON object, so an API that expects a JWT
		// refuses this one. The sentence says both, beside warnings too, and never "all claims pass".
		const reason =
			'signature verified, but the payload is not a claims set: no claim (exp, aud, iss…) was checked';
		const next = warned[0]
			? nextFor(warned[0])
			: 'An API that expects a JWT refuses it: a JWT’s payload is a JSON object.';
		return sentence(
			report,
			'Valid',
			reason,
			reason,
			warnings ? `; ${warnings}` : '',
			next,
			'signature'
		);
	}
	if (report.verdict === 'valid') {
		const reason = `signature verified with ${keyName(report)} (${algOf(report)})`;
		const claims = warnings ? `, with ${warnings}` : `; ${claimsClause(report, checks)}`;
		const next = warned[0] ? nextFor(warned[0]) : undefined;
		return sentence(report, 'Valid', reason, reason, claims, next, 'signature');
	}
	// Unverified although a key verified it: the key was fetched from an issuer the user did not name, so
	// that is the cause to lead with (RFC 8725 §3.8, see core/checks/iss.ts).
	const iss = checks.find((c) => c.id === 'iss');
	if (iss && KEY_NOT_THE_USERS.has(iss.code)) {
		const reason =
			iss.code === 'iss.key-from-token-issuer'
				? 'keys fetched from the issuer the token names verified it, and any issuer can be named'
				: 'the keys that verified it were fetched from another issuer than the one you expect';
		return sentence(report, 'Decoded, not verified', reason, reason, '', nextFor(iss), 'iss');
	}
	// Unverified: nothing failed, and the signature was not checked.
	const note = warnings ? `${capitalise(warnings)}.` : undefined;
	// A token only its issuer can validate or open (a provider pitfall on the structure or signature row): no key
	// would help, so that cause leads, with its fix (present/pitfall-steps.ts).
	const untrusted = checks.find(
		(c) => (c.id === 'structure' || c.id === 'signature') && Object.hasOwn(PITFALL_STEPS, c.code)
	);
	const pitfall = untrusted && PITFALL_STEPS[untrusted.code];
	if (untrusted && pitfall) {
		return sentence(
			report,
			'Decoded, not verified',
			pitfall.reason,
			pitfall.reason,
			'',
			pitfall.next,
			untrusted.id
		);
	}
	if (report.token.kind === 'jwe') {
		const reason = 'an encrypted token (JWE): it cannot be decrypted or verified here';
		return sentence(report, 'Decoded, not verified', reason, reason, '', note, 'structure');
	}
	if (!signature || signature.code === 'signature.no-key') {
		const reason = "add the issuer's key to check the signature";
		return sentence(report, 'Decoded, not verified', reason, reason, '', note, 'signature');
	}
	const why = firstSentence(signature.detail).replace(/^Not checked: /, '');
	const reason = `the signature was not checked: ${lowerFirst(why)}`;
	return sentence(
		report,
		'Decoded, not verified',
		reason,
		reason,
		'',
		note ?? nextFor(signature),
		'signature'
	);
}

/** Assembles the sentence and its announcement, shortening the next step, then the reason, to fit. */
function sentence(
	report: Report,
	headline: VerdictSentence['headline'],
	reason: string,
	stable: string,
	tail: string,
	next: string | undefined,
	mainCheck: CheckId | undefined
): VerdictSentence {
	const wide = headline !== 'Not a token yet' && report.leewaySeconds > USUAL_LEEWAY_SECONDS;
	// An expiry or start beyond the leeway names it already (reasonFor); elsewhere it is added at the end.
	const fullTail =
		wide && !stable.includes(MORE_THAN_USUAL)
			? `${tail}, ${tail.includes(', with ') ? 'and' : 'with'} a leeway of ${formatDuration(report.leewaySeconds)} ${MORE_THAN_USUAL}`
			: tail;
	// A reason cut short ends in "…": no full stop after it ("…." reads as a typo).
	const compose = (core: string, step?: string) => {
		const said = `${core}${fullTail}`;
		return `${headline} — ${said}${said.endsWith('…') ? '' : '.'}${step ? ` ${step}` : ''}`;
	};
	// The next step is never dropped (issue 16, item 5); it is shortened to its first clauses before the
	// reason is cut, so that the reason keeps its meaning (verdict-fit.ts).
	const fitted = fitReasonAndStep(
		shortenQuotes(reason),
		next === undefined ? undefined : shortenQuotes(next),
		MAX_SENTENCE - compose('').length,
		next === undefined || !WRITTEN_STEPS.has(next)
	);
	const core = fitted.reason;
	const step = fitted.step;
	const announced = cutAtWord(shortenQuotes(stable), MAX_SENTENCE - compose('').length);
	return {
		verdict: report.verdict,
		headline,
		reason: `${core}${fullTail}`,
		...(step !== undefined ? { next: step } : {}),
		text: compose(core, step),
		...(mainCheck !== undefined ? { mainCheck } : {}),
		announcement: compose(announced),
		...(wide ? { wideLeewaySeconds: report.leewaySeconds } : {})
	};
}

/** The main reason for a failed check, and the same without relative times for the announcement. */
function reasonFor(check: CheckResult, report: Report): { reason: string; stable: string } {
	const now = Date.parse(report.evaluatedAt) / 1000;
	const claims = report.token.claims ?? {};
	const at = (name: string) => {
		const value = claims[name];
		return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
	};
	const leeway = beyondLeeway(report.leewaySeconds);
	const nowDate = new Date(now * 1000);
	const exp = at('exp');
	const nbf = at('nbf');
	const iat = at('iat');
	switch (check.code) {
		case 'exp.expired':
			if (exp === undefined) break;
			return {
				reason: `expired ${relativeTime(exp - now)} (${shortUtc(exp, nowDate)})${leeway}`,
				stable: `expired at ${formatInstant(exp)}${leeway}`
			};
		case 'exp.expired-clock-skew':
			// The row names the skew because the token lived less long than it missed by (core/checks/exp.ts).
			if (exp === undefined || iat === undefined) break;
			return {
				reason: `expired ${relativeTime(exp - now)} (${shortUtc(exp, nowDate)}), though it lived only ${formatDuration(exp - iat)}: the clocks disagree${leeway}`,
				stable: `expired at ${formatInstant(exp)}, though it lived only ${formatDuration(exp - iat)}: the clocks disagree${leeway}`
			};
		case 'nbf.future':
			if (nbf === undefined) break;
			return {
				reason: `not valid until ${shortUtc(nbf, nowDate)} (${relativeTime(nbf - now)})${leeway}`,
				stable: `not valid until ${formatInstant(nbf)}${leeway}`
			};
		case 'iat.future':
			if (iat === undefined) break;
			return {
				reason: `issued in the future (${relativeTime(iat - now)}, ${shortUtc(iat, nowDate)})${leeway}`,
				stable: `issued in the future, at ${formatInstant(iat)}${leeway}`
			};
		case 'iss.mismatch':
		case 'iss.near-miss':
		case 'iss.expected-whitespace':
			if (!check.diff) break;
			return same(
				`issued by ${excerpt(check.diff, 'actual')}, not the expected ${excerpt(check.diff, 'expected')}`
			);
		case 'aud.mismatch':
		case 'aud.near-miss':
		case 'aud.expected-whitespace':
			if (!check.diff) break;
			return same(
				`the token is for ${excerpt(check.diff, 'actual')}, not the expected ${excerpt(check.diff, 'expected')}`
			);
		case 'algorithm.none':
			return same('the token is unsigned ("alg": "none"), so anyone could have written it');
		case 'signature.secret-encoding':
			return same(
				"the signature verifies only with the secret in another encoding than your API's"
			);
		case 'signature.rsa-padding':
			return same('the signer uses another RSA padding than its header claims');
		case 'algorithm.confusion':
			return same(
				`the header asks for ${algOf(report)} (HMAC) with a public key: algorithm confusion`
			);
	}
	// A provider's pitfall names its cause (present/pitfall-steps.ts).
	// A provider's pitfall names its cause (present/pitfall-steps.ts), then the parts of the two values that
	// differ ("localhost:8180", not "keycloak:8080"), when the row compared them: the row shows them whole.
	const pitfall = PITFALL_STEPS[check.code];
	if (pitfall) {
		const parts = check.diff && differingParts(check.diff);
		return same(parts ? `${pitfall.reason}: ${parts}` : pitfall.reason);
	}
	const first = lowerFirst(withoutSpecs(firstSentence(check.detail)));
	return same(SELF_EXPLAINED.has(check.id) ? first : `${lowerFirst(check.title)}: ${first}`);
}

function same(reason: string): { reason: string; stable: string } {
	return { reason, stable: reason };
}

/** The next step: a short one for common codes, else the first sentence of the check's fix. */
function nextFor(check: CheckResult): string | undefined {
	if (check.code === 'scope.missing') {
		const many = (check.findings ?? []).length > 1;
		return `Ask for a token with ${many ? 'those scopes' : 'that scope'}.`;
	}
	if (Object.hasOwn(NEXT, check.code)) return NEXT[check.code];
	if (Object.hasOwn(PITFALL_STEPS, check.code)) return PITFALL_STEPS[check.code]!.next;
	if (!check.fix) return undefined;
	const step = firstSentence(check.fix);
	return /[!?]$/.test(step) ? step : `${step}.`;
}

/** "all claims pass", saying which expectations were not given and so not checked. */
function claimsClause(report: Report, checks: CheckResult[]): string {
	const unchecked = checks
		.filter((c) => (c.id === 'aud' || c.id === 'iss') && c.code.endsWith('.not-checked'))
		.map((c) => (c.id === 'aud' ? 'audience' : 'issuer'));
	return unchecked.length > 0
		? `all claims pass (${unchecked.join(' and ')} not checked)`
		: 'all claims pass';
}

/** The verified key as the page names it: `key "k2"`, "the secret", "the supplied key". */
function keyName(report: Report): string {
	const label = report.signature.verifiedWith;
	return label === undefined || label === 'the key' ? 'the supplied key' : label;
}

function algOf(report: Report): string {
	const alg = report.signature.alg ?? report.token.header?.alg;
	// The header's "alg" is the token's text: an unregistered one is quoted as the core quotes values.
	return typeof alg === 'string' ? algorithmName(alg) : 'unknown algorithm';
}

/**
 * The first sentence, without its final stop. A sentence ends at ".", "!" or "?" followed by a space and a
 * capital or "(", so that "e.g. RS256" and quoted values do not end it.
 */
function firstSentence(text: string): string {
	const end = /[.!?]["”]?(?=\s+[A-Z(])/.exec(text);
	const sentence = end ? text.slice(0, end.index + end[0].length) : text;
	return sentence.trim().replace(/\.$/, '');
}

/**
 * Quoted values from the token or the user are cut to MAX_QUOTED characters: the sentence stays readable. The
 * cut is in the middle, so a value keeps its start and its end (where issuers differ by a path or a slash).
 */
function shortenQuotes(text: string): string {
	// A quoted value may hold \" (see quoted() in core/text.ts): the quotes that close it are unescaped ones.
	return text.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
		// An excerpt already cut around its differing part (excerpt below) is kept as it is.
		inner.length > MAX_QUOTED && !(inner.includes('…') && inner.length <= 2 * MAX_QUOTED)
			? `"${middleEllipsis(inner, MAX_QUOTED)}"`
			: whole
	);
}

/** Only the parts of two values that differ, each side quoted: `"localhost:8180", not "keycloak:8080"`. */
function differingParts(diff: ValueDiff): string | undefined {
	const side = (which: 'actual' | 'expected') =>
		diff.parts
			.filter((p) => p.side === which)
			.map((p) => p.text)
			.join('…');
	const actual = side('actual');
	const expected = side('expected');
	if (actual.trim() === '' || expected.trim() === '') return undefined;
	return `${quoted(actual, MAX_QUOTED)}, not ${quoted(expected, MAX_QUOTED)}`;
}

/** Shared text kept on each side of a difference in a sentence's excerpt of a value. */
const CONTEXT = 4;

/**
 * One side of a diff, quoted, keeping the part that differs (up to MAX_QUOTED characters) whole: the shared
 * text around it is what is cut, in the middle, "…" standing for it (issue 16, item 5). A differing part longer
 * than the room left is itself cut in its middle, keeping its two ends.
 */
function excerpt(diff: ValueDiff, side: 'expected' | 'actual'): string {
	const parts = diff.parts.filter((p) => p.side === 'same' || p.side === side);
	const text = parts
		.map((p, i) => {
			if (p.side !== 'same') return middleEllipsis(p.text, MAX_QUOTED);
			const chars = [...p.text];
			if (chars.length <= 2 * CONTEXT + 1) return p.text;
			const head = i === 0 ? '' : chars.slice(0, CONTEXT).join('');
			const tail = i === parts.length - 1 ? '' : chars.slice(-CONTEXT).join('');
			return `${head}…${tail}`;
		})
		.join('');
	const whole = side === 'expected' ? diff.expected : diff.actual;
	return quoted([...whole].length <= MAX_QUOTED ? whole : text, MAX_QUOTED * 2);
}

/** The first sentence without its spec references: "(RFC 7519 §4.1.4)", "; RFC 7519 §4.1 requires …". */
function withoutSpecs(text: string): string {
	return text
		.replace(/\s*\((?:see )?(?:RFC|OpenID|OIDC)[^)]*\)/g, '')
		.replace(/[;,:]\s*(?:RFC|OpenID) \d[^.;]*/g, '')
		.replace(/\s*(?:RFC|OpenID Connect Core) \d+[^\s,;.]*(?:\s§[\d.]+)?/g, '');
}

/** "The token…" → "the token…", leaving acronyms and names ("RS256", "JSON") as they are. */
function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
