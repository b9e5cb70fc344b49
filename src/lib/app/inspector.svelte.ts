// The page's state: the inputs, the evaluation time, and the report for them. Inspection is asynchronous; a
// report is shown only if it belongs to the inputs as they are now, so a slow inspection never overwrites a
// newer one, and `settled` says whether the report on screen is the one for the current inputs.
// The core runs in a worker behind a watchdog (src/lib/worker): this module imports only its types, the leeway
// rule (one dependency-free function, so the field and the core read the leeway alike) and the worker's small
// client, so the core is not in the page's first-load bundle.
import type { InspectInput, KeyEncoding, Report } from '$lib/core/types';
import { normalizeLeeway } from '$lib/core/time/leeway';
import { emptyReport, isEmptyInput } from '$lib/app/empty-report';
import { overloadMessage } from '$lib/present/overload';
import type { InspectOutcome } from '$lib/worker/protocol';
import { InspectionClient } from '$lib/worker/client';
import { createInspectWorker } from '$lib/worker/browser-worker';

/** Runs one inspection; the page's runs in a worker, tests may pass another. */
export type Engine = (input: InspectInput) => Promise<InspectOutcome>;

/**
 * The engine, and with `warm` its rehearsals (none without). The client and the worker's URL are small and in
 * the page's first load, so the worker starts at once, with no module to fetch first; the worker's bundle, with
 * the core, is fetched by the worker itself.
 */
function workerEngine(warm: boolean): { engine: Engine; rehearsals: Rehearsals } {
	const client = new InspectionClient(createInspectWorker);
	return {
		engine: (input) => client.inspect(input),
		rehearsals: warm ? rehearse(client) : NO_REHEARSALS
	};
}

/** A rehearsal's inputs and the report the worker made for them: never shown. */
export interface Rehearsal {
	inputs: Snapshot;
	report: Report;
}

/** The worker's rehearsals as they come: the first alone, then all that were made. */
export interface Rehearsals {
	first: Promise<Rehearsal | undefined>;
	all: Promise<Rehearsal[]>;
}

const NO_REHEARSALS: Rehearsals = { first: Promise.resolve(undefined), all: Promise.resolve([]) };

/**
 * The worker's rehearsals, one after the other: the keyless RSA token first, the path of a first paste made
 * before any key, then the keyed one. A rehearsal is skipped by the client when a real inspection has come
 * meanwhile. The page rehearses its report with them (app/warmup.ts), starting as soon as the first is there.
 */
function rehearse(client: InspectionClient): Rehearsals {
	const made = (inputs: Snapshot) =>
		client
			.warm(inputs)
			.then((outcome) =>
				outcome?.kind === 'report' ? { inputs, report: outcome.report } : undefined
			);
	const first = made(KEYLESS_REHEARSAL);
	const all = first.then(async (one) => {
		if (!one) return [];
		const two = await made(REHEARSAL);
		return two ? [one, two] : [one];
	});
	return { first, all };
}

/** Every input empty, as on a fresh page. */
const NO_INPUTS: Omit<Snapshot, 'now'> = {
	token: '',
	key: '',
	keyEncoding: 'auto',
	audience: '',
	issuer: '',
	subject: '',
	requiredScopes: '',
	leewaySeconds: 0,
	decryptionKey: ''
};

/**
 * What the worker inspects once when warmed, so the first real paste finds the core's code compiled: a signed
 * token with the registered claims and a key, through the same checks a pasted token goes. Made up here; it
 * is never shown.
 */
const REHEARSAL: Snapshot = {
	...NO_INPUTS,
	token:
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIiwic3ViIjoid2FybS11cCIsImF1ZCI6ImFwaSIsImlhdCI6MTAwMCwibmJmIjoxMDAwLCJleHAiOjQwMDB9.' +
		'A'.repeat(43),
	key: 'warm-up',
	audience: 'api',
	issuer: 'https://issuer.example',
	now: new Date(2_000_000)
};

/**
 * The other rehearsal: the same claims under an RS256 header, with no key, judged an hour after they expired:
 * a common first paste, an expired token before any key, whose failing row, claim mark, timeline and
 * leeway what-if the keyed rehearsal (inside the lifetime) leaves cold.
 */
const KEYLESS_REHEARSAL: Snapshot = {
	...NO_INPUTS,
	token: `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Indhcm0tdXAifQ.${REHEARSAL.token.split('.')[1]}.${'A'.repeat(342)}`,
	now: new Date((4000 + 3600) * 1000)
};

export type TimeMode = 'now' | 'pinned';

