// The model behind the timeline: iat, nbf, exp and the evaluation time on one linear axis, with the leeway
// band around the evaluation time, so that "expired 20 s ago" and "expired last week" look different at a
// glance. Pure data: the renderer only maps x (0..1) to pixels. RFC 7519 §4.1.4–4.1.6 define the claims.
import type { Report } from '$lib/core';
import { normalizeLeeway } from '$lib/core/time/leeway';
import { formatInstant, relativeTime } from './time';

export type MarkerId = 'iat' | 'nbf' | 'exp' | 'now';
export type TimelineState = 'before' | 'inside' | 'after' | 'open';

export interface TimelineMarker {
	id: MarkerId;
	/** The instant in seconds since 1970. */
	at: number;
	/** Where it sits along the axis, 0..1. Markers may coincide; the renderer places their labels. */
	x: number;
	label: string;
	/** relativeTime(at − now). */
	relative: string;
}

export interface Timeline {
	/** The axis' first and last instants, in seconds. */
	start: number;
	end: number;
	/** In time order; on a tie, iat, nbf, exp, then now. */
	markers: TimelineMarker[];
	/** x of now ± leeway, clamped to 0..1 and at least MIN_BAND_WIDTH wide. */
	band: { from: number; to: number };
	/** x of the span where the token is valid, max(iat, nbf)..exp (from 0 without either); omitted without exp. */
	window?: { from: number; to: number };
	/** Now relative to the valid window, with the leeway applied as the checks apply it; `open`: no exp. */
	state: TimelineState;
	/**
	 * What to paint along the axis, in order: the lifetime `good` while now is inside it and `neutral` when
	 * not, and the miss between the failing end and now `bad`, at least MIN_MISS_WIDTH wide, so that only the
	 * end that fails reads as failing and a few minutes' miss on a day-long lifetime stays visible.
	 */
	segments: Array<{ from: number; to: number; tone: 'good' | 'neutral' | 'bad' }>;
	/** `sender`: the evaluation time is a share link's sender's moment, not the receiver's now. */
	moment: 'evaluation' | 'sender';
	/** With a sender's moment: the state at the receiver's now, for the summary. */
	nowState?: TimelineState;
	/** One sentence for screen readers. */
	summary: string;
}

/** The axis is padded by this share of its span on each side, so that no marker sits on an edge. */
const PADDING = 0.08;
/** When every instant coincides (or nearly), the axis still spans this many seconds around them. */
const MIN_SPAN_SECONDS = 120;
/** The leeway band stays visible even when the leeway is 0 s or tiny next to the axis. */
export const MIN_BAND_WIDTH = 0.01;
/** A miss is painted at least this share of the axis wide: three minutes on a day stays visible. */
export const MIN_MISS_WIDTH = 0.03;

const ORDER: MarkerId[] = ['iat', 'nbf', 'exp', 'now'];

/**
 * The timeline of a report's token (its iat, nbf and exp at the report's evaluation time), or undefined when
 * the token has no claims: what the page shows, and what the warm-up rehearses.
 */
export function reportTimeline(report: Report, receiverNow?: Date): Timeline | undefined {
	const claims = report.token.claims;
	if (!claims) return undefined;
	return timelineModel({
		iat: claims.iat,
		nbf: claims.nbf,
		exp: claims.exp,
		now: new Date(report.evaluatedAt),
		leewaySeconds: report.leewaySeconds,
		receiverNow
	});
}

/** Lays out the token's time claims and the evaluation time on one linear axis; undefined when the token has no finite iat, nbf or exp. */
export function timelineModel(input: {
	iat?: unknown;
	nbf?: unknown;
	exp?: unknown;
	now: Date;
	leewaySeconds: number;
	/** When `now` is a share link's sender's moment: the receiver's clock, said beside it in the summary. */
	receiverNow?: Date | undefined;
}): Timeline | undefined {
	const now = input.now.getTime() / 1000;
	if (!Number.isFinite(now)) return undefined;
	const leeway = normalizeLeeway(input.leewaySeconds);
	const iat = finite(input.iat);
	const nbf = finite(input.nbf);
	const exp = finite(input.exp);
	if (iat === undefined && nbf === undefined && exp === undefined) return undefined;

	const claims: Array<[MarkerId, number | undefined]> = [
		['iat', iat],
		['nbf', nbf],
		['exp', exp],
		['now', now]
	];
	const present = claims.filter((c): c is [MarkerId, number] => c[1] !== undefined);
	const { start, end } = axis([...present.map(([, at]) => at), now - leeway, now + leeway]);
	const x = (at: number) => position(at, start, end);

	const markers = present
		.map(([id, at]) => ({ id, at, x: x(at), label: id, relative: relativeTime(at - now) }))
		.sort((a, b) => a.at - b.at || ORDER.indexOf(a.id) - ORDER.indexOf(b.id));

	// The token is accepted from its latest start claim; iat counts as the iat check rejects a future issue.
	const from = iat === undefined ? nbf : nbf === undefined ? iat : Math.max(iat, nbf);
	const window =
		exp === undefined
			? undefined
			: { from: from === undefined ? 0 : Math.min(x(from), x(exp)), to: x(exp) };

	const state = stateOf(now, leeway, from, exp);
	const receiverNow = input.receiverNow ? input.receiverNow.getTime() / 1000 : undefined;
	const sender = receiverNow !== undefined && Number.isFinite(receiverNow);
	const nowState = sender ? stateOf(receiverNow, leeway, from, exp) : undefined;
	let summary = summaryOf({ iat, nbf, exp }, now, leeway, sender ? formatInstant(now) : undefined);
	if (sender)
		summary += ` Now (${formatInstant(receiverNow)}): ${nowPhrase({ iat, nbf, exp }, receiverNow)}.`;
	return {
		start,
		end,
		markers,
		band: band(x(now - leeway), x(now + leeway)),
		...(window ? { window } : {}),
		state,
		segments: segmentsOf(state, window, x(now)),
		moment: sender ? 'sender' : 'evaluation',
		...(nowState ? { nowState } : {}),
		summary
	};
}

