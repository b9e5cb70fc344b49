import { describe, expect, it } from 'vitest';
import {
	AUDIENCE,
	CLAIMS,
	ISSUER,
	NOW_SECONDS,
	inspectAt,
	keyText,
	mint,
	type KeyName
} from '$lib/testing/fixtures';
import { VERIFIER_PROFILES, whatVerifiersWouldDo, type VerifierVerdict } from './verifiers';

const EXPECT = { audience: AUDIENCE, issuer: ISSUER };

/** Each verifier's answer, by id. */
const answers = (verdicts: VerifierVerdict[]) =>
	Object.fromEntries(verdicts.map((v) => [v.id, v.accepts]));

async function judge(
	claims: Record<string, unknown>,
	options: { key?: string; name?: KeyName; at?: number } = {},
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
			'express-jwt': 0,
			'fast-jwt': 0,
			jose: 0,
			'aws-jwt-verify': 0,
			pyjwt: 0,
			identitymodel: 300,
			'spring-security': 60,
			'golang-jwt': 0,
			'ruby-jwt': 0,
			'php-jwt': 0,
			'java-jwt': 0
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
			'express-jwt': 'no',
			'fast-jwt': 'no',
			jose: 'no',
			'aws-jwt-verify': 'no',
			pyjwt: 'no',
			identitymodel: 'yes',
			'spring-security': 'yes',
			'golang-jwt': 'no',
			'ruby-jwt': 'no',
			'php-jwt': 'no',
			'java-jwt': 'no'
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

	it('has every verifier but php-jwt (which never reads aud) refuse the wrong audience', async () => {
		const verdicts = await judge({ aud: 'api://billing' });
		expect(verdicts.filter((v) => v.accepts !== 'no').map((v) => v.id)).toEqual(['php-jwt']);
	});

	it('has fast-jwt alone accept a token without aud when an audience is configured', async () => {
		const verdicts = await judge({ aud: undefined });
		expect(verdicts.filter((v) => v.accepts === 'yes').map((v) => v.id)).toEqual([
			'fast-jwt',
			'php-jwt'
		]);
	});

	// Libraries compare the configured values byte for byte: a stray space in one is not trimmed for them.
	it.each([
		['audience', { audience: `${AUDIENCE} `, issuer: ISSUER }],
		['issuer', { audience: AUDIENCE, issuer: `${ISSUER}\t` }]
	])(
		'has every verifier that checks it refuse an expected %s with a stray character',
		async (_, e) => {
			const verdicts = await judge({}, {}, e);
			expect(verdicts.filter((v) => v.accepts !== 'no').map((v) => v.id)).toEqual(['php-jwt']);
		}
	);

	it('has IdentityModel and aws-jwt-verify refuse when no issuer is configured', async () => {
		const verdicts = await judge({}, {}, { audience: AUDIENCE });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual([
			'aws-jwt-verify',
			'identitymodel'
		]);
	});

	it('has PyJWT, php-jwt and java-jwt refuse an iat in the future', async () => {
		const verdicts = await judge({ iat: NOW_SECONDS + 600, nbf: undefined });
		expect(verdicts.filter((v) => v.accepts === 'no').map((v) => v.id)).toEqual([
			'pyjwt',
			'php-jwt',
			'java-jwt'
		]);
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

/** The verifiers that answer `accepts` for this verdict list, in table order. */
const answering = (verdicts: VerifierVerdict[], accepts: VerifierVerdict['accepts']) =>
	verdicts.filter((v) => v.accepts === accepts).map((v) => v.id);

describe("each library's algorithms, crit, numeric strings and key lookup", () => {
	// Which rows refuse a token that is valid but for its algorithm: each library's supported list
	// (verifier-profiles.ts cites where each comes from), and Spring's RS256-only default.
	it.each([
		[
			'eddsa',
			['jsonwebtoken', 'express-jwt', 'identitymodel', 'spring-security', 'ruby-jwt', 'java-jwt']
		],
		['ps256', ['aws-jwt-verify', 'spring-security', 'php-jwt', 'java-jwt']],
		['es512', ['spring-security', 'php-jwt']]
	] as const)('refuses a %s token where the library cannot verify it', async (name, refusing) => {
		const verdicts = await judge({}, { name });
		expect(answering(verdicts, 'no')).toEqual(refusing);
		expect(verdicts.find((v) => v.id === refusing[0])!.reasons.join(' ')).toMatch(
			name === 'eddsa' ? /EdDSA/ : /PS256|ES512/
		);
	});

	it('refuses an unknown crit where the library follows RFC 7515 §4.1.11, and cannot tell for IdentityModel', async () => {
		const report = await inspectAt({
			token: mint('rs256', {}, { crit: ['urn:example:pop'], 'urn:example:pop': true }),
			key: keyText('rs256')
		});
		const verdicts = whatVerifiersWouldDo(report, EXPECT);
		expect(answering(verdicts, 'no')).toEqual(['fast-jwt', 'jose', 'pyjwt', 'spring-security']);
		expect(answering(verdicts, 'unknown')).toEqual(['identitymodel']);
	});

	it('reads exp written as a digit string where the library does (PyJWT int(), Go json.Number, Ruby to_i)', async () => {
		const verdicts = await judge({ exp: '1796120000' });
		expect(answering(verdicts, 'yes')).toEqual(['pyjwt', 'golang-jwt', 'ruby-jwt']);
		expect(answering(verdicts, 'unknown')).toEqual(['php-jwt']);
	});

	it('has every library refuse exp written as words', async () => {
		const verdicts = await judge({ exp: 'tomorrow' });
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['no']));
	});

	it('has every library refuse a kid the key set does not hold', async () => {
		const report = await inspectAt({
			token: mint('rs256', {}, { kid: 'rsa-rotated' }),
			key: keyText('rs256', 'jwks')
		});
		const verdicts = whatVerifiersWouldDo(report, EXPECT);
		expect(new Set(verdicts.map((v) => v.accepts))).toEqual(new Set(['no']));
		expect(verdicts[0]!.reasons.join(' ')).toMatch(/rsa-rotated/);
	});

	it('has aws-jwt-verify and php-jwt refuse a token without kid when given a key set', async () => {
		const report = await inspectAt({
			token: mint('rs256', {}, { kid: undefined }),
			key: keyText('rs256', 'jwks')
		});
		expect(answering(whatVerifiersWouldDo(report, EXPECT), 'no')).toEqual([
			'aws-jwt-verify',
			'php-jwt'
		]);
	});
});

describe('aws-jwt-verify on Cognito tokens', () => {
	const POOL = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123';
	const cognito = async (claims: Record<string, unknown>, audience = 'client-1') => {
		const report = await inspectAt({
			token: mint('rs256', { iss: POOL, aud: undefined, ...claims }),
			key: keyText('rs256'),
			audience,
			issuer: POOL
		});
		return whatVerifiersWouldDo(report, { audience, issuer: POOL }).find(
			(v) => v.id === 'aws-jwt-verify'
		)!;
	};

	it('accepts an access token whose client_id is the configured client', async () => {
		expect((await cognito({ token_use: 'access', client_id: 'client-1' })).accepts).toBe('yes');
	});

	it('refuses a Cognito token without token_use, and an access token for another client', async () => {
		expect((await cognito({ client_id: 'client-1' })).accepts).toBe('no');
		expect((await cognito({ token_use: 'access', client_id: 'client-2' })).accepts).toBe('no');
	});

	it("matches an id token's aud against the client id", async () => {
		expect((await cognito({ token_use: 'id', aud: 'client-1' })).accepts).toBe('yes');
		expect((await cognito({ token_use: 'id', aud: 'client-2' })).accepts).toBe('no');
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
