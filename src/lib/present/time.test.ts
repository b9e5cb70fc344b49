// One duration reads the same in every panel: the checklist, the verdict sentence, the timeline, the decoded
// view and the verifier table each write how long ago a token expired (or how far off its start is) through
// their own code path, and every path must give the same words (issue 14: "4 days 2 h", "4 d 2 h" and
// "4 days" once stood on one screen for one duration).
import { describe, expect, it } from 'vitest';
import { inspect } from '$lib/core';
import { mint, NOW, NOW_SECONDS } from '$lib/testing/fixtures';
import { whatVerifiersWouldDo } from '$lib/diagnosis/verifiers';
import { describeInstant } from './time';
import { timelineModel } from './timeline';
import { verdictSentence } from './verdict';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** Durations across every unit the vocabulary has, with the one way each must read. */
const DURATIONS: Array<[number, string]> = [
	[20, '20 s'],
	[5 * MINUTE + 3, '5 min 3 s'],
	[3 * HOUR + 12 * MINUTE, '3 h 12 min'],
	[4 * DAY + 2 * HOUR + 59 * MINUTE, '4 days 2 h'],
	[90 * DAY, '90 days'],
	[3 * 365.25 * DAY, '3 years']
];

/** Each panel's words for the token's `claim`, as the page shows them for this report. */
async function everyPanel(claim: 'exp' | 'nbf', at: number) {
	const report = await inspect({
		token: mint('hs256', { iat: undefined, nbf: undefined, exp: undefined, [claim]: at }),
		now: NOW
	});
	const now = new Date(report.evaluatedAt);
	const claims = report.token.claims!;
	const timeline = timelineModel({ ...claims, now, leewaySeconds: report.leewaySeconds })!;
	// jsonwebtoken judges with zero leeway, so it refuses for either claim.
	const verifier = whatVerifiersWouldDo(report, {}).find((v) => v.id === 'jsonwebtoken')!;
	return {
		checklist: report.checks.find((c) => c.id === claim)!.detail,
		verdict: verdictSentence(report).reason,
		timeline: timeline.markers.find((m) => m.id === claim)!.relative,
		// The summary is a sentence: its first word is capitalised.
		timelineSummary: timeline.summary.toLowerCase(),
		decodedView: describeInstant(at, now).relative,
		verifierTable: verifier.reasons.join(' ')
	};
}

describe('one duration, one reading', () => {
	it.each(DURATIONS)('writes an expiry %d s ago as "%s ago" in every panel', async (ago, words) => {
		const panels = await everyPanel('exp', NOW_SECONDS - ago);
		expect(panels).toEqual({
			checklist: expect.stringContaining(`Expired ${words} ago,`),
			verdict: expect.stringContaining(`expired ${words} ago`),
			timeline: `${words} ago`,
			timelineSummary: expect.stringContaining(`expired ${words} ago`),
			decodedView: `${words} ago`,
			verifierTable: expect.stringContaining(`Expired: ${words} ago`)
		});
	});

	it.each(DURATIONS)('writes a start %d s ahead as "%s" in every panel', async (ahead, words) => {
		const panels = await everyPanel('nbf', NOW_SECONDS + ahead);
		expect(panels).toEqual({
			checklist: expect.stringContaining(`, ${words} from now.`),
			verdict: expect.stringContaining(`(in ${words})`),
			timeline: `in ${words}`,
			timelineSummary: expect.stringContaining(`starts in ${words}`),
			decodedView: `in ${words}`,
			verifierTable: expect.stringContaining(`nbf is ${words} ahead`)
		});
	});
});
