// RFC 7520 §5 JWE examples (the IETF JOSE cookbook; see vectors/rfc7520/LICENSE and SOURCE): every compact
// serialization decrypts with its key to its plaintext, except §5.1 (RSA1_5, refused on purpose: padding
// oracles, RFC 8725 §3.2; jose no longer implements it). §5.10–5.13 exist only in the JSON serialization,
// which this inspector does not read as a token (structure.json-serialization), so they have no compact form.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../index';

const files = import.meta.glob<{
	input: { plaintext: string; key?: unknown; pwd?: string; alg: string | string[] };
	output: { compact?: string };
}>('./rfc7520/5_*.json', { eager: true, import: 'default' });

const NOW = new Date('2026-11-25T12:00:00Z');
const examples = Object.entries(files).map(([path, example]) => ({
	section: path.replace(/^.*\/5_(\d+)\..*$/, '§5.$1'),
	...example
}));

describe('RFC 7520 §5 JWE examples', () => {
	it('has the 13 examples, 9 of them compact', () => {
		expect(examples).toHaveLength(13);
		expect(
			examples
				.filter((e) => e.output.compact)
				.map((e) => e.section)
				.sort()
		).toEqual(['§5.1', '§5.2', '§5.3', '§5.4', '§5.5', '§5.6', '§5.7', '§5.8', '§5.9'].sort());
	});

	it.each(examples.filter((e) => e.output.compact).map((e) => [e.section, e] as const))(
		'%s decrypts to its plaintext',
		async (section, example) => {
			const decryptionKey = example.input.pwd ?? JSON.stringify(example.input.key);
			const report = await inspect({ token: example.output.compact!, now: NOW, decryptionKey });
			const row = report.checks.find((c) => c.id === 'decryption')!;
			if (section === '§5.1') {
				expect(row).toMatchObject({ status: 'fail', code: 'decryption.rsa1_5-refused' });
				return;
			}
			expect(row).toMatchObject({ status: 'pass', code: 'decryption.decrypted' });
			expect(report.token.payloadText).toBe(example.input.plaintext);
		}
	);
});
