// Properties of inspect over inputs no one would write by hand: random text never breaks it or passes as
// valid, and no single-character change to a signed token survives verification.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from './index';
import { inspectAt, keyText, part, TOKENS, type KeyName } from './test-support';

const RUNS = 400;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64urlChar = fc.constantFrom(...B64URL);
const segment = fc.string({ unit: b64urlChar, maxLength: 120 });

const junk = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.string({ unit: fc.constantFrom(...B64URL, '.'), maxLength: 300 }),
	fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
	// A real-looking header over random payload and signature: gets as far as verification.
	fc
		.tuple(fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA', 'none'), segment, segment)
		.map(([alg, payload, signature]) => `${part({ alg, typ: 'JWT' })}.${payload}.${signature}`)
);
const anyKey = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.constantFrom(...(['hs256', 'rs256', 'es256', 'eddsa'] as const).map((n) => keyFor(n)))
);

function keyFor(name: KeyName): string {
	return keyText(name, name.startsWith('hs') ? 'secret' : 'jwk');
}

describe('inspect on arbitrary input', () => {
	it('never throws, always reports the 14 checks in order, and is never valid', async () => {
		await fc.assert(
			fc.asyncProperty(junk, fc.option(anyKey, { nil: undefined }), async (token, key) => {
				const report = await inspectAt({ token, key });
				expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
				expect(report.verdict).not.toBe('valid');
			}),
			{ numRuns: RUNS }
		);
	});
});

type Mutation =
	| { kind: 'replace'; at: number; char: string }
	| { kind: 'delete'; at: number }
	| { kind: 'insert'; at: number; char: string };

/** Applies one single-character change; `at` is reduced into range for the token it is applied to. */
function mutate(token: string, m: Mutation): string {
	if (m.kind === 'insert') {
		const at = m.at % (token.length + 1);
		return token.slice(0, at) + m.char + token.slice(at);
	}
	const at = m.at % token.length;
	if (m.kind === 'delete') return token.slice(0, at) + token.slice(at + 1);
	// Replace by a different base64url character (a dot is replaced too, which breaks the segments).
	const original = token[at]!;
	const char = m.char === original ? B64URL[(B64URL.indexOf(m.char) + 1) % B64URL.length]! : m.char;
	return token.slice(0, at) + char + token.slice(at + 1);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: b64urlChar }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		char: fc.constantFrom(...B64URL, '.')
	})
);

describe('a signed token changed in one character', () => {
	it.each<KeyName>(['hs256', 'rs256', 'es256', 'eddsa'])(
		'is never valid with the right key (%s)',
		async (name) => {
			const token = TOKENS[name]!;
			const key = keyFor(name);
			// The unchanged token is valid, so any other verdict below is the change's doing.
			expect((await inspectAt({ token, key })).verdict).toBe('valid');
			await fc.assert(
				fc.asyncProperty(mutation, async (m) => {
					const changed = mutate(token, m);
					expect(changed).not.toBe(token);
					const report = await inspectAt({ token: changed, key });
					expect(report.verdict).not.toBe('valid');
				}),
				{ numRuns: RUNS }
			);
		}
	);

	it('is never valid when only the last character of a segment changes (its unused bits included)', async () => {
		const codes = new Set<string>();
		for (const name of ['hs256', 'rs256', 'es256', 'eddsa'] as const) {
			const token = TOKENS[name]!;
			const ends = token
				.split('.')
				.map((_, i, parts) => parts.slice(0, i + 1).join('.').length - 1);
			for (const at of ends)
				for (const char of B64URL) {
					if (token[at] === char) continue;
					const changed = token.slice(0, at) + char + token.slice(at + 1);
					const report = await inspectAt({ token: changed, key: keyFor(name) });
					expect(report.verdict, `${name} @${at} → ${char}`).not.toBe('valid');
					codes.add(report.checks[0]!.code);
				}
		}
		// Some of these changes leave the decoded bytes as they were; the unused bits give them away.
		expect(codes).toContain('b64.trailing-bits');
	});
});
