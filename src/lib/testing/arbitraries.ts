// The generators the fuzz properties share: src/lib/core/properties.test.ts runs them a few thousand times in
// CI, scripts/fuzz.ts runs them for a long campaign. Inputs no one would write by hand: random text, tokens
// with real headers over random parts, and real signed tokens changed in one or a few characters.
import fc from 'fast-check';
import { CHECK_IDS, type Report } from '../core/index';
import { CHECKS } from '../core/checks/registry';
import { keyText, part, TOKENS, type KeyName } from './fixtures';

export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64urlChar = fc.constantFrom(...B64URL);
const segment = fc.string({ unit: b64urlChar, maxLength: 120 });

/** Arbitrary pasted text, from plain junk to real-looking headers over random payloads and signatures. */
export const junk = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.string({ unit: fc.constantFrom(...B64URL, '.'), maxLength: 300 }),
	fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
	// A real-looking header over random payload and signature: gets as far as verification.
	fc
		.tuple(fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA', 'none'), segment, segment)
		.map(([alg, payload, signature]) => `${part({ alg, typ: 'JWT' })}.${payload}.${signature}`),
	// Real JSON of any shape in the header and the payload, so the claim checks see every JSON type.
	fc
		.tuple(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), segment)
		.map(([header, claims, signature]) => `${part(header)}.${part(claims)}.${signature}`)
);

/** The key names whose fixture tokens verify; each has a matching key text. */
export const SIGNED: KeyName[] = ['hs256', 'rs256', 'es256', 'eddsa'];

/** The key a fixture token verifies with: the secret for HMAC, the public JWK otherwise. */
export function keyFor(name: KeyName): string {
	return keyText(name, name.startsWith('hs') ? 'secret' : 'jwk');
}

/** Any key input: random text, random bytes, or one of the real keys (which must then not verify junk). */
export const anyKey = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.constantFrom(...SIGNED.map((n) => keyFor(n)))
);

export type Mutation =
	| { kind: 'replace'; at: number; char: string }
	| { kind: 'delete'; at: number }
	| { kind: 'insert'; at: number; char: string };

/** Applies one single-character change; `at` is reduced into range for the token it is applied to. */
export function mutate(token: string, m: Mutation): string {
	if (m.kind === 'insert') {
		const at = m.at % (token.length + 1);
		return token.slice(0, at) + m.char + token.slice(at);
	}
	if (token.length === 0) return token;
	const at = m.at % token.length;
	if (m.kind === 'delete') return token.slice(0, at) + token.slice(at + 1);
	// Replace by a different character (a dot is replaced too, which breaks the segments).
	const original = token[at]!;
	const char = m.char === original ? B64URL[(B64URL.indexOf(m.char) + 1) % B64URL.length]! : m.char;
	return token.slice(0, at) + char + token.slice(at + 1);
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: b64urlChar }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		char: fc.constantFrom(...B64URL, '.')
	})
);

/** A real signed token changed in one to four places (never back to itself), with the key it verifies with. */
export const changedToken = fc
	.tuple(fc.constantFrom(...SIGNED), fc.array(mutation, { minLength: 1, maxLength: 4 }))
	.map(([name, mutations]) => {
		const token = TOKENS[name]!;
		return { name, key: keyFor(name), token, changed: mutations.reduce(mutate, token) };
	})
	.filter(({ token, changed }) => changed !== token);

/**
 * What every report must be, whatever the input: the contract's checks, in order, each with a status and a
 * code its check declares.
 */
export function expectComplete(report: Report): void {
	const ids = report.checks.map((c) => c.id);
	if (ids.join() !== CHECK_IDS.join()) throw new Error(`checks were ${ids.join()}`);
	for (const [i, check] of report.checks.entries()) {
		if (!['pass', 'warn', 'fail', 'skip', 'info'].includes(check.status))
			throw new Error(`${check.id} has status ${check.status}`);
		if (!CHECKS[i]!.codes.some((code) => code === check.code))
			throw new Error(`${check.id} returned ${check.code}, which it does not declare`);
	}
}

/** One inspection may take this long in the fuzz properties: the page's watchdog limit. */
export const TIME_BOUND_MS = 2000;
