import { describe, expect, it } from 'vitest';
import { normalizeToken } from '../input/normalize';
import { spanInSegment, splitSegments } from './segments';

describe('splitSegments', () => {
	it('splits on dots, keeping each part and its offset', () => {
		const { parts, count, views } = splitSegments(normalizeToken('ab.c.'));
		expect(parts).toEqual([
			{ text: 'ab', at: 0 },
			{ text: 'c', at: 3 },
			{ text: '', at: 5 }
		]);
		expect(count).toBe(3);
		expect(views.map((v) => v.name)).toEqual(['header', 'payload', 'signature']);
	});

	it('names five parts as a JWE', () => {
		const { views } = splitSegments(normalizeToken('a.b.c.d.e'));
		expect(views.map((v) => v.name)).toEqual([
			'header',
			'encrypted_key',
			'iv',
			'ciphertext',
			'tag'
		]);
	});

	it('keeps the rest as one part past 16, and still counts every dot', () => {
		const text = 'x.'.repeat(1000) + 'x';
		const { parts, count } = splitSegments(normalizeToken(text));
		expect(parts).toHaveLength(16);
		expect(parts[15]!.text).toBe('x.'.repeat(985) + 'x');
		expect(count).toBe(1001);
	});

	it('places segments in the pasted text, around what normalising removed', () => {
		const pasted = 'Bearer ab.cd.ef';
		const norm = normalizeToken(pasted);
		const { parts, views } = splitSegments(norm);
		expect(views.map((v) => pasted.slice(v.span.from, v.span.to))).toEqual(['ab', 'cd', 'ef']);
		const span = spanInSegment(norm, parts[1]!)(1, 2);
		expect(pasted.slice(span.from, span.to)).toBe('d');
	});
});
