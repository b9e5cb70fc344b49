import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS } from './registry';

describe('the check registry', () => {
	it('lists one check per contract ID, in the contract order', () => {
		expect(CHECKS.map((check) => check.id)).toEqual([...CHECK_IDS]);
	});

	it.each(CHECKS.map((check) => [check.id, check] as const))(
		'gives %s a title and the spec clause it enforces',
		(_, check) => {
			expect(check.title.trim()).not.toBe('');
			expect(check.spec).toMatch(/RFC \d{4}/);
			expect(typeof check.run).toBe('function');
		}
	);
});
