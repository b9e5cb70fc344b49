import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '$lib/core';
import { MAX_KEY_CHARS } from '$lib/core/keys/read-key';
import { MAX_TOKEN_CHARS } from '$lib/core/token/parse';
import { fixture, inspectAt, keyText, mint } from '$lib/testing/fixtures';
import { decodeShareLink } from './link';
import { handMade } from '$lib/testing/hand-made-link';
import { LINK_LIMITS } from './members';
import { withReported } from './reported';

const rsa = fixture('rs256') as ReturnType<typeof fixture> & { privatePem: string };
const T = 'a.b.';
/** A link's JSON with a token and `members`, framed by hand with a correct checksum. */
const craft = (members: Record<string, unknown>) => handMade(JSON.stringify({ t: T, ...members }));
const row = (id: string, status = 'pass', code = `${id}.x`, detail = 'Fine.') => [
	id,
	status,
	code,
	detail
];

describe('a crafted link’s key', () => {
	it.each([
		['an HMAC secret', keyText('hs256', 'secret')],
		['a secret ("oct") JWK', keyText('hs256', 'private-jwk')],
		['a private RSA JWK', keyText('rs256', 'private-jwk')],
		['a private EC JWK', keyText('es256', 'private-jwk')],
		['a public JWK with "oth" (RFC 7518 §6.3.2.7)', JSON.stringify({ ...rsa.publicJwk, oth: [] })],
		['a public JWK with only "p"', JSON.stringify({ ...rsa.publicJwk, p: 'AQAB' })],
		['a JWKS holding a private key', JSON.stringify({ keys: [rsa.publicJwk, rsa.privateJwk] })],
		[
			'a JWKS holding a secret',
			JSON.stringify({ keys: [JSON.parse(keyText('hs256', 'private-jwk'))] })
		],
		['a PEM private key', rsa.privatePem],
		['a public PEM with a private one after it', `${keyText('rs256', 'pem')}\n${rsa.privatePem}`],
		['text that is not a key', 'hello world'],
		['an empty key', '']
	])('is refused when it is %s, and nothing of the link is used', async (_, key) => {
		const result = await decodeShareLink(await craft({ k: key }));
		expect(result).toMatchObject({ ok: false, code: 'link.secret-key', member: 'key' });
		expect(result).not.toHaveProperty('diagnosis');
	});

	it.each([
		['a public JWK', keyText('rs256', 'jwk')],
		['a JWKS', keyText('rs256', 'jwks')],
		['an SPKI PEM', keyText('rs256', 'pem')],
		['a certificate', keyText('rs256', 'certificate')]
	])('is used when it is %s', async (_, key) => {
		expect(await decodeShareLink(await craft({ k: key }))).toMatchObject({
			ok: true,
			diagnosis: { token: T, key: key.trim() }
		});
	});

	it('is used as the sender’s rules read it: the compact JWK, the PEM blocks without text around them', async () => {
		const pem = keyText('rs256', 'pem').trim();
		const pretty = JSON.stringify(rsa.publicJwk, null, 2);
		for (const [sent, used] of [
			[pretty, JSON.stringify(rsa.publicJwk)],
			[`my key:\n${pem}\nthanks`, pem]
		])
			expect(await decodeShareLink(await craft({ k: sent }))).toMatchObject({
				ok: true,
				diagnosis: { key: used }
			});
	});
});

describe('a crafted link’s leeway', () => {
	it.each([
		['over one day', 86_401],
		['a year-old token’s worth', 1e15],
		['negative', -5],
		['not an integer', 1.5],
		['not finite (1e999 reads as Infinity)', '1e999'],
		['a string', '"30"'],
		['null', 'null']
	])('is refused when it is %s', async (_, leeway) => {
		const json = `{"t":"${T}","l":${leeway}}`;
		expect(await decodeShareLink(await handMade(json))).toMatchObject({
			ok: false,
			code: 'link.invalid-member',
			member: 'leewaySeconds'
		});
	});

	it.each([0, 300, 86_400])('is used when it is %d s', async (leeway) => {
		expect(await decodeShareLink(await craft({ l: leeway }))).toMatchObject({
			ok: true,
			diagnosis: { leewaySeconds: leeway }
		});
	});
});

