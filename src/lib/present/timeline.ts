// The model behind the timeline: iat, nbf, exp and the evaluation time on one linear axis, with the leeway
// band around the evaluation time, so that "expired 20 s ago" and "expired last week" look different at a
// glance. Pure data: the renderer only maps x (0..1) to pixels. RFC 7519 §4.1.4–4.1.6 define the claims.
import { normalizeLeeway } from '$lib/core/time/leeway';
import { relativeTime } from './time';

export type MarkerId = 'iat' | 'nbf' | 'exp' | 'now';

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
	state: 'before' | 'inside' | 'after' | 'open';
	/** One sentence for screen readers. */
	summary: string;
}

/** The axis is padded by this share of its span on each side, so that no marker sits on an edge. */
const PADDING = 0.08;
/** When every instant coincides (or nearly), the axis still spans this many seconds around them. */
const MIN_SPAN_SECONDS = 120;
/** The leeway band stays visible even when the leeway is 0 s or tiny next to the axis. */
export const MIN_BAND_WIDTH = 0.01;

const ORDER: MarkerId[] = ['iat', 'nbf', 'exp', 'now'];

/** Lays out the token's time claims and the evaluation time on one linear axis; undefined when the token has no finite iat, nbf or exp. */
export function timelineModel(input: {
	iat?: unknown;
	nbf?: unknown;
	exp?: unknown;
	now: Date;
	leewaySeconds: number;
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

	return {
		start,
		end,
		markers,
		band: band(x(now - leeway), x(now + leeway)),
		...(window ? { window } : {}),
		state: stateOf(now, leeway, from, exp),
		summary: summaryOf({ iat, nbf, exp }, now, leeway)
	};
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
): Timeline['state'] {
	if (exp !== undefined && now - exp >= leeway) return 'after';
	if (from !== undefined && from - now > leeway) return 'before';
	return exp === undefined ? 'open' : 'inside';
}

function summaryOf(
	claims: { iat: number | undefined; nbf: number | undefined; exp: number | undefined },
	now: number,
	leeway: number
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
	const sentence = `${parts.join(', ')}; evaluated now with ${leeway} s leeway.`;
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
