import { describe, expect, it } from 'vitest';
import { CLAIMS, fixture, inspectAt, keyText, row, signWith } from '$lib/testing/fixtures';
import { digestOf, disclosure, keyBinding, presentation } from '$lib/testing/sd-jwt';
import { disclosureDigest } from './digest';

// RFC 9901 §4.2.1 and §4.2.2, the specification's own examples (IETF Trust, BSD licence): the digest is taken over
// the disclosure's base64url text, not over the JSON it decodes to.
const RFC_PROPERTY = 'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0';
const RFC_ELEMENT = 'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0';

const ISSUER_KEY = keyText('es256');
const HOLDER_JWK = fixture('eddsa').publicJwk;
const GIVEN = disclosure('2GLC42sKQveCfGfryNRN9w', 'given_name', 'Erika');
const EMAIL = disclosure('eluV5Og3gSNII8EYnsxA_A', 'email', 'erika@example.com');
const FR = disclosure('lklxF5jMYlGTPUovMNIvCA', 'FR');

/** An issuer-signed JWT (ES256) whose payload holds the digests of `digests` and `elements`, plus `extra`. */
function issuerJwt(
	digests: string[],
	elements: string[] = [],
	extra: Record<string, unknown> = {}
): string {
	return signWith(
		'es256',
		{ alg: 'ES256', typ: 'dc+sd-jwt', kid: 'ec256-1' },
		{
			...CLAIMS,
			_sd: digests,
			_sd_alg: 'sha-256',
			nationalities: [...elements.map((d) => ({ '...': d })), 'DE'],
			...extra
		}
	);
}

const STANDARD = issuerJwt([digestOf(GIVEN), digestOf(EMAIL)], [digestOf(FR)]);

