import { describe, expect, it } from 'vitest';
import type { CheckResult, Status } from '$lib/core';
import { countLine, groupChecks } from './checklist-groups';

const row = (id: string, status: Status) => ({ id, status, title: id, detail: '' }) as CheckResult;
const ids = (rows: CheckResult[]) => rows.map((r) => r.id);

describe('groupChecks', () => {
	it('puts failures before warnings, keeping the registry order within each', () => {
		const groups = groupChecks([
			row('structure', 'pass'),
			row('algorithm', 'warn'),
			row('signature', 'fail'),
			row('exp', 'fail'),
			row('lifetime', 'warn'),
			row('aud', 'skip'),
			row('size', 'info')
		]);
		expect(ids(groups.attention)).toEqual(['signature', 'exp', 'algorithm', 'lifetime']);
		expect(ids(groups.passed)).toEqual(['structure']);
		expect(ids(groups.skipped)).toEqual(['aud']);
		expect(ids(groups.notes)).toEqual(['size']);
		expect(groups.empty).toBe(false);
	});

	it('keeps every row in exactly one group', () => {
		const checks = ['pass', 'warn', 'fail', 'skip', 'info', 'pass'].map((s, i) =>
			row(`c${i}`, s as Status)
		);
		const g = groupChecks(checks);
		const all = [...g.attention, ...g.notes, ...g.passed, ...g.skipped].map((r) => r.id).sort();
		expect(all).toEqual(ids(checks).sort());
	});

	it('calls a checklist of skips only empty, and nothing else', () => {
		expect(groupChecks([row('a', 'skip'), row('b', 'skip')]).empty).toBe(true);
		expect(groupChecks([row('a', 'skip'), row('b', 'info')]).empty).toBe(false);
		expect(groupChecks([]).empty).toBe(false);
	});
});

describe('countLine', () => {
	it('counts in the singular and the plural', () => {
		expect(countLine(1, 'passed')).toBe('1 check passed');
		expect(countLine(9, 'passed')).toBe('9 checks passed');
	});
});
