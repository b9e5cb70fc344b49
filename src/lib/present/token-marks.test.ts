import { describe, expect, it } from 'vitest';
import { inspectAt, TOKENS } from '$lib/testing/fixtures';
import { sameMarks, tokenMarksOf } from './token-marks';

describe('tokenMarksOf', () => {
	it('colours the three parts of a JWS and the two dots between them', async () => {
		const token = TOKENS.hs256!;
		const { marks, diagnostics } = tokenMarksOf(await inspectAt({ token }), token);
		const [header, payload] = token.split('.');
		expect(marks.map((m) => m.kind)).toEqual(['header', 'dot', 'payload', 'dot', 'signature']);
		expect(marks[0]).toMatchObject({ from: 0, to: header!.length });
		expect(marks[1]).toMatchObject({ from: header!.length, to: header!.length + 1 });
		expect(marks[2]).toMatchObject({
			from: header!.length + 1,
			to: header!.length + 1 + payload!.length
		});
		expect(marks.at(-1)!.to).toBe(token.length);
		expect(diagnostics).toEqual([]);
	});

	it('marks a removed prefix in the pasted text, and the parts after it', async () => {
		const pasted = `Bearer ${TOKENS.hs256}`;
		const { marks } = tokenMarksOf(await inspectAt({ token: pasted }), pasted);
		expect(marks.find((m) => m.kind === 'removed')).toMatchObject({ from: 0, to: 7 });
		expect(marks.find((m) => m.kind === 'header')!.from).toBe(7);
	});

	it('turns each structure finding with a span into an underline with its message', async () => {
		const [h, p, s] = TOKENS.hs256!.split('.');
		const pasted = `${h}.${p!.slice(0, 10)}*${p!.slice(11)}.${s}`;
		const report = await inspectAt({ token: pasted });
		const { diagnostics } = tokenMarksOf(report, pasted);
		expect(diagnostics.length).toBeGreaterThan(0);
		const star = pasted.indexOf('*');
		expect(diagnostics.some((d) => d.from <= star && star < d.to && d.severity === 'error')).toBe(
			true
		);
		for (const d of diagnostics) {
			expect(d.from).toBeLessThan(d.to);
			expect(d.to).toBeLessThanOrEqual(pasted.length);
			expect(report.diagnostics.map((f) => f.message)).toContain(d.message);
		}
	});

	it('widens a zero-width finding to the character it points at, and keeps spans inside the text', async () => {
		const pasted = 'eyJhbGciOiJIUzI1NiJ9.e30';
		const { diagnostics, marks } = tokenMarksOf(await inspectAt({ token: pasted }), pasted);
		for (const r of [...diagnostics, ...marks]) {
			expect(r.from).toBeGreaterThanOrEqual(0);
			expect(r.from).toBeLessThan(r.to);
			expect(r.to).toBeLessThanOrEqual(pasted.length);
		}
	});
});

describe('sameMarks', () => {
	it('says two reports of the same text paint the same, and a different text does not', async () => {
		const token = TOKENS.hs256!;
		const a = tokenMarksOf(await inspectAt({ token }), token);
		const b = tokenMarksOf(await inspectAt({ token }), token);
		expect(sameMarks(a, b)).toBe(true);
		expect(sameMarks(undefined, b)).toBe(false);
		const other = TOKENS.hs384!;
		expect(sameMarks(a, tokenMarksOf(await inspectAt({ token: other }), other))).toBe(false);
	});
});

describe('tokenMarksOf a SAML message pasted as XML', () => {
	it('does not strike through the XML between its first and last line break', async () => {
		const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">\n  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.org/</saml:Issuer>\n</samlp:Response>`;
		const report = await inspectAt({ token: xml });
		expect(report.format).toBe('saml');
		expect(tokenMarksOf(report, xml).marks.filter((m) => m.kind === 'removed')).toEqual([]);
	});
});
