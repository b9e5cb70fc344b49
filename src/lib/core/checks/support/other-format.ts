// What a claim row says about a value that is not a JWT but was named by its format (core/formats): not that
// its claims "could not be read", which is false. A PASETO public token's payload and a SAML message's fields
// were decoded and are shown, and the instants they state judged by the exp, nbf and iat rows
// (support/format-times.ts); the other claims are not judged here, so the row says where to judge them.
// Not a check itself.
import type { CheckContext, Outcome } from '../check';
import type { FormatCode, FormatMatch, NamedFormat } from '../../formats/index';

/** The codes `otherFormat` concludes with (declared by noClaimsCodes in ./claim-outcomes.ts). */
type OtherFormatCode<Id extends string> = `${Id}.format-decoded` | `${Id}.other-format`;

/** A short name for each format, for a row's sentence (the structure row says the rest). */
const NAMES: Record<NamedFormat, string> = {
	'sd-jwt': 'an SD-JWT',
	opaque: 'a value that is not a JWT',
	'github-token': 'a GitHub token',
	'slack-token': 'a Slack token',
	'stripe-key': 'a Stripe key',
	'aws-access-key': 'an AWS access key ID',
	'google-access-token': 'a Google access token',
	'microsoft-account-ticket': 'a Microsoft account ticket',
	paseto: 'a PASETO token',
	branca: 'a Branca token',
	macaroon: 'a macaroon',
	saml: 'a SAML message',
	'session-cookie': 'a session cookie',
	'basic-auth': 'HTTP Basic credentials'
};

/** Who judges the claims of a format whose claims are decoded here, and the claim's name in that format. */
const JUDGES: Partial<
	Record<NamedFormat, { by: string; what: string; names: Record<string, string> }>
> = {
	// PASETO's registered claims are JWT's, named the same (PASETO spec, "Registered Claims").
	paseto: { by: 'a PASETO library and the issuer’s key', what: 'claims', names: {} },
	// SAML 2.0 Core §2.5.1.4 (AudienceRestriction), §2.2.5 (Issuer), §2.4 (Subject NameID).
	saml: {
		by: 'your service provider’s SAML library',
		what: 'fields',
		names: { aud: 'Audience', iss: 'Issuer', sub: 'Subject NameID' }
	}
};

/** What each row judges, for its sentence. */
const JUDGED: Record<string, string> = {
	aud: 'audience',
	iss: 'issuer',
	sub: 'subject',
	lifetime: 'lifetime',
	exp: 'expiry',
	nbf: 'start time',
	iat: 'issue time'
};

/** Whether the format's claims were decoded and are shown: a PASETO public payload, a SAML message's fields. */
function decodedClaims(format: FormatMatch<FormatCode>): boolean {
	return format.decoded?.payload !== undefined || (format.format === 'saml' && !!format.decoded);
}

/** The outcome for the claim row `id` when the value is of another format than JWT, or undefined. */
export function otherFormat<const Id extends string>(
	context: CheckContext,
	id: Id
): Outcome<OtherFormatCode<Id>> | undefined {
	const format = context.format;
	if (!format) return undefined;
	const name = NAMES[format.format];
	const what = format.format === 'opaque' ? 'this is not a JWT' : `this is ${name}, not a JWT`;
	const judge = JUDGES[format.format];
	if (judge && decodedClaims(format)) {
		const stated = new Set<string>((format.times ?? []).map((t) => t.claim));
		const times = (['exp', 'nbf', 'iat'] as const).filter((claim) => stated.has(claim));
		// A time the value does not state: nothing to judge, and nothing to send elsewhere.
		if ((id === 'exp' || id === 'nbf' || id === 'iat') && !stated.has(id))
			return {
				status: 'skip',
				code: `${id}.format-decoded`,
				detail: `Not judged: ${what}, and it states no ${JUDGED[id]}.`
			};
		const judged =
			times.length > 0
				? ` The ${times.join(', ').replace(/, (?=[^,]*$)/, ' and ')} row${times.length > 1 ? 's judge' : ' judges'} the times it states.`
				: '';
		const claim = judge.names[id];
		const subject = `${JUDGED[id] ?? id}${claim ? ` (${claim})` : ''}`;
		return {
			status: 'skip',
			code: `${id}.format-decoded`,
			detail: `Not judged: ${what}. Its ${judge.what} are decoded and shown, but not judged here: check its ${subject} with ${judge.by}.${judged}`
		};
	}
	return {
		status: 'skip',
		code: `${id}.other-format`,
		detail: `Not judged: ${what}, and it has no JWT claims to read (see structure).`
	};
}
