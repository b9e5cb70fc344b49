import { describe, expect, it } from 'vitest';
import {
	AUDIENCE,
	CLAIMS,
	ISSUER,
	NOW_SECONDS,
	inspectAt,
	keyText,
	mint
} from '$lib/testing/fixtures';
import { VERIFIER_PROFILES, whatVerifiersWouldDo, type VerifierVerdict } from './verifiers';

const EXPECT = { audience: AUDIENCE, issuer: ISSUER };

/** Each verifier's answer, by id. */
const answers = (verdicts: VerifierVerdict[]) =>
	Object.fromEntries(verdicts.map((v) => [v.id, v.accepts]));

async function judge(
	claims: Record<string, unknown>,
	options: { key?: string; name?: 'rs256' | 'hs256' | 'es256'; at?: number } = {},
	expectations: { audience?: string; issuer?: string } = EXPECT
) {
	const name = options.name ?? 'rs256';
	const report = await inspectAt({
		token: mint(name, claims),
		key: options.key ?? keyText(name, name === 'hs256' ? 'secret' : 'jwk'),
		now: new Date((options.at ?? NOW_SECONDS) * 1000),
		...expectations
	});
	return whatVerifiersWouldDo(report, expectations);
}

describe('the verifier profiles', () => {
	it('cite a source for every verifier, and state the documented leeways', () => {
		for (const profile of VERIFIER_PROFILES) expect(profile.sources.length).toBeGreaterThan(0);
		const leeway = Object.fromEntries(VERIFIER_PROFILES.map((p) => [p.id, p.leewaySeconds]));
		expect(leeway).toEqual({
			jsonwebtoken: 0,
			pyjwt: 0,
			identitymodel: 300,
			'spring-security': 60,
			'golang-jwt': 0,
			jose: 0
		});
	});
});

describe('whatVerifiersWouldDo', () => {
	it('has every verifier accept a valid RS256 token with the expected audience and issuer', async () => {
		const verdicts = await judge({});
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['yes']));
		expect(verdicts.every((v) => v.reasons.length === 0)).toBe(true);
	});

	it('splits on a token expired by 30 s: only the verifiers with a clock skew accept it', async () => {
		const verdicts = await judge({}, { at: CLAIMS.exp + 30 });
		expect(answers(verdicts)).toEqual({
			jsonwebtoken: 'no',
			pyjwt: 'no',
			identitymodel: 'yes',
			'spring-security': 'yes',
			'golang-jwt': 'no',
			jose: 'no'
		});
		expect(verdicts.find((v) => v.id === 'jsonwebtoken')!.reasons[0]).toMatch(/Expired: 30 s ago/);
	});

	it('has only IdentityModel accept a token expired by 2 minutes', async () => {
		const verdicts = await judge({}, { at: CLAIMS.exp + 120 });
		expect(verdicts.filter((v) => v.accepts === 'yes').map((v) => v.id)).toEqual(['identitymodel']);
	});

	it('treats exp equal to now as expired where the library uses <=, and not where it uses <', async () => {
		const verdicts = await judge({}, { at: CLAIMS.exp });
		expect(answers(verdicts)).toMatchObject({
			jsonwebtoken: 'no',
			pyjwt: 'no',
			jose: 'no',
			'golang-jwt': 'no',
			identitymodel: 'yes',
			'spring-security': 'yes'
		});
	});

	it('has IdentityModel refuse a token without exp, and the others accept it', async () => {
		const verdicts = await judge({ exp: undefined });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual(['identitymodel']);
	});

	it('has PyJWT refuse a token with aud when no audience is configured, and IdentityModel refuse any', async () => {
		const verdicts = await judge({}, {}, { issuer: ISSUER });
		expect(answers(verdicts)).toMatchObject({
			pyjwt: 'no',
			identitymodel: 'no',
			jsonwebtoken: 'yes',
			'spring-security': 'yes'
		});
		expect(verdicts.find((v) => v.id === 'identitymodel')!.reasons.join(' ')).toMatch(/IDX10208/);
	});

	it('has every verifier refuse the wrong audience when one is configured', async () => {
		const verdicts = await judge({ aud: 'api://billing' });
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['no']));
	});

	// Libraries compare the configured values byte for byte: a stray space in one is not trimmed for them.
	it.each([
		['audience', { audience: `${AUDIENCE} `, issuer: ISSUER }],
		['issuer', { audience: AUDIENCE, issuer: `${ISSUER}\t` }]
	])('has every verifier refuse an expected %s with a stray character at its end', async (_, e) => {
		const verdicts = await judge({}, {}, e);
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['no']));
	});

	it('has IdentityModel refuse when no issuer is configured', async () => {
		const verdicts = await judge({}, {}, { audience: AUDIENCE });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual(['identitymodel']);
	});

	it('has PyJWT alone refuse an iat in the future', async () => {
		const verdicts = await judge({ iat: NOW_SECONDS + 600, nbf: undefined });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual(['pyjwt']);
	});

	it('has Spring Security refuse an ES256 token, as it trusts RS256 only by default', async () => {
		const verdicts = await judge({}, { name: 'es256' });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual([
			'spring-security'
		]);
	});

	it('cannot tell without a key, and says why', async () => {
		const verdicts = await judge({}, { key: '' });
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['unknown']));
		expect(verdicts[0]!.reasons[0]).toMatch(/signature was not verified/);
	});

	it('still refuses without a key when a claim rule already refuses', async () => {
		const verdicts = await judge({}, { key: '', at: CLAIMS.exp + 30 });
		expect(answers(verdicts)).toMatchObject({ jsonwebtoken: 'no', identitymodel: 'unknown' });
	});

	it('has every verifier refuse a signature that does not verify', async () => {
		const verdicts = await judge({}, { key: keyText('rsOther', 'jwk') });
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['no']));
	});

	it('has every verifier refuse a malformed or unsigned token', async () => {
		const malformed = await inspectAt({ token: 'not.a-token' });
		expect(new Set(whatVerifiersWouldDo(malformed, EXPECT).map((v) => v.accepts))).toEqual(
			new Set(['no'])
		);
		const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
			JSON.stringify(CLAIMS)
		).toString('base64url')}.`;
		const unsigned = await inspectAt({ token: none });
		expect(new Set(whatVerifiersWouldDo(unsigned, EXPECT).map((v) => v.accepts))).toEqual(
			new Set(['no'])
		);
	});
});

describe('the reasons quote values as the checklist does', () => {
	it('escapes quotes and line breaks in iss and aud, so a claim cannot close its quotes or draw a line', async () => {
		const forged = 'https://issuer.example"\n\n✓ Pass  Signature — Verified\u202E';
		const verdicts = await judge({ iss: forged, aud: forged });
		const reasons = verdicts.flatMap((v) => v.reasons);
		expect(reasons.some((r) => r.includes('Expects issuer'))).toBe(true);
		expect(reasons.some((r) => r.includes('Expects audience'))).toBe(true);
		for (const reason of reasons) {
			expect(reason).not.toMatch(/[\n\u202E]/);
			expect(reason).not.toContain('example" ');
		}
		expect(reasons.join(' ')).toContain('"https://issuer.example\\"\\n\\n✓ Pass');
	});
});
