// The Samples menu: one token for each common reason a JWT is rejected. Each sample is minted when it is
// chosen, with fresh keys and relative to the instant it is given, so that it always shows what its label says
// (a pasted fixture would expire). jose and WebCrypto only: this runs in the browser and in Node's tests.
import {
	SignJWT,
	base64url,
	exportJWK,
	generateKeyPair,
	type CryptoKey,
	type JWK,
	type JWTPayload
} from 'jose';
import type { CheckId, KeyEncoding, Verdict } from '$lib/core';

export type SampleId =
	| 'valid'
	| 'expired'
	| 'not-yet-valid'
	| 'wrong-audience'
	| 'wrong-issuer'
	| 'bad-signature'
	| 'alg-none'
	| 'malformed'
	| 'kid-not-in-jwks'
	| 'embedded-key'
	| 'weak-secret';

export interface SampleInfo {
	id: SampleId;
	label: string;
	/** one sentence: what is wrong and what the report shows */
	description: string;
	/** what inspect must say */
	expected: { verdict: Verdict; failing: CheckId[] };
}

/** The samples, in the menu's order; `expected.failing` lists the failing rows in the contract's order. */
export const SAMPLES: readonly SampleInfo[] = [
	{
		id: 'valid',
		label: 'Valid token',
		description:
			'An ES256 access token checked against its issuer’s JWKS, audience and issuer: every row passes and the verdict is valid.',
		expected: { verdict: 'valid', failing: [] }
	},
	{
		id: 'expired',
		label: 'Expired',
		description:
			'An HS256 token whose "exp" passed 3 hours ago: the signature verifies, but the exp row fails.',
		expected: { verdict: 'invalid', failing: ['exp'] }
	},
	{
		id: 'not-yet-valid',
		label: 'Not yet valid',
		description:
			'A token whose "nbf" is 2 hours from now: it is genuine, but the nbf row fails until then.',
		expected: { verdict: 'invalid', failing: ['nbf'] }
	},
	{
		id: 'wrong-audience',
		label: 'Wrong audience',
		description:
			'A token issued for "api://billing" sent to an API that expects "api://orders": the aud row fails.',
		expected: { verdict: 'invalid', failing: ['aud'] }
	},
	{
		id: 'wrong-issuer',
		label: 'Wrong issuer',
		description:
			'The token’s "iss" lacks the trailing slash the API is configured with: the iss row fails and names the near miss.',
		expected: { verdict: 'invalid', failing: ['iss'] }
	},
	{
		id: 'bad-signature',
		label: 'Bad signature',
		description:
			'An HS256 token signed with another secret than the one supplied: the signature row fails, the claims still pass.',
		expected: { verdict: 'invalid', failing: ['signature'] }
	},
	{
		id: 'alg-none',
		label: 'alg: none',
		description:
			'An unsecured token ("alg": "none", no signature) that anyone could write: the algorithm and signature rows fail.',
		expected: { verdict: 'invalid', failing: ['algorithm', 'signature'] }
	},
	{
		id: 'malformed',
		label: 'Malformed payload',
		description:
			'The claims were encoded as standard base64 (with "=" padding) instead of base64url: the structure row fails and the signature is not checked.',
		expected: { verdict: 'invalid', failing: ['structure'] }
	},
	{
		id: 'kid-not-in-jwks',
		label: 'Unknown kid (rotation)',
		description:
			'The token names the kid of a retired key that is no longer in the issuer’s JWKS: the key row fails.',
		expected: { verdict: 'invalid', failing: ['key'] }
	},
	{
		id: 'embedded-key',
		label: 'Key in header (jwk)',
		description:
			'The header carries the forger’s own key ("jwk") and is signed with it: the issuer’s JWKS does not verify it, and the header-keys row warns.',
		expected: { verdict: 'invalid', failing: ['signature'] }
	},
	{
		id: 'weak-secret',
		label: 'Weak HMAC secret',
		description:
			'Signed with jwt.io’s example secret "your-256-bit-secret": it verifies, so the verdict is valid, but the secret-strength row warns that anyone can forge such tokens.',
		expected: { verdict: 'valid', failing: [] }
	}
];

