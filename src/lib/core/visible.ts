// Makes characters that cannot be seen, or that change how the text around them is shown, visible as their
// code point: "admin⟨U+202E⟩nimda" instead of a name that reads backwards. A token is attacker-controlled text,
// and a claim that looks like another is how people are misled (Unicode TR #36 §2, "Visual Security Issues";
// CVE-2021-42574, "Trojan Source", for bidi overrides). Used by every value the core quotes (quoted() in
// ./text.ts), and by the page for the decoded view and the checklist.

// Controls (Cc) but tab, line feed and carriage return, which the caller may keep; format characters (Cf:
// bidi embeddings, overrides and isolates, zero-width space and joiners, the BOM, soft hyphen, tag characters);
// lone surrogates (Cs: a string with one is not well-formed UTF-16); line and paragraph separators; spaces
// other than U+0020 that look like one or like nothing; and the Hangul fillers, which render as blanks. A zero
// width joiner inside an emoji sequence (👩‍💻) is left alone: it is how the emoji is written.
const INVISIBLE =
	/(?<![\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D|[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u115F\u1160\u3164\uFFA0\u034F]|(?!\u200D)\p{Cf}/gu;

/** The code point as shown in place of the character: ⟨U+202E⟩. */
export function codePointLabel(char: string): string {
	const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
	return `⟨U+${hex}⟩`;
}

/**
 * The text with every invisible or misleading character replaced by its ⟨U+XXXX⟩ label. Characters in `keep`
 * (by default line feed and tab, which the checklist's messages use for layout) stay as they are.
 */
export function revealInvisible(text: string, keep = '\n\t'): string {
	INVISIBLE.lastIndex = 0;
	if (!INVISIBLE.test(text)) return text;
	return text.replace(INVISIBLE, (char) => (keep.includes(char) ? char : codePointLabel(char)));
}
