// Properties of the verdict sentence over many failing reports, the samples and minted cases (issue 16, item
// 5): it always ends with the next step, names no spec (those stay in the row), takes its action from the
// failing row's fix, and keeps the part of a value that differs.
import { PITFALL_STEPS } from './pitfall-steps';
import { describe, expect, it } from 'vitest';
import { inspect, type InspectInput, type Report } from '$lib/core';
import { AUDIENCE, ISSUER, mint, NOW, NOW_SECONDS } from '$lib/testing/fixtures';
import { mintSample, SAMPLES } from '$lib/samples/samples';
import { MAX_SENTENCE, verdictSentence } from './verdict';

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

/** The first words of a row's detail, as the sentence's reason starts: "this is not a JWT: it is a PASETO…". */
function leadOf(detail: string, words: number): string {
	const lead = detail.split(' ').slice(0, words).join(' ');
	return /^[A-Z][a-z]/.test(lead) ? lead.charAt(0).toLowerCase() + lead.slice(1) : lead;
}

/** What a format's detail says the value is: "a PASETO v4.public token", "a GitHub personal access token". */
function nameIn(detail: string): string {
	const after =
		/^This (?:is not a (?:JWT|token): it (?:is|looks like)|has the shape of|looks like) /.exec(
			detail
		);
	const rest = after ? detail.slice(after[0].length) : detail;
	return rest.split(/,|\. | \(|:/)[0]!;
}

// Issue 17/19 follow-up: a long next step cut the reason to "this is not a JWT: it …." The sentence keeps the
// reason's meaning: the step is shortened first, a cut falls on a word, and no "…" is followed by a stop.
describe('the verdict sentence of a value that cannot be read as a JWT', async () => {
	const { NASTY } = await import('$lib/testing/corpus');
	const { formatValues } = await import('$lib/testing/format-values');
	const { FORMAT_CODES } = await import('$lib/core/formats/index');
	const formats = await Promise.all(
		(await formatValues()).map(async ([name, token, code]) => {
			const report = await inspect({ token, now: NOW });
			return [name, code, report] as const;
		})
	);
	const broken = (
		await Promise.all(
			NASTY.map(async (entry) => {
				const report = await inspect({ token: entry.token, key: entry.key, now: NOW });
				return [entry.name, report] as const;
			})
		)
	).filter(([, r]) => {
		const structure = r.checks.find((c) => c.id === 'structure')!;
		return (
			structure.status === 'fail' && !(FORMAT_CODES as readonly string[]).includes(structure.code)
		);
	});

	it('covers every format and every structure code of a value that is not a JWT', () => {
		const named = new Set(formats.map(([, code]) => code));
		expect(new Set(formats.map(([, , r]) => r.format))).toEqual(
			new Set([
				'github-token',
				'slack-token',
				'stripe-key',
				'aws-access-key',
				'google-access-token',
				'microsoft-account-ticket',
				'paseto',
				'branca',
				'macaroon',
				'saml',
				'session-cookie',
				'basic-auth',
				'opaque'
			])
		);
		for (const [, code, report] of formats) expect(report.checks[0]!.code).toBe(code);
		// Every family has a value; within SAML, the two codes only a huge or broken message gets are left out.
		const left = FORMAT_CODES.filter((c) => !named.has(c));
		expect(left).toEqual([
			'structure.saml-assertion',
			'structure.saml-too-large',
			'structure.saml-unreadable'
		]);
		expect(broken.length).toBeGreaterThan(10);
	});

	const cases = [
		...formats.map(([name, , report]) => [name, report] as const),
		...broken.map(([name, report]) => [`broken: ${name}`, report] as const)
	];
	it.each(cases)('%s: names what it is, fits, cuts on a word', (_, report) => {
		const sentence = verdictSentence(report);
		const structure = report.checks.find((c) => c.id === 'structure')!;
		expect(sentence.mainCheck).toBe('structure');
		for (const text of [sentence.text, sentence.announcement]) {
			expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE);
			expect(text).not.toMatch(/…\./);
			// A cut falls between words: never "char…" in the middle of one.
			expect(text).not.toMatch(/[A-Za-z]…(?![)"”\s,.]|$)/u);
		}
		// The reason is kept: whole, or at least 60 characters of it.
		if (sentence.reason.endsWith('…')) expect(sentence.reason.length).toBeGreaterThanOrEqual(60);
		expect(sentence.text).toContain(leadOf(structure.detail, 3));
		if ((FORMAT_CODES as readonly string[]).includes(structure.code))
			expect(sentence.reason).toContain(nameIn(structure.detail));
		// The step is the fix's first sentence, or its first clauses (an aside in brackets may go).
		if (structure.fix && sentence.next) {
			const plain = (text: string) => text.replace(/ \([^()"]*\)/g, '');
			const step = plain(sentence.next.replace(/[.…]$/, ''));
			expect(plain(firstSentence(structure.fix)).startsWith(step), sentence.next).toBe(true);
		}
	});
});
