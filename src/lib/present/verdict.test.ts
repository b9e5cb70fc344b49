import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, type CheckId, type InspectInput } from '$lib/core';
import {
	AUDIENCE,
	CLAIMS,
	ISSUER,
	keyText,
	mint,
	NOW,
	NOW_SECONDS,
	part,
	signWith,
	TOKENS
} from '$lib/testing/fixtures';
import { MAX_SENTENCE, verdictSentence, type VerdictSentence } from './verdict';

const H = 3600;
const UNSECURED = `${part({ alg: 'none', typ: 'JWT' })}.${part(CLAIMS)}.`;
const JWKS = JSON.stringify({
	keys: [JSON.parse(keyText('rsOther')), JSON.parse(keyText('rs256'))]
});

/** An HS256 token signed with a secret from every word list. */
function signedWithWeakSecret(secret: string): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function sentenceFor(input: Partial<InspectInput> & { token: string }) {
	return verdictSentence(await inspect({ now: NOW, audience: AUDIENCE, issuer: ISSUER, ...input }));
}

interface Case {
	name: string;
	input: Partial<InspectInput> & { token: string };
	verdict: VerdictSentence['verdict'];
	headline: VerdictSentence['headline'];
	mainCheck: CheckId | undefined;
	fragments: string[];
}

