import { describe, expect, it } from 'vitest';
import { codePointLabel, revealInvisible } from './visible';

describe('revealInvisible', () => {
	it.each([
		['a bidi override (Trojan Source)', 'admin\u202Enimda', 'admin⟨U+202E⟩nimda'],
		['a right-to-left isolate', 'x\u2067y\u2069', 'x⟨U+2067⟩y⟨U+2069⟩'],
		['a left-to-right mark', 'a\u200Eb', 'a⟨U+200E⟩b'],
		['a zero-width space', 'ad\u200Bmin', 'ad⟨U+200B⟩min'],
		['a zero-width joiner between letters', 'a\u200Db', 'a⟨U+200D⟩b'],
		['a byte order mark', '\uFEFFsub', '⟨U+FEFF⟩sub'],
		['a NUL and an escape', 'a\u0000b\u001B', 'a⟨U+0000⟩b⟨U+001B⟩'],
		['a C1 control', 'a\u0085b', 'a⟨U+0085⟩b'],
		['a lone high surrogate', 'a\uD800b', 'a⟨U+D800⟩b'],
		['a lone low surrogate', 'a\uDC00', 'a⟨U+DC00⟩'],
		['a no-break space', 'api\u00A0one', 'api⟨U+00A0⟩one'],
		['a Hangul filler', 'a\u3164b', 'a⟨U+3164⟩b'],
		['a tag character', 'a\u{E0041}', 'a⟨U+E0041⟩'],
		['a line separator', 'a\u2028b', 'a⟨U+2028⟩b'],
		['a soft hyphen', 'ad\u00ADmin', 'ad⟨U+00AD⟩min']
	])('shows %s by its code point', (_, text, shown) => {
		expect(revealInvisible(text)).toBe(shown);
	});

	it.each([
		['plain ASCII', 'https://issuer.example/ sub 42'],
		['accented and CJK letters', 'Zoë 東京'],
		['an emoji ZWJ sequence', 'dev 👩‍💻 and 👨‍👩‍👧'],
		['a paired surrogate (an emoji)', '🙂'],
		['line feeds and tabs, kept by default', 'one\n\ttwo']
	])('leaves %s alone', (_, text) => {
		expect(revealInvisible(text)).toBe(text);
	});

	it('shows line feeds too when asked to keep nothing', () => {
		expect(revealInvisible('a\nb', '')).toBe('a⟨U+000A⟩b');
	});

	it('pads short code points to four hex digits', () => {
		expect(codePointLabel('\u0007')).toBe('⟨U+0007⟩');
	});

	it('gives the same answer when called again (no regex state leaks between calls)', () => {
		expect(revealInvisible('a\u202Eb')).toBe('a⟨U+202E⟩b');
		expect(revealInvisible('a\u202Eb')).toBe('a⟨U+202E⟩b');
	});
});
