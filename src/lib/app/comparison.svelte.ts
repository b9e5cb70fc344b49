// The page's state for comparing the Token field's token with a `Token that works` (issue 20, item 3). The
// second token is judged with exactly the inputs the report on screen was made from (the same key, the same
// expectations, the same evaluation time), by an Inspector of its own: it has its own worker, so judging the
// second token never supersedes the first one's inspection, and its own watchdog.
import type { Report } from '$lib/core/types';
import { Inspector, type Engine, type Snapshot } from '$lib/app/inspector.svelte';

export class Comparison {
	/** Whether the `Token that works` field is shown (the `Compare` button). */
	open = $state(false);
	/** The `Token that works` field. */
	working = $state('');
	#inspector: Inspector;
	#shown = $state.raw<{ text: string; token: Report; working: Report } | undefined>();

	constructor(engine?: Engine) {
		this.#inspector = new Inspector(engine);
	}

	/** Shows the field holding `token` (a share link that carries a second token). */
	show(token: string): void {
		this.working = token;
		this.open = true;
	}

	/** Judges the token that works with the inputs `main` was judged with; nothing while the field is hidden. */
	async run(main: Readonly<Snapshot> | undefined): Promise<void> {
		if (!this.open || !main || this.working.trim() === '') return;
		await this.#inspector.run({ ...main, token: this.working });
	}

	/**
	 * The report on the token that works, only while it belongs to `main`'s inputs and the field's text: a
	 * comparison is never drawn between reports judged with different keys, expectations or times.
	 */
	reportFor(main: Readonly<Snapshot> | undefined): Report | undefined {
		const judged = this.#inspector.reportedInputs;
		if (!this.open || !main || !judged || judged.token !== this.working) return undefined;
		const same =
			judged.now.getTime() === main.now.getTime() &&
			judged.key === main.key &&
			judged.keyEncoding === main.keyEncoding &&
			judged.audience === main.audience &&
			judged.issuer === main.issuer &&
			judged.subject === main.subject &&
			judged.requiredScopes === main.requiredScopes &&
			judged.leewaySeconds === main.leewaySeconds &&
			judged.keyFetchedFor === main.keyFetchedFor;
		return same ? this.#inspector.report : undefined;
	}

	/**
	 * Records the pair of reports to show once the second report belongs to `inputs` (those `main` was made
	 * from). The last pair stays on screen while the next is worked out, as the checklist keeps its report
	 * while the clock moves on: the comparison does not blink out every second in live time.
	 */
	update(main: Report | undefined, inputs: Readonly<Snapshot> | undefined): void {
		const working = this.reportFor(inputs);
		if (main && working && this.#shown?.working !== working)
			this.#shown = { text: this.working, token: main, working };
	}

	/** The pair of reports on screen: none while the field is hidden, or once its text is another token. */
	get shown(): { token: Report; working: Report } | undefined {
		const shown = this.#shown;
		return this.open && shown && shown.text === this.working ? shown : undefined;
	}

	/** The second token's report while it is being worked out is not the current one. */
	get settled(): boolean {
		return this.#inspector.settled;
	}

	/** Why the second token was not judged: a bug, or it ran past the watchdog. */
	get problem(): string | undefined {
		return this.#inspector.failure ?? this.#inspector.overload;
	}
}
