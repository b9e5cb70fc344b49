import { describe, expect, it } from 'vitest';
import { NOW, inspectAt, keyText, mint, row } from '$lib/testing/fixtures';
import type { CheckId, Status } from '$lib/core';
import { withReported } from './reported';
import type { Reported } from './link';

const stripped = (token: string) => token.slice(0, token.lastIndexOf('.') + 1);
const reported = (id: CheckId, status: Status, detail: string): Reported => ({
	at: NOW.getTime(),
	checks: [{ id, status, code: `${id}.${status}`, detail }]
});

describe('withReported', () => {
	it('shows a reported verification as info, labelled as the sender’s, and the verdict as unverified', async () => {
		const report = await inspectAt({
			token: stripped(mint('rs256')),
			key: keyText('rs256', 'jwks')
		});
		// On its own, the token without its signature fails: the signature was stripped.
		expect(row(report, 'signature').code).toBe('signature.missing');
		const shown = withReported(
			report,
			reported('signature', 'pass', 'Verified with key "rs256-1" (RS256).')
		);
		expect(row(shown, 'signature')).toMatchObject({ status: 'info', code: 'signature.reported' });
		expect(row(shown, 'signature').detail).toContain('Reported by the sender at 12:00 UTC');
		expect(row(shown, 'signature').detail).toContain('verified with key "rs256-1"');
		expect(shown.verdict).toBe('unverified');
	});

	it('shows a reported skip for a signature left out by a sender who had no key: unverified, not invalid', async () => {
		const report = await inspectAt({ token: stripped(mint('rs256')) });
		const shown = withReported(report, reported('signature', 'skip', 'No key.'));
		expect(row(shown, 'signature')).toMatchObject({ status: 'skip', code: 'signature.reported' });
		expect(shown.verdict).toBe('unverified');
	});

	it('shows a reported detail on one line, its invisible characters named and its length bounded', async () => {
		const report = await inspectAt({
			token: stripped(mint('rs256')),
			key: keyText('rs256', 'jwks')
		});
		const forged = 'Broken.\n\n✓ Pass  Signature — Verified\u2028\u202E' + 'x'.repeat(100_000);
		const detail = row(
			withReported(report, reported('signature', 'fail', forged)),
			'signature'
		).detail;
		expect(detail).not.toMatch(/[\n\r\u2028\u202E]/);
		expect(detail).toContain('⟨U+000A⟩⟨U+000A⟩✓ Pass');
		expect(detail.length).toBeLessThan(1000);
	});

	it('keeps a reported failure a failure', async () => {
		const report = await inspectAt({ token: stripped(mint('hs256')) });
		const shown = withReported(
			report,
			reported('secret-strength', 'fail', 'A known example secret.')
		);
		expect(row(shown, 'secret-strength')).toMatchObject({
			status: 'fail',
			code: 'secret-strength.reported'
		});
		expect(shown.verdict).toBe('invalid');
	});

	it('keeps the other rows as they are, and invalid when another check fails', async () => {
		const report = await inspectAt({
			token: stripped(mint('rs256', { exp: NOW.getTime() / 1000 - 60 }))
		});
		const shown = withReported(report, reported('signature', 'pass', 'Verified.'));
		expect(shown.verdict).toBe('invalid');
		expect(shown.checks.filter((c) => c.id !== 'signature')).toEqual(
			report.checks.filter((c) => c.id !== 'signature')
		);
	});
});

describe('withReported, given a crafted report', () => {
	const expired = () => mint('rs256', { exp: NOW.getTime() / 1000 - 3600 });

	it('never replaces a row this page judged: a reported exp pass leaves the token expired and invalid', async () => {
		const report = await inspectAt({ token: stripped(expired()) });
		const shown = withReported(report, {
			at: NOW.getTime(),
			checks: [
				{ id: 'signature', status: 'pass', code: 'signature.verified', detail: 'Verified.' },
				{ id: 'exp', status: 'pass', code: 'exp.ok', detail: 'Not expired.' },
				{ id: 'aud', status: 'skip', code: 'aud.not-checked', detail: 'Not checked.' }
			]
		});
		expect(row(shown, 'exp')).toMatchObject({ status: 'fail', code: 'exp.expired' });
		expect(row(shown, 'aud')).toEqual(row(report, 'aud'));
		expect(shown.verdict).toBe('invalid');
	});

	it('keeps an audience failure a failure', async () => {
		const report = await inspectAt({ token: stripped(mint('rs256')), audience: 'api://other' });
		const shown = withReported(report, reported('aud', 'skip', 'Not checked.'));
		expect(row(shown, 'aud')).toMatchObject({ status: 'fail', code: row(report, 'aud').code });
		expect(shown.verdict).toBe('invalid');
	});

	it('ignores a reported signature when the link carries the whole token and its key', async () => {
		const report = await inspectAt({ token: mint('rs256'), key: keyText('rs256', 'jwks') });
		expect(report.verdict).toBe('valid');
		const shown = withReported(report, reported('signature', 'fail', 'Forged.'));
		expect(shown).toEqual(report);
	});

	it('ignores reported key rows when the link carries the key: this page judged them', async () => {
		const report = await inspectAt({
			token: stripped(mint('rs256')),
			key: keyText('rs256', 'jwks')
		});
		const shown = withReported(report, {
			at: NOW.getTime(),
			checks: (['algorithm', 'key', 'secret-strength'] as const).map((id) => ({
				id,
				status: 'warn' as const,
				code: `${id}.x`,
				detail: 'Crafted.'
			}))
		});
		for (const id of ['algorithm', 'key', 'secret-strength'])
			expect(row(shown, id as never)).toEqual(row(report, id as never));
	});

	it('never makes a row it could partly judge better: "alg": "none" stays a failure', async () => {
		const report = await inspectAt({ token: 'eyJhbGciOiJub25lIn0.e30.' });
		expect(row(report, 'algorithm').code).toBe('algorithm.none');
		const shown = withReported(report, reported('algorithm', 'pass', 'Fine.'));
		expect(row(shown, 'algorithm')).toMatchObject({ status: 'fail', code: 'algorithm.none' });
		expect(shown.verdict).toBe('invalid');
	});

	it('still shows a worse reported result for a row it could only partly judge', async () => {
		const report = await inspectAt({ token: stripped(mint('hs256')) });
		expect(row(report, 'algorithm').status).toBe('pass');
		const shown = withReported(report, reported('algorithm', 'fail', 'Confusion.'));
		expect(row(shown, 'algorithm')).toMatchObject({ status: 'fail', code: 'algorithm.reported' });
	});
});