/** Everything the page's inputs take for one sample. */
export interface MintedSample {
	token: string;
	key: string;
	keyEncoding: KeyEncoding;
	audience: string;
	issuer: string;
	leewaySeconds: number;
}

const AUDIENCE = 'api://orders';
const ISSUER = 'https://login.example.com/';
const WEAK_SECRET = 'your-256-bit-secret';

/** Mints the sample's token and key afresh, relative to `now` (never reads the clock). */
export async function mintSample(id: SampleId, now: Date): Promise<MintedSample> {
	const nowMs = now.getTime();
	if (Number.isNaN(nowMs)) throw new TypeError('mintSample: `now` must be a valid Date');
	const { token, key } = await MINTERS[id](Math.floor(nowMs / 1000), now);
	return { token, key, keyEncoding: 'auto', audience: AUDIENCE, issuer: ISSUER, leewaySeconds: 0 };
}

type Minter = (seconds: number, now: Date) => Promise<{ token: string; key: string }>;

const MINTERS: Record<SampleId, Minter> = {
	async valid(t, now) {
		const key = await signingKey(monthKid(now, 0));
		return { token: await signEs(claims(t), key), key: jwks(key) };
	},
	async expired(t) {
		// RFC 7519 §4.1.4. Issued 4 h ago for 1 h, so that only exp is wrong (lifetime and iat stay sane).
		const secret = randomSecret();
		const token = await signHs(claims(t, { iat: t - 4 * 3600, exp: t - 3 * 3600 }), secret);
		return { token, key: secret };
	},
	async 'not-yet-valid'(t, now) {
		// RFC 7519 §4.1.5. Issued now for use from 2 h on, until 3 h on: nbf is the only fault.
		const key = await signingKey(monthKid(now, 0));
		const token = await signEs(claims(t, { nbf: t + 2 * 3600, exp: t + 3 * 3600 }), key);
		return { token, key: jwks(key) };
	},
	async 'wrong-audience'(t) {
		const secret = randomSecret();
		return { token: await signHs(claims(t, { aud: 'api://billing' }), secret), key: secret };
	},
	async 'wrong-issuer'(t, now) {
		// RFC 7519 §4.1.1 compares iss exactly: the missing trailing slash is enough to reject the token.
		const key = await signingKey(monthKid(now, 0));
		const token = await signEs(claims(t, { iss: ISSUER.replace(/\/$/, '') }), key);
		return { token, key: jwks(key) };
	},
	async 'bad-signature'(t) {
		// The most common cause with HS256: the API holds another secret (another environment, or a rotated one).
		const token = await signHs(claims(t), randomSecret());
		return { token, key: randomSecret() };
	},
	async 'alg-none'(t, now) {
		// RFC 7519 §6.1: an unsecured JWT has "alg": "none" and an empty signature part.
		const key = await signingKey(monthKid(now, 0));
		const token = `${encodeJson({ alg: 'none', typ: 'JWT' })}.${encodeJson(claims(t))}.`;
		return { token, key: jwks(key) };
	},
	async malformed(t, now) {
		// RFC 7515 §2: JWS parts are base64url without padding. This issuer used standard base64 (as btoa does),
		// and signed what it wrote; a payload whose length is not a multiple of 3 bytes always gets "=" padding.
		const key = await signingKey(monthKid(now, 0));
		const payload = claims(t);
		if (JSON.stringify(payload).length % 3 === 0) payload.jti += 'A';
		const header = encodeJson({ alg: 'ES256', typ: 'at+jwt', kid: key.kid });
		const signingInput = `${header}.${standardBase64(encodeJson(payload))}`;
		const signature = await crypto.subtle.sign(
			{ name: 'ECDSA', hash: 'SHA-256' },
			key.privateKey,
			new TextEncoder().encode(signingInput)
		);
		return {
			token: `${signingInput}.${base64url.encode(new Uint8Array(signature))}`,
			key: jwks(key)
		};
	},
	async 'kid-not-in-jwks'(t, now) {
		// RFC 7517 §4.5: the verifier picks the key by kid. The issuer has rotated: its JWKS publishes this
		// month's key and last month's, and the token names one retired three months ago.
		const [retired, previous, current] = await Promise.all([
			signingKey(monthKid(now, 3)),
			signingKey(monthKid(now, 1)),
			signingKey(monthKid(now, 0))
		]);
		return { token: await signEs(claims(t), retired), key: jwks(current, previous) };
	},
	async 'embedded-key'(t, now) {
		// RFC 8725 §3.10 / CVE-2018-0114: the forger copies the issuer's kid, embeds their own public key in
		// "jwk", grants themselves more scope and signs with their own private key.
		const kid = monthKid(now, 0);
		const [issuer, forger] = await Promise.all([signingKey(kid), signingKey(kid)]);
		const forged = claims(t, { scope: 'orders:read orders:write orders:admin' });
		const token = await signEs(forged, forger, { jwk: forger.publicJwk });
		return { token, key: jwks(issuer) };
	},
	async 'weak-secret'(t) {
		return { token: await signHs(claims(t), WEAK_SECRET), key: WEAK_SECRET };
	}
};

