import { describe, expect, it } from 'vitest';
import { handMade } from '$lib/testing/hand-made-link';
import { generateSigningKey } from '$lib/workbench/key-pair';
import { decodeShareLink } from './link';

// Issue 20, item 4: the signer's keys never go into a link. The page has no member for them (SharedDiagnosis
// has none, so compose.ts cannot write one); a link made by hand that carries one is refused when the key sits
// where the Verification key goes, and otherwise nothing of it reaches any field.
describe('a hand-made link carrying a signing key', () => {
	const T = 'a.b.';

	it('is refused when the generated private key is put where the Verification key goes', async () => {
		for (const alg of ['ES256', 'RS256', 'EdDSA', 'HS256'] as const) {
			const { signingKey } = await generateSigningKey(alg);
			const result = await decodeShareLink(await handMade(JSON.stringify({ t: T, k: signingKey })));
			expect(result).toMatchObject({ ok: false, code: 'link.secret-key', member: 'key' });
		}
	});

	it('never loads a signing key, a header or a payload from members the page does not write', async () => {
		const { signingKey, publicJwk } = await generateSigningKey('ES256');
		const result = await decodeShareLink(
			await handMade(
				JSON.stringify({
					t: T,
					k: publicJwk,
					sk: signingKey,
					signingKey,
					workbench: { key: signingKey, header: '{"alg":"ES256"}', payload: '{}' }
				})
			)
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.keys(result.diagnosis).sort()).toEqual(['key', 'token']);
		const body = signingKey.split('\n')[1]!;
		expect(JSON.stringify(result.diagnosis)).not.toContain(body);
	});
});