describe('SD-JWT (RFC 9901)', () => {
	it('hashes a disclosure as the specification does (RFC 9901 §4.2.3)', async () => {
		expect(await disclosureDigest(RFC_PROPERTY, 'sha-256')).toBe(
			'X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0'
		);
		expect(await disclosureDigest(RFC_ELEMENT, 'sha-256')).toBe(
			'w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs'
		);
	});

	it('reads an SD-JWT as one, judging its issuer-signed JWT as a pasted JWT', async () => {
		const token = presentation(STANDARD, [GIVEN, EMAIL, FR]);
		const report = await inspectAt({ token, key: ISSUER_KEY });
		expect(report.format).toBe('sd-jwt');
		expect(report.verdict).toBe('valid');
		expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.sd-jwt' });
		const alone = await inspectAt({ token: STANDARD, key: ISSUER_KEY });
		// Every row alike but the typ, whose "dc+sd-jwt" fits the SD-JWT and not its JWT alone (RFC 9901 §9.11).
		const rows = (r: typeof report) =>
			r.checks.filter((c) => c.id !== 'typ').map((c) => [c.id, c.status, c.code]);
		expect(rows(report).slice(1)).toEqual(rows(alone).slice(1));
		expect(row(report, 'typ').code).toBe('typ.sd-jwt');
		expect(row(alone, 'typ').code).toBe('typ.sd-jwt-not-sd-jwt');
		expect(report.token.claims).toEqual(alone.token.claims);
	});

	it('shows each disclosure decoded, found in the payload, and the claims with them applied', async () => {
		const report = await inspectAt({ token: presentation(STANDARD, [GIVEN, EMAIL, FR]) });
		const sd = report.sdJwt!;
		expect(sd.hashAlg).toBe('sha-256');
		expect(sd.disclosures.map((d) => [d.kind, d.name, d.value, d.referenced])).toEqual([
			['property', 'given_name', 'Erika', true],
			['property', 'email', 'erika@example.com', true],
			['element', undefined, 'FR', true]
		]);
		expect(sd.disclosedClaims).toMatchObject({
			given_name: 'Erika',
			email: 'erika@example.com',
			nationalities: ['FR', 'DE']
		});
		expect(sd.disclosedClaims).not.toHaveProperty('_sd');
		expect(sd.disclosedClaims).not.toHaveProperty('_sd_alg');
		expect(report.verdict).toBe('unverified');
	});

	it('drops undisclosed array elements and keeps undisclosed claims out', async () => {
		const report = await inspectAt({ token: presentation(STANDARD, [GIVEN]) });
		expect(report.sdJwt!.disclosedClaims).toMatchObject({ nationalities: ['DE'] });
		expect(report.sdJwt!.disclosedClaims).not.toHaveProperty('email');
		expect(row(report, 'structure').code).toBe('structure.sd-jwt');
	});

	it('is invalid when the issuer-signed JWT is, whatever its disclosures', async () => {
		const tampered = STANDARD.slice(0, -4) + (STANDARD.endsWith('AAAA') ? 'BBBB' : 'AAAA');
		const report = await inspectAt({ token: presentation(tampered, [GIVEN]), key: ISSUER_KEY });
		expect(report.format).toBe('sd-jwt');
		expect(row(report, 'signature').status).toBe('fail');
		expect(report.verdict).toBe('invalid');
	});

	it.each([
		[
			'a disclosure no digest in the payload names',
			[GIVEN, disclosure('salt-x', 'age', 40)],
			'structure.sd-disclosure-unreferenced'
		],
		[
			'a disclosure that is not base64url JSON',
			[GIVEN, 'not*base64'],
			'structure.sd-disclosure-malformed'
		],
		[
			'a disclosure of the wrong shape',
			[disclosure('s', 'a', 'b', 'c')],
			'structure.sd-disclosure-malformed'
		],
		[
			'a disclosure naming "_sd"',
			[disclosure('s', '_sd', [])],
			'structure.sd-disclosure-malformed'
		],
		['the same disclosure twice', [GIVEN, GIVEN], 'structure.sd-digest-repeated'],
		[
			'an element disclosure where a property is',
			[disclosure('s', 'x')],
			'structure.sd-disclosure-misplaced'
		]
	])(
		'explains %s on the structure row, without changing the verdict',
		async (_, disclosures, code) => {
			const issuer =
				code === 'structure.sd-disclosure-misplaced'
					? issuerJwt([digestOf(disclosures[0]!)])
					: code === 'structure.sd-disclosure-malformed' && disclosures.length === 1
						? issuerJwt([digestOf(disclosures[0]!)])
						: STANDARD;
			const report = await inspectAt({
				token: presentation(issuer, disclosures),
				key: ISSUER_KEY
			});
			const structure = row(report, 'structure');
			expect(structure.status).toBe('warn');
			expect(structure.findings?.map((f) => f.code)).toContain(code);
			expect(report.verdict).toBe('valid');
		}
	);

	it('flags a digest the payload repeats', async () => {
		const report = await inspectAt({
			token: presentation(issuerJwt([digestOf(GIVEN), digestOf(GIVEN)]), [GIVEN])
		});
		expect(row(report, 'structure').findings?.map((f) => f.code)).toContain(
			'structure.sd-digest-repeated'
		);
	});

	it('names an _sd_alg it cannot compute, and marks no disclosure as found', async () => {
		const issuer = issuerJwt([digestOf(GIVEN)], [], { _sd_alg: 'sha3-256' });
		const report = await inspectAt({ token: presentation(issuer, [GIVEN]) });
		expect(row(report, 'structure')).toMatchObject({
			status: 'warn',
			code: 'structure.sd-unknown-hash'
		});
		expect(report.sdJwt!.disclosures[0]!.referenced).toBeUndefined();
	});

	it('hashes with sha-512 when _sd_alg names it', async () => {
		const issuer = issuerJwt([digestOf(GIVEN, 'sha-512')], [], { _sd_alg: 'sha-512' });
		const report = await inspectAt({ token: presentation(issuer, [GIVEN]) });
		expect(row(report, 'structure').code).toBe('structure.sd-jwt');
		expect(report.sdJwt!.disclosures[0]!.referenced).toBe(true);
	});

	describe('the key-binding JWT (RFC 9901 §4.3)', () => {
		const bound = issuerJwt([digestOf(GIVEN)], [], { cnf: { jwk: HOLDER_JWK } });
		const presented = presentation(bound, [GIVEN]);

		it('checks its sd_hash and its signature against cnf.jwk, as holder binding only', async () => {
			const token = presented + keyBinding('eddsa', 'EdDSA', presented);
			const report = await inspectAt({ token });
			expect(report.format).toBe('sd-jwt');
			expect(report.sdJwt!.keyBinding).toMatchObject({
				sdHash: 'match',
				holderSignature: 'verified',
				claims: { aud: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj' }
			});
			expect(row(report, 'structure').code).toBe('structure.sd-jwt');
			// The holder's key is the token's own: it never makes the token valid (no issuer key was given).
			expect(report.verdict).toBe('unverified');
			const withKey = await inspectAt({ token, key: ISSUER_KEY });
			expect(withKey.verdict).toBe('valid');
		});

		it.each([
			[
				'an sd_hash over other text',
				{ sd_hash: digestOf('other~') },
				'eddsa',
				{ typ: 'kb+jwt' },
				'structure.kb-sd-hash-mismatch'
			],
			[
				'a signature by a key of another type',
				{},
				'es256',
				{ typ: 'kb+jwt' },
				'structure.kb-signature-failed'
			],
			['a typ other than kb+jwt', {}, 'eddsa', { typ: 'JWT' }, 'structure.kb-typ']
		] as const)('flags %s', async (_, claims, signer, header, code) => {
			const alg = signer === 'eddsa' ? 'EdDSA' : 'ES256';
			const token = presented + keyBinding(signer, alg, presented, claims, header);
			const report = await inspectAt({ token, key: ISSUER_KEY });
			expect(row(report, 'structure').findings?.map((f) => f.code)).toContain(code);
			expect(row(report, 'structure').status).toBe('warn');
			expect(report.verdict).toBe('valid');
		});

		it('flags a signature that does not verify with cnf.jwk', async () => {
			const kb = keyBinding('eddsa', 'EdDSA', presented);
			const forged = kb.slice(0, -6) + (kb.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
			const report = await inspectAt({ token: presented + forged, key: ISSUER_KEY });
			expect(report.sdJwt!.keyBinding?.holderSignature).toBe('failed');
			expect(row(report, 'structure').code).toBe('structure.kb-signature-failed');
			expect(report.verdict).toBe('valid');
		});

		it('says when there is no cnf.jwk to check the holder binding with', async () => {
			const plain = presentation(STANDARD, [GIVEN]);
			const report = await inspectAt({ token: plain + keyBinding('eddsa', 'EdDSA', plain) });
			expect(report.sdJwt!.keyBinding?.holderSignature).toBe('no-holder-key');
			expect(row(report, 'structure').findings?.map((f) => f.code)).toContain(
				'structure.kb-no-holder-key'
			);
		});
	});

	it('leaves a JWT without tildes, and a tilde-joined value that is not a JWT, as they were', async () => {
		expect((await inspectAt({ token: STANDARD })).format).toBe('jws');
		expect((await inspectAt({ token: 'abc~def~' })).format).not.toBe('sd-jwt');
	});
});
