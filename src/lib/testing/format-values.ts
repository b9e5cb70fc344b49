// One made-up value of each format a recogniser names (core/formats), for tests that must hold for every
// format's real wording (the verdict sentence, the claim rows). Built from the documented shapes, as
// core/formats/formats.test.ts builds its own; the PASETO public token is signed by panva's `paseto`.
import { PublicProtocol } from 'paseto';
import * as v4 from 'paseto/v4/public';
import { encodeBase64url } from '$lib/core/token/base64url';
import { checksummed } from './github-tokens';
import { NOW } from './fixtures';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `n` characters of `alphabet`, the same for the same seed (a linear congruential sequence). */
export function chars(alphabet: string, n: number, seed = 7): string {
	let state = seed;
	let out = '';
	for (let i = 0; i < n; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		out += alphabet[state % alphabet.length];
	}
	return out;
}

const b64url = (text: string) => encodeBase64url(new TextEncoder().encode(text));

/** `data` as one big-endian number in base62, as Branca spells its tokens. */
export function base62(data: Uint8Array): string {
	let value = 0n;
	for (const b of data) value = value * 256n + BigInt(b);
	let out = '';
	while (value > 0n) {
		out = BASE62[Number(value % 62n)] + out;
		value /= 62n;
	}
	return out;
}

/** A made-up Branca token (version byte `first`, 0xBA for a real one), timestamp 1,700,000,000. */
export function branca(first = 0xba): string {
	const data = new Uint8Array(1 + 4 + 24 + 20 + 16);
	for (let i = 0; i < data.length; i++) data[i] = (i * 37 + 11) % 256;
	data[0] = first;
	new DataView(data.buffer).setUint32(1, 1_700_000_000);
	return base62(data);
}

function macaroon(): string {
	const packet = (key: string, value: string) => {
		const body = `${key} ${value}\n`;
		return (body.length + 4).toString(16).padStart(4, '0') + body;
	};
	const raw =
		packet('location', 'https://matrix.example.org') +
		packet('identifier', 'key-1') +
		packet('cid', 'user_id = @alice:example.org') +
		packet('signature', String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 7)));
	return btoa(raw).replace(/=+$/, '');
}

const at = (offsetSeconds: number) =>
	new Date(NOW.getTime() + offsetSeconds * 1000).toISOString().replace('.000Z', 'Z');

/** A SAML response with one signed assertion (SAML 2.0 Core §3.2.2), or with `assertion` in its place. */
function samlResponse(assertion?: string, doctype = false): string {
	const signed = `<saml:Assertion ID="_a1" Version="2.0" IssueInstant="${at(-5)}">
    <saml:Issuer>https://idp.example.org/</saml:Issuer>
    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>
    <saml:Subject><saml:NameID>alice@example.com</saml:NameID></saml:Subject>
    <saml:Conditions NotBefore="${at(-60)}" NotOnOrAfter="${at(300)}">
      <saml:AudienceRestriction><saml:Audience>https://sp.example.com/metadata</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
  </saml:Assertion>`;
	return `<?xml version="1.0" encoding="UTF-8"?>${doctype ? '<!DOCTYPE r [<!ENTITY a "aaaa">]>' : ''}
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
    ID="_r1" Version="2.0" IssueInstant="${at(-5)}" Destination="https://sp.example.com/acs">
  <saml:Issuer>https://idp.example.org/</saml:Issuer>
  ${assertion ?? signed}
</samlp:Response>`;
}

/** A v4.public PASETO (Ed25519) with an audience and a subject, signed at NOW. */
async function pasetoPublic(): Promise<string> {
	const protocol = new PublicProtocol(v4.GenerateKeyPairFactory, v4.SignFactory);
	const { secretKey } = await protocol.GenerateKeyPair();
	const claims = { sub: 'alice', aud: 'https://api.example', exp: at(3600), nbf: at(-60) };
	return protocol.Sign(secretKey, claims as never, { now: NOW, addIssuedAt: false });
}

/** [what it is, the value, the structure code it gets]: at least one of every format the recognisers name. */
export async function formatValues(): Promise<Array<[string, string, string]>> {
	const github = `ghp_${checksummed(chars(BASE62, 30))}`;
	return [
		['GitHub classic PAT', github, 'structure.github-token'],
		[
			'a GitHub token with a broken checksum',
			`ghp_${'A'.repeat(36)}`,
			'structure.github-token-checksum'
		],
		[
			'Slack bot token',
			`xoxb-123456789012-1234567890123-${chars(BASE62, 24)}`,
			'structure.slack-token'
		],
		['Stripe secret key', `sk_live_${chars(BASE62, 24)}`, 'structure.stripe-secret-key'],
		['Stripe restricted key', `rk_live_${chars(BASE62, 24)}`, 'structure.stripe-restricted-key'],
		['Stripe publishable key', `pk_test_${chars(BASE62, 24)}`, 'structure.stripe-publishable-key'],
		['AWS key ID', 'AKIAIOSFODNN7EXAMPLE', 'structure.aws-access-key'],
		['Google access token', `ya29.a0${chars(B64URL, 160)}`, 'structure.google-access-token'],
		[
			'Microsoft personal-account ticket',
			`EwA${chars(B64URL.slice(0, 62) + '+/', 900)}=`,
			'structure.microsoft-account-ticket'
		],
		['PASETO v4.public', await pasetoPublic(), 'structure.paseto-public'],
		[
			'PASETO v4.local',
			`v4.local.${encodeBase64url(new Uint8Array(84).map((_, i) => (i * 13) % 256))}`,
			'structure.paseto-local'
		],
		[
			'a broken PASETO',
			`v4.public.${encodeBase64url(new Uint8Array(40))}`,
			'structure.paseto-malformed'
		],
		['Branca token', branca(), 'structure.branca'],
		['macaroon', macaroon(), 'structure.macaroon'],
		['SAML response', samlResponse(), 'structure.saml-response'],
		[
			'SAML encrypted assertion',
			samlResponse(
				'<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"/></saml:EncryptedAssertion>'
			),
			'structure.saml-encrypted'
		],
		['SAML with a DOCTYPE', samlResponse(undefined, true), 'structure.saml-doctype'],
		[
			'Flask session cookie',
			`${b64url('{"user_id":42,"_fresh":true}')}.ZVQ1Nw.${chars(B64URL, 27)}`,
			'structure.flask-session'
		],
		[
			'Django signed value',
			`${b64url('{"cart":[1,2]}')}:1r2Xyz:${chars(B64URL, 43)}`,
			'structure.django-signed'
		],
		[
			'express-session cookie',
			`s:${chars(B64URL, 32)}.${chars(BASE62 + '+/', 43)}`,
			'structure.express-session'
		],
		['HTTP Basic credentials', `Basic ${btoa('alice:correct horse')}`, 'structure.basic-auth'],
		[
			'PEM private key',
			`-----BEGIN PRIVATE KEY-----\n${chars(B64URL.slice(0, 62) + '+/', 64)}\n-----END PRIVATE KEY-----`,
			'structure.private-key'
		],
		['hex secret', chars('0123456789abcdef', 64), 'structure.secret'],
		['opaque access token', 'KBSxkmG-OcpA6-cg', 'structure.opaque']
	];
}
