// The checksum of GitHub's classic tokens: the last 6 characters are the CRC32 of the 30 before them, in
// base62 (github.blog/engineering/behind-githubs-new-authentication-token-formats, 2021-04-05: "the last six
// characters … are a checksum"; the rule as implemented in therootcompany/base62-token.js and
// stefansundin/token-checksum).
import { describe, expect, it } from 'vitest';
import { inspectAt, row } from '$lib/testing/fixtures';
import { checksummed } from '$lib/testing/github-tokens';

// The example token of coolaj86's write-up of the format (gist eb8cddfd3e4251258712dfed03e1f86d), whose
// checksum "0mLq17" is the published value: a test vector for the rule, not a live token.
const PUBLISHED = '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';

describe('GitHub token checksum', () => {
	it('says a published example token has a checksum that fits', async () => {
		const report = await inspectAt({ token: PUBLISHED });
		expect(report.format).toBe('github-token');
		expect(row(report, 'structure').code).toBe('structure.github-token');
	});

	it.each(['gho', 'ghu', 'ghs', 'ghr'])('checks a %s_ token the same way', async (prefix) => {
		const token = `${prefix}_${checksummed('AbCdEfGhIjKlMnOpQrStUvWxYz0123')}`;
		expect(row(await inspectAt({ token }), 'structure').code).toBe('structure.github-token');
	});

	it('says a token whose checksum does not fit is made up or mangled', async () => {
		const mangled = PUBLISHED.replace('zQWB', 'zQWC');
		const report = await inspectAt({ token: mangled });
		expect(report.format).toBe('github-token');
		expect(row(report, 'structure').code).toBe('structure.github-token-checksum');
		expect(row(await inspectAt({ token: 'ghp_' + 'A'.repeat(36) }), 'structure').code).toBe(
			'structure.github-token-checksum'
		);
	});
});
