// The messages between the page and the inspection worker. Both sides are plain data, copied by structured
// clone (a Date survives it), so the worker needs nothing from the page and the page nothing from the core.
import type { InspectInput, Report } from '$lib/core/types';

/** Page → worker: inspect these inputs; the answer carries the same id. */
export interface InspectRequest {
	id: number;
	input: InspectInput;
}

/** Worker → page: the report, or the message of an exception (a bug in the core, never bad input). */
export type InspectResponse =
	{ id: number; ok: true; report: Report } | { id: number; ok: false; error: string };

/** What the page gets for one inspection. */
export type InspectOutcome =
	| { kind: 'report'; report: Report }
	/** The inspection ran past the watchdog's limit; the worker was ended and will be started afresh. */
	| { kind: 'too-heavy'; limitMs: number }
	/** A newer inspection took its place before it started. */
	| { kind: 'superseded' }
	/** The core threw, or the worker itself failed to load or crashed. */
	| { kind: 'failed'; error: string };

/** The part of a Worker the client uses, so tests can hand it a fake. */
export interface WorkerLike {
	postMessage(message: InspectRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<InspectResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}
