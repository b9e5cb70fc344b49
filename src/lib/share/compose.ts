// What a share link carries, decided from the sender's inputs, the report on their screen and their choices in
// the share panel; and the list the panel shows of what will be in the link. Pure: no DOM, no clock.
import type { CheckId, Report } from '$lib/core';
import { abbreviate } from '$lib/core/text';
import { formatInstant } from '$lib/core/time/format';
import { encodeBase64url } from '$lib/core/token/base64url';
import { isCredentialFormat } from '$lib/core/formats/types';
import { KEY_ROWS, MASKED, type SharedDiagnosis } from './link';
import { LINK_LIMITS } from './members';
import { shareableKey } from './public-key';
import { isPersonalClaim } from './personal-claims';

/** The sender's inputs, as the inspector holds them. */
export interface SenderInputs {
	key: string;
	audience: string;
	issuer: string;
	subject?: string;
	leewaySeconds: number;
	requiredScopes?: string;
}

/** The share panel's choices. The defaults are the safe ones: see DEFAULT_CHOICES. */
export interface ShareChoices {
	/** Keep the signature: the link is then a working credential until the token expires. */
	includeSignature: boolean;
	/** Claims to replace with a marker, beside the personal claims that are masked by default. */
	masked: string[];
	/** Personal claims (./personal-claims.ts) the sender chose to carry as they are, one by one. */
	unmasked: string[];
	/** Carry the key, when it is public (a secret or a private key is never carried). */
	includeKey: boolean;
	/** Carry the expected audience, issuer and subject, the leeway and the required scopes. */
	includeExpectations: boolean;
	/** Pin the receiver's evaluation time to the sender's; otherwise the receiver judges at their "now". */
	pinTime: boolean;
	/**
	 * For a JWE the Decryption key opened to a nested JWT (issue 19, item 5): carry that inner token, under the
	 * same rules as any token, instead of the JWE's header.
	 */
	includeInnerToken?: boolean;
}

export const DEFAULT_CHOICES: ShareChoices = {
	includeSignature: false,
	masked: [],
	unmasked: [],
	includeKey: true,
	includeExpectations: true,
	pinTime: true,
	includeInnerToken: false
};

/**
 * Claims whose values decide a check (RFC 7519 §4.1: exp, nbf, iat, aud, iss; the scope check's scope and scp)
 * are never offered for masking: masking them would change the receiver's report.
 */
const JUDGED_CLAIMS = new Set(['exp', 'nbf', 'iat', 'aud', 'iss', 'scope', 'scp']);

/**
 * Whether a leeway may go into a link: the receiver refuses one over a day or not in whole seconds
 * (./members.ts, RFC 7519 §4.1.4), so the sender's page never writes one. Zero is not carried: it is the default.
 */
function carriesLeeway(seconds: number): boolean {
	return Number.isInteger(seconds) && seconds > 0 && seconds <= LINK_LIMITS.leewaySeconds;
}

/**
/**
 * Whether the link carries a signed token's parts (and so may mask its claims): a JWS as pasted, or the JWS a
 * JWE held when the sender chose to share it. A JWE otherwise carries only its header (see jweHeaderOnly).
 */
export function sharesJws(
	report: Report,
	choices: Pick<ShareChoices, 'includeInnerToken'>
): boolean {
	if (report.token.kind !== 'jws') return false;
	return !report.jwe || (report.jwe.content === 'jwt' && choices.includeInnerToken === true);
}

/**
 * The payload's claims that may be masked, in the payload's order; with a compared `working` token (issue 20),
 * its own claims follow, since a link carries both and masks a claim in both.
 */
export function maskableClaims(
	report: Report,
	working?: Report,
	choices: Pick<ShareChoices, 'includeInnerToken'> = DEFAULT_CHOICES
): string[] {
	const own = (r: Report) =>
		sharesJws(r, choices) && r.token.claims
			? Object.keys(r.token.claims).filter((name) => !JUDGED_CLAIMS.has(name))
			: [];
	return [...new Set([...own(report), ...(working ? own(working) : [])])];
}

/**
 * The claims the link masks: those chosen, and every personal claim the sender did not unmask (issue 18,
 * item 5: a person's name, address or IP address is not carried by default). In the payload's order.
 */
export function maskedClaims(report: Report, choices: ShareChoices, working?: Report): string[] {
	return maskableClaims(report, working, choices).filter((name) =>
		isPersonalClaim(name) ? !choices.unmasked.includes(name) : choices.masked.includes(name)
	);
}

/** The choices with one claim masked (`on`) or carried as it is: the panel's one checkbox per claim. */
export function withMask(
	report: Report,
	choices: ShareChoices,
	name: string,
	on: boolean,
	working?: Report
): ShareChoices {
	if (!maskableClaims(report, working, choices).includes(name)) return choices;
	const without = (list: string[]) => list.filter((n) => n !== name);
	if (isPersonalClaim(name))
		return { ...choices, unmasked: on ? without(choices.unmasked) : [...choices.unmasked, name] };
	return { ...choices, masked: on ? [...without(choices.masked), name] : without(choices.masked) };
}

