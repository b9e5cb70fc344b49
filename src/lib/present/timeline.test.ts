import { describe, expect, it } from 'vitest';
import { MIN_BAND_WIDTH, timelineModel, type Timeline } from './timeline';

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const T = NOW.getTime() / 1000;
const H = 3600;

function x(timeline: Timeline, id: string): number {
	const marker = timeline.markers.find((m) => m.id === id);
	expect(marker, `marker ${id}`).toBeDefined();
	return marker!.x;
}

function expectSane(timeline: Timeline) {
	const numbers = [
		timeline.start,
		timeline.end,
		timeline.band.from,
		timeline.band.to,
		...(timeline.window ? [timeline.window.from, timeline.window.to] : []),
		...timeline.markers.flatMap((m) => [m.at, m.x])
	];
	for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
	for (const m of timeline.markers) expect(m.x).toBeGreaterThanOrEqual(0);
	for (const m of timeline.markers) expect(m.x).toBeLessThanOrEqual(1);
	expect(timeline.band.from).toBeGreaterThanOrEqual(0);
	expect(timeline.band.to).toBeLessThanOrEqual(1);
	expect(timeline.band.to - timeline.band.from).toBeGreaterThanOrEqual(MIN_BAND_WIDTH - 1e-12);
}

describe('timelineModel', () => {
	it('is undefined when the token has no finite iat, nbf or exp', () => {
		expect(timelineModel({ now: NOW, leewaySeconds: 0 })).toBeUndefined();
		expect(
			timelineModel({ iat: '1795607400', nbf: null, exp: Infinity, now: NOW, leewaySeconds: 0 })
		).toBeUndefined();
	});

	it('is undefined when the evaluation time is not a valid date', () => {
		expect(timelineModel({ exp: T, now: new Date(NaN), leewaySeconds: 0 })).toBeUndefined();
	});

	it('places iat, nbf, exp and now in time order on a padded axis', () => {
		const timeline = timelineModel({
			iat: T - 4 * H,
			nbf: T - 4 * H,
			exp: T - 3 * H,
			now: NOW,
			leewaySeconds: 0
		})!;
		expect(timeline.markers.map((m) => m.id)).toEqual(['iat', 'nbf', 'exp', 'now']);
		expect(timeline.markers.map((m) => m.label)).toEqual(['iat', 'nbf', 'exp', 'now']);
		// 8% of the 4 h span on each side.
		expect(timeline.start).toBeCloseTo(T - 4 * H - 0.08 * 4 * H);
		expect(timeline.end).toBeCloseTo(T + 0.08 * 4 * H);
		expect(x(timeline, 'iat')).toBeCloseTo(0.08 / 1.16);
		expect(x(timeline, 'now')).toBeCloseTo(1.08 / 1.16);
		expect(x(timeline, 'exp')).toBeCloseTo((0.08 + 0.25) / 1.16);
		expect(timeline.markers.find((m) => m.id === 'exp')!.relative).toBe('3 h ago');
		expect(timeline.markers.find((m) => m.id === 'now')!.relative).toBe('just now');
		expectSane(timeline);
	});

	it('keeps the markers of claims that coincide where they are', () => {
		const timeline = timelineModel({
			iat: T - H,
			nbf: T - H,
			exp: T + H,
			now: NOW,
			leewaySeconds: 0
		})!;
		expect(x(timeline, 'iat')).toBe(x(timeline, 'nbf'));
	});

	it('makes "expired 20 s ago" and "expired last week" look different', () => {
		const recent = timelineModel({ iat: T - H, exp: T - 20, now: NOW, leewaySeconds: 0 })!;
		const lastWeek = timelineModel({
			iat: T - 8 * 24 * H,
			exp: T - 7 * 24 * H,
			now: NOW,
			leewaySeconds: 0
		})!;
		const gap = (t: Timeline) => x(t, 'now') - x(t, 'exp');
		expect(gap(recent)).toBeLessThan(0.01);
		expect(gap(lastWeek)).toBeGreaterThan(0.7);
	});

	it.each([
		['before', { nbf: T + H, exp: T + 2 * H }, 0],
		['before', { iat: T + 10, exp: T + H }, 5],
		['inside', { iat: T - H, nbf: T + 10, exp: T + H }, 10],
		['inside', { iat: T - H, exp: T - 20 }, 30],
		['after', { iat: T - H, exp: T - 20 }, 20],
		['after', { iat: T - H, exp: T }, 0],
		['inside', { iat: T - H, exp: T + H }, 0],
		['open', { iat: T - H }, 0],
		['before', { nbf: T + H }, 0]
	] as const)('is in state %s for %o with %s s leeway', (state, claims, leeway) => {
		expect(timelineModel({ ...claims, now: NOW, leewaySeconds: leeway })!.state).toBe(state);
	});

	it('spans the valid window from the later of iat and nbf to exp', () => {
		const timeline = timelineModel({
			iat: T - 2 * H,
			nbf: T - H,
			exp: T + H,
			now: NOW,
			leewaySeconds: 0
		})!;
		expect(timeline.window).toEqual({ from: x(timeline, 'nbf'), to: x(timeline, 'exp') });
	});

	it('opens the valid window at the axis start without iat or nbf, and omits it without exp', () => {
		expect(timelineModel({ exp: T + H, now: NOW, leewaySeconds: 0 })!.window?.from).toBe(0);
		expect(timelineModel({ iat: T - H, now: NOW, leewaySeconds: 0 })!.window).toBeUndefined();
	});

	it('draws the leeway band around now and includes it in the axis', () => {
		const timeline = timelineModel({ iat: T - 100, exp: T - 50, now: NOW, leewaySeconds: 100 })!;
		expect(timeline.end).toBeGreaterThan(T + 100);
		const { from, to } = timeline.band;
		expect(from).toBeCloseTo(x(timeline, 'iat'));
		expect(to).toBeGreaterThan(x(timeline, 'now'));
		expectSane(timeline);
	});

	it('keeps a zero leeway band visible, and inside the axis at its edge', () => {
		const timeline = timelineModel({ iat: T - H, exp: T - 0.5 * H, now: NOW, leewaySeconds: 0 })!;
		expect(timeline.band.to - timeline.band.from).toBeCloseTo(MIN_BAND_WIDTH);
		expect(timeline.band.from).toBeLessThanOrEqual(x(timeline, 'now'));
		expect(timeline.band.to).toBeGreaterThanOrEqual(x(timeline, 'now'));
		expectSane(timeline);
	});

	it('gives a sensible span when every instant coincides', () => {
		const timeline = timelineModel({ iat: T, nbf: T, exp: T, now: NOW, leewaySeconds: 0 })!;
		expect(timeline.end - timeline.start).toBeGreaterThanOrEqual(120);
		expect(x(timeline, 'now')).toBeCloseTo(0.5);
		expectSane(timeline);
	});

	it.each([
		['huge exp', { iat: T - H, exp: 1e300 }, 0],
		['huge negative iat', { iat: -1e300, exp: T + H }, 0],
		['both extremes', { iat: -1e300, nbf: 1e300, exp: Number.MAX_VALUE }, 0],
		['the largest doubles', { iat: -Number.MAX_VALUE, exp: Number.MAX_VALUE }, 0],
		['a huge leeway', { iat: T - H, exp: T + H }, 1e300],
		['an infinite leeway', { iat: T - H, exp: T + H }, Infinity],
		['a negative leeway', { iat: T - H, exp: T + H }, -5],
		['a NaN leeway', { iat: T - H, exp: T + H }, NaN],
		['fractional claims', { iat: T - 0.25, exp: T + 0.5 }, 0],
		['a far-away cluster', { iat: 1e300, nbf: 1e300, exp: 1e300 + 1e285 }, 0]
	] as const)('keeps every number finite for %s', (_, claims, leeway) => {
		expectSane(timelineModel({ ...claims, now: NOW, leewaySeconds: leeway })!);
	});

	it('ignores claims that are not finite numbers', () => {
		const timeline = timelineModel({
			iat: 'yesterday',
			nbf: NaN,
			exp: T + H,
			now: NOW,
			leewaySeconds: 0
		})!;
		expect(timeline.markers.map((m) => m.id)).toEqual(['now', 'exp']);
	});

	it.each([
		[
			'an expired token',
			{ iat: T - 4 * H, nbf: T - 4 * H, exp: T - 3 * H },
			0,
			'Issued 4 h ago, expired 3 h ago; evaluated now with 0 s leeway.'
		],
		[
			'a token that starts later',
			{ iat: T - 60, nbf: T + 300, exp: T + H },
			30,
			'Issued 1 min ago, starts in 5 min, expires in 1 h; evaluated now with 30 s leeway.'
		],
		[
			'a token issued in the future without exp',
			{ iat: T + 120 },
			0,
			'Issued in the future (in 2 min), never expires; evaluated now with 0 s leeway.'
		]
	])('summarises %s in one sentence', (_, claims, leeway, summary) => {
		expect(timelineModel({ ...claims, now: NOW, leewaySeconds: leeway })!.summary).toBe(summary);
	});
});
