import { describe, expect, it } from 'vitest';
import { addFaults, MAX_FAULTS, structureFault } from './faults';
import { parseToken } from './parse';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
// Each fault's message says which call made it and where it stood, so the order can be read back.
const faults = (n: number, label: string) =>
	Array.from({ length: n }, (_, i) => structureFault('structure.header-json', `${label}.${i}`));

describe('structureFault', () => {
	it('is an error, with a span only when it has one', () => {
		expect(structureFault('structure.header-json', 'm')).toEqual({
			code: 'structure.header-json',
			severity: 'error',
			message: 'm'
		});
		expect('span' in structureFault('structure.header-json', 'm')).toBe(false);
		expect(structureFault('structure.header-json', 'm', { from: 1, to: 2 }).span).toEqual({
			from: 1,
			to: 2
		});
	});
});

describe('addFaults', () => {
	it('appends in order and keeps at most MAX_FAULTS across calls', () => {
		const list = faults(MAX_FAULTS - 2, 'first');
		addFaults(list, faults(5, 'second'));
		expect(list).toHaveLength(MAX_FAULTS);
		expect(list.slice(-3).map((f) => f.message)).toEqual(['first.37', 'second.0', 'second.1']);
		addFaults(list, faults(1, 'third'));
		expect(list.map((f) => f.message)).not.toContain('third.0');
	});
});

describe('parseToken gathers the steps’ faults', () => {
	it('in reading order: segments, header, payload, signature', () => {
		const token = `${b64('{"alg":"HS256","a":1,"a":2}')}.${b64('{"b":1,"b":2}')}.s+g.extra`;
		expect(parseToken(token).faults.map((f) => f.code)).toEqual([
			'structure.segments',
			'structure.duplicate-name',
			'structure.duplicate-name',
			'b64.standard-alphabet'
		]);
	});

	it('keeps the first MAX_FAULTS of a token that has more', () => {
		// Each repeated name is a fault: 30 in the header and 30 in the claims.
		const repeated = '{' + Array.from({ length: 31 }, () => '"a":1').join(',') + '}';
		const parsed = parseToken(`${b64(repeated)}.${b64(repeated)}.sig`);
		expect(parsed.faults).toHaveLength(MAX_FAULTS);
		const spans = parsed.faults.map((f) => f.span!.from);
		// The header's 30 come first, then the first of the claims' until the list is full.
		expect(spans.slice(0, 30).every((from) => from < b64(repeated).length)).toBe(true);
		expect(spans.slice(30).every((from) => from > b64(repeated).length)).toBe(true);
	});
});