describe('every member of a crafted link', () => {
	const long = (n: number) => 'x'.repeat(n + 1);
	const cases: Array<[string, Record<string, unknown>, string]> = [
		['no token', { t: undefined }, 'token'],
		['a token that is a number', { t: 1 }, 'token'],
		['an audience that is a number', { a: 1 }, 'audience'],
		['an audience over its bound', { a: long(LINK_LIMITS.expectationChars) }, 'audience'],
		['an issuer that is an object', { i: {} }, 'issuer'],
		['an issuer over its bound', { i: long(LINK_LIMITS.expectationChars) }, 'issuer'],
		['a subject that is a number', { su: 1 }, 'subject'],
		['a subject over its bound', { su: long(LINK_LIMITS.expectationChars) }, 'subject'],
		['required scopes that are a list', { sc: ['a'] }, 'requiredScopes'],
		[
			'required scopes over their bound',
			{ sc: long(LINK_LIMITS.expectationChars) },
			'requiredScopes'
		],
		['a key that is a number', { k: 5 }, 'key'],
		['an evaluation time that is a string', { e: '2026-01-01' }, 'evaluatedAt'],
		['an evaluation time in fractions of a ms', { e: 1.5 }, 'evaluatedAt'],
		['an evaluation time past year 9999', { e: 253_402_300_800_000 }, 'evaluatedAt'],
		['an evaluation time a Date cannot hold', { e: 1e300 }, 'evaluatedAt'],
		['a report that is a list', { r: [] }, 'reported'],
		['a report without a time', { r: { c: [] } }, 'reported.at'],
		['a report at a fractional time', { r: { w: 0.5, c: [] } }, 'reported.at'],
		['a report without rows', { r: { w: 0 } }, 'reported.checks'],
		[
			'a reported row whose check ID is not shaped like one',
			{ r: { w: 0, c: [row('Signature <b>')] } },
			'reported.checks'
		],
		[
			'a reported row with an unknown status',
			{ r: { w: 0, c: [row('signature', 'ok')] } },
			'reported.checks'
		],
		[
			'a reported row of three members',
			{ r: { w: 0, c: [['signature', 'pass', 'x']] } },
			'reported.checks'
		],
		[
			'a reported row whose code is a number',
			{ r: { w: 0, c: [row('signature', 'pass', 1 as never)] } },
			'reported.checks'
		],
		[
			'a reported row with an over-long code',
			{ r: { w: 0, c: [row('signature', 'pass', long(LINK_LIMITS.codeChars))] } },
			'reported.checks'
		],
		[
			'a reported row with an over-long detail',
			{ r: { w: 0, c: [row('signature', 'pass', 'x', long(LINK_LIMITS.detailChars))] } },
			'reported.checks'
		],
		[
			'the same check reported twice',
			{ r: { w: 0, c: [row('signature'), row('signature')] } },
			'reported.checks'
		],
		['masked claims that are a string', { m: 'email' }, 'masked'],
		['masked claims that are not strings', { m: [1] }, 'masked'],
		['a masked claim name over its bound', { m: [long(LINK_LIMITS.claimNameChars)] }, 'masked'],
		[
			'more masked claims than the bound',
			{ m: Array.from({ length: LINK_LIMITS.maskedClaims + 1 }, (_, n) => `c${n}`) },
			'masked'
		]
	];

	it.each(cases)('refuses %s, naming the member', async (_, members, member) => {
		const result = await decodeShareLink(await craft(members));
		expect(result).toMatchObject({ ok: false, code: 'link.invalid-member', member });
		if (!result.ok) expect(result.message).toContain(member);
	});

	it('refuses a token longer than the inspector reads, and a key longer than it reads', async () => {
		expect(LINK_LIMITS.tokenChars).toBe(MAX_TOKEN_CHARS);
		expect(LINK_LIMITS.keyChars).toBe(MAX_KEY_CHARS);
		const token = await decodeShareLink(await craft({ t: long(MAX_TOKEN_CHARS) }));
		expect(token).toMatchObject({ ok: false, code: 'link.invalid-member', member: 'token' });
		const key = await decodeShareLink(await craft({ k: long(MAX_KEY_CHARS) }));
		expect(key).toMatchObject({ ok: false, code: 'link.invalid-member', member: 'key' });
	}, 20_000);

	it('takes a report of every check once, with details at their bound', async () => {
		const checks = CHECK_IDS.map((id) =>
			row(id, 'warn', `${id}.x`, 'x'.repeat(LINK_LIMITS.detailChars))
		);
		expect(await decodeShareLink(await craft({ r: { w: -1000, c: checks } }))).toMatchObject({
			ok: true,
			diagnosis: { reported: { at: -1000 } }
		});
	});
});

describe('a reported row for a check this page does not have', () => {
	it('is read, as a newer page may report one, and left out when the rows are shown', async () => {
		const result = await decodeShareLink(
			await craft({ r: { w: 0, c: [row('future-check', 'fail'), row('signature', 'fail')] } })
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const report = await inspectAt({ token: mint('rs256').replace(/[^.]+$/, '') });
		const shown = withReported(report, result.diagnosis.reported!);
		expect(shown.checks.map((c) => c.id)).toEqual(report.checks.map((c) => c.id));
		expect(shown.checks.find((c) => c.id === 'signature')?.code).toBe('signature.reported');
	});
});
