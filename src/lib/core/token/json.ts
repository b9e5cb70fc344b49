// A strict JSON reader (RFC 8259) for headers, claims and keys. `JSON.parse` silently keeps the last of two
// members with the same name and turns 1e400 into Infinity. RFC 7515 §4 and RFC 7519 §4 say member names MUST
// be unique, and let a parser either reject duplicates or keep only the lexically last one, so verifiers can
// read the same token differently. This reader reports both, with offsets, and still returns the value
// JSON.parse would (the last one wins).
import { abbreviate, quoted } from '../text';

export interface JsonIssue {
	code: 'json.duplicate-name' | 'json.non-finite-number';
	message: string;
	from: number;
	to: number;
}

export interface JsonError {
	code: 'json.syntax' | 'json.too-deep';
	message: string;
	from: number;
	to: number;
}

export type JsonResult =
	| { ok: true; value: unknown; issues: JsonIssue[] }
	| { ok: false; error: JsonError; issues: JsonIssue[] };

/** Deeper nesting than this is refused: no real header, claims set or key needs it. */
export const MAX_JSON_DEPTH = 64;

class Failure extends Error {
	constructor(readonly detail: JsonError) {
		super(detail.message);
	}
}

/**
 * The offset of the first bracket that opens more than `max` levels, or -1. An iterative scan, run before the
 * recursive parser so that hostile nesting is refused without a deep call stack; brackets inside strings do
 * not count. It does not validate: the parser reports any syntax error afterwards.
 */
export function excessNestingAt(text: string, max = MAX_JSON_DEPTH): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			// A string: jump to its closing quote, stepping over escapes (a backslash escapes the next character,
			// whatever it is). A claim can be most of a 1 MB token; a regular expression finds its end natively.
			for (;;) {
				QUOTE_OR_BACKSLASH.lastIndex = i + 1;
				const found = QUOTE_OR_BACKSLASH.exec(text);
				if (!found) return -1;
				i = found.index;
				if (text.charCodeAt(i) === 34) break;
				i++;
			}
		} else if (c === 123 || c === 91) {
			if (++depth > max) return i;
		} else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
	}
	return -1;
}

