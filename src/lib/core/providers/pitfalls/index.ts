// The providers' pitfalls, row by row: each check asks the hook for its row, and a pitfall found takes the place
// of its generic outcome (see ./pitfall.ts). The codes each row can get are listed here, so that the check
// declares them (`...ISS_PITFALL_CODES` in its `codes`) and the registry types them. One file per provider
// family beside this one.
import type { CheckContext } from '../../checks/check';
import { entraAudience, entraIssuer, entraSignature } from './entra';
import type { PitfallOutcome } from './pitfall';

export const ISS_PITFALL_CODES = [
	'iss.entra-v1-token',
	'iss.entra-v2-token',
	'iss.entra-tenant-template',
	'iss.entra-b2c'
] as const;
export const AUD_PITFALL_CODES = ['aud.graph-token', 'aud.entra-app-id-uri'] as const;
export const SIGNATURE_PITFALL_CODES = ['signature.graph-token'] as const;

type Codes<List extends readonly string[]> = PitfallOutcome<List[number]> | undefined;

/** The pitfall that explains why the token's issuer is not the expected one, if its provider has one. */
export function issuerPitfall(
	context: CheckContext,
	iss: string,
	expected: string
): Codes<typeof ISS_PITFALL_CODES> {
	return entraIssuer(context, iss, expected);
}

/** The pitfall that explains why none of the token's audiences is the expected one, if its provider has one. */
export function audiencePitfall(
	context: CheckContext,
	audiences: string[],
	expected: string
): Codes<typeof AUD_PITFALL_CODES> {
	return entraAudience(context, audiences, expected);
}

/**
 * The pitfall that explains a signature that did not verify (`keySupplied`) or that no key can verify: tokens
 * only their issuer can validate (research 5.1).
 */
export function signaturePitfall(
	context: CheckContext,
	keySupplied: boolean
): Codes<typeof SIGNATURE_PITFALL_CODES> {
	return entraSignature(context, keySupplied);
}
