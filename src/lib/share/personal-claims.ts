// The claims that describe a person rather than the token: a share link masks them unless the sender unmasks
// each one (issue 18, item 5), so that a diagnosis sent to a colleague or pasted in a ticket does not carry
// someone's name, mail address or IP address by default. None of them decides a check (./compose.ts).

/**
 * OpenID Connect Core 1.0 §5.1 (Standard Claims: the End-User's name, contact and profile details); Microsoft
 * Entra ID's own (learn.microsoft.com/entra/identity-platform/access-token-claims-reference: upn, unique_name,
 * ipaddr, login_hint, verified_primary_email, verified_secondary_email); Amazon Cognito's `cognito:username`
 * (docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html).
 */
export const PERSONAL_CLAIMS: ReadonlySet<string> = new Set([
	'name',
	'given_name',
	'family_name',
	'middle_name',
	'nickname',
	'preferred_username',
	'profile',
	'picture',
	'website',
	'email',
	'phone_number',
	'address',
	'birthdate',
	'gender',
	'upn',
	'unique_name',
	'ipaddr',
	'login_hint',
	'verified_primary_email',
	'verified_secondary_email',
	'cognito:username'
]);

/** Whether a claim names a person, and so is masked in a share link unless the sender unmasks it. */
export function isPersonalClaim(name: string): boolean {
	return PERSONAL_CLAIMS.has(name);
}
