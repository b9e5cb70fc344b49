// The page's state: the inputs, and the report for them. Inspection is asynchronous; a report is shown only
// if it belongs to the inputs as they are now, so a slow inspection can never overwrite a newer one.
import { inspect, type Report } from '$lib/core';

export class Inspector {
	token = $state('');
	key = $state('');
	audience = $state('');
	issuer = $state('');
	leeway = $state(0);
	report = $state<Report | undefined>();
	busy = $state(false);
	#generation = 0;

	/** Re-inspects with the current inputs; the page reads the clock here, never the core. */
	async run(): Promise<void> {
		const generation = ++this.#generation;
		this.busy = true;
		const report = await inspect({
			token: this.token,
			key: this.key,
			audience: this.audience,
			issuer: this.issuer,
			leewaySeconds: Number.isFinite(this.leeway) ? this.leeway : 0,
			now: new Date()
		});
		if (generation !== this.#generation) return;
		this.report = report;
		this.busy = false;
	}
}
