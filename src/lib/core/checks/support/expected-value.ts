// Names the stray characters at the ends of an expected audience or issuer the user typed. Verifiers compare
// aud and iss exactly (RFC 7519 §4.1.1, §4.1.3; StringOrURI, §2), so a value pasted from a terminal or a
// config file with a trailing space, tab, line break, no-break space or byte order mark matches no token. The
// value is judged as typed, never trimmed, and these characters are named by code point.

/** Characters that cannot be seen at the end of a value: JavaScript's whitespace plus the zero-width ones. */
const INVISIBLE = /[\s\u180e\u200b-\u200d\u2060]/u;

const NAMES: Record<number, string> = {
	0x09: 'tab',
	0x0a: 'line feed',
	0x0b: 'vertical tab',
	0x0c: 'form feed',
	0x0d: 'carriage return',
	0x20: 'space',
	0xa0: 'no-break space',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x2060: 'word joiner',
	0xfeff: 'byte order mark'
};

/**
 * How a typed expected value starts or ends with characters one cannot see, e.g. "ends with a space
 * (U+0020)", or undefined when both ends are visible characters.
 */
export function strayWhitespace(value: string): string | undefined {
	const chars = [...value];
	let start = 0;
	while (start < chars.length && INVISIBLE.test(chars[start]!)) start++;
	if (start === chars.length)
		return chars.length ? `is only whitespace: ${describe(chars)}` : undefined;
	let end = chars.length;
	while (end > start && INVISIBLE.test(chars[end - 1]!)) end--;
	const parts = [
		...(start > 0 ? [`starts with ${describe(chars.slice(0, start))}`] : []),
		...(end < chars.length ? [`ends with ${describe(chars.slice(end))}`] : [])
	];
	return parts.length ? parts.join(' and ') : undefined;
}

/** "a space (U+0020)", "2 spaces (U+0020) and a tab (U+0009)": each run of one character, in order. */
function describe(chars: string[]): string {
	const runs: Array<{ char: string; count: number }> = [];
	for (const char of chars) {
		const last = runs[runs.length - 1];
		if (last?.char === char) last.count++;
		else runs.push({ char, count: 1 });
	}
	return runs
		.map(({ char, count }) => {
			const point = char.codePointAt(0)!;
			const name = NAMES[point] ?? 'invisible character';
			const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
			const article = /^[aeiou]/.test(name) ? 'an' : 'a';
			return `${count === 1 ? `${article} ${name}` : `${count} ${name}s`} (${code})`;
		})
		.join(' and ');
}