interface SigningKey {
	kid: string;
	privateKey: CryptoKey;
	publicJwk: JWK;
}

/** A fresh P-256 key pair; ES256 is quick to generate, where RSA generation is slow in a browser. */
async function signingKey(kid: string): Promise<SigningKey> {
	const { privateKey, publicKey } = await generateKeyPair('ES256');
	const { kty, crv, x, y } = await exportJWK(publicKey);
	return { kid, privateKey, publicJwk: { kty, crv, x, y, kid, alg: 'ES256', use: 'sig' } };
}

/** The issuer's published key set (RFC 7517 §5), as a user would paste it from its jwks_uri. */
function jwks(...keys: SigningKey[]): string {
	return JSON.stringify({ keys: keys.map((k) => k.publicJwk) }, null, 2);
}

/** A key id named after the month the key was introduced, `monthsBack` months before `now`: "2026-11". */
function monthKid(now: Date, monthsBack: number): string {
	const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
	return month.toISOString().slice(0, 7);
}

/** 32 random bytes as base64url text (43 characters), used as the secret's UTF-8 text, as many apps do. */
function randomSecret(): string {
	return base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
}

/** An RFC 9068 access token's claims, valid from 5 min ago for an hour; `changes` replace or add claims. */
function claims(t: number, changes: JWTPayload = {}): JWTPayload & { jti: string } {
	return {
		iss: ISSUER,
		sub: 'user_4Fq8Zt2w',
		aud: AUDIENCE,
		client_id: 'orders-web',
		scope: 'orders:read orders:write',
		iat: t - 5 * 60,
		exp: t + 55 * 60,
		jti: base64url.encode(crypto.getRandomValues(new Uint8Array(12))),
		...changes
	};
}

function signEs(payload: JWTPayload, key: SigningKey, extra: object = {}): Promise<string> {
	return new SignJWT(payload)
		.setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: key.kid, ...extra })
		.sign(key.privateKey);
}

function signHs(payload: JWTPayload, secret: string): Promise<string> {
	return new SignJWT(payload)
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.sign(new TextEncoder().encode(secret));
}

function encodeJson(value: unknown): string {
	return base64url.encode(JSON.stringify(value));
}

/** base64url text rewritten in the standard alphabet with "=" padding (RFC 4648 §4). */
function standardBase64(text: string): string {
	const standard = text.replace(/-/g, '+').replace(/_/g, '/');
	return standard.padEnd(Math.ceil(standard.length / 4) * 4, '=');
}
