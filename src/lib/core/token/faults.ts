// The structural faults of a token: each step of the token reader returns its own, and the reader gathers
// them in order into one list with a cap.
import type { Finding, Span } from '../types';
import type { StructureFaultCode } from './fault-codes';

/** A fault in the token's structure; its code is one of STRUCTURE_FAULT_CODES. */
export type StructureFinding = Finding<StructureFaultCode>;

/** At most this many structural faults are kept: past it, more say nothing new and only cost time. */
export const MAX_FAULTS = 40;

/** A structural fault: always an error, placed in the pasted text when it has a place. */
export function structureFault(
	code: StructureFaultCode,
	message: string,
	span?: Span
): StructureFinding {
	return { code, severity: 'error', message, ...(span ? { span } : {}) };
}

/** Appends a step's faults to the token's list, keeping at most MAX_FAULTS in all. */
export function addFaults(into: StructureFinding[], more: readonly StructureFinding[]): void {
	for (const fault of more) {
		if (into.length >= MAX_FAULTS) return;
		into.push(fault);
	}
}
