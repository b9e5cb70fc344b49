// Each format through inspect(): the data-format, the structure row's code, and near misses that must stay
// unnamed. The values are fake, built here from the documented shapes (see each format's file for its source).
import { describe, expect, it } from 'vitest';
import { inspectAt, mint, TOKENS } from '$lib/testing/fixtures';
import { encodeBase64url } from '$lib/core/token/base64url';
import { checksummed } from '$lib/testing/github-tokens';
import { BASE62, B64URL, branca, chars } from '$lib/testing/format-values';

const bytes = (text: string) => new TextEncoder().encode(text);
const b64url = (text: string) => encodeBase64url(bytes(text));
const b64 = (text: string) => btoa(text);

function macaroon(location = 'https://matrix.example.org', padded = false): string {
	const packet = (key: string, value: string) => {
		const body = `${key} ${value}\n`;
		return (body.length + 4).toString(16).padStart(4, '0') + body;
	};
	const raw =
		packet('location', location) +
		packet('identifier', 'key-1') +
		packet('cid', 'user_id = @alice:example.org') +
		packet('cid', 'time < 1700003600') +
		packet('signature', String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 7)));
	return padded ? btoa(raw) : btoa(raw).replace(/=+$/, '');
}

const flask = `${b64url('{"user_id":42,"_fresh":true}')}.ZVQ1Nw.${chars(B64URL, 27)}`;

