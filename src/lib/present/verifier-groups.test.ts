import { describe, expect, it } from 'vitest';
import type { VerifierVerdict } from '$lib/diagnosis/verifiers';
import { groupVerdicts } from './verifier-groups';

const verdict = (id: string, accepts: VerifierVerdict['accepts'], reasons: string[] = []) =>
	({ id, name: id, leewaySeconds: 0, summary: '', accepts, reasons }) as unknown as VerifierVerdict;

describe('groupVerdicts', () => {
	it('gives one group to verifiers that all reject for the same reason', () => {
		const all = ['a', 'b', 'c'].map((id) => verdict(id, 'no', ['Issuer mismatch.']));
		const groups = groupVerdicts(all);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.headline).toBe('All 3 reject');
		expect(groups[0]!.verifiers.map((v) => v.id)).toEqual(['a', 'b', 'c']);
	});

	it('keeps apart the same answer given for different reasons, and different answers', () => {
		const groups = groupVerdicts([
			verdict('a', 'no', ['Expired.']),
			verdict('b', 'yes'),
			verdict('c', 'no', ['Expired.', 'Issuer mismatch.']),
			verdict('d', 'yes'),
			verdict('e', 'no', ['Expired.'])
		]);
		expect(groups.map((g) => [g.headline, g.verifiers.map((v) => v.id).join('')])).toEqual([
			['2 reject', 'ae'],
			['2 accept', 'bd'],
			['Rejects', 'c']
		]);
	});

	it('names a lone answer without a count', () => {
		expect(groupVerdicts([verdict('a', 'unknown', ['No key.'])])[0]!.headline).toBe('Cannot tell');
	});
});
