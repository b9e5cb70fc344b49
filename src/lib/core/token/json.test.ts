import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, excessNestingAt, isJsonObject, readStrictJson } from './json';

function valueOf(text: string): unknown {
	const result = readStrictJson(text);
	expect(result.ok, text).toBe(true);
	return result.ok ? result.value : undefined;
}

describe('readStrictJson', () => {
	it.each([
		['an object', '{"alg":"HS256","typ":"JWT"}'],
		['an array', '[1,"two",true,false,null]'],
		[
			'numbers in every allowed form',
			'[0,-0,1,-1,1.5,-0.25,1e3,1E+3,2e-3,123456789012345678901234567890]'
		],
		['whitespace around every token', ' \t\r\n{ "a" : [ 1 , 2 ] , "b" : { } } \n'],
		['every simple escape', '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"'],
		['unicode escapes', '"\\u00e9\\u20AC\\ud83d\\ude00"'],
		['non-ASCII text as it is', '{"name":"Zoë 😀"}'],
		['a bare string', '"text"'],
		['a bare number', '42'],
		['a bare literal', 'null']
	])('reads %s exactly as JSON.parse does', (_, text) => {
		expect(readStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text), issues: [] });
	});

	it('accepts a lone surrogate written as an escape, as JSON.parse does', () => {
		expect(valueOf('"\\ud800"')).toBe('\uD800');
		expect(valueOf('"x\\udc00y"')).toBe('x\uDC00y');
	});

	it.each([
		['a leading zero', '{"exp":01}', 8],
		['a leading zero at the top', '00', 1],
		['a trailing comma in an object', '{"a":1,}', 7],
		['a trailing comma in an array', '[1,]', 3],
		['a missing comma', '{"a":1 "b":2}', 7],
		['single-quoted names', "{'a':1}", 1],
		['single-quoted strings', '{"a":\'x\'}', 5],
		['unquoted names', '{a:1}', 1],
		['NaN', '{"exp":NaN}', 7],
		['Infinity', '[Infinity]', 1],
		['-Infinity', '[-Infinity]', 1],
		['a plus sign', '[+1]', 1],
		['a bare fraction', '[.5]', 1],
		['a dot with no digits after it', '[1.]', 2],
		['an exponent with no digits', '[1e]', 2],
		['hexadecimal', '[0x10]', 2],
		['a line comment', '{"a":1 // why\n}', 7],
		['a block comment', '{/* x */"a":1}', 1],
		['a raw tab inside a string', '"a\tb"', 2],
		['a raw newline inside a string', '"a\nb"', 2],
		['a raw NUL inside a string', '"\u0000"', 1],
		['an unknown escape', '"\\x41"', 1],
		['an escaped single quote', '"\\\'"', 1],
		['a short unicode escape', '"\\u12"', 1],
		['a unicode escape with a non-hex digit', '"\\u12G4"', 1],
		['a capital U escape', '"\\U0041"', 1],
		['an unclosed string', '{"a":"b', 5],
		['an unclosed object', '{"a":1', 6],
		['an unclosed array', '[1,2', 4],
		['a missing colon', '{"a" 1}', 5],
		['a misspelt literal', '[tru]', 1],
		['text after the value', '{} {}', 3],
		['a literal run into letters', 'truex', 4],
		['a byte order mark', '\uFEFF{}', 0],
		['a no-break space', '\u00A0{}', 0],
		['a form feed between tokens', '{\f}', 1],
		['nothing at all', '', 0],
		['only whitespace', '  ', 2]
	])('rejects %s', (_, text, at) => {
		const result = readStrictJson(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe('json.syntax');
		expect(result.error.from).toBe(at);
		expect(result.error.to).toBeGreaterThanOrEqual(result.error.from);
		expect(result.error.to).toBeLessThanOrEqual(text.length);
		// JSON.parse agrees that it is not JSON (it accepts none of these either).
		expect(() => JSON.parse(text)).toThrow();
	});

	describe('duplicate member names', () => {
		it('reports each repeat with the offsets of its name, and keeps the last value as JSON.parse does', () => {
			const text = '{"alg":"RS256","typ":"JWT","alg":"none"}';
			const result = readStrictJson(text);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.value).toEqual(JSON.parse(text));
			expect(result.issues.map((i) => [i.code, text.slice(i.from, i.to)])).toEqual([
				['json.duplicate-name', '"alg"']
			]);
			expect(result.issues[0]!.from).toBe(text.lastIndexOf('"alg"'));
		});

		it('says names must be unique and that parsers may reject or keep the last, not that RFCs require rejecting', () => {
			const [issue] = readStrictJson('{"exp":1,"exp":2}').issues;
			expect(issue!.message).toContain('must be unique (RFC 7515 §4, RFC 7519 §4)');
			expect(issue!.message).toContain('either reject the token or keep the last value');
			expect(issue!.message).not.toMatch(/require[sd]? reject/);
		});

		it('reports a name repeated three times twice', () => {
			const text = '{"a":1,"a":2,"a":3}';
			const result = readStrictJson(text);
			expect(result.issues.map((i) => i.from)).toEqual([7, 13]);
		});

		it('recognises a repeat written with an escape', () => {
			const text = '{"exp":1,"\\u0065xp":2}';
			const result = readStrictJson(text);
			expect(result.issues.map((i) => text.slice(i.from, i.to))).toEqual(['"\\u0065xp"']);
		});

		it('judges each object on its own', () => {
			expect(readStrictJson('{"a":{"a":1},"b":[{"a":2},{"a":3}]}').issues).toEqual([]);
		});

		it('reports a repeat inside a nested object', () => {
			const text = '{"cnf":{"jkt":"x","jkt":"y"}}';
			const result = readStrictJson(text);
			expect(result.issues.map((i) => [i.code, i.from])).toEqual([['json.duplicate-name', 18]]);
		});
	});

	describe('"__proto__"', () => {
		it('stays an own data member and does not change the prototype', () => {
			const value = valueOf('{"__proto__":{"admin":true},"sub":"x"}');
			expect(isJsonObject(value)).toBe(true);
			if (!isJsonObject(value)) return;
			expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
			expect(Object.hasOwn(value, '__proto__')).toBe(true);
			expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ admin: true });
			expect((value as { admin?: unknown }).admin).toBeUndefined();
			expect(Object.keys(value)).toEqual(['__proto__', 'sub']);
		});

		it('matches what JSON.parse builds', () => {
			const text = '{"a":{"__proto__":[1]},"__proto__":null}';
			expect(valueOf(text)).toEqual(JSON.parse(text));
		});

		it('is reported when repeated, like any other name', () => {
			const result = readStrictJson('{"__proto__":1,"__proto__":2}');
			expect(result.issues.map((i) => i.code)).toEqual(['json.duplicate-name']);
		});
	});

	describe('numbers beyond a double', () => {
		it.each([
			['1e400', Infinity],
			['-1e400', -Infinity],
			['1' + '0'.repeat(400), Infinity]
		])('reads %s as %d and reports it', (number, value) => {
			const text = `{"exp":${number}}`;
			const result = readStrictJson(text);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.value).toEqual({ exp: value });
			expect(result.issues.map((i) => [i.code, text.slice(i.from, i.to)])).toEqual([
				['json.non-finite-number', number]
			]);
		});

		it('quotes an overlong number in at most 24 characters', () => {
			const [issue] = readStrictJson(`[1${'0'.repeat(400)}]`).issues;
			expect(issue!.message).toContain(`The number 1${'0'.repeat(22)}… is too large`);
		});

		it('does not report a number that underflows to zero', () => {
			expect(readStrictJson('[1e-400]')).toEqual({ ok: true, value: [0], issues: [] });
		});
	});

	describe('nesting depth', () => {
		const nested = (depth: number, open = '[', close = ']') =>
			open.repeat(depth) + close.repeat(depth);

		it(`reads arrays nested ${MAX_JSON_DEPTH} deep`, () => {
			expect(readStrictJson(nested(MAX_JSON_DEPTH)).ok).toBe(true);
		});

		it(`refuses arrays nested ${MAX_JSON_DEPTH + 1} deep, pointing at the bracket too many`, () => {
			const result = readStrictJson(nested(MAX_JSON_DEPTH + 1));
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.error).toMatchObject({ code: 'json.too-deep', from: MAX_JSON_DEPTH });
		});

		it('counts objects and arrays alike', () => {
			const deep = '{"a":'.repeat(40) + '['.repeat(25) + ']'.repeat(25) + '}'.repeat(40);
			const result = readStrictJson(deep);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error.code).toBe('json.too-deep');
		});

		it('refuses deep nesting by an iterative scan, before any recursion', () => {
			expect(excessNestingAt('['.repeat(1_000_000))).toBe(MAX_JSON_DEPTH);
			expect(excessNestingAt(nested(MAX_JSON_DEPTH))).toBe(-1);
		});

		it('does not count brackets inside strings, escaped quotes included', () => {
			const text = `{"a":"${'['.repeat(200)}\\\"${'{'.repeat(200)}"}`;
			expect(excessNestingAt(text)).toBe(-1);
			expect(readStrictJson(text).ok).toBe(true);
		});

		it('refuses a hundred thousand open brackets without exhausting the stack', () => {
			const result = readStrictJson('['.repeat(100_000));
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error.code).toBe('json.too-deep');
		});
	});

	it('keeps issues found before a syntax error', () => {
		const result = readStrictJson('{"a":1,"a":2,');
		expect(result.ok).toBe(false);
		expect(result.issues.map((i) => i.code)).toEqual(['json.duplicate-name']);
	});
});