/** Whether the key field holds something that may go into a link. */
export function keyIsShareable(key: string): boolean {
	return shareableKey(key) !== undefined;
}

/**
 * The diagnosis to put in a link. The token is the one the report was made from, normalised (a "Bearer "
 * prefix or line breaks removed). Its signature is left out unless chosen, and always when a claim is masked
 * (a masked payload no longer matches its signature). The rows the receiver cannot judge (the signature when
 * it is left out; the key rows when the key stays behind) are carried as the sender's page showed them, dated
 * by the report's evaluation time.
 */
export function composeDiagnosis(
	inputs: SenderInputs,
	report: Report,
	choices: ShareChoices,
	working?: Report
): SharedDiagnosis {
	const view = report.token;
	const masked = maskedClaims(report, choices, working);
	const { token, signatureLeftOut } = carriedToken(report, choices, masked);
	// The token that works goes under the same rules as the first (issue 20, item 4). The receiver cannot judge
	// its signature when it is left out, but neither can it the first's: the two are compared alike.
	const second = working ? carriedToken(working, choices, masked).token : '';
	const key = choices.includeKey ? shareableKey(inputs.key) : undefined;
	// The rows the receiver cannot judge are carried as the sender saw them (see ./reported.ts).
	const keyLeftOut = key === undefined && inputs.key.trim() !== '';
	const reportedIds = new Set<CheckId>([
		...(signatureLeftOut ? (['signature'] satisfies CheckId[]) : []),
		...(keyLeftOut && view.kind !== 'empty' ? KEY_ROWS : [])
	]);
	const reportedChecks = report.checks
		.filter((check) => reportedIds.has(check.id))
		// The receiver takes a detail of at most LINK_LIMITS.detailChars (./members.ts): longer is cut here.
		.map(({ id, status, code, detail }) => ({
			id,
			status,
			code,
			detail: abbreviate(detail, LINK_LIMITS.detailChars)
		}));
	const expectations = choices.includeExpectations;
	return {
		token,
		...(key !== undefined ? { key } : {}),
		...(expectations && inputs.audience !== '' ? { audience: inputs.audience } : {}),
		...(expectations && inputs.issuer !== '' ? { issuer: inputs.issuer } : {}),
		...(expectations && inputs.subject ? { subject: inputs.subject } : {}),
		...(expectations && carriesLeeway(inputs.leewaySeconds)
			? { leewaySeconds: inputs.leewaySeconds }
			: {}),
		...(expectations && inputs.requiredScopes ? { requiredScopes: inputs.requiredScopes } : {}),
		// The receiver pins to whole seconds (a datetime-local field), so the link carries whole seconds.
		...(choices.pinTime
			? { evaluatedAt: Math.floor(Date.parse(report.evaluatedAt) / 1000) * 1000 }
			: {}),
		// The reported rows are the report's, so they are dated by its evaluation time, not by a clock read here.
		...(reportedChecks.length > 0
			? { reported: { at: Date.parse(report.evaluatedAt), checks: reportedChecks } }
			: {}),
		...(masked.length > 0 ? { masked } : {}),
		...(second !== '' ? { workingToken: second } : {})
	};
}

/**
/**
 * A token as a link carries it: normalised (a "Bearer " prefix or line breaks removed), its signature left out
 * unless chosen, and always when a claim is masked (a masked payload no longer matches its signature).
 */
function carriedToken(
	report: Report,
	choices: ShareChoices,
	masked: string[]
): { token: string; signatureLeftOut: boolean } {
	const view = report.token;
	const jws = sharesJws(report, choices);
	// A value that is not a JWT (an API key, a password, an opaque token: issue 17) is a credential as it stands:
	// no part of it can be left out to make it harmless, as a JWS's signature can. It never goes in a link.
	// A JWE carries its header only, unless the sender chose to share the token it held (issue 19, item 5).
	let token = isCredentialFormat(report.format)
		? ''
		: report.jwe && !jws
			? jweHeaderOnly(report.jwe.normalized)
			: view.kind === 'jwe'
				? jweHeaderOnly(view.normalized)
				: view.normalized;
	let signatureLeftOut = false;
	const [header, payload] = token.split('.');
	if (jws && header !== undefined && payload !== undefined) {
		const keepSignature = choices.includeSignature && masked.length === 0;
		const own = masked.filter((name) => view.claims && Object.hasOwn(view.claims, name));
		const claims = own.length > 0 ? maskedPayload(view.claims ?? {}, own) : payload;
		if (!keepSignature) {
			// RFC 7515 §7.1: header.payload.signature; the empty third part says "left out".
			token = `${header}.${claims}.`;
			signatureLeftOut = true;
		}
	}
	return { token, signatureLeftOut };
}

