import { describe, expect, it } from 'vitest';
import { cutAtWord, fitReasonAndStep, MIN_REASON, shorterSteps } from './verdict-fit';

const REASON =
	'this has the shape of a GitHub personal access token (classic), ghp_… (40 characters), but its last six characters are not the checksum of the rest';
const STEP =
	'Copy the token again, whole and unchanged, from where it was created; a placeholder must be replaced with a real token.';

describe('fitting the verdict sentence', () => {
	it('cuts at a word, with no dangling comma or bracket before the ellipsis', () => {
		expect(cutAtWord('the token, (classic) ghp', 14)).toBe('the token…');
		expect(cutAtWord('the token (classic), ghp_', 24, 22)).toBe('the token (classic), ghp_');
		expect(cutAtWord('short', 20)).toBe('short');
		expect(cutAtWord('a'.repeat(50), 20)).toHaveLength(20);
		expect(cutAtWord('one two three four', 10, 9)).toBe('one two three…');
	});

	it('shortens the step to its first clauses, strong boundaries before commas', () => {
		expect(shorterSteps(STEP)).toEqual([
			STEP,
			'Copy the token again, whole and unchanged, from where it was created.',
			'Copy the token again, whole and unchanged.'
		]);
		// A boundary inside quotes or brackets is not one.
		expect(shorterSteps('Use "a; b" (c: d) here.')).toEqual(['Use "a; b" (c: d) here.']);
	});

	it('shortens the step before the reason, and keeps the reason whole when it can', () => {
		const fitted = fitReasonAndStep(REASON, STEP, 230);
		expect(fitted.reason).toBe(REASON);
		expect(fitted.step).toBe(
			'Copy the token again, whole and unchanged, from where it was created.'
		);
	});

	it('never cuts a longer reason below MIN_REASON characters', () => {
		const fitted = fitReasonAndStep(REASON, STEP, 100);
		expect(fitted.reason.length).toBeGreaterThanOrEqual(MIN_REASON);
		expect(fitted.reason.length + 1 + fitted.step!.length).toBeLessThanOrEqual(100);
	});

	it('keeps a step written for the sentence whole, and cuts the reason instead', () => {
		const fitted = fitReasonAndStep(REASON, STEP, 200, false);
		expect(fitted.step).toBe(STEP);
		expect(fitted.reason.length).toBeGreaterThanOrEqual(MIN_REASON);
		expect(fitted.reason.length + 1 + STEP.length).toBeLessThanOrEqual(200);
	});
});
