import { describe, expect, it } from 'vitest';
import { formatJson, jsonName, objectView } from './json-view';

describe('objectView', () => {
	it('formats each member under its name, nested values formatted with two spaces', () => {
		const view = objectView({ sub: 'u1', aud: ['a', 'b'] });
		expect(view.members).toEqual([
			{ name: 'sub', json: '"u1"', cut: 0 },
			{ name: 'aud', json: '[\n  "a",\n  "b"\n]', cut: 0 }
		]);
		expect(view.more).toBe(0);
	});

	it('cuts a huge value short and says how much was left out', () => {
		const view = objectView({ blob: 'x'.repeat(10_000) }, { maxMembers: 10, maxChars: 100 });
		expect(view.members[0]!.json).toBe(`"${'x'.repeat(100)}…`);
		expect(view.members[0]!.cut).toBe(10_000 - 100);
	});

	it('cuts a huge array or object after formatting it', () => {
		const view = objectView({ list: Array(1000).fill(1) }, { maxMembers: 10, maxChars: 100 });
		expect(view.members[0]!.json).toHaveLength(101);
		expect(view.members[0]!.cut).toBe(JSON.stringify(Array(1000).fill(1), null, 2).length - 100);
	});

	it('shows at most maxMembers members and counts the rest', () => {
		const object = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${i}`, i]));
		const view = objectView(object, { maxMembers: 10, maxChars: 100 });
		expect(view.members).toHaveLength(10);
		expect(view.more).toBe(20);
	});

	it('treats __proto__ and constructor as ordinary names', () => {
		const object = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}');
		expect(objectView(object).members.map((m) => m.name)).toEqual(['__proto__', 'constructor']);
	});
});

describe('formatJson', () => {
	it('says a value is nested too deeply instead of throwing', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 200_000; i++) deep = [deep];
		expect(formatJson(deep)).toBe('(nested too deeply to show)');
	});
});

describe('jsonName', () => {
	it('quotes and escapes a name as JSON does, and shortens an absurd one', () => {
		expect(jsonName('a"b')).toBe('"a\\"b"');
		expect(jsonName('n'.repeat(1000))).toHaveLength(200);
	});
});
