import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKENS } from '$lib/testing/fixtures';
import type { Removal } from '../types';
import { normalizeToken } from './normalize';
import { parseToken } from '../token/parse';

const TOKEN = TOKENS.hs256!;
const [HEADER, PAYLOAD, SIGNATURE] = TOKEN.split('.') as [string, string, string];

/** What each removal covers in the pasted text. */
function removedText(pasted: string, removal: Removal): string {
	return pasted.slice(removal.span.from, removal.span.to);
}

describe('normalizeToken', () => {
	it('keeps a bare token as it is and removes nothing', () => {
		const norm = normalizeToken(TOKEN);
		expect(norm.text).toBe(TOKEN);
		expect(norm.removed).toEqual([]);
		expect(norm.toSource(0, TOKEN.length)).toEqual({ from: 0, to: TOKEN.length });
	});

	it.each([
		['surrounding spaces and tabs', ` \t${TOKEN}\t `, ['whitespace', 'whitespace']],
		['a trailing newline', `${TOKEN}\n`, ['whitespace']],
		[
			'a no-break space and a byte order mark',
			`\uFEFF${TOKEN}\u00A0`,
			['whitespace', 'whitespace']
		],
		['double quotes', `"${TOKEN}"`, ['quotes']],
		['single quotes', `'${TOKEN}'`, ['quotes']],
		['backticks', `\`${TOKEN}\``, ['quotes']],
		[
			'quotes with whitespace outside and inside',
			` " ${TOKEN} " `,
			['whitespace', 'whitespace', 'quotes', 'whitespace', 'whitespace']
		],
		['a "Bearer " prefix', `Bearer ${TOKEN}`, ['prefix']],
		['a lower-case "bearer " prefix', `bearer ${TOKEN}`, ['prefix']],
		['a "BEARER" prefix followed by a tab', `BEARER\t${TOKEN}`, ['prefix']],
		['an "Authorization: Bearer " header', `Authorization: Bearer ${TOKEN}`, ['prefix']],
		[
			'an "authorization:bearer" header without spaces',
			`authorization:bearer ${TOKEN}`,
			['prefix']
		],
		['a "DPoP " prefix', `DPoP ${TOKEN}`, ['prefix']],
		['an "Authorization: DPoP " header', `Authorization: DPoP ${TOKEN}`, ['prefix']],
		['an "Authorization: " header without a scheme', `Authorization: ${TOKEN}`, ['prefix']],
		['a quoted header', `"Authorization: Bearer ${TOKEN}"`, ['quotes', 'prefix']],
		['a header with a quoted token', `Authorization: Bearer '${TOKEN}'`, ['prefix', 'quotes']],
		['a scheme on its own line', `Bearer\n  ${TOKEN}`, ['prefix']]
	])('strips %s', (_, pasted, kinds) => {
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(TOKEN);
		expect(norm.removed.map((r) => r.kind)).toEqual(kinds);
		const start = pasted.indexOf(TOKEN);
		expect(norm.toSource(0, TOKEN.length)).toEqual({ from: start, to: start + TOKEN.length });
	});

	it('says what each removal was and where it sat in the pasted text', () => {
		const pasted = `  "Authorization: Bearer ${TOKEN}"\n`;
		const { removed } = normalizeToken(pasted);
		expect(removed).toEqual([
			{ kind: 'whitespace', text: '  ', span: { from: 0, to: 2 } },
			{ kind: 'whitespace', text: '\n', span: { from: pasted.length - 1, to: pasted.length } },
			{ kind: 'quotes', text: '""', span: { from: 2, to: 3 } },
			{ kind: 'prefix', text: 'Authorization: Bearer', span: { from: 3, to: 25 } }
		]);
		for (const removal of removed.filter((r) => r.kind !== 'quotes')) {
			expect(removedText(pasted, removal).trim()).toBe(removal.text.trim());
		}
		expect(removedText(pasted, removed[2]!)).toBe('"');
	});

	it('joins a token broken across indented lines and counts the breaks', () => {
		const pasted = `${HEADER}.\n    ${PAYLOAD}  \n\t.${SIGNATURE}`;
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(TOKEN);
		expect(norm.removed).toEqual([
			{
				kind: 'line-breaks',
				text: '2 line breaks',
				span: { from: HEADER.length + 1, to: pasted.length - SIGNATURE.length - 1 }
			}
		]);
	});

	it('joins lines ending in CRLF', () => {
		const pasted = `${TOKEN.slice(0, 40)}\r\n${TOKEN.slice(40, 90)}\r\n${TOKEN.slice(90)}\r\n`;
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(TOKEN);
		expect(norm.removed.map((r) => [r.kind, r.text])).toEqual([
			['whitespace', '\r\n'],
			['line-breaks', '2 line breaks']
		]);
	});

	it('says "1 line break" for a single break', () => {
		const norm = normalizeToken(`${TOKEN.slice(0, 10)}\n${TOKEN.slice(10)}`);
		expect(norm.removed.map((r) => r.text)).toEqual(['1 line break']);
	});

	it('leaves a space inside a line in place when not repairing, so that it is reported rather than silently accepted', () => {
		const pasted = `${HEADER}.${PAYLOAD.slice(0, 8)} ${PAYLOAD.slice(8)}.${SIGNATURE}`;
		const norm = normalizeToken(pasted, { repair: false });
		expect(norm.text).toBe(pasted);
		expect(norm.removed).toEqual([]);
		// Repairing reads it as a "-" left by form decoding, as a guess (input/repair.ts); the token reader goes
		// back to the pasted reading when that guess does not give a token that reads (token/parse.ts).
		expect(normalizeToken(pasted).repaired).toBe('guess');
		expect(parseToken(pasted).faults.map((f) => f.code)).toContain('b64.alphabet');
	});

	it.each([
		['an unmatched opening quote', `"${TOKEN}`],
		['mismatched quotes', `"${TOKEN}'`],
		['a scheme with no space after it', `Bearer${TOKEN}`]
	])('does not strip %s', (_, pasted) => {
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe(pasted);
		expect(norm.removed).toEqual([]);
	});

	it.each([
		['empty text', ''],
		['only whitespace', ' \n\t '],
		['empty quotes', '""'],
		['quotes around a space', '" "']
	])('gives an empty token for %s', (_, pasted) => {
		const norm = normalizeToken(pasted);
		expect(norm.text).toBe('');
		const span = norm.toSource(0, 0);
		expect(span.from).toBe(span.to);
	});

	it('maps an empty range at a line break to a point in the pasted text', () => {
		const pasted = `${TOKEN.slice(0, 10)}\n  ${TOKEN.slice(10)}`;
		const span = normalizeToken(pasted).toSource(10, 10);
		expect(span.from).toBe(span.to);
		expect([10, 13]).toContain(span.from);
	});

	it('maps a range across a line break to a span that covers the break', () => {
		const pasted = `Bearer ${TOKEN.slice(0, 10)}\n  ${TOKEN.slice(10)}`;
		const span = normalizeToken(pasted).toSource(8, 12);
		expect(pasted.slice(span.from, span.to)).toBe(
			`${TOKEN.slice(8, 10)}\n  ${TOKEN.slice(10, 12)}`
		);
	});

	it('maps every character of the token back to the same character in the pasted text, wherever the lines break', () => {
		const lineBreak = fc.record({
			at: fc.integer({ min: 0, max: TOKEN.length }),
			before: fc.constantFrom('', ' ', '\t', '  '),
			newline: fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
			indent: fc.constantFrom('', ' ', '    ', '\t', ' \t ')
		});
		const wrapper = fc.constantFrom(
			['', ''],
			['Bearer ', ''],
			['Authorization: Bearer ', '\n'],
			['"', '"'],
			['  ', '  ']
		);
		fc.assert(
			fc.property(fc.array(lineBreak, { maxLength: 8 }), wrapper, (breaks, [before, after]) => {
				const cuts = [...breaks].sort((a, b) => a.at - b.at);
				let pasted = before;
				let last = 0;
				for (const cut of cuts) {
					pasted += TOKEN.slice(last, cut.at) + cut.before + cut.newline + cut.indent;
					last = cut.at;
				}
				pasted += TOKEN.slice(last) + after;

				const norm = normalizeToken(pasted);
				expect(norm.text).toBe(TOKEN);
				for (let i = 0; i < TOKEN.length; i++) {
					const span = norm.toSource(i, i + 1);
					expect(span.to - span.from).toBe(1);
					expect(pasted[span.from]).toBe(TOKEN[i]);
				}
				// A range maps to a span that starts and ends on the range's own characters.
				const whole = norm.toSource(0, TOKEN.length);
				expect(pasted.slice(whole.from, whole.to).replace(/\s+/g, '')).toBe(TOKEN);
				expect(whole.from).toBe(norm.toSource(0, 1).from);
				expect(whole.to).toBe(norm.toSource(TOKEN.length - 1, TOKEN.length).to);
			})
		);
	});
});
