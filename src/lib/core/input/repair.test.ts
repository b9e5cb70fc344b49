import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectAt, keyText, mint, part, row } from '$lib/testing/fixtures';

const SECRET = keyText('hs256', 'secret');

/** A fixture token whose base64url has both "-" and "_" (so each damage below changes it). */
function tokenWithBoth(): string {
	for (let i = 0; i < 500; i++) {
		const token = mint('hs256', { jti: `repair-${i}` });
		if (token.includes('-') && token.includes('_')) return token;
	}
	throw new Error('no token with both "-" and "_"');
}
const TOKEN = tokenWithBoth();
/** The token as standard base64 (RFC 4648 §4) instead of base64url (§5). */
const STANDARD = TOKEN.replace(/-/g, '+').replace(/_/g, '/');
/** Each segment padded with "=" to a multiple of four characters. */
const PADDED = TOKEN.split('.')
	.map((s) => s + '='.repeat((4 - (s.length % 4)) % 4))
	.join('.');

const kinds = (report: Awaited<ReturnType<typeof inspectAt>>) =>
	[...new Set(report.token.removed.map((r) => r.kind))].sort();

describe('a token damaged by base64, padding or form decoding is repaired', () => {
	it('reads standard base64 ("+" and "/") as base64url, and judges the signature on it', async () => {
		const pasted = `Bearer ${STANDARD}`;
		const report = await inspectAt({ token: pasted, key: SECRET });
		expect(report.token.normalized).toBe(TOKEN);
		expect(report.token.repaired).toBe('exact');
		expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwt' });
		expect(report.verdict).toBe('valid');
		// Each repaired character is marked where it was pasted, as the Bearer prefix is.
		const marked = report.token.removed.filter((r) => r.kind === 'base64-alphabet');
		expect(marked.length).toBeGreaterThan(0);
		for (const r of marked) expect(['+', '/']).toContain(pasted.slice(r.span.from, r.span.to));
	});

	it('drops "=" padding at the end of each part', async () => {
		const report = await inspectAt({ token: PADDED, key: SECRET });
		expect(report.token.normalized).toBe(TOKEN);
		expect(kinds(report)).toEqual(['padding']);
		for (const r of report.token.removed)
			expect(PADDED.slice(r.span.from, r.span.to)).toMatch(/^=+$/);
		expect(report.verdict).toBe('valid');
	});

	it('reads the spaces of a form-decoded standard-base64 token as the "+" they were', async () => {
		// application/x-www-form-urlencoded decoding turns every "+" into a space (WHATWG URL §5.1).
		const formDecoded = STANDARD.replace(/\+/g, ' ');
		const report = await inspectAt({ token: formDecoded, key: SECRET });
		expect(report.token.normalized).toBe(TOKEN);
		expect(report.token.repaired).toBe('exact');
		expect(kinds(report)).toEqual(['base64-alphabet', 'form-space']);
		expect(report.verdict).toBe('valid');
	});

	it('marks reading the spaces of a base64url token as "-" a guess, and never calls it valid', async () => {
		const spaced = TOKEN.replace(/-/g, ' ');
		const report = await inspectAt({ token: spaced, key: SECRET });
		expect(report.token.normalized).toBe(TOKEN);
		expect(report.token.repaired).toBe('guess');
		expect(row(report, 'structure')).toMatchObject({
			status: 'warn',
			code: 'structure.repair-guessed'
		});
		expect(row(report, 'signature').status).toBe('pass');
		expect(report.verdict).toBe('unverified');
	});

	it('fails the signature of a guess that does not restore the token', async () => {
		const at = TOKEN.lastIndexOf('.') + 5;
		const damaged = `${TOKEN.slice(0, at)} ${TOKEN.slice(at + 1)}`;
		const report = await inspectAt({ token: damaged, key: SECRET });
		expect(report.verdict).toBe('invalid');
		expect(row(report, 'signature').status).toBe('fail');
	});

	it('leaves a token alone when its alphabets are mixed: a "+" among base64url is a corruption', async () => {
		const at = TOKEN.indexOf('_');
		const mixed = `${TOKEN.slice(0, at)}+${TOKEN.slice(at + 1)}`;
		const report = await inspectAt({ token: mixed, key: SECRET });
		expect(report.token.repaired).toBeUndefined();
		expect(row(report, 'structure').code).toBe('b64.standard-alphabet');
	});

	it('reports the original fault when the repaired token still does not read', async () => {
		const inserted = `${TOKEN.slice(0, 30)} ${TOKEN.slice(30)}`;
		const report = await inspectAt({ token: inserted, key: SECRET });
		expect(report.token.repaired).toBeUndefined();
		expect(row(report, 'structure')).toMatchObject({ status: 'fail', code: 'b64.alphabet' });
	});
});

describe('repairBase64 marks', () => {
	it('marks at most MAX_MARKS changes, the last covering the rest', async () => {
		const { repairBase64, MAX_MARKS } = await import('./repair');
		const many = `eyJ${'+'.repeat(200)}.e30.${'/'.repeat(100)}`;
		const repair = repairBase64(many)!;
		expect(repair.marks).toHaveLength(MAX_MARKS);
		const last = repair.marks[MAX_MARKS - 1]!;
		expect(last.at + last.length).toBe(many.length);
	});

	it('repairs no "=" inside a part, nor padding to a length base64 does not make', async () => {
		const { repairBase64 } = await import('./repair');
		expect(repairBase64('eyJh=bc.e30.abcd')).toBeUndefined();
		expect(repairBase64('eyJhb=.e30.abcd')).toBeUndefined();
		expect(repairBase64('eyJhbg==.e30.abcd')?.text).toBe('eyJhbg.e30.abcd');
	});
});

describe('a token its issuer signed as standard base64 or padded', () => {
	it('is judged as pasted when the repaired signature fails: the structure row names the fault', async () => {
		// The issuer padded the payload and signed what it wrote (RFC 7515 §2 forbids both).
		const h = TOKEN.split('.')[0]!;
		let p = part({ sub: 'user-42' });
		for (let n = 0; p.length % 4 === 0; n++) p = part({ sub: 'user-42', jti: 'x'.repeat(n) });
		const padded = p + '='.repeat(4 - (p.length % 4));
		const input = `${h}.${padded}`;
		const signed = `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
		const report = await inspectAt({ token: signed, key: SECRET });
		expect(report.token.repaired).toBeUndefined();
		expect(row(report, 'structure')).toMatchObject({ status: 'fail', code: 'b64.padding' });
		expect(report.verdict).toBe('invalid');
	});

	it('leaves an unencoded payload (RFC 7797, "b64": false) as it is', async () => {
		const input = `${part({ alg: 'HS256', b64: false, crit: ['b64'] })}.hello world`;
		const token = `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
		const report = await inspectAt({ token });
		expect(report.token.repaired).toBeUndefined();
		expect(report.token.payloadText).toBe('hello world');
	});
});
