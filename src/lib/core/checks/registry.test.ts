import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS } from './registry';
import { inspectAt, keyText, TOKENS, type KeyName } from '$lib/testing/fixtures';
import type { Report } from '../types';

/** The checks declaring `code`; a code belongs to exactly one check. */
const declaring = (code: string) => CHECKS.filter((check) => check.codes.some((c) => c === code));

/** Each row whose code its check does not declare, as `id: code`. */
function undeclared(report: Report): string[] {
	return report.checks
		.filter((row) => !declaring(row.code).some((check) => check.id === row.id))
		.map((row) => `${row.id}: ${row.code}`);
}

describe('the check registry', () => {
	// The IDs and their order are the page contract's, pinned in ../index.test.ts.
	it('lists each check once, and CHECK_IDS in its order', () => {
		expect(CHECK_IDS).toEqual(CHECKS.map((check) => check.id));
		expect(new Set(CHECK_IDS).size).toBe(CHECKS.length);
	});

	it.each(CHECKS.map((check) => [check.id, check] as const))(
		'gives %s a title, the spec clause it enforces and the codes it concludes with',
		(_, check) => {
			expect(check.title.trim()).not.toBe('');
			expect(check.spec).toMatch(/RFC \d{4}/);
			expect(check.codes.length).toBeGreaterThan(0);
			expect(new Set(check.codes).size).toBe(check.codes.length);
			// A code names its check (share/reported.ts and the editor read the check from it); the base64url
			// faults are the structure check's, named after the encoding (RFC 4648 §5).
			const foreign = check.codes.filter(
				(code) =>
					!code.startsWith(`${check.id}.`) && !(check.id === 'structure' && /^b64\./.test(code))
			);
			expect(foreign).toEqual([]);
		}
	);

	it('gives every code to one check only', () => {
		const shared = CHECKS.flatMap((check) => check.codes).filter(
			(code) => declaring(code).length > 1
		);
		expect(shared).toEqual([]);
	});
});

describe('every code a report shows', () => {
	// The types stop a check from returning a code it does not declare; this holds the same at run time, where a
	// code passed on from key reading, parsing or verification could still escape them (a cast, a JSON value).
	// expectComplete (../fuzz-support.ts) holds it for the nasty corpus and the fuzz properties too.
	const names = Object.keys(TOKENS) as KeyName[];
	it.each(names)(
		'is declared by its check for the %s fixtures, with and without their key',
		async (name) => {
			const token = TOKENS[name]!;
			const reports = await Promise.all([
				inspectAt({ token }),
				inspectAt({ token, key: keyText(name, name.startsWith('hs') ? 'secret' : 'jwk') }),
				inspectAt({
					token,
					key: keyText(
						names.find((other) => other !== name)!,
						'jwk'
					)
				})
			]);
			for (const report of reports) expect(undeclared(report)).toEqual([]);
		}
	);
});
