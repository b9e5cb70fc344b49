// Google's Wycheproof JWS and JWK vectors (Apache 2.0; see vectors/wycheproof/LICENSE and SOURCE), run
// through inspect(): every valid vector must be valid, no invalid one may be, except the differences named
// below, each asserted exactly so that the list cannot go stale.
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import signatureVectors from './wycheproof/json_web_signature_test.json';
import keyVectors from './wycheproof/json_web_key_test.json';

interface Vector {
	tcId: number;
	comment: string;
	jws: unknown;
	result: 'valid' | 'invalid';
}
interface Group {
	comment: string;
	public?: unknown;
	private?: unknown;
	tests: Vector[];
}

const NOW = new Date('2026-11-25T12:00:00Z');

/** Where our verdict differs from Wycheproof's, the verdict we give and why it is the right one. */
const SIGNATURE_DIFFERENCES: Record<number, { verdict: 'valid' | 'invalid'; reason: string }> = {
	346: {
		verdict: 'invalid',
		reason:
			'the JWK says "alg": "PS256" and the token is PS384; Wycheproof\'s own WrongPrimitive vectors (e.g. 329–338) require rejecting a key used for another alg than its "alg" (RFC 7517 §4.4)'
	},
	350: { verdict: 'invalid', reason: 'same as 346, with key_ops' },
	347: {
		verdict: 'invalid',
		reason:
			'the JWK says "alg": "ES521" (not a registered algorithm) and the token is ES512; the key\'s "alg" is honoured as for 346'
	},
	351: { verdict: 'invalid', reason: 'same as 347, with key_ops' },
	367: {
		verdict: 'valid',
		reason:
			"the vector's jws is byte-identical to tcId 357, which Wycheproof marks valid; the padding its comment describes is not in the data"
	},
	370: { verdict: 'valid', reason: 'byte-identical to tcId 357, as 367' },
	372: {
		verdict: 'invalid',
		reason:
			'a "?" inside the header is not base64url; RFC 7515 §2 and RFC 4648 §3.3 require rejecting characters outside the alphabet rather than skipping them'
	},
	373: { verdict: 'invalid', reason: 'a "?" inside the payload, as 372' }
};

const KEY_DIFFERENCES: Record<number, { verdict: 'valid' | 'invalid'; reason: string }> = {
	10: {
		verdict: 'valid',
		reason:
			'a 31-byte HS256 secret: the signature is genuine, and the project reports a secret shorter than the hash output (RFC 7518 §3.2) as a secret-strength warning, since most verifiers accept it'
	},
	11: { verdict: 'valid', reason: 'a 47-byte HS384 secret, as 10' },
	12: { verdict: 'valid', reason: 'a 63-byte HS512 secret, as 10' }
};

function cases(groups: Group[]) {
	return groups.flatMap((group) =>
		group.tests.map((vector) => ({
			...vector,
			group: group.comment,
			token: typeof vector.jws === 'string' ? vector.jws : JSON.stringify(vector.jws),
			key: JSON.stringify(group.public ?? group.private)
		}))
	);
}

describe.each([
	['JWS', cases(signatureVectors.testGroups as Group[]), SIGNATURE_DIFFERENCES, 401],
	['JWK', cases(keyVectors.testGroups as Group[]), KEY_DIFFERENCES, 26]
] as const)('Wycheproof %s vectors', (_, vectors, differences, total) => {
	it(`has all ${total} vectors`, () => {
		expect(vectors).toHaveLength(total);
	});

	it.each(vectors)('tcId $tcId ($group: $comment) is $result', async (vector) => {
		const report = await inspect({ token: vector.token, key: vector.key, now: NOW });
		const difference = differences[vector.tcId];
		if (difference) {
			expect(report.verdict, difference.reason).toBe(difference.verdict);
			expect(difference.verdict === 'valid').not.toBe(vector.result === 'valid');
		} else if (vector.result === 'valid') {
			expect(report.verdict).toBe('valid');
		} else {
			expect(report.verdict).not.toBe('valid');
			// An empty paste is "nothing yet" (unverified); anything else that is not valid has a failing row.
			if (vector.token !== '') expect(report.checks.some((c) => c.status === 'fail')).toBe(true);
		}
	});
});