/**
 * A JWE with only its protected header: the encrypted key, IV, ciphertext and tag left out (RFC 7516 §7.1 keeps
 * five parts, here empty). The header is what a receiver without the key can judge; the rest is a bearer
 * credential wherever the JWE is one (Auth0's /userinfo token), and opens to its claims if the key ever leaks.
 */
export function jweHeaderOnly(compact: string): string {
	return `${compact.split('.')[0] ?? ''}....`;
}

function maskedPayload(claims: Record<string, unknown>, masked: string[]): string {
	const copy: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(claims))
		copy[name] = masked.includes(name) ? MASKED : value;
	return encodeBase64url(new TextEncoder().encode(JSON.stringify(copy)));
}

/** One line of the panel's "the link carries" list; `warning` lines are shown as such. */
export interface CarriedItem {
	text: string;
	warning?: boolean;
}

/** What a link carries, in words, and what it never carries, for the share panel. */
export function describeCarried(
	diagnosis: SharedDiagnosis,
	report: Report,
	inputs: SenderInputs
): CarriedItem[] {
	const items: CarriedItem[] = [];
	const kind = report.token.kind;
	const jweShared = diagnosis.token.split('.').length === 5;
	if (jweShared) {
		items.push({
			text: "The encrypted token's header only: its encrypted key, IV, ciphertext and tag are left out."
		});
	} else if (kind === 'jws') {
		items.push(
			diagnosis.token.split('.')[2] === ''
				? { text: "The token's header and payload; its signature is left out." }
				: {
						text: 'The whole token, with its signature: anyone with the link can use the token until it expires.',
						warning: true
					}
		);
	} else if (isCredentialFormat(report.format)) {
		items.push({
			text: 'Not carried: the Token field, which holds a credential rather than a JWT (see the Structure row). Never share it.',
			warning: true
		});
	} else if (kind !== 'empty') {
		items.push({
			text: 'The token as pasted: it is not a readable signed token, so nothing could be left out of it.',
			warning: kind === 'jwe' || kind === 'malformed'
		});
	}
	if (diagnosis.workingToken !== undefined)
		items.push(
			diagnosis.workingToken.split('.')[2] === ''
				? {
						text: 'The token that works, compared: its header and payload; its signature is left out.'
					}
				: {
						text: 'The token that works, compared, whole: with a signature, anyone with the link can use it until it expires.',
						warning: true
					}
		);
	if (diagnosis.masked) items.push({ text: `Masked claims: ${diagnosis.masked.join(', ')}.` });
	for (const row of diagnosis.reported?.checks ?? [])
		items.push({ text: `Your ${row.id.replace('-', ' ')} result, as reported: ${row.detail}` });
	if (diagnosis.key !== undefined) items.push({ text: `Your public key: ${report.key.summary}.` });
	if (diagnosis.audience !== undefined)
		items.push({ text: `Expected audience: ${diagnosis.audience}` });
	if (diagnosis.issuer !== undefined) items.push({ text: `Expected issuer: ${diagnosis.issuer}` });
	if (diagnosis.subject !== undefined)
		items.push({ text: `Expected subject: ${diagnosis.subject}` });
	if (diagnosis.leewaySeconds !== undefined)
		items.push({ text: `Clock leeway: ${diagnosis.leewaySeconds} s` });
	else if (inputs.leewaySeconds > 0 && !carriesLeeway(inputs.leewaySeconds))
		items.push({
			text: `Not carried: your clock leeway of ${inputs.leewaySeconds} s. A link carries whole seconds up to one day (86,400 s), so the receiver judges with none.`,
			warning: true
		});
	if (diagnosis.requiredScopes !== undefined)
		items.push({ text: `Required scopes: ${diagnosis.requiredScopes}` });
	items.push({
		text:
			diagnosis.evaluatedAt !== undefined
				? `Evaluation time: ${formatInstant(diagnosis.evaluatedAt / 1000)} (yours).`
				: 'No evaluation time: the receiver judges at the time they open it.'
	});
	// Issue 19, item 5: the receiving page refuses a link that carries either (members.ts).
	if (report.decryptionKey || report.jwe)
		items.push({
			text: report.jwe
				? `Never carried: your decryption key${report.jwe.content === 'jwt' && !jweShared ? '' : ', and what it decrypted'}.`
				: 'Never carried: your decryption key.'
		});
	if (inputs.key.trim() !== '' && !keyIsShareable(inputs.key))
		items.push({
			text:
				report.key.kind === 'secret'
					? 'Never carried: your secret.'
					: 'Never carried: your key, which is secret, private or not recognisably public.'
		});
	return items;
}
