// Secrets from documentation and sample code, and secrets with almost no variety, are named as weak.
import { describe, expect, it } from 'vitest';
import { weakSecretReason } from './weak-secrets';
import { keyText } from '../test-support';

describe('weakSecretReason', () => {
	it.each([
		'secret',
		'your-256-bit-secret',
		'a-string-secret-at-least-256-bits-long',
		'keyboard cat',
		'changeme',
		'SECRET',
		'Your-256-Bit-Secret',
		'404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970'
	])('names "%s" as a well-known example secret, whatever its case', (secret) => {
		expect(weakSecretReason(secret)).toMatch(/well-known/);
	});

	it.each(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'abababababababababababababababab', '00000000'])(
		'names "%s" as having almost no distinct characters',
		(secret) => {
			expect(weakSecretReason(secret)).toMatch(/distinct character/);
		}
	);

	it.each([
		['the fixture secret', keyText('hs256', 'secret')],
		['a short secret of one repeated character', 'aaaaaaa'],
		['a secret that only contains a known one', 'my-secret-is-not-secret-at-all-9F2k']
	])('does not flag %s', (_, secret) => {
		expect(weakSecretReason(secret)).toBeUndefined();
	});

	it('abbreviates a long known secret in its message', () => {
		const reason = weakSecretReason(
			'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'
		)!;
		expect(reason).toContain('…');
	});
});
