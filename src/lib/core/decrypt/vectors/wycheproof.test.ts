// Google's Wycheproof JWE vectors (Apache 2.0; see vectors/wycheproof/LICENSE and SOURCE), run through inspect()
// with each group's private key as the Decryption key: no invalid vector ever decrypts as `pass`, and every
// valid one decrypts to its plaintext, except the differences named below with their reason, each asserted
// exactly so that the list cannot go stale.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../index';
import vectors from './wycheproof/json_web_encryption_test.json';

interface Vector {
	tcId: number;
	comment: string;
	pt?: string;
	jwe: string;
	result: 'valid' | 'invalid';
	flags: string[];
}
interface Group {
	comment: string;
	private: Record<string, unknown>;
	tests: Vector[];
}

const NOW = new Date('2026-11-25T12:00:00Z');

const cases = (vectors.testGroups as Group[]).flatMap((group) =>
	group.tests.map((vector) => ({
		...vector,
		group: group.comment,
		key: JSON.stringify(group.private)
	}))
);

function headerOf(jwe: string): Record<string, unknown> {
	return JSON.parse(Buffer.from(jwe.split('.')[0]!, 'base64url').toString('utf8'));
}

/**
 * Valid vectors that are not decrypted here, and why. RSA1_5 (RSAES-PKCS1-v1_5) is refused on purpose: it is
 * open to Bleichenbacher padding-oracle attacks (RFC 8725 §3.2), and jose, which decrypts here, dropped it.
 */
// The valid RSA1_5 vectors: groups jwe_rsa1_5 (100–105, 112) and RFC 7520 §5.1 (128).
const RSA1_5_VALID = [100, 101, 102, 103, 104, 105, 112, 128];
const NOT_DECRYPTED = new Map(
	cases
		.filter((c) => c.result === 'valid' && headerOf(c.jwe).alg === 'RSA1_5')
		.map((c) => [c.tcId, 'decryption.rsa1_5-refused'])
);

async function decrypt(vector: (typeof cases)[number]) {
	const report = await inspect({ token: vector.jwe, now: NOW, decryptionKey: vector.key });
	return { report, row: report.checks.find((c) => c.id === 'decryption')! };
}

/** The plaintext a report shows: a nested token as it was, claims or text as the payload's text. */
function plaintextOf(report: Awaited<ReturnType<typeof inspect>>): string | undefined {
	return report.jwe?.content === 'jwt' ? report.token.normalized : report.token.payloadText;
}

describe('Wycheproof JWE vectors', () => {
	it('has all 139 vectors: 65 valid, 74 invalid', () => {
		expect(cases).toHaveLength(139);
		expect(cases.filter((c) => c.result === 'valid')).toHaveLength(65);
	});

	it('lists the RSA1_5 vectors it refuses (the only named difference)', () => {
		expect([...NOT_DECRYPTED.keys()]).toEqual(RSA1_5_VALID);
	});

	it.each(cases.filter((c) => c.result === 'invalid').map((c) => [c.tcId, c.comment, c] as const))(
		'tcId %i (%s) never decrypts as pass',
		async (_, __, vector) => {
			const { row } = await decrypt(vector);
			expect(row.status).not.toBe('pass');
		}
	);

	it.each(cases.filter((c) => c.result === 'valid').map((c) => [c.tcId, c.comment, c] as const))(
		'tcId %i (%s) decrypts to its plaintext',
		async (tcId, _, vector) => {
			const { report, row } = await decrypt(vector);
			const refused = NOT_DECRYPTED.get(tcId);
			if (refused) {
				expect(row).toMatchObject({ status: 'fail', code: refused });
				return;
			}
			expect(row).toMatchObject({ status: 'pass', code: 'decryption.decrypted' });
			expect(plaintextOf(report)).toBe(Buffer.from(vector.pt ?? '', 'hex').toString('utf8'));
		}
	);
});
