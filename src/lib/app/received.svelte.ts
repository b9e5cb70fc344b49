// The receiving side of a share link: the diagnosis it carried (or what is wrong with it), loading its inputs
// into the inspector, and the report to show while the token on screen is still the link's.
import type { Report } from '$lib/core';
import { toLocalInput, type Inspector } from '$lib/app/inspector.svelte';
import type { LinkErrorCode, SharedDiagnosis } from '$lib/share/link';
import type { withReported as WithReported } from '$lib/share/reported';
import type {
	NowReading,
	SenderMoment,
	nowReadings as NowReadings,
	withNowBeside as WithNowBeside
} from '$lib/share/sender-moment';

/** What is wrong with a link that could not be read, and how long it was. */
export interface LinkProblem {
	code: LinkErrorCode;
	message: string;
	length: number;
}

export class ReceivedLink {
	diagnosis = $state.raw<SharedDiagnosis | undefined>();
	#withReported: typeof WithReported | undefined;
	#withNowBeside: typeof WithNowBeside | undefined;
	#nowReadings: typeof NowReadings | undefined;
	problem = $state.raw<LinkProblem | undefined>();

	/** Reads a link; a diagnosis replaces every input, judged at the sender's moment when it carries one. */
	async open(link: string, inspector: Inspector): Promise<void> {
		// The link's reader (with its inflater) loads only when a link is opened: most visits carry none.
		const [{ decodeShareLink }, { withReported }, { withNowBeside, nowReadings }] =
			await Promise.all([
				import('$lib/share/link'),
				import('$lib/share/reported'),
				import('$lib/share/sender-moment')
			]);
		this.#withReported = withReported;
		this.#withNowBeside = withNowBeside;
		this.#nowReadings = nowReadings;
		const result = await decodeShareLink(link);
		if (!result.ok) {
			this.diagnosis = undefined;
			this.problem = { code: result.code, message: result.message, length: result.length };
			return;
		}
		const diagnosis = result.diagnosis;
		this.problem = undefined;
		inspector.load({
			token: diagnosis.token,
			key: diagnosis.key ?? '',
			keyEncoding: 'auto',
			audience: diagnosis.audience ?? '',
			issuer: diagnosis.issuer ?? '',
			subject: diagnosis.subject ?? '',
			leewaySeconds: diagnosis.leewaySeconds ?? 0,
			requiredScopes: diagnosis.requiredScopes ?? ''
		});
		this.diagnosis = diagnosis;
		this.judgeAtSenderTime(inspector);
	}

	/** Pins the evaluation time to the sender's moment, when the link carries one. */
	judgeAtSenderTime(inspector: Inspector): void {
		const at = this.diagnosis?.evaluatedAt;
		if (at === undefined) return;
		inspector.pinned = toLocalInput(new Date(at));
		inspector.setTimeMode('pinned');
	}

	/** Whether the inspector judges at the sender's moment (false once the user switched to "now"). */
	atSenderTime(inspector: Inspector): boolean {
		const at = this.diagnosis?.evaluatedAt;
		return (
			at !== undefined && inspector.timeMode === 'pinned' && inspector.pinnedDate?.getTime() === at
		);
	}

	/**
	 * The report to show: while the token on screen is the link's, the rows the link did not let this page
	 * judge are the sender's reported results (./reported.ts); otherwise the report as it is.
	 */
	shown(report: Report | undefined, reportedToken: string, clockMs: number): Report | undefined {
		const reported = this.diagnosis?.reported;
		let shown = report;
		if (shown && reported && this.#withReported && reportedToken === this.diagnosis?.token)
			shown = this.#withReported(shown, reported);
		// Judged at the sender's moment: each time row also says how it reads at this page's now.
		const moment = this.moment(report, reportedToken, clockMs);
		if (shown && moment && this.#withNowBeside) shown = this.#withNowBeside(shown, moment);
		return shown;
	}

	/** The time rows that read otherwise at this page's now than at the sender's moment (for the banner). */
	changedByNow(report: Report | undefined, reportedToken: string, clockMs: number): NowReading[] {
		const moment = this.moment(report, reportedToken, clockMs);
		if (!report || !moment || !this.#nowReadings) return [];
		return this.#nowReadings(report, moment).filter((r) => r.atNow !== r.atSender);
	}

	/**
	 * The sender's moment and this page's clock, while the report on screen was judged at the link's
	 * `evaluatedAt` for the link's token; undefined otherwise (the receiver's own "now" or pinned time).
	 */
	moment(
		report: Report | undefined,
		reportedToken: string,
		clockMs: number
	): SenderMoment | undefined {
		const at = this.diagnosis?.evaluatedAt;
		if (!report || at === undefined || reportedToken !== this.diagnosis?.token) return undefined;
		if (Date.parse(report.evaluatedAt) !== at) return undefined;
		return { at, now: clockMs };
	}

	dismiss(): void {
		this.diagnosis = undefined;
		this.problem = undefined;
	}
}
