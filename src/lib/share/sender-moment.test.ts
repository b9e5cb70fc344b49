import { describe, expect, it } from 'vitest';
import { inspectAt, mint, NOW, NOW_SECONDS } from '$lib/testing/fixtures';
import { relativeTime } from '$lib/present/time';
import { momentText, nowReadings, withNowBeside } from './sender-moment';

const H = 3600;
const at = NOW.getTime();
const threeHoursLater = { at, now: at + 3 * H * 1000 };

describe('a received report read at the sender’s moment and at the receiver’s now', () => {
	it('says a token valid for the sender has expired now, without changing a status', async () => {
		const report = await inspectAt({
			token: mint('hs256', { iat: NOW_SECONDS - 600, exp: NOW_SECONDS + 54 * 60 })
		});
		const readings = nowReadings(report, threeHoursLater);
		expect(readings.find((r) => r.id === 'exp')).toMatchObject({ atSender: 'pass', atNow: 'fail' });
		expect(readings.find((r) => r.id === 'iat')).toMatchObject({ atSender: 'pass', atNow: 'pass' });
		const shown = withNowBeside(report, threeHoursLater);
		const exp = shown.checks.find((c) => c.id === 'exp')!;
		// The row stays the sender's moment's: same status, code and verdict, the now only said beside.
		expect(exp).toMatchObject({ status: 'pass', code: 'exp.ok' });
		expect(shown.verdict).toBe(report.verdict);
		expect(exp.detail).toContain(momentText(at));
		expect(exp.detail).toContain(momentText(threeHoursLater.now));
		expect(exp.detail).toContain(relativeTime(NOW_SECONDS + 54 * 60 - (NOW_SECONDS + 3 * H)));
	});

	it('reads nbf with the report’s leeway', async () => {
		const report = await inspectAt({
			token: mint('hs256', { nbf: NOW_SECONDS + 2 * H, exp: NOW_SECONDS + 5 * H }),
			leewaySeconds: 30
		});
		const readings = nowReadings(report, threeHoursLater);
		expect(readings.find((r) => r.id === 'nbf')).toMatchObject({ atSender: 'fail', atNow: 'pass' });
		expect(readings.find((r) => r.id === 'exp')).toMatchObject({ atSender: 'pass', atNow: 'pass' });
	});

	it('adds nothing when the moments read alike (under a minute apart)', async () => {
		const report = await inspectAt({ token: mint('hs256', { exp: NOW_SECONDS + 60 }) });
		expect(nowReadings(report, { at, now: at + 30_000 })).toEqual([]);
		expect(withNowBeside(report, { at, now: at + 30_000 })).toBe(report);
	});

	it('leaves rows that judged no time as they are', async () => {
		const report = await inspectAt({ token: mint('hs256', { exp: 'tomorrow', iat: undefined }) });
		const shown = withNowBeside(report, threeHoursLater);
		expect(shown.checks.find((c) => c.id === 'exp')).toEqual(
			report.checks.find((c) => c.id === 'exp')
		);
	});
});