/** The inputs as `inspect` takes them, fixed at one moment. */
export interface Snapshot {
	token: string;
	key: string;
	keyEncoding: KeyEncoding;
	audience: string;
	issuer: string;
	/** The Expected subject (a trust-policy pattern); empty means "not checked". */
	subject: string;
	/** The scopes the API requires, separated by spaces; empty means "not checked". */
	requiredScopes: string;
	leewaySeconds: number;
	/** The issuer the key set in `key` was discovered from, while the field holds exactly that set. */
	keyFetchedFor?: string;
	/** The Decryption key for a JWE (issue 19): used by the core only, never shared or stored. */
	decryptionKey: string;
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
	#key = $state('');
	/**
	 * The issuer whose discovery gave the key set in the key field (see `useFetchedKeys`). Any other change
	 * to the field forgets it: the key is then the user's own, and the core judges it as one.
	 */
	keyFetchedFor = $state<string | undefined>();
	get key(): string {
		return this.#key;
	}
	set key(value: string) {
		if (value !== this.#key) this.keyFetchedFor = undefined;
		this.#key = value;
	}
	keyEncoding = $state<KeyEncoding>('auto');
	/** The Decryption key field (issue 19); a sample or a link never sets it, and clears it. */
	decryptionKey = $state('');
	audience = $state('');
	issuer = $state('');
	subject = $state('');
	requiredScopes = $state('');
	/** A number input's value: null while it is empty. */
	leeway = $state<number | null>(0);
	timeMode = $state<TimeMode>('now');
	/** The pinned evaluation time, as a `datetime-local` value in the browser's time zone. */
	pinned = $state('');
	/** The clock the live mode judges by; the page moves it on, the core never reads it. */
	clock = $state(Date.now());

	// The outputs below are set only by run(), all at once, and read through getters: a component that
	// assigned one would show a report that belongs to no inputs, so assigning is a type error (and throws).
	#report = $state.raw<Report | undefined>();
	#reportedInputs = $state.raw<Readonly<Snapshot> | undefined>();
	#settled = $state(false);
	#failure = $state<string | undefined>();
	#overload = $state<string | undefined>();

	/** The report on screen. */
	get report(): Report | undefined {
		return this.#report;
	}
	/**
	 * The inputs and evaluation time the report on screen was made from: every panel beside the checklist
	 * judges or shares with these, never with the live fields, which may already hold newer inputs.
	 */
	get reportedInputs(): Readonly<Snapshot> | undefined {
		return this.#reportedInputs;
	}
	/** The text of the token the report on screen was made from (the editor paints only matching text). */
	get reportedToken(): string {
		return this.#reportedInputs?.token ?? '';
	}
	/** Whether the report on screen is the one for the current inputs. */
	get settled(): boolean {
		return this.#settled;
	}
	/** A bug in the inspector itself, shown instead of a report; bad input never lands here. */
	get failure(): string | undefined {
		return this.#failure;
	}
	/** Why the current input was not inspected: it took longer than the watchdog allows. */
	get overload(): string | undefined {
		return this.#overload;
	}

	#generation = 0;
	#lastDurationMs = 0;
	#engine: Engine | undefined;
	#rehearsals: Rehearsals | undefined;
	/** The token and key that last ran into the watchdog: the live clock does not run them again. */
	#heavy:
		{ token: string; key: string; decryptionKey: string; keyEncoding: KeyEncoding } | undefined;

	constructor(engine?: Engine) {
		if (engine) this.#engine = engine;
	}

	#leewaySeconds = $derived(normalizeLeeway(this.leeway));
	/** The leeway the next inspection judges with, read from the field. */
	get leewaySeconds(): number {
		return this.#leewaySeconds;
	}

	#pinnedDate = $derived.by(() => {
		if (!this.pinned) return undefined;
		const date = new Date(this.pinned);
		return Number.isNaN(date.getTime()) ? undefined : date;
	});
	/** The pinned time as a Date, or undefined while the field does not hold a date. */
	get pinnedDate(): Date | undefined {
		return this.#pinnedDate;
	}

	#evaluationTime = $derived(
		this.timeMode === 'pinned' && this.#pinnedDate ? this.#pinnedDate : new Date(this.clock)
	);
	/** The moment the next inspection judges at: the live clock, or the pinned time. */
	get evaluationTime(): Date {
		return this.#evaluationTime;
	}

	/** Switches between the live clock and a pinned moment; pinning starts from the moment on screen. */
	setTimeMode(mode: TimeMode): void {
		if (mode === 'pinned' && !this.pinnedDate) this.pinned = toLocalInput(new Date(this.clock));
		if (mode === 'now') this.clock = Date.now();
		this.timeMode = mode;
	}

	/** Replaces every input at once, as a sample does; the evaluation time goes back to "now". */
	load(
		inputs: Omit<
			Snapshot,
			'now' | 'requiredScopes' | 'subject' | 'keyFetchedFor' | 'decryptionKey'
		> & {
			requiredScopes?: string;
			subject?: string;
		}
	): void {
		this.token = inputs.token;
		this.key = inputs.key;
		// Whatever the key, it now comes from the sample or link, not from a fetch.
		this.keyFetchedFor = undefined;
		this.keyEncoding = inputs.keyEncoding;
		// A link never carries a decryption key (src/lib/share/members.ts), and one typed for another token
		// must not be tried on the one loaded.
		this.decryptionKey = '';
		this.audience = inputs.audience;
		this.issuer = inputs.issuer;
		this.subject = inputs.subject ?? '';
		this.requiredScopes = inputs.requiredScopes ?? '';
		this.leeway = inputs.leewaySeconds;
		this.setTimeMode('now');
	}

	/**
	 * Puts a key set fetched from the issuer into the Verification key, read as keys (not as a secret).
	 * `discoveredFor` is the issuer whose discovery named it; absent for a JWKS URL the user typed, which is
	 * the user's own choice of source, as pasting the set would be. The core trusts discovered keys only for
	 * the expected issuer (RFC 8725 §3.8, src/lib/core/checks/iss.ts).
	 */
	useFetchedKeys(jwksText: string, discoveredFor?: string): void {
		this.key = jwksText;
		this.keyFetchedFor = discoveredFor;
		this.keyEncoding = 'auto';
	}

	/**
	 * Gets the inspection engine ready before it is needed: on the page, starts the worker, which fetches and
	 * compiles the core, so the first inspection costs what a later one does.
	 * Gives the worker's rehearsals as they come (never shown: the page rehearses its report and its Token field
	 * with them, app/warmup.ts): none when the engine was already started or a real inspection came first.
	 */
	warm(): Rehearsals {
		if (this.#engine) return this.#rehearsals ?? NO_REHEARSALS;
		let started: ReturnType<typeof workerEngine>;
		try {
			started = workerEngine(true);
		} catch {
			// The worker could not be started (its script URL refused): the first inspection tries again and
			// reports the failure.
			return NO_REHEARSALS;
		}
		this.#engine = started.engine;
		this.#rehearsals = started.rehearsals;
		return started.rehearsals;
	}

	snapshot(): Snapshot {
		return {
			token: this.token,
			key: this.key,
			keyEncoding: this.keyEncoding,
			audience: this.audience,
			issuer: this.issuer,
			subject: this.subject,
			requiredScopes: this.requiredScopes,
			leewaySeconds: this.leewaySeconds,
			...(this.keyFetchedFor !== undefined ? { keyFetchedFor: this.keyFetchedFor } : {}),
			decryptionKey: this.decryptionKey,
			now: this.evaluationTime
		};
	}

	/** Inspects a snapshot of the inputs; a result that is no longer current is dropped. */
	async run(snapshot: Snapshot): Promise<void> {
		const generation = ++this.#generation;
		this.#settled = false;
		const heavy = this.#heavy;
		if (
			heavy &&
			heavy.token === snapshot.token &&
			heavy.key === snapshot.key &&
			heavy.decryptionKey === snapshot.decryptionKey &&
			heavy.keyEncoding === snapshot.keyEncoding
		) {
			// Only the time or an expectation changed: the same input would run into the watchdog again.
			this.#settled = true;
			return;
		}
		const started = performance.now();
		let outcome: InspectOutcome;
		if (isEmptyInput(snapshot)) {
			// Empty fields need no inspection: the core's answer for them was worked out when the app was built,
			// so a first visit that only reads the page never starts the worker or downloads the core.
			outcome = { kind: 'report', report: emptyReport(snapshot) };
		} else {
			try {
				this.#engine ??= workerEngine(false).engine;
				outcome = await this.#engine(snapshot);
			} catch (error) {
				// The worker's code could not be loaded at all.
				outcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
			}
		}
		if (generation !== this.#generation || outcome.kind === 'superseded') return;
		this.#lastDurationMs = performance.now() - started;
		// Whatever happens below, the report on screen belongs to these inputs, or there is none.
		this.#report = outcome.kind === 'report' ? outcome.report : undefined;
		this.#reportedInputs = snapshot;
		this.#failure = outcome.kind === 'failed' ? outcome.error : undefined;
		this.#overload =
			outcome.kind === 'too-heavy'
				? overloadMessage({
						tokenLength: snapshot.token.length,
						keyLength: snapshot.key.length,
						limitMs: outcome.limitMs
					})
				: undefined;
		this.#heavy =
			outcome.kind === 'too-heavy'
				? {
						token: snapshot.token,
						key: snapshot.key,
						decryptionKey: snapshot.decryptionKey,
						keyEncoding: snapshot.keyEncoding
					}
				: undefined;
		this.#settled = true;
	}

	/** Starts moving the live clock on; returns the function that stops it. */
	startClock(): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const tick = () => {
			// The clock waits while an inspection is under way: moving it would replace that inspection with
			// the same one a second later, and an input slower than the tick would never be answered (nor reach
			// the watchdog's "too heavy").
			// It moves on in the pinned mode too, where it judges nothing (the pinned time does): a shared
			// diagnosis, judged at the sender's moment, says this page's "now" beside it (share/sender-moment.ts).
			if (this.settled) this.clock = Date.now();
			timer = setTimeout(tick, tickInterval(this.#lastDurationMs));
		};
		timer = setTimeout(tick, tickInterval(this.#lastDurationMs));
		return () => clearTimeout(timer);
	}
}