const CASES: Case[] = [
	{
		name: 'a valid HS256 token verified with its secret',
		input: { token: TOKENS.hs256!, key: keyText('hs256', 'secret') },
		verdict: 'valid',
		headline: 'Valid',
		mainCheck: 'signature',
		fragments: ['Valid — signature verified with the secret (HS256); all claims pass.']
	},
	{
		name: 'a valid RS256 token verified by kid in a JWKS',
		input: { token: TOKENS.rs256!, key: JWKS },
		verdict: 'valid',
		headline: 'Valid',
		mainCheck: 'signature',
		fragments: ['signature verified with key "rsa-1" (RS256)', 'all claims pass']
	},
	{
		name: 'a valid token whose audience and issuer were not checked',
		input: { token: TOKENS.rs256!, key: keyText('rs256', 'pem'), audience: '', issuer: '' },
		verdict: 'valid',
		headline: 'Valid',
		mainCheck: 'signature',
		fragments: ['the supplied key (RS256)', 'audience and issuer not checked']
	},
	{
		name: 'a valid token signed with a weak secret',
		input: { token: signedWithWeakSecret('secret'), key: 'secret' },
		verdict: 'valid',
		headline: 'Valid',
		mainCheck: 'signature',
		fragments: ['with 1 warning (secret strength)', 'Rotate to a long random secret.']
	},
	{
		name: 'an expired token',
		input: {
			token: mint('rs256', {
				iat: NOW_SECONDS - 4 * H,
				nbf: NOW_SECONDS - 4 * H,
				exp: NOW_SECONDS - 3 * H
			}),
			key: keyText('rs256')
		},
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'exp',
		fragments: [
			'Invalid — expired 3 h ago (09:00 UTC).',
			'Get a new token, and have the client refresh it before "exp".'
		]
	},
	{
		name: 'a token not valid yet',
		input: { token: mint('rs256', { nbf: NOW_SECONDS + H }), key: keyText('rs256') },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'nbf',
		fragments: ['not valid until 13:00 UTC (in 1 h)']
	},
	{
		name: 'a token for another audience',
		input: { token: TOKENS.rs256!, key: keyText('rs256'), audience: 'api://billing' },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'aud',
		fragments: ['"api://orders"', '"api://billing"', 'Request a token for this API']
	},
	{
		name: 'a token from another issuer',
		input: { token: TOKENS.rs256!, key: keyText('rs256'), issuer: 'https://login.example' },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'iss',
		fragments: ['issued by "https://issuer.example", not the expected "https://login.example"']
	},
	{
		name: 'a signature that does not verify',
		input: { token: TOKENS.rs256!, key: keyText('rsOther') },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'signature',
		fragments: ['does not verify with the supplied key (RS256)', "the issuer's current one"]
	},
	{
		name: 'a kid missing from the key set',
		input: { token: TOKENS.rs256!, key: keyText('rsOther', 'jwks') },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'key',
		fragments: ['kid "rsa-1" is not in the key set', 'current JWKS']
	},
	{
		name: 'a token missing a required scope',
		input: {
			token: mint('rs256', { scope: 'orders:read' }),
			key: keyText('rs256'),
			requiredScopes: 'orders:read orders:write'
		},
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'scope',
		fragments: ['Invalid — missing scope "orders:write". Ask for a token with that scope.']
	},
	{
		name: 'a token missing two required scopes',
		input: { token: mint('rs256', { scp: ['a'] }), key: keyText('rs256'), requiredScopes: 'b c' },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'scope',
		fragments: ['missing scopes "b", "c"', 'Ask for a token with those scopes.']
	},
	{
		name: 'an HMAC secret read in the wrong encoding',
		input: {
			token: signedWithWeakSecret('0123456789abcdef0123456789abcdef'),
			key: Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')
		},
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'signature',
		fragments: ['secret in another encoding', 'same encoding']
	},
	{
		name: 'an RS256 header over a PS256 signature',
		input: {
			token: signWith('rs256', { alg: 'RS256', typ: 'JWT' }, CLAIMS, { signAs: 'PS256' }),
			key: keyText('rs256', 'pem')
		},
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'signature',
		fragments: ['another RSA padding than its header claims']
	},
	{
		name: 'an unsecured token',
		input: { token: UNSECURED },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'algorithm',
		fragments: ['unsigned ("alg": "none")', 'plus 1 more problem.', 'Treat it as forged']
	},
	{
		name: 'a token cut short',
		input: { token: TOKENS.rs256!.replace(/\.[^.]*$/, '') },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'structure',
		fragments: ['there are two parts: the signature is missing', 'Copy the whole token']
	},
	{
		name: 'a key pasted as the token',
		input: { token: keyText('rs256', 'pem') },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'structure',
		fragments: ['PEM key or certificate, not a token']
	},
	{
		name: 'an empty input',
		input: { token: '' },
		verdict: 'unverified',
		headline: 'Not a token yet',
		mainCheck: undefined,
		fragments: ['Not a token yet — paste a JWT to inspect it.']
	},
	{
		name: 'a token without a key',
		input: { token: TOKENS.rs256! },
		verdict: 'unverified',
		headline: 'Decoded, not verified',
		mainCheck: 'signature',
		fragments: ["Decoded, not verified — add the issuer's key to check the signature."]
	},
	{
		name: 'a token without a key or an expiry',
		input: { token: mint('rs256', { exp: undefined }) },
		verdict: 'unverified',
		headline: 'Decoded, not verified',
		mainCheck: 'signature',
		fragments: ["add the issuer's key to check the signature.", '1 warning (lifetime)']
	},
	{
		name: 'an encrypted token',
		input: {
			token: [part({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), 'AAAA', 'AAAA', 'AAAA', 'AAAA'].join(
				'.'
			)
		},
		verdict: 'unverified',
		headline: 'Decoded, not verified',
		mainCheck: 'structure',
		fragments: ['encrypted token (JWE)']
	},
	{
		name: 'a token whose algorithm cannot be verified here',
		input: {
			token: `${part({ alg: 'ES256K', typ: 'JWT' })}.${part(CLAIMS)}.${'A'.repeat(86)}`,
			key: keyText('es256')
		},
		verdict: 'unverified',
		headline: 'Decoded, not verified',
		mainCheck: 'signature',
		fragments: ['the signature was not checked', '1 warning (algorithm)']
	},
	{
		name: 'an expired token for another audience and issuer',
		input: {
			token: mint('rs256', { exp: NOW_SECONDS - 20 }),
			key: keyText('rs256'),
			audience: 'api://billing',
			issuer: 'https://login.example'
		},
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'exp',
		fragments: ['expired 20 s ago (11:59 UTC), plus 2 more problems.']
	},
	{
		name: 'an unsecured token that has also expired',
		input: { token: `${part({ alg: 'none' })}.${part({ ...CLAIMS, exp: NOW_SECONDS - H })}.` },
		verdict: 'invalid',
		headline: 'Invalid',
		mainCheck: 'algorithm',
		fragments: ['plus 2 more problems']
	}
];

describe('verdictSentence', () => {
	it.each(CASES)('names the main reason for $name', async (c) => {
		const sentence = await sentenceFor(c.input);
		expect(sentence.verdict).toBe(c.verdict);
		expect(sentence.headline).toBe(c.headline);
		expect(sentence.mainCheck).toBe(c.mainCheck);
		for (const fragment of c.fragments) expect(sentence.text).toContain(fragment);
	});

	it.each(CASES)('keeps the sentence for $name short, and consistent with its parts', async (c) => {
		const sentence = await sentenceFor(c.input);
		expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
		expect(sentence.announcement.length).toBeLessThanOrEqual(MAX_SENTENCE);
		expect(sentence.text).toBe(
			`${sentence.headline} — ${sentence.reason}.${sentence.next ? ` ${sentence.next}` : ''}`
		);
	});

	it('announces an expiry without relative times, so the announcement stays the same as time passes', async () => {
		const token = mint('rs256', { exp: NOW_SECONDS - 3 * H });
		const now = await sentenceFor({ token, key: keyText('rs256') });
		const later = await sentenceFor({
			token,
			key: keyText('rs256'),
			now: new Date(NOW.getTime() + 5 * 60 * 1000)
		});
		expect(now.text).not.toBe(later.text);
		expect(now.announcement).toBe(later.announcement);
		expect(now.announcement).toContain('expired at 2026-11-25 09:00:00 UTC');
		expect(now.announcement).not.toMatch(/ ago|in \d/);
	});

	it('says the leeway was exceeded when there is one', async () => {
		const sentence = await sentenceFor({
			token: mint('rs256', { exp: NOW_SECONDS - 90 }),
			key: keyText('rs256'),
			leewaySeconds: 60
		});
		expect(sentence.text).toContain('expired 1 min 30 s ago (11:58 UTC), beyond the 60 s leeway');
	});

	it('abbreviates long values from the token or the user', async () => {
		const long = `api://${'x'.repeat(300)}`;
		const sentence = await sentenceFor({
			token: mint('rs256', { aud: long }),
			key: keyText('rs256'),
			audience: `${long}-other`
		});
		expect(sentence.mainCheck).toBe('aud');
		expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
		expect(sentence.text).not.toMatch(/[^\s"]{61,}/);
		expect(sentence.text).toContain('…');
	});

	it.each([
		['a quote and line breaks', 'HS256"\n\n✓ Pass', '\\"\\n\\n✓ Pass'],
		['a right-to-left override', 'HS\u202E256', 'HS⟨U+202E⟩256']
	])('quotes an unregistered alg with %s, escaped', async (_, alg, shown) => {
		const sentence = await sentenceFor({ token: signWith('hs256', { alg, typ: 'JWT' }, CLAIMS) });
		for (const text of [sentence.text, sentence.reason, sentence.next ?? ''])
			expect(text).not.toMatch(/[\n\u202E]/);
		expect(sentence.text).toContain(shown);
	});
});

describe('verdictSentence with a wide clock leeway', () => {
	const key = keyText('rs256');
	it.each<[string, Partial<InspectInput> & { token: string }, VerdictSentence['verdict']]>([
		['valid', { token: mint('rs256'), key, leewaySeconds: 2 * H }, 'valid'],
		['unverified', { token: mint('rs256'), leewaySeconds: 2 * H }, 'unverified'],
		[
			'invalid',
			{ token: mint('rs256', { exp: NOW_SECONDS - 3 * H }), key, leewaySeconds: 2 * H },
			'invalid'
		]
	])(
		'names a leeway over 5 min in a %s sentence and its announcement',
		async (_, input, verdict) => {
			const sentence = await sentenceFor(input);
			expect(sentence.verdict).toBe(verdict);
			expect(sentence.wideLeewaySeconds).toBe(2 * H);
			for (const text of [sentence.text, sentence.announcement]) {
				expect(text).toContain('leeway of 2 h');
				expect(text).toContain('(more than the usual 5 min)');
			}
			expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
		}
	);

	it.each([0, 60, 300])('says nothing of a leeway of %d s', async (leewaySeconds) => {
		const sentence = await sentenceFor({ token: mint('rs256'), key, leewaySeconds });
		expect(sentence.wideLeewaySeconds).toBeUndefined();
		expect(sentence.text).not.toContain('usual 5 min');
	});

	it('names even a leeway no link may carry, as the Clock leeway field may hold one', async () => {
		const sentence = await sentenceFor({ token: mint('rs256'), key, leewaySeconds: 1e15 });
		expect(sentence.wideLeewaySeconds).toBe(1e15);
		expect(sentence.text).toMatch(/leeway of .+ years \(more than the usual 5 min\)/);
	});
});

describe('verdictSentence, when the key is not shown to be one the user trusts', () => {
	it('leads with keys fetched from the token’s own issuer when no issuer is expected', async () => {
		const sentence = await sentenceFor({
			token: TOKENS.rs256!,
			key: JWKS,
			issuer: '',
			keyFetchedFor: ISSUER
		});
		expect(sentence.verdict).toBe('unverified');
		expect(sentence.mainCheck).toBe('iss');
		expect(sentence.reason).toMatch(/^keys fetched from the issuer the token names/);
		expect(sentence.next).toMatch(/Expected issuer/);
		expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
	});

	it('leads with keys fetched from another issuer than the expected one', async () => {
		const sentence = await sentenceFor({
			token: TOKENS.rs256!,
			key: JWKS,
			keyFetchedFor: 'https://other.example'
		});
		expect(sentence.verdict).toBe('unverified');
		expect(sentence.mainCheck).toBe('iss');
	});
});

// Issue 13: a JWS whose payload is not a claims set verifies, but none of exp, aud, iss… was judged; the
// sentence must not read as "all claims pass", with or without warnings beside it.
describe('verdictSentence, for a verified JWS whose payload is not a claims set', () => {
	const NO_CLAIMS =
		'signature verified, but the payload is not a claims set: no claim (exp, aud, iss…) was checked';

	it.each([
		['text', 'hello'],
		['JSON that is not an object', '[1,2]'],
		['an unencoded payload (b64: false)', { alg: 'RS256', b64: false, crit: ['b64'] }]
	])('says no claim was checked for %s', async (_, payload) => {
		const header = typeof payload === 'object' ? payload : { alg: 'RS256' };
		const token = signWith('rs256', header, typeof payload === 'object' ? 'hello' : payload);
		const sentence = await sentenceFor({ token, key: keyText('rs256') });
		expect(sentence.verdict).toBe('valid');
		expect(sentence.text).toContain(NO_CLAIMS);
		expect(sentence.announcement).toContain(NO_CLAIMS);
		expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
	});

	it('says it beside a warning too', async () => {
		const input = `${part({ alg: 'HS256' })}.${part('hello')}`;
		const token = `${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`;
		const sentence = await sentenceFor({ token, key: 'secret' });
		expect(sentence.verdict).toBe('valid');
		expect(sentence.text).toContain(NO_CLAIMS);
		expect(sentence.text).toContain('secret strength');
	});
});

// Issue 17, item 3: a token too big to send is named only when nothing worse happened.
describe('verdictSentence, for a token too big to send', () => {
	const KEY = keyText('hs256', 'secret');
	const big = (claims: Record<string, unknown> = {}) =>
		mint('hs256', { blob: 'x'.repeat(20000), ...claims });

	it('names the size warning and its next step when it is the only warning', async () => {
		const report = await inspect({
			now: NOW,
			audience: AUDIENCE,
			issuer: ISSUER,
			token: big(),
			key: KEY
		});
		const sentence = verdictSentence(report);
		expect(sentence.verdict).toBe('valid');
		expect(sentence.text).toContain('1 warning (size)');
		const size = report.checks.find((c) => c.id === 'size')!;
		expect(size.code).toBe('size.over-lowest');
		expect(sentence.next).toBeDefined();
		expect(sentence.next).not.toBe((await sentenceFor({ token: mint('hs256'), key: KEY })).next);
	});

	it('leads with another warning’s next step when there is one', async () => {
		const small = await sentenceFor({ token: mint('hs256', { exp: undefined }), key: KEY });
		const large = await sentenceFor({ token: big({ exp: undefined }), key: KEY });
		expect(large.text).toContain('2 warnings');
		expect(large.next).toBe(small.next);
	});

	it('leads with a failure, not the size', async () => {
		const sentence = await sentenceFor({ token: big({ aud: 'someone-else' }), key: KEY });
		expect(sentence.verdict).toBe('invalid');
		expect(sentence.mainCheck).toBe('aud');
	});
});