describe('readStrictJson and JSON.parse', () => {
	it('read any JSON text alike, escapes, unicode and nesting included', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.json({ maxDepth: 8 }), fc.json({ maxDepth: 3, stringUnit: 'binary' })),
				(text) => {
					expect(excessNestingAt(text)).toBe(-1);
					const result = readStrictJson(text);
					expect(result.ok).toBe(true);
					if (result.ok) expect(result.value).toEqual(JSON.parse(text));
				}
			)
		);
	});

	it('refuse the same texts: any JSON with one character removed or changed', () => {
		fc.assert(
			fc.property(
				fc.json({ maxDepth: 4 }),
				fc.nat(),
				fc.constantFrom('', '"', '\\', '{', '}', '[', ']', ',', ':', '\u0001', 'x'),
				(text, at, swap) => {
					const i = at % text.length;
					const changed = text.slice(0, i) + swap + text.slice(i + 1);
					let native = true;
					try {
						JSON.parse(changed);
					} catch {
						native = false;
					}
					expect(readStrictJson(changed).ok).toBe(native);
				}
			)
		);
	});
});

describe('isJsonObject', () => {
	it.each([
		[{}, true],
		[{ a: 1 }, true],
		[[], false],
		[null, false],
		['{}', false],
		[1, false]
	])('says %j is %s', (value, expected) => {
		expect(isJsonObject(value)).toBe(expected);
	});
});
