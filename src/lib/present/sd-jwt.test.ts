import { describe, expect, it } from 'vitest';
import type { SdJwtView } from '$lib/core';
import { disclosedClaimsJson, disclosureRows, keyBindingLines } from './sd-jwt';

const span = { from: 0, to: 1 };
const VIEW: SdJwtView = {
	hashAlg: 'sha-256',
	disclosures: [
		{ kind: 'property', name: 'given_name', value: 'Erika', referenced: true, span },
		{ kind: 'element', value: { x: 'y'.repeat(1000) }, referenced: false, span },
		{ kind: 'malformed', span }
	],
	notRead: 0,
	keyBinding: {
		claims: { aud: 'v', nonce: 'n', iat: 1795607500 },
		sdHash: 'mismatch',
		holderSignature: 'verified',
		span
	},
	disclosedClaims: { given_name: 'Erika' },
	findings: []
};

describe('the Disclosures part', () => {
	it('marks each disclosure found, not found or unreadable, and cuts long values', () => {
		const rows = disclosureRows(VIEW);
		expect(rows.map((r) => [r.label, r.found])).toEqual([
			['given_name', 'found'],
			['(array element)', 'not-found'],
			['(unreadable)', 'malformed']
		]);
		expect(rows[0]!.value).toBe('"Erika"');
		expect(rows[1]!.value.length).toBeLessThanOrEqual(300);
	});

	it('shows the key-binding JWT with its time in UTC and its checks', () => {
		expect(keyBindingLines(VIEW)).toMatchObject({
			audience: '"v"',
			nonce: '"n"',
			issuedAt: '2026-11-25T11:51:40.000Z',
			sdHash: 'does not match the SD-JWT presented'
		});
		expect(keyBindingLines({ ...VIEW, keyBinding: undefined } as SdJwtView)).toBeUndefined();
	});

	it('formats the disclosed claims', () => {
		expect(disclosedClaimsJson(VIEW)).toBe('{\n  "given_name": "Erika"\n}');
	});
});
