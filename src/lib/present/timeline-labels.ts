// Where the timeline's labels go, in pixels, for a given width: a pure layout the component only draws, so
// that "labels never overlap" is a property tests check (issue 18, item 6) rather than a hope.
import type { MarkerId, Timeline } from './timeline';

export const PAD = 12;
/** One label line: the text's ascent and descent (14 px) and a pixel between lines. */
const LINE = 15;

export interface PlacedLabel {
	ids: MarkerId[];
	text: string;
	/** The text's left edge (text-anchor start) and baseline. */
	x: number;
	y: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface LabelLayout {
	labels: PlacedLabel[];
	axisY: number;
	height: number;
}

const px = (x: number, width: number) => PAD + x * Math.max(0, width - 2 * PAD);

/**
 * A conservative width for 12 px text: wider than the page's sans-serif's average glyph, so that a box
 * estimated here is never narrower than the text drawn.
 */
const CHAR_PX = 7.2;
/** Space kept between two labels on one line. */
const GAP = 8;
const ASCENT = 11;
const DESCENT = 3;

/**
 * The labels for a width: claims at the same instant share one label ("iat, nbf · 3 h ago"); each label sits
 * centred on its marker, shifted to stay inside the width, on the lowest line above the axis where it meets no
 * other label; the evaluation time's label sits below the axis. The height grows with the lines used.
 */
export function labelLayout(timeline: Timeline, width: number): LabelLayout {
	const groups: Array<{ ids: MarkerId[]; x: number; relative: string }> = [];
	for (const marker of timeline.markers) {
		if (marker.id === 'now') continue;
		const same = groups.find((g) => g.x === marker.x && g.relative === marker.relative);
		if (same) same.ids.push(marker.id);
		else groups.push({ ids: [marker.id], x: marker.x, relative: marker.relative });
	}
	const measured = groups.map((g) => ({ ...g, text: `${g.ids.join(', ')} · ${g.relative}` }));
	const placed: Array<{
		ids: MarkerId[];
		text: string;
		left: number;
		right: number;
		line: number;
	}> = [];
	for (const label of measured.toSorted((a, b) => a.x - b.x)) {
		const { left, right } = span(px(label.x, width), label.text, width);
		let line = 0;
		while (placed.some((p) => p.line === line && left < p.right + GAP && p.left < right + GAP))
			line++;
		placed.push({ ids: label.ids, text: label.text, left, right, line });
	}
	const lines = Math.max(1, ...placed.map((p) => p.line + 1));
	const axisY = 16 + lines * LINE + 14;
	const labels: PlacedLabel[] = placed.map((p) => {
		const y = axisY - 16 - p.line * LINE;
		return {
			ids: p.ids,
			text: p.text,
			x: p.left,
			y,
			left: p.left,
			right: p.right,
			top: y - ASCENT,
			bottom: y + DESCENT
		};
	});
	const now = timeline.markers.find((m) => m.id === 'now');
	if (now) {
		const text = timeline.moment === 'sender' ? "the sender's moment" : 'evaluated here';
		const { left, right } = span(px(now.x, width), text, width);
		const y = axisY + 28;
		labels.push({
			ids: ['now'],
			text,
			x: left,
			y,
			left,
			right,
			top: y - ASCENT,
			bottom: y + DESCENT
		});
	}
	return { labels, axisY, height: axisY + 36 };
}

/** A label's box centred on `centre`, moved to stay inside 0..width (left-aligned when wider than it). */
function span(centre: number, text: string, width: number): { left: number; right: number } {
	const w = text.length * CHAR_PX;
	const left = Math.max(0, Math.min(centre - w / 2, width - w));
	return { left, right: left + w };
}
