// The key-binding JWT's iat judged at the evaluation time (RFC 9901 §7.3): a KB-JWT is made when the SD-JWT is
// presented, so one from the future or from long ago is not this presentation's.
import { describe, expect, it } from 'vitest';
import {
	CLAIMS,
	fixture,
	inspectAt,
	keyText,
	NOW_SECONDS,
	row,
	signWith
} from '$lib/testing/fixtures';
import { digestOf, disclosure, keyBinding, presentation } from '$lib/testing/sd-jwt';

const GIVEN = disclosure('2GLC42sKQveCfGfryNRN9w', 'given_name', 'Erika');
const ISSUER = signWith(
	'es256',
	{ alg: 'ES256', typ: 'dc+sd-jwt' },
	{
		...CLAIMS,
		_sd: [digestOf(GIVEN)],
		_sd_alg: 'sha-256',
		cnf: { jwk: fixture('eddsa').publicJwk }
	}
);
const PRESENTED = presentation(ISSUER, [GIVEN]);

async function structureAt(iat: unknown, leewaySeconds = 0) {
	const token = PRESENTED + keyBinding('eddsa', 'EdDSA', PRESENTED, { iat });
	const report = await inspectAt({ token, key: keyText('es256'), leewaySeconds });
	return { structure: row(report, 'structure'), report };
}
const codes = (s: { findings?: Array<{ code: string }> }) => (s.findings ?? []).map((f) => f.code);

describe("the key-binding JWT's iat", () => {
	it('passes a KB-JWT made seconds ago', async () => {
		const { structure } = await structureAt(NOW_SECONDS - 5);
		expect(structure).toMatchObject({ status: 'pass', code: 'structure.sd-jwt' });
	});

	it('flags one issued in the future beyond the leeway, and not within it', async () => {
		const { structure, report } = await structureAt(NOW_SECONDS + 600);
		expect(structure).toMatchObject({ status: 'warn', code: 'structure.kb-iat-future' });
		// A warning on the SD-JWT's row: the issuer-signed JWT still decides the verdict.
		expect(report.verdict).toBe('valid');
		expect(codes((await structureAt(NOW_SECONDS + 600, 600)).structure)).not.toContain(
			'structure.kb-iat-future'
		);
	});

	it('flags one made longer ago than a presentation lasts, beyond the leeway', async () => {
		const { structure } = await structureAt(NOW_SECONDS - 3600);
		expect(structure).toMatchObject({ status: 'warn', code: 'structure.kb-iat-old' });
		expect(codes((await structureAt(NOW_SECONDS - 3600, 3600)).structure)).toEqual([]);
		expect(codes((await structureAt(NOW_SECONDS - 299)).structure)).toEqual([]);
	});

	it.each([
		['a numeric string', String(NOW_SECONDS)],
		['a word', 'now'],
		['null', null],
		['milliseconds', NOW_SECONDS * 1000]
	])('flags an iat that is %s, not a NumericDate', async (_, iat) => {
		const { structure } = await structureAt(iat);
		expect(codes(structure)).toContain('structure.kb-iat-not-number');
	});
});
