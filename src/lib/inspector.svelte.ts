// The page's state: the inputs, the evaluation time, and the report for them. Inspection is asynchronous; a
// report is shown only if it belongs to the inputs as they are now, so a slow inspection never overwrites a
// newer one, and `settled` says whether the report on screen is the one for the current inputs.
import { inspect, type KeyEncoding, type Report } from '$lib/core';
import { emptyReport, isEmptyInput } from '$lib/empty-report';

export type TimeMode = 'now' | 'pinned';

/** The inputs as `inspect` takes them, fixed at one moment. */
interface Snapshot {
	token: string;
	key: string;
	keyEncoding: KeyEncoding;
	audience: string;
	issuer: string;
	/** The scopes the API requires, separated by spaces; empty means "not checked". */
	requiredScopes: string;
	leewaySeconds: number;
	now: Date;
}

/** A `datetime-local` value ("2026-11-25T13:00:05") for an instant, in the browser's time zone. */
export function toLocalInput(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return (
		`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
	);
}

/** How often "now" moves on, at least once a second and slower when inspecting is costly (a huge token). */
function tickInterval(lastInspectionMs: number): number {
	return Math.min(30_000, Math.max(1_000, Math.ceil(lastInspectionMs * 50)));
}

export class Inspector {
	token = $state('');
	key = $state('');
	keyEncoding = $state<KeyEncoding>('auto');
	audience = $state('');
	issuer = $state('');
	requiredScopes = $state('');
	/** A number input's value: null while it is empty. */
	leeway = $state<number | null>(0);
	timeMode = $state<TimeMode>('now');
	/** The pinned evaluation time, as a `datetime-local` value in the browser's time zone. */
	pinned = $state('');
	/** The clock the live mode judges by; the page moves it on, the core never reads it. */
	clock = $state(Date.now());

	report = $state.raw<Report | undefined>();
	/** The text of the token the report on screen was made from (the editor paints only matching text). */
	reportedToken = $state.raw('');
	/** The inputs the report on screen was made from: what judges it beside the checklist must use these. */
	reportedInputs = $state.raw<Snapshot | undefined>();
	settled = $state(false);
	/** A bug in the inspector itself, shown instead of a report; bad input never lands here. */
	failure = $state<string | undefined>();

	#generation = 0;
	#lastDurationMs = 0;

	leewaySeconds = $derived(
		this.leeway !== null && Number.isFinite(this.leeway) && this.leeway > 0 ? this.leeway : 0
	);

	/** The pinned time as a Date, or undefined while the field does not hold a date. */
	pinnedDate = $derived.by(() => {
		if (!this.pinned) return undefined;
		const date = new Date(this.pinned);
		return Number.isNaN(date.getTime()) ? undefined : date;
	});

	evaluationTime = $derived(
		this.timeMode === 'pinned' && this.pinnedDate ? this.pinnedDate : new Date(this.clock)
	);

	/** Switches between the live clock and a pinned moment; pinning starts from the moment on screen. */
	setTimeMode(mode: TimeMode): void {
		if (mode === 'pinned' && !this.pinnedDate) this.pinned = toLocalInput(new Date(this.clock));
		if (mode === 'now') this.clock = Date.now();
		this.timeMode = mode;
	}

	/** Replaces every input at once, as a sample does; the evaluation time goes back to "now". */
	load(inputs: Omit<Snapshot, 'now' | 'requiredScopes'> & { requiredScopes?: string }): void {
		this.token = inputs.token;
		this.key = inputs.key;
		this.keyEncoding = inputs.keyEncoding;
		this.audience = inputs.audience;
		this.issuer = inputs.issuer;
		this.requiredScopes = inputs.requiredScopes ?? '';
		this.leeway = inputs.leewaySeconds;
		this.setTimeMode('now');
	}

	/** Puts a key set fetched from the issuer into the Verification key, read as keys (not as a secret). */
	useFetchedKeys(jwksText: string): void {
		this.key = jwksText;
		this.keyEncoding = 'auto';
	}

	snapshot(): Snapshot {
		return {
			token: this.token,
			key: this.key,
			keyEncoding: this.keyEncoding,
			audience: this.audience,
			issuer: this.issuer,
			requiredScopes: this.requiredScopes,
			leewaySeconds: this.leewaySeconds,
			now: this.evaluationTime
		};
	}

	/** Inspects a snapshot of the inputs; a result that is no longer current is dropped. */
	async run(snapshot: Snapshot): Promise<void> {
		const generation = ++this.#generation;
		this.settled = false;
		const started = performance.now();
		let report: Report;
		try {
			// Empty fields need no inspection: the core's answer for them was worked out when the app was built.
			report = isEmptyInput(snapshot) ? emptyReport(snapshot) : await inspect(snapshot);
		} catch (error) {
			// inspect() turns every bad input into findings; an exception here is a bug, and is reported as one.
			if (generation !== this.#generation) return;
			this.failure = error instanceof Error ? error.message : String(error);
			this.report = undefined;
			this.settled = true;
			throw error;
		}
		if (generation !== this.#generation) return;
		this.#lastDurationMs = performance.now() - started;
		this.failure = undefined;
		this.report = report;
		this.reportedToken = snapshot.token;
		this.reportedInputs = snapshot;
		this.settled = true;
	}

	/** Starts moving the live clock on; returns the function that stops it. */
	startClock(): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const tick = () => {
			if (this.timeMode === 'now') this.clock = Date.now();
			timer = setTimeout(tick, tickInterval(this.#lastDurationMs));
		};
		timer = setTimeout(tick, tickInterval(this.#lastDurationMs));
		return () => clearTimeout(timer);
	}
}
