// No value from the token, the key or the user can make a message look like more, or other, checklist rows:
// every value a message quotes is escaped as in JSON (a quote is \", a line break \n) and its invisible and
// bidi characters are shown by code point (Unicode TR #36 §2; CVE-2021-42574, "Trojan Source").
import { describe, expect, it } from 'vitest';
import { CLAIMS, fixture, inspectAt, keyText, mint, row, signWith } from '$lib/testing/fixtures';
import type { CheckId, Report } from './types';

// Each hostile value, and a piece of how it must read once quoted.
const HOSTILE: Array<[string, string, string]> = [
	[
		'a quote, line breaks and a fake passed row',
		'https://issuer.example"\n\n✓ Pass  Signature — Verified…',
		'\\"\\n\\n✓ Pass'
	],
	['a carriage return', 'api://a\rb', 'a\\rb'],
	['line and paragraph separators', 'x\u2028y\u2029z', 'x⟨U+2028⟩y⟨U+2029⟩z'],
	['a right-to-left override', 'admin\u202Enimda', 'admin⟨U+202E⟩nimda'],
	['bidi isolates', 'a\u2066b\u2067c\u2068d\u2069', 'a⟨U+2066⟩b⟨U+2067⟩c⟨U+2068⟩d⟨U+2069⟩'],
	['a zero-width space', 'ad\u200Bmin', 'ad⟨U+200B⟩min'],
	['a NUL', 'a\u0000b', 'a\\u0000b'],
	['a lone surrogate', 'a\uD800b', 'a\\ud800b']
];

// What must never reach a message raw: line breaks, controls, bidi controls, zero-width characters and
// surrogates without their pair.
const RAW =
	/[\n\r\u0000-\u001F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B-\u200F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const rsa = fixture('rs256');
const jwks = (...keys: object[]) => JSON.stringify({ keys });

// Where each value is placed, and the rows that must quote it.
const PLACES: Array<[string, (value: string) => Promise<Report>, CheckId[]]> = [
	['the issuer', (v) => inspectAt({ token: mint('hs256', { iss: v }) }), ['iss']],
	['the audience', (v) => inspectAt({ token: mint('hs256', { aud: v }) }), ['aud']],
	[
		"the token's kid, not in the key set",
		(v) => inspectAt({ token: mint('rs256', {}, { kid: v }), key: keyText('rs256', 'jwks') }),
		['key']
	],
	['the typ', (v) => inspectAt({ token: mint('hs256', {}, { typ: v }) }), ['typ']],
	[
		'the alg',
		(v) => inspectAt({ token: signWith('hs256', { alg: v, typ: 'JWT' }, CLAIMS) }),
		['algorithm']
	],
	[
		'a crit extension',
		(v) => inspectAt({ token: signWith('hs256', { alg: 'HS256', crit: [v], [v]: 1 }, CLAIMS) }),
		['crit']
	],
	[
		'a scope',
		(v) => inspectAt({ token: mint('hs256', { scp: ['read', v] }), requiredScopes: 'write ' + v }),
		['scope']
	],
	[
		"a single key's kid, not the token's",
		(v) =>
			inspectAt({
				token: mint('rs256'),
				key: JSON.stringify({ ...rsa.publicJwk, kid: v })
			}),
		['key']
	],
	[
		"a key set's key, labelled by its kid",
		(v) =>
			inspectAt({
				token: mint('rs256', {}, { kid: v }),
				key: jwks({ ...rsa.publicJwk, kid: v }, { ...rsa.publicJwk, kid: 'other', use: 'enc' })
			}),
		['key', 'signature']
	]
];

describe('a value never reaches a message raw', () => {
	for (const [place, inspectWith, ids] of PLACES) {
		describe(`in ${place}`, () => {
			it.each(HOSTILE)('%s is shown escaped', async (_, value, escaped) => {
				const report = await inspectWith(value);
				for (const text of reportTexts(report)) expect(text).not.toMatch(RAW);
				// Scopes are split at white space (RFC 6749 §3.3), so a line break ends one scope and starts another.
				if (ids[0] === 'scope' && /\s/.test(value)) return;
				for (const id of ids) expect(rowText(report, id)).toContain(escaped);
			});
		});
	}
});

function rowText(report: Report, id: CheckId): string {
	const check = row(report, id);
	return [check.detail, check.fix ?? '', ...(check.findings ?? []).map((f) => f.message)].join(
		' | '
	);
}

/** Every text the page shows from a report: rows, findings, the key summary and problems, the keys tried. */
export function reportTexts(report: Report): string[] {
	return [
		...report.checks.flatMap((c) => [
			c.detail,
			c.fix ?? '',
			...(c.findings ?? []).map((f) => f.message)
		]),
		report.key.summary,
		...report.key.findings.map((f) => f.message),
		...report.key.keys.flatMap((k) => [k.label, ...k.problems.map((p) => p.message)]),
		...report.signature.tried.flatMap((t) => [t.label, t.reason ?? '']),
		report.signature.verifiedWith ?? ''
	];
}