const NAMED: Array<[string, string, string, string]> = [
	[
		'GitHub classic PAT',
		`ghp_${checksummed(chars(BASE62, 30))}`,
		'github-token',
		'structure.github-token'
	],
	[
		'GitHub OAuth token',
		`gho_${checksummed(chars(BASE62, 30, 3))}`,
		'github-token',
		'structure.github-token'
	],
	[
		'GitHub user token',
		`ghu_${checksummed(chars(BASE62, 30, 4))}`,
		'github-token',
		'structure.github-token'
	],
	[
		'GitHub installation token',
		`ghs_${checksummed(chars(BASE62, 30, 5))}`,
		'github-token',
		'structure.github-token'
	],
	[
		'GitHub refresh token',
		`ghr_${checksummed(chars(BASE62, 30, 6))}`,
		'github-token',
		'structure.github-token'
	],
	[
		'GitHub fine-grained PAT',
		`github_pat_${chars(BASE62, 22)}_${chars(BASE62, 59, 9)}`,
		'github-token',
		'structure.github-token'
	],
	[
		'Slack bot token',
		`xoxb-123456789012-1234567890123-${chars(BASE62, 24)}`,
		'slack-token',
		'structure.slack-token'
	],
	[
		'Slack user token',
		`xoxp-1234-5678-9012-${chars(BASE62, 32)}`,
		'slack-token',
		'structure.slack-token'
	],
	[
		'Slack app token',
		`xapp-1-A0123456789-${chars(BASE62, 30)}`,
		'slack-token',
		'structure.slack-token'
	],
	[
		'Stripe live secret key',
		`sk_live_${chars(BASE62, 24)}`,
		'stripe-key',
		'structure.stripe-secret-key'
	],
	[
		'Stripe test secret key',
		`sk_test_${chars(BASE62, 99)}`,
		'stripe-key',
		'structure.stripe-secret-key'
	],
	[
		'Stripe restricted key',
		`rk_live_${chars(BASE62, 24)}`,
		'stripe-key',
		'structure.stripe-restricted-key'
	],
	[
		'Stripe publishable key',
		`pk_test_${chars(BASE62, 24)}`,
		'stripe-key',
		'structure.stripe-publishable-key'
	],
	['AWS long-term key ID', 'AKIAIOSFODNN7EXAMPLE', 'aws-access-key', 'structure.aws-access-key'],
	[
		'AWS temporary key ID',
		`ASIA${chars(BASE62.slice(0, 36), 16)}`,
		'aws-access-key',
		'structure.aws-access-key'
	],
	[
		'Google access token',
		`ya29.a0${chars(B64URL, 160)}`,
		'google-access-token',
		'structure.google-access-token'
	],
	[
		'legacy Google access token (empty middle part)',
		`ya29..${chars(B64URL, 120)}`,
		'google-access-token',
		'structure.google-access-token'
	],
	[
		'Microsoft personal-account ticket',
		`EwA${chars(B64URL.slice(0, 62) + '+/', 900)}=`,
		'microsoft-account-ticket',
		'structure.microsoft-account-ticket'
	],
	['Branca token', branca(), 'branca', 'structure.branca'],
	['macaroon', macaroon(), 'macaroon', 'structure.macaroon'],
	[
		'padded standard-base64 macaroon',
		macaroon('https://a.example', true),
		'macaroon',
		'structure.macaroon'
	],
	['Flask session cookie', flask, 'session-cookie', 'structure.flask-session'],
	[
		'compressed Flask session cookie',
		`.eJw${chars(B64URL, 60)}.ZVQ1Nw.${chars(B64URL, 27)}`,
		'session-cookie',
		'structure.flask-session'
	],
	[
		'Django signed value',
		`${b64url('{"cart":[1,2]}')}:1r2Xyz:${chars(B64URL, 43)}`,
		'session-cookie',
		'structure.django-signed'
	],
	[
		'express-session cookie',
		`s:${chars(B64URL, 32)}.${chars(BASE62 + '+/', 43)}`,
		'session-cookie',
		'structure.express-session'
	],
	[
		'URL-encoded express-session cookie',
		`s%3A${chars(B64URL, 32)}.${chars(BASE62 + '+/', 43)}`,
		'session-cookie',
		'structure.express-session'
	],
	[
		'HTTP Basic credentials',
		`Basic ${b64('alice:correct horse')}`,
		'basic-auth',
		'structure.basic-auth'
	],
	[
		'an Authorization header with Basic credentials',
		`Authorization: basic ${b64('bob:pw')}`,
		'basic-auth',
		'structure.basic-auth'
	],
	[
		'PEM private key',
		`-----BEGIN PRIVATE KEY-----\n${chars(B64URL.slice(0, 62) + '+/', 64)}\n-----END PRIVATE KEY-----`,
		'opaque',
		'structure.private-key'
	],
	[
		'PEM RSA private key',
		`-----BEGIN RSA PRIVATE KEY-----\nMIIE${chars(B64URL.slice(0, 62), 60)}\n-----END RSA PRIVATE KEY-----`,
		'opaque',
		'structure.private-key'
	],
	[
		'private JWK',
		JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: chars(B64URL, 43) }),
		'opaque',
		'structure.private-key'
	],
	['hex secret', chars('0123456789abcdef', 64), 'opaque', 'structure.secret'],
	[
		'AWS secret access key',
		`wJalrXUtnFEMI/K7MDENG/bPxRfiCY${chars(BASE62, 10)}`,
		'opaque',
		'structure.secret'
	],
	['Auth0 opaque access token', 'KBSxkmG-OcpA6-cg', 'opaque', 'structure.opaque']
];

describe('a value that is not a JWT is named', () => {
	it.each(NAMED)('%s', async (_, token, format, code) => {
		const report = await inspectAt({ token });
		expect(report.format).toBe(format);
		const structure = report.checks.find((c) => c.id === 'structure')!;
		expect(structure.code).toBe(code);
		expect(structure.status).toBe('fail');
		expect(report.verdict).toBe('invalid');
	});
});

// Secrets are named by their documented prefix; the rest of the value never appears in the report.
describe('a secret is never shown in the report', () => {
	const secrets = NAMED.filter(([, , format]) =>
		[
			'github-token',
			'slack-token',
			'stripe-key',
			'google-access-token',
			'microsoft-account-ticket'
		].includes(format)
	);
	it.each(secrets)('%s', async (_, token) => {
		const report = await inspectAt({ token });
		const text = JSON.stringify(report.checks);
		expect(text).not.toContain(token.slice(12, 24));
	});

	it('shows the Basic user name, never the password', async () => {
		const report = await inspectAt({ token: `Basic ${b64('alice:s3cr3t-Pa55')}` });
		const detail = report.checks.find((c) => c.id === 'structure')!.detail;
		expect(detail).toContain('alice');
		expect(JSON.stringify(report.checks)).not.toContain('s3cr3t');
	});

	it("shows a Flask cookie's data, decoded", async () => {
		const report = await inspectAt({ token: flask });
		expect(report.checks.find((c) => c.id === 'structure')!.detail).toContain('"user_id":42');
	});
});