/**
 * The lifetime and, when now is outside it, the miss: from exp to now when expired (RFC 7519 §4.1.4), from
 * now to the start when early (§4.1.5, §4.1.6). Only the miss is `bad`: the lifetime itself was not wrong.
 */
function segmentsOf(
	state: TimelineState,
	window: { from: number; to: number } | undefined,
	nowX: number
): Timeline['segments'] {
	if (!window) return [];
	if (state === 'inside') return [{ ...window, tone: 'good' }];
	const life = { ...window, tone: 'neutral' as const };
	if (state === 'after')
		return [life, { ...widened(window.to, Math.max(nowX, window.to), 1), tone: 'bad' }];
	if (state === 'before')
		return [{ ...widened(Math.min(nowX, window.from), window.from, -1), tone: 'bad' }, life];
	return [life];
}

/** from..to at least MIN_MISS_WIDTH wide, grown away from the lifetime (`towards` +1: right), kept in 0..1. */
function widened(from: number, to: number, towards: 1 | -1): { from: number; to: number } {
	if (to - from >= MIN_MISS_WIDTH) return { from, to };
	if (towards === 1) {
		const start = Math.min(from, 1 - MIN_MISS_WIDTH);
		return { from: start, to: start + MIN_MISS_WIDTH };
	}
	const stop = Math.max(to, MIN_MISS_WIDTH);
	return { from: stop - MIN_MISS_WIDTH, to: stop };
}

/** How the token reads at the receiver's now, beside a summary made at the sender's moment. */
function nowPhrase(
	claims: { iat: number | undefined; nbf: number | undefined; exp: number | undefined },
	now: number
): string {
	const relative = (at: number) => relativeTime(at - now);
	const start = claims.nbf ?? claims.iat;
	if (claims.exp !== undefined && claims.exp <= now) return `expired ${relative(claims.exp)}`;
	if (start !== undefined && start > now) return `starts ${relative(start)}`;
	return claims.exp === undefined ? 'never expires' : `expires ${relative(claims.exp)}`;
}

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The padded axis around the instants. Halves are taken before subtracting, so that instants near ±1.8e308
 * never overflow to Infinity.
 */
function axis(instants: number[]): { start: number; end: number } {
	const min = Math.min(...instants);
	const max = Math.max(...instants);
	const centre = min / 2 + max / 2;
	const half = Math.max(max / 2 - min / 2, MIN_SPAN_SECONDS / 2) * (1 + 2 * PADDING);
	return {
		start: Math.max(centre - half, -Number.MAX_VALUE),
		end: Math.min(centre + half, Number.MAX_VALUE)
	};
}

/** x of an instant along the axis, 0..1, finite for any finite input. */
function position(at: number, start: number, end: number): number {
	const x = (at / 2 - start / 2) / (end / 2 - start / 2);
	return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}

/** The band between two x, widened around its middle to MIN_BAND_WIDTH and kept inside 0..1. */
function band(from: number, to: number): { from: number; to: number } {
	if (to - from >= MIN_BAND_WIDTH) return { from, to };
	const middle = (from + to) / 2;
	const left = Math.min(Math.max(middle - MIN_BAND_WIDTH / 2, 0), 1 - MIN_BAND_WIDTH);
	return { from: left, to: left + MIN_BAND_WIDTH };
}

/** The same rules as the exp, nbf and iat checks: expired once now − exp ≥ leeway, early once start − now > leeway. */
function stateOf(
	now: number,
	leeway: number,
	from: number | undefined,
	exp: number | undefined
): TimelineState {
	if (exp !== undefined && now - exp >= leeway) return 'after';
	if (from !== undefined && from - now > leeway) return 'before';
	return exp === undefined ? 'open' : 'inside';
}

function summaryOf(
	claims: { iat: number | undefined; nbf: number | undefined; exp: number | undefined },
	now: number,
	leeway: number,
	senderMoment?: string
): string {
	const parts: string[] = [];
	const relative = (at: number) => relativeTime(at - now);
	if (claims.iat !== undefined)
		parts.push(
			claims.iat <= now
				? `issued ${relative(claims.iat)}`
				: `issued in the future (${relative(claims.iat)})`
		);
	// An nbf equal to iat (as most issuers write it) adds nothing to the sentence.
	if (claims.nbf !== undefined && claims.nbf !== claims.iat)
		parts.push(`${claims.nbf <= now ? 'started' : 'starts'} ${relative(claims.nbf)}`);
	parts.push(
		claims.exp === undefined
			? 'never expires'
			: `${claims.exp <= now ? 'expired' : 'expires'} ${relative(claims.exp)}`
	);
	const when = senderMoment ? `at the sender's moment (${senderMoment})` : 'now';
	const sentence = `${parts.join(', ')}; evaluated ${when} with ${leeway} s leeway.`;
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
