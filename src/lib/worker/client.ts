// Runs inspections in a worker with a watchdog. At most one inspection is in the worker and one waits; a
// newer request replaces the waiting one, so a burst of typing costs one inspection, not one per key. When the
// one in the worker runs past the limit, the worker is ended (nothing else can stop a busy thread) and the
// next inspection starts a fresh one. Pure TypeScript: the worker comes from a factory, so tests use a fake.
import type { InspectInput } from '$lib/core/types';
import type { InspectOutcome, InspectResponse, WorkerLike } from './protocol';

/** One inspection may take this long before its worker is ended (the bound; hostile.test.ts keeps
 * every known hostile input far below it). */
export const WATCHDOG_MS = 2000;

interface Job {
	id: number;
	input: InspectInput;
	resolve: (outcome: InspectOutcome) => void;
}

export class InspectionClient {
	#worker: WorkerLike | undefined;
	#running: (Job & { timer: ReturnType<typeof setTimeout> }) | undefined;
	#waiting: Job | undefined;
	#nextId = 1;

	constructor(
		private readonly createWorker: () => WorkerLike,
		private readonly limitMs = WATCHDOG_MS
	) {}

	/** Inspects the input in the worker, which is started on the first call (so it costs nothing at load). */
	inspect(input: InspectInput): Promise<InspectOutcome> {
		return new Promise((resolve) => {
			this.#waiting?.resolve({ kind: 'superseded' });
			this.#waiting = { id: this.#nextId++, input, resolve };
			if (!this.#running) this.#startNext();
		});
	}

	/**
	 * Starts the worker now, ahead of the first inspection: the worker's bundle (the core with jose) downloads
	 * and compiles while the user is still moving towards the Token field, so the first paste does not wait for
	 * it (issue 18 item 8). With `rehearsal`, the worker also inspects that input once and the answer is
	 * dropped: a worker's first inspection runs the core's code cold (parsed, not yet compiled), which costs
	 * several times a later one. A request that comes meanwhile waits for it as for any other.
	 * Resolves with the rehearsal's outcome (the page rehearses its own first mount with that report), or with
	 * undefined when none ran: no rehearsal given, or the worker already had work.
	 */
	warm(rehearsal?: InspectInput): Promise<InspectOutcome | undefined> {
		this.#ensureWorker();
		if (!rehearsal || this.#running || this.#waiting) return Promise.resolve(undefined);
		return new Promise((resolve) => {
			this.#waiting = { id: this.#nextId++, input: rehearsal, resolve };
			this.#startNext();
		});
	}

	/** Ends the worker and answers every open request as superseded. */
	dispose(): void {
		this.#waiting?.resolve({ kind: 'superseded' });
		this.#waiting = undefined;
		this.#finish({ kind: 'superseded' });
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#startNext(): void {
		const job = this.#waiting;
		if (!job) return;
		this.#waiting = undefined;
		const worker = this.#ensureWorker();
		const timer = setTimeout(() => this.#overrun(), this.limitMs);
		this.#running = { ...job, timer };
		worker.postMessage({ id: job.id, input: job.input });
	}

	#ensureWorker(): WorkerLike {
		if (this.#worker) return this.#worker;
		const worker = this.createWorker();
		worker.onmessage = (event) => this.#answer(event.data);
		worker.onerror = (event) => {
			// The worker failed to load or crashed: this request fails, and the next starts a new worker.
			event.preventDefault?.();
			this.#restart();
			this.#finish({ kind: 'failed', error: event.message || 'The inspection worker failed.' });
			this.#startNext();
		};
		this.#worker = worker;
		return worker;
	}

	#answer(response: InspectResponse): void {
		if (!this.#running || response.id !== this.#running.id) return;
		this.#finish(
			response.ok
				? { kind: 'report', report: response.report }
				: { kind: 'failed', error: response.error }
		);
		this.#startNext();
	}

	#overrun(): void {
		this.#restart();
		this.#finish({ kind: 'too-heavy', limitMs: this.limitMs });
		this.#startNext();
	}

	#restart(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#finish(outcome: InspectOutcome): void {
		const job = this.#running;
		if (!job) return;
		clearTimeout(job.timer);
		this.#running = undefined;
		job.resolve(outcome);
	}
}
