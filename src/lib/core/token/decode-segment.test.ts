import { describe, expect, it } from 'vitest';
import { decodeSegment, decodeSegmentText, readSegmentJson } from './decode-segment';

// Spans in the segment itself: the mapping to the pasted text is segments.ts's job.
const inSegment = (from: number, to: number) => ({ from, to });
const b64 = (data: string | number[]) =>
	Buffer.from(typeof data === 'string' ? Buffer.from(data) : data).toString('base64url');

describe('decodeSegment', () => {
	it('gives the bytes and no fault for clean base64url', () => {
		expect(decodeSegment(b64('hi!'), 'header', inSegment)).toEqual({
			value: new Uint8Array(Buffer.from('hi!')),
			faults: []
		});
	});

	it('faults each misuse where it is, and still decodes', () => {
		const read = decodeSegment('ab+c', 'payload', inSegment);
		expect(read.faults.map((f) => [f.code, f.span])).toEqual([
			['b64.standard-alphabet', { from: 2, to: 3 }]
		]);
		expect(read.value).toHaveLength(3);
	});
});

describe('decodeSegmentText', () => {
	it('decodes UTF-8 without a fault', () => {
		expect(
			decodeSegmentText(new Uint8Array(Buffer.from('{"a":"é"}')), 'header', 12, inSegment)
		).toEqual({ value: '{"a":"é"}', faults: [] });
	});

	it.each([
		['header', 'structure.header-utf8'],
		['payload', 'structure.payload-utf8']
	] as const)('faults a bad byte in the %s on the characters carrying it', (part, code) => {
		// Byte 3 is bad: base64url characters 4 and 5 carry its bits (4·8/6 = 4, ⌈4·8/6⌉ = 6).
		const bytes = [0x7b, 0x22, 0x61, 0xff, 0x7d];
		const read = decodeSegmentText(new Uint8Array(bytes), part, b64(bytes).length, inSegment);
		expect(read.faults.map((f) => [f.code, f.span])).toEqual([[code, { from: 4, to: 6 }]]);
		expect(read.value).toBe('{"a\uFFFD}');
	});
});

describe('readSegmentJson', () => {
	it('gives the value of strict JSON', () => {
		expect(readSegmentJson('{"a":[1]}', 'header', 12, inSegment, 40)).toEqual({
			value: { a: [1] },
			faults: [],
			strict: true
		});
	});

	it.each([
		['header', '{"a":', 'structure.header-json'],
		['claims', '{"a":', 'structure.claims-json'],
		['claims', '['.repeat(65) + ']'.repeat(65), 'structure.claims-too-deep']
	] as const)('gives no value for bad JSON in the %s (%s)', (what, json, code) => {
		const read = readSegmentJson(json, what, b64(json).length, inSegment, 40);
		expect('value' in read).toBe(false);
		expect(read.faults.map((f) => f.code)).toEqual([code]);
	});

	it('faults repeated names and infinite numbers, and says the JSON is not strict', () => {
		const json = '{"a":1,"a":2,"b":1e999}';
		const read = readSegmentJson(json, 'claims', b64(json).length, inSegment, 40);
		expect(read.value).toEqual({ a: 2, b: Infinity });
		expect(read.faults.map((f) => f.code)).toEqual([
			'structure.duplicate-name',
			'structure.non-finite-number'
		]);
		expect(read.strict).toBe(false);
	});

	it('faults no more issues than the room left, yet counts them all in strict', () => {
		const json = '{"a":1,"a":2,"a":3}';
		const read = readSegmentJson(json, 'header', b64(json).length, inSegment, 1);
		expect(read.faults).toHaveLength(1);
		expect(read.strict).toBe(false);
		const full = readSegmentJson(json, 'header', b64(json).length, inSegment, 0);
		expect(full.faults).toEqual([]);
		expect(full.strict).toBe(false);
	});

	it('places a fault on the base64url characters of its bytes', () => {
		const json = '{"é":1,"é":2}';
		const [fault] = readSegmentJson(json, 'header', b64(json).length, inSegment, 40).faults;
		const segment = b64(json);
		// The second "é" member starts after 8 bytes ('{"é":1,' is 8 bytes in UTF-8).
		expect(fault!.span!.from).toBe(Math.floor((8 * 8) / 6));
		expect(fault!.span!.to).toBeLessThanOrEqual(segment.length);
	});
});
