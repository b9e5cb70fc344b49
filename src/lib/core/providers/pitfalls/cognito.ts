// AWS Cognito's pitfalls: access tokens carry "client_id", not "aud", so an audience check fails on them.
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { stringMember } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

/**
 * The audience pitfall of a Cognito access token: no "aud" ("Invalid login token. Missing a required claim:
 * aud", amazon-archives/amazon-cognito-identity-js#12; awslabs/aws-support-tools#97). Its client is
 * "client_id"; API Gateway accepts "aud" or "client_id" (buccfer/aws-cognito-express#18), and aws-jwt-verify
 * checks "client_id" on access tokens and "aud" on ID tokens (its clientId option).
 */
export function cognitoAudience(
	context: CheckContext,
	expected: string
): PitfallOutcome<'aud.cognito-access-token'> | undefined {
	const claims = context.token.claims;
	if (context.provider.id !== 'cognito' || stringMember(claims, 'token_use') !== 'access')
		return undefined;
	const clientId = stringMember(claims, 'client_id');
	const same = clientId === expected;
	return pitfall(context, {
		status: 'fail',
		code: 'aud.cognito-access-token',
		detail: `A Cognito access token ("token_use": "access") has no "aud": its app client is in "client_id"${clientId !== undefined ? ` (${quoted(clientId)}${same ? ', the client you expect' : ''})` : ''}. Verifiers that require "aud" reject every Cognito access token.`,
		fix: same
			? 'Check "client_id" on access tokens and "aud" on ID tokens (aws-jwt-verify does, with its clientId option; API Gateway accepts either).'
			: `Check "client_id" on access tokens, against your app client ID; expect ${clientId !== undefined ? quoted(clientId) : 'the app client the token was issued to'} if it is yours.`
	});
}

/**
 * The token-use pitfall of a Cognito ID token sent to an API: "token_use" says which kind it is, and
 * aws-jwt-verify refuses the other ("CognitoJwtInvalidTokenUseError: Token use not allowed: id. Expected:
 * access", awslabs/aws-jwt-verify#98).
 */
export function cognitoTokenUse(
	context: CheckContext
): PitfallOutcome<'token-use.cognito-id-token'> | undefined {
	const { provider, token, audience } = context;
	if (provider.id !== 'cognito' || stringMember(token.claims, 'token_use') !== 'id')
		return undefined;
	if (audience === undefined || audience.trim() === '') return undefined;
	return pitfall(context, {
		status: 'warn',
		code: 'token-use.cognito-id-token',
		detail:
			'A Cognito ID token ("token_use": "id") sent to an API: verifiers set for access tokens refuse it ("Token use not allowed: id. Expected: access").',
		fix: 'Send the access token from the same sign-in ("token_use": "access"), and set the verifier\'s token use (aws-jwt-verify\'s tokenUse) to the kind you send.'
	});
}
