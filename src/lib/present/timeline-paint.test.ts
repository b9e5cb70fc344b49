import { describe, expect, it } from 'vitest';
import { MIN_MISS_WIDTH, timelineModel, type Timeline } from './timeline';
import { labelLayout } from './timeline-labels';

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const T = NOW.getTime() / 1000;
const H = 3600;
const tones = (t: Timeline) => t.segments.map((s) => s.tone);

// Issue 18, item 6: only the end that fails is painted as failing, and a small miss stays visible.
describe('the timeline’s painted segments', () => {
	it('paints the lifetime good while now is inside it', () => {
		const t = timelineModel({ iat: T - H, exp: T + H, now: NOW, leewaySeconds: 0 })!;
		expect(tones(t)).toEqual(['good']);
	});

	it('paints only the miss after exp as failing, not the whole lifetime', () => {
		const t = timelineModel({ iat: T - 4 * H, exp: T - 3 * H, now: NOW, leewaySeconds: 0 })!;
		expect(tones(t)).toEqual(['neutral', 'bad']);
		const [life, miss] = t.segments;
		expect(life).toMatchObject({ from: t.window!.from, to: t.window!.to });
		expect(miss!.from).toBeCloseTo(t.window!.to);
		expect(miss!.to).toBeCloseTo(t.markers.find((m) => m.id === 'now')!.x);
	});

	it('paints only the wait before nbf as failing', () => {
		const t = timelineModel({
			iat: T - H,
			nbf: T + H,
			exp: T + 3 * H,
			now: NOW,
			leewaySeconds: 0
		})!;
		expect(tones(t)).toEqual(['bad', 'neutral']);
		expect(t.segments[0]!.to).toBeCloseTo(t.window!.from);
	});

	it('keeps a three-minute miss on a day-long lifetime visible', () => {
		const t = timelineModel({ iat: T - 24 * H - 180, exp: T - 180, now: NOW, leewaySeconds: 0 })!;
		const miss = t.segments.find((s) => s.tone === 'bad')!;
		expect(miss.to - miss.from).toBeGreaterThanOrEqual(MIN_MISS_WIDTH - 1e-12);
		expect(miss.from).toBeGreaterThanOrEqual(0);
		expect(miss.to).toBeLessThanOrEqual(1);
	});

	it('says when it is read at the sender’s moment, with the receiver’s now beside it', () => {
		const t = timelineModel({
			iat: T - 600,
			exp: T + 54 * 60,
			now: NOW,
			leewaySeconds: 0,
			receiverNow: new Date(NOW.getTime() + 3 * H * 1000)
		})!;
		expect(t.moment).toBe('sender');
		expect(t.nowState).toBe('after');
		expect(t.state).toBe('inside');
		const plain = timelineModel({ iat: T - 600, exp: T + 54 * 60, now: NOW, leewaySeconds: 0 })!;
		expect(plain.moment).toBe('evaluation');
		expect(plain.nowState).toBeUndefined();
	});
});

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the timeline’s labels', () => {
	const cases: Array<[string, Record<string, number>]> = [
		['iat = nbf, exp close to now', { iat: T - H, nbf: T - H, exp: T + 20 }],
		['iat, nbf and exp within a minute', { iat: T - 50, nbf: T - 40, exp: T - 30 }],
		['all three apart, now inside', { iat: T - 3 * H, nbf: T - 2 * H, exp: T + H }],
		['a day-long lifetime missed by three minutes', { iat: T - 24 * H, exp: T - 180 }],
		['exp only, far ahead', { exp: T + 90 * 24 * H }],
		['nbf later than exp', { iat: T - H, nbf: T + H, exp: T - 10 }]
	];
	for (const width of [300, 420, 560, 900]) {
		it.each(cases)(`never overlap at ${width} px: %s`, (_, claims) => {
			const t = timelineModel({ ...claims, now: NOW, leewaySeconds: 0 })!;
			const layout = labelLayout(t, width);
			for (const label of layout.labels) {
				expect(label.left, label.text).toBeGreaterThanOrEqual(0);
				expect(label.right, label.text).toBeLessThanOrEqual(width);
			}
			for (let i = 0; i < layout.labels.length; i++)
				for (let j = i + 1; j < layout.labels.length; j++)
					expect(
						overlap(layout.labels[i]!, layout.labels[j]!),
						`${layout.labels[i]!.text} / ${layout.labels[j]!.text}`
					).toBe(false);
		});
	}

	it('names claims at the same instant in one label', () => {
		const t = timelineModel({ iat: T - H, nbf: T - H, exp: T + H, now: NOW, leewaySeconds: 0 })!;
		const texts = labelLayout(t, 560).labels.map((l) => l.ids.join(','));
		expect(texts).toEqual(['iat,nbf', 'exp', 'now']);
	});
});
