// The codes of the structural faults reading a token records (a fault's `code`): the one list of them, so that
// the structure check can declare every code it passes on, and parsing cannot record one unlisted.
import type { Base64Fault } from './base64url';

/** Every code a structural fault can carry: parse.ts's own, and base64url.ts's for each segment. */
export const STRUCTURE_FAULT_CODES = [
	'structure.too-large',
	'structure.pem-not-token',
	'structure.key-not-token',
	'structure.json-serialization',
	'structure.token-response',
	'structure.segments',
	'structure.truncated',
	'structure.header-empty',
	'structure.header-utf8',
	'structure.header-not-object',
	'structure.header-json',
	'structure.header-too-deep',
	'structure.jwe-without-enc',
	'structure.jwe-parts',
	'structure.payload-utf8',
	'structure.payload-not-object',
	'structure.claims-json',
	'structure.claims-too-deep',
	'structure.duplicate-name',
	'structure.non-finite-number',
	'b64.alphabet',
	'b64.standard-alphabet',
	'b64.padding',
	'b64.length',
	'b64.trailing-bits'
] as const satisfies ReadonlyArray<`structure.${string}` | Base64Fault['code']>;

export type StructureFaultCode = (typeof STRUCTURE_FAULT_CODES)[number];
