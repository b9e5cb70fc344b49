// The providers' pitfalls, row by row: each check asks the hook for its row, and a pitfall found takes the place
// of its generic outcome (see ./pitfall.ts). The codes each row can get are listed here, so that the check
// declares them (`...ISS_PITFALL_CODES` in its `codes`) and the registry types them. One file per provider
// family beside this one; a hook asks each family in turn, and a family answers only for its own provider.
import type { CheckContext } from '../../checks/check';
import { appAudience, clerkMissingAudience } from './apps';
import { auth0Audience, auth0Issuer, auth0Structure } from './auth0';
import { cognitoAudience, cognitoTokenUse } from './cognito';
import { entraAudience, entraIssuer, entraSignature } from './entra';
import { googleAudience, googleIssuer, googleTokenUse } from './google';
import { keycloakAudience, keycloakIssuer } from './keycloak';
import { oktaAudience, oktaIssuer, oktaTrust } from './okta';
import type { PitfallOutcome } from './pitfall';
import { workloadAudience, workloadIssuer } from './workload';

export const STRUCTURE_PITFALL_CODES = ['structure.auth0-no-audience'] as const;
export const KEY_PITFALL_CODES = ['key.okta-org-server'] as const;
export const SIGNATURE_PITFALL_CODES = [
	'signature.graph-token',
	'signature.okta-org-server'
] as const;
export const ISS_PITFALL_CODES = [
	'iss.entra-v1-token',
	'iss.entra-v2-token',
	'iss.entra-tenant-template',
	'iss.entra-b2c',
	'iss.auth0-domain',
	'iss.auth0-trailing-slash',
	'iss.okta-org-server',
	'iss.okta-path',
	'iss.google-scheme',
	'iss.firebase-session-cookie',
	'iss.keycloak-hostname',
	'iss.keycloak-auth-path',
	'iss.github-trailing-slash',
	'iss.kubernetes-issuer'
] as const;
export const AUD_PITFALL_CODES = [
	'aud.graph-token',
	'aud.entra-app-id-uri',
	'aud.auth0-userinfo',
	'aud.okta-org-server',
	'aud.google-client-id',
	'aud.google-not-firebase',
	'aud.firebase-project',
	'aud.cognito-access-token',
	'aud.keycloak-audience-mapper',
	'aud.ci-audience',
	'aud.kubernetes-audience',
	'aud.apple-client-id',
	'aud.supabase-authenticated',
	'aud.clerk-no-audience'
] as const;
export const TOKEN_USE_PITFALL_CODES = [
	'token-use.google-id-token',
	'token-use.cognito-id-token'
] as const;

type Found<List extends readonly string[]> = PitfallOutcome<List[number]> | undefined;

/** The pitfall that explains a token no one but its issuer can read (an encrypted token for its issuer). */
export function structurePitfall(context: CheckContext): Found<typeof STRUCTURE_PITFALL_CODES> {
	return auth0Structure(context);
}

/** The pitfall that explains why no supplied key has the token's kid: a token only its issuer can validate. */
export function keyPitfall(context: CheckContext): Found<typeof KEY_PITFALL_CODES> {
	return oktaTrust(context, 'key.okta-org-server');
}

/**
 * The pitfall that explains a signature that did not verify (`keySupplied`) or that no key can verify: tokens
 * only their issuer can validate (research 5.1).
 */
export function signaturePitfall(
	context: CheckContext,
	keySupplied: boolean
): Found<typeof SIGNATURE_PITFALL_CODES> {
	return (
		entraSignature(context, keySupplied) ??
		(keySupplied ? oktaTrust(context, 'signature.okta-org-server') : undefined)
	);
}

/** The pitfall that explains why the token's issuer is not the expected one, if its provider has one. */
export function issuerPitfall(
	context: CheckContext,
	iss: string,
	expected: string
): Found<typeof ISS_PITFALL_CODES> {
	return (
		entraIssuer(context, iss, expected) ??
		auth0Issuer(context, iss, expected) ??
		oktaIssuer(context, iss, expected) ??
		googleIssuer(context, iss, expected) ??
		keycloakIssuer(context, iss, expected) ??
		workloadIssuer(context, iss, expected)
	);
}

/** The pitfall that explains why none of the token's audiences is the expected one, if its provider has one. */
export function audiencePitfall(
	context: CheckContext,
	audiences: string[],
	expected: string
): Found<typeof AUD_PITFALL_CODES> {
	return (
		entraAudience(context, audiences, expected) ??
		auth0Audience(context, audiences, expected) ??
		oktaAudience(context, expected) ??
		googleAudience(context, audiences, expected) ??
		keycloakAudience(context, audiences, expected) ??
		workloadAudience(context, audiences, expected) ??
		appAudience(context, audiences, expected)
	);
}

/** The pitfall that explains a token with no "aud" where one is expected, if its provider leaves it out. */
export function missingAudiencePitfall(
	context: CheckContext,
	expected: string
): Found<typeof AUD_PITFALL_CODES> {
	return cognitoAudience(context, expected) ?? clerkMissingAudience(context, expected);
}

/** The pitfall that tells an ID token its provider means APIs to verify from one sent by mistake. */
export function tokenUsePitfall(context: CheckContext): Found<typeof TOKEN_USE_PITFALL_CODES> {
	return googleTokenUse(context) ?? cognitoTokenUse(context);
}