/** Reads JSON text strictly, reporting duplicate member names and numbers that overflow to infinity. */
export function readStrictJson(text: string): JsonResult {
	const issues: JsonIssue[] = [];
	const deepAt = excessNestingAt(text);
	if (deepAt >= 0) {
		return {
			ok: false,
			error: {
				code: 'json.too-deep',
				message: `Nested more than ${MAX_JSON_DEPTH} levels deep: no header, claims set or key needs that, and reading it could exhaust a parser's stack.`,
				from: deepAt,
				to: deepAt + 1
			},
			issues
		};
	}
	let pos = 0;

	const fail = (
		message: string,
		from = pos,
		to = from + 1,
		code: JsonError['code'] = 'json.syntax'
	): never => {
		throw new Failure({ code, message, from, to: Math.min(Math.max(to, from), text.length) });
	};
	const skipSpace = () => {
		for (;;) {
			const c = text.charCodeAt(pos);
			if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
			else return;
		}
	};
	const describe = (at: number) =>
		at >= text.length
			? 'the end of the text'
			: `${quoted(String.fromCodePoint(text.codePointAt(at)!))} at offset ${at}`;

	const parseValue = (depth: number): unknown => {
		skipSpace();
		const c = text[pos];
		if (c === '{') return parseObject(depth + 1);
		if (c === '[') return parseArray(depth + 1);
		if (c === '"') return parseString();
		if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
		if (text.startsWith('true', pos)) return ((pos += 4), true);
		if (text.startsWith('false', pos)) return ((pos += 5), false);
		if (text.startsWith('null', pos)) return ((pos += 4), null);
		return fail(`Expected a JSON value but found ${describe(pos)}.`);
	};

	const parseObject = (depth: number): Record<string, unknown> => {
		if (depth > MAX_JSON_DEPTH)
			fail(`Nested more than ${MAX_JSON_DEPTH} levels deep.`, pos, pos + 1, 'json.too-deep');
		pos++;
		const object: Record<string, unknown> = {};
		skipSpace();
		if (text[pos] === '}') return (pos++, object);
		for (;;) {
			skipSpace();
			if (text[pos] !== '"')
				fail(`Expected a member name in double quotes but found ${describe(pos)}.`);
			const nameFrom = pos;
			const name = parseString();
			const nameTo = pos;
			skipSpace();
			if (text[pos] !== ':')
				fail(`Expected ":" after the member name ${quoted(name)} but found ${describe(pos)}.`);
			pos++;
			const value = parseValue(depth);
			if (Object.hasOwn(object, name)) {
				issues.push({
					code: 'json.duplicate-name',
					message: `The member ${quoted(name)} appears more than once. Member names must be unique (RFC 7515 §4, RFC 7519 §4); parsers either reject the token or keep the last value, so verifiers can disagree on what it says.`,
					from: nameFrom,
					to: nameTo
				});
			}
			// A member named "__proto__" must stay data: assigning it would set the object's prototype instead.
			// Every other name is an own data property when assigned (a plain object inherits no other setter).
			if (name === '__proto__')
				Object.defineProperty(object, name, {
					value,
					enumerable: true,
					writable: true,
					configurable: true
				});
			else object[name] = value;
			skipSpace();
			if (text[pos] === ',') {
				pos++;
				continue;
			}
			if (text[pos] === '}') return (pos++, object);
			fail(`Expected "," or "}" but found ${describe(pos)}.`);
		}
	};

	const parseArray = (depth: number): unknown[] => {
		if (depth > MAX_JSON_DEPTH)
			fail(`Nested more than ${MAX_JSON_DEPTH} levels deep.`, pos, pos + 1, 'json.too-deep');
		pos++;
		const array: unknown[] = [];
		skipSpace();
		if (text[pos] === ']') return (pos++, array);
		for (;;) {
			array.push(parseValue(depth));
			skipSpace();
			if (text[pos] === ',') {
				pos++;
				continue;
			}
			if (text[pos] === ']') return (pos++, array);
			fail(`Expected "," or "]" but found ${describe(pos)}.`);
		}
	};

	const parseString = (): string => {
		const from = pos;
		pos++;
		let out = '';
		for (;;) {
			// The next character that needs a look: a quote, a backslash or a control character.
			STRING_STOP.lastIndex = pos;
			const found = STRING_STOP.exec(text);
			if (!found)
				fail('A string is not closed: the closing double quote is missing.', from, text.length);
			out += text.slice(pos, found!.index);
			pos = found!.index;
			const code = text.charCodeAt(pos);
			if (code === 34) {
				pos++;
				return out;
			}
			if (code < 32)
				fail(
					`A control character (U+${code.toString(16).padStart(4, '0').toUpperCase()}) must be escaped inside a string.`
				);
			if (code === 92) {
				const e = text[pos + 1];
				if (e === 'u') {
					const hex = text.slice(pos + 2, pos + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex))
						fail(`"\\u" must be followed by four hex digits.`, pos, pos + 6);
					out += String.fromCharCode(parseInt(hex, 16));
					pos += 6;
				} else {
					const simple = e === undefined ? undefined : ESCAPES[e];
					if (simple === undefined) fail(`"\\${e ?? ''}" is not a JSON escape.`, pos, pos + 2);
					out += simple;
					pos += 2;
				}
			}
		}
	};

	const parseNumber = (): number => {
		const from = pos;
		NUMBER.lastIndex = pos;
		const match = NUMBER.exec(text);
		if (!match || match[0].length === 0 || match[0] === '-')
			fail(`A number is malformed at offset ${from}.`);
		pos = from + match![0].length;
		const value = Number(match![0]);
		if (!Number.isFinite(value)) {
			issues.push({
				code: 'json.non-finite-number',
				message: `The number ${abbreviate(match![0], 24)} is too large to represent: it becomes Infinity, and verifiers disagree on what it means.`,
				from,
				to: pos
			});
		}
		return value;
	};

	try {
		const value = parseValue(0);
		skipSpace();
		if (pos < text.length)
			fail(`Unexpected ${describe(pos)} after the end of the JSON value.`, pos, text.length);
		return { ok: true, value, issues };
	} catch (error) {
		if (error instanceof Failure) return { ok: false, error: error.detail, issues };
		// A string of thousands of nested brackets could still exhaust the stack despite the depth cap.
		if (error instanceof RangeError) {
			return {
				ok: false,
				error: {
					code: 'json.too-deep',
					message: 'Nested too deeply to read.',
					from: 0,
					to: text.length
				},
				issues
			};
		}
		throw error;
	}
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ESCAPES: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t'
};

const QUOTE_OR_BACKSLASH = /["\\]/g;
const STRING_STOP = /["\\\u0000-\u001f]/g;

// RFC 8259 §6: no leading zeros, no "+", no bare ".5" or "5.".
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
