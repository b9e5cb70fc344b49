// Properties of the verdict sentence over many failing reports, the samples and minted cases (issue 16, item
// 5): it always ends with the next step, names no spec (those stay in the row), takes its action from the
// failing row's fix, and keeps the part of a value that differs.
import { PITFALL_STEPS } from './pitfall-steps';
import { describe, expect, it } from 'vitest';
import { inspect, type InspectInput, type Report } from '$lib/core';
import { AUDIENCE, ISSUER, mint, NOW, NOW_SECONDS } from '$lib/testing/fixtures';
import { mintSample, SAMPLES } from '$lib/samples/samples';
import { verdictSentence } from './verdict';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const LONG = 'x'.repeat(5000);

const MINTED: Array<[string, Partial<InspectInput> & { token: string }]> = [
	[
		'a 24-hour token expired 189 s ago',
		{ token: mint('hs256', { iat: NOW_SECONDS - 86589, exp: NOW_SECONDS - 189 }) }
	],
	[
		'a 60 s token expired 90 s ago',
		{ token: mint('hs256', { iat: NOW_SECONDS - 150, nbf: undefined, exp: NOW_SECONDS - 90 }) }
	],
	['a token starting in a minute', { token: mint('hs256', { nbf: NOW_SECONDS + 60 }) }],
	[
		'a token issued 2 h ahead',
		{ token: mint('hs256', { iat: NOW_SECONDS + 7200, nbf: undefined }) }
	],
	['an exp in a string', { token: mint('hs256', { exp: String(NOW_SECONDS + 60) }) }],
	['an nbf in milliseconds', { token: mint('hs256', { nbf: NOW_SECONDS * 1000 }) }],
	[
		'Keycloak by two hostnames',
		{
			token: mint('hs256', { iss: 'http://localhost:8180/realms/dev' }),
			issuer: 'http://keycloak:8080/realms/dev'
		}
	],
	[
		'Entra v1 vs v2',
		{
			token: mint('hs256', { iss: `https://sts.windows.net/${TENANT}/` }),
			issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`
		}
	],
	['a trailing slash', { token: mint('hs256', { iss: `${ISSUER}/` }) }],
	[
		'a long issuer differing in its middle',
		{
			token: mint('hs256', { iss: `https://${LONG}.a.example/${LONG}` }),
			issuer: `https://${LONG}.b.example/${LONG}`
		}
	],
	['an audience differing in case', { token: mint('hs256', { aud: 'api://Orders' }) }],
	['another audience', { token: mint('hs256', { aud: 'https://graph.microsoft.com' }) }],
	['no audience', { token: mint('hs256', { aud: undefined }) }],
	['a space typed after the issuer', { token: mint('hs256'), issuer: `${ISSUER} ` }],
	['a wrong secret', { token: mint('hs256'), key: 'not-the-secret-but-long-enough-to-be-a-secret' }]
];

async function failingReports(): Promise<Array<[string, Report]>> {
	const samples = await Promise.all(
		SAMPLES.map(async (s): Promise<[string, Report]> => [
			`sample ${s.id}`,
			await inspect({ ...(await mintSample(s.id, NOW)), now: NOW })
		])
	);
	const minted = await Promise.all(
		MINTED.map(async ([name, input]): Promise<[string, Report]> => [
			name,
			await inspect({ now: NOW, audience: AUDIENCE, issuer: ISSUER, ...input })
		])
	);
	return [...samples, ...minted].filter(([, r]) => r.verdict === 'invalid');
}

/** The fix's first sentence, as the sentence takes it. */
function firstSentence(text: string): string {
	const end = /[.!?]["”]?(?=\s+[A-Z(])/.exec(text);
	return (end ? text.slice(0, end.index + end[0].length) : text).trim().replace(/\.$/, '');
}

describe('the verdict sentence of a failing report', async () => {
	const reports = await failingReports();

	it('covers the samples that fail and every minted case', () => {
		expect(reports.length).toBeGreaterThanOrEqual(MINTED.length + 5);
	});

	it.each(reports)(
		'%s: ends with the next step, names no spec, acts as the row says',
		(_, report) => {
			const sentence = verdictSentence(report);
			const main = report.checks.find((c) => c.id === sentence.mainCheck)!;
			expect(main.status).toBe('fail');
			expect(sentence.next, sentence.text).toBeDefined();
			expect(sentence.text.endsWith(sentence.next!)).toBe(true);
			expect(sentence.text).not.toMatch(/RFC|§/);
			// One cause, one action: the step is the row's own fix, first sentence.
			expect(main.fix).toBeDefined();
			expect(sentence.next!.replace(/\.$/, '')).toBe(firstSentence(main.fix!));
			// A provider's pitfall leads with its own cause, and its row carries the two values.
			if (Object.hasOwn(PITFALL_STEPS, main.code)) {
				expect(sentence.reason).toContain(PITFALL_STEPS[main.code]!.reason);
				if (main.id === 'iss' || main.id === 'aud') expect(main.diff).toBeDefined();
			}
			// The part of the value that differs is in the sentence, not cut away.
			for (const part of main.diff?.parts ?? [])
				if (part.side !== 'same' && part.text.trim() !== '')
					expect(sentence.text).toContain(part.text);
			// Never a leeway as the step.
			expect(sentence.next).not.toMatch(/leeway/i);
		}
	);

	it('blames a 24-hour token 189 s late on its expiry, and a 60 s token 90 s late on the clocks', () => {
		const text = (name: string) => verdictSentence(reports.find(([n]) => n === name)![1]).text;
		expect(text('a 24-hour token expired 189 s ago')).not.toMatch(/skew|clock|leeway/i);
		expect(text('a 24-hour token expired 189 s ago')).toMatch(/new token/);
		expect(text('a 60 s token expired 90 s ago')).toMatch(/clocks/);
	});
});