// A near miss of a named shape is at most an opaque value (the catch-all for one dotless string of token
// characters), never the kind it resembles.
const NEAR_MISSES: Array<[string, string, string]> = [
	['a word starting with sk_', 'sk_something', 'opaque'],
	['sk_live_ with too few characters', 'sk_live_abc123', 'opaque'],
	['a Stripe prefix with a wrong mode', `sk_prod_${chars(BASE62, 24)}`, 'opaque'],
	['ghp_ with 35 characters', `ghp_${chars(BASE62, 35)}`, 'opaque'],
	['ghp_ with a dash', `ghp_${chars(BASE62, 35)}-`, 'opaque'],
	['an unknown gh prefix', `ghx_${chars(BASE62, 36)}`, 'opaque'],
	['xoxb- and a word', 'xoxb-test', 'opaque'],
	['AKIA with lower case', `AKIA${chars('abcdefghijklmnop', 16)}`, 'opaque'],
	['AKIA too short', 'AKIA1234', 'opaque'],
	['ya29 without its dot', `ya29${chars(B64URL, 40)}`, 'opaque'],
	['a short Ew value', `EwA${chars(BASE62, 40)}`, 'opaque'],
	['base62 whose first byte is not 0xBA', branca(0xbb), 'opaque'],
	['MDAx that is no macaroon', `MDAx${chars(BASE62, 40)}`, 'opaque'],
	['Basic with no colon in it', `Basic ${b64('alice')}`, 'malformed'],
	['a JWT header alone', b64url('{"alg":"HS256","typ":"JWT"}'), 'malformed'],
	['two parts', `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"a"}')}`, 'malformed'],
	['a public PEM key', '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----', 'malformed'],
	['a public JWK', JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }), 'malformed'],
	['a short word', 'hello', 'malformed']
];

describe('near misses are not named', () => {
	it.each(NEAR_MISSES)('%s', async (_, token, format) => {
		const report = await inspectAt({ token });
		expect(report.format).toBe(format);
	});
});

describe('what the core already knows keeps its format', () => {
	it('empty', async () => expect((await inspectAt({ token: '' })).format).toBe('empty'));
	it('a JWS', async () => expect((await inspectAt({ token: TOKENS.hs256! })).format).toBe('jws'));
	it('an unsecured JWT', async () => {
		const token = `${b64url('{"alg":"none"}')}.${b64url('{"sub":"a"}')}.`;
		expect((await inspectAt({ token })).format).toBe('unsecured');
	});
	it('a JWE', async () => {
		const header = b64url('{"alg":"dir","enc":"A256GCM"}');
		const token = `${header}..${chars(B64URL, 16)}.${chars(B64URL, 22)}.${chars(B64URL, 22)}`;
		expect((await inspectAt({ token })).format).toBe('jwe');
	});
	it('a JWS whose payload is a Flask-like JSON object stays a JWS', async () => {
		const token = await mint('hs256', { user_id: 42 });
		expect((await inspectAt({ token })).format).toBe('jws');
	});
});

describe('decoded cookie data is shown as text', () => {
	it('labels a bidi control in a Flask cookie instead of passing it on', async () => {
		const token = `${b64url('{"name":"\u202Eevil"}')}.ZVQ1Nw.${chars(B64URL, 27)}`;
		const detail = (await inspectAt({ token })).checks.find((c) => c.id === 'structure')!.detail;
		expect(detail).not.toContain('\u202E');
		expect(detail).toContain('U+202E');
	});
});
