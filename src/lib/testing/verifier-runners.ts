// The npm verifiers the table names, run for real on minted tokens (test-only, never imported by the app): each
// one with its defaults, the expected audience and issuer, a key set looked up by kid as a JWKS-based API does,
// and a pinned clock, so that verifier-agreement.test.ts can hold the table's predictions against what each did.
import { createHmac, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import jsonwebtoken from 'jsonwebtoken';
import { createVerifier } from 'fast-jwt';
import { JwtVerifier } from 'aws-jwt-verify';
import { expressjwt } from 'express-jwt';
import { vi } from 'vitest';
import { AUDIENCE, CLAIMS, ISSUER, NOW, NOW_SECONDS, fixture, mint, part } from './fixtures';
import type { KeyName } from './fixtures';

/** What the API holds: the issuer's key set (a JWKS, looked up by kid), or a shared HMAC secret. */
export type ApiKey =
	{ jwks: { keys: Array<JsonWebKey & { kid?: string; alg?: string }> } } | { secret: string };

/** One everyday failure (or success), minted, with the key the API holds and the page is given. */
export interface VerifierCase {
	name: string;
	token: string;
	key: ApiKey;
}

/** The key field text the page is given for the same key the libraries hold. */
export const pageKeyText = (key: ApiKey): string =>
	'secret' in key ? key.secret : JSON.stringify(key.jwks);

const jwksOf = (name: KeyName): ApiKey => ({
	jwks: { keys: [fixture(name).publicJwk as JsonWebKey & { kid: string }] }
});
const secretOf = (name: KeyName): ApiKey => ({ secret: fixture(name).secret! });

/** The token with the RS256 key's public PEM used as an HMAC secret: the algorithm-confusion forgery. */
function confusedToken(): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT', kid: fixture('rs256').kid })}.${part(CLAIMS)}`;
	const mac = createHmac('sha256', fixture('rs256').publicPem!).update(input).digest('base64url');
	return `${input}.${mac}`;
}

/** Every case of issue 15, item 5, judged at NOW with the fixture audience and issuer. */
export const VERIFIER_CASES: readonly VerifierCase[] = [
	{ name: 'valid RS256', token: mint('rs256'), key: jwksOf('rs256') },
	{ name: 'valid HS256', token: mint('hs256'), key: secretOf('hs256') },
	{
		name: 'expired by 30 s',
		token: mint('rs256', { exp: NOW_SECONDS - 30 }),
		key: jwksOf('rs256')
	},
	{
		name: 'expired by 2 h',
		token: mint('rs256', {
			iat: NOW_SECONDS - 10_800,
			nbf: NOW_SECONDS - 10_800,
			exp: NOW_SECONDS - 7_200
		}),
		key: jwksOf('rs256')
	},
	{ name: 'nbf 30 s ahead', token: mint('rs256', { nbf: NOW_SECONDS + 30 }), key: jwksOf('rs256') },
	{
		name: 'iat in the future',
		token: mint('rs256', { iat: NOW_SECONDS + 600, nbf: undefined }),
		key: jwksOf('rs256')
	},
	{ name: 'wrong aud', token: mint('rs256', { aud: 'api://billing' }), key: jwksOf('rs256') },
	{ name: 'missing aud', token: mint('rs256', { aud: undefined }), key: jwksOf('rs256') },
	{
		name: 'wrong iss',
		token: mint('rs256', { iss: 'https://evil.example' }),
		key: jwksOf('rs256')
	},
	{
		name: 'wrong key (same kid)',
		token: mint('rsOther', {}, { kid: fixture('rs256').kid }),
		key: jwksOf('rs256')
	},
	{
		name: 'kid missing from the JWKS',
		token: mint('rs256', {}, { kid: 'rsa-rotated' }),
		key: jwksOf('rs256')
	},
	{
		name: 'alg none',
		token: `${part({ alg: 'none', typ: 'JWT' })}.${part(CLAIMS)}.`,
		key: jwksOf('rs256')
	},
	{ name: 'HS/RS confusion', token: confusedToken(), key: jwksOf('rs256') },
	{
		name: 'unknown crit',
		token: mint('rs256', {}, { crit: ['urn:example:pop'], 'urn:example:pop': { jkt: 'x' } }),
		key: jwksOf('rs256')
	},
	{
		name: 'exp as numeric string',
		token: mint('rs256', { exp: '1796120000' }),
		key: jwksOf('rs256')
	},
	{
		name: 'exp as non-numeric string',
		token: mint('rs256', { exp: 'tomorrow' }),
		key: jwksOf('rs256')
	},
	{ name: 'EdDSA', token: mint('eddsa'), key: jwksOf('eddsa') },
	{ name: 'PS256', token: mint('ps256'), key: jwksOf('ps256') },
	{ name: 'ES512', token: mint('es512'), key: jwksOf('es512') },
	{ name: 'no exp', token: mint('rs256', { exp: undefined }), key: jwksOf('rs256') }
];

/** What a library did: accepted the token, or rejected it with its own message. */
export type Outcome = { accepted: true } | { accepted: false; message: string };

const rejected = (error: unknown): Outcome => ({
	accepted: false,
	message: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
});

/** The header's kid, read without verifying (as every JWKS client does to pick the key). */
function kidOf(token: string): string | undefined {
	try {
		const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
		return typeof header.kid === 'string' ? header.kid : undefined;
	} catch {
		return undefined;
	}
}

/** The public key for this kid, as jwks-rsa's getSigningKey finds it: an error when the set has no such kid. */
function keyForKid(key: ApiKey, kid: string | undefined): KeyObject | string {
	if ('secret' in key) return key.secret;
	const jwk = key.jwks.keys.find((k) => k.kid === kid);
	if (!jwk) throw new Error(`Unable to find a signing key that matches '${kid}'`);
	return createPublicKey({ key: jwk, format: 'jwk' });
}

/** The algorithm the key is for, as a developer lists it in `algorithms` (express-jwt requires the list). */
function keyAlgorithm(key: ApiKey): string {
	return 'secret' in key ? 'HS256' : key.jwks.keys[0]!.alg!;
}

type Runner = (c: VerifierCase) => Promise<Outcome>;

/** jsonwebtoken 9 `verify` with a key callback (the jwks-rsa pattern) and `clockTimestamp` pinned to NOW. */
const runJsonwebtoken: Runner = (c) =>
	new Promise((resolve) => {
		jsonwebtoken.verify(
			c.token,
			(header, callback) => {
				try {
					callback(null, keyForKid(c.key, header.kid) as never);
				} catch (error) {
					callback(error as Error);
				}
			},
			{ audience: AUDIENCE, issuer: ISSUER, clockTimestamp: NOW_SECONDS },
			(error) => resolve(error ? rejected(error) : { accepted: true })
		);
	});

/** express-jwt 8 as middleware on a request carrying the token; `algorithms` (required) lists the key's. */
const runExpressJwt: Runner = async (c) => {
	const middleware = expressjwt({
		secret: (_req, token) => keyForKid(c.key, token?.header.kid) as never,
		algorithms: [keyAlgorithm(c.key) as never],
		audience: AUDIENCE,
		issuer: ISSUER,
		// Passed through to jsonwebtoken.verify (express-jwt hands it its options).
		...({ clockTimestamp: NOW_SECONDS } as object)
	});
	const request = { method: 'GET', headers: { authorization: `Bearer ${c.token}` } };
	const error = await new Promise<unknown>((resolve) =>
		middleware(request as never, {} as never, (err?: unknown) => resolve(err))
	);
	return error ? rejected(error) : { accepted: true };
};

/** fast-jwt `createVerifier` with an async key lookup by kid and `clockTimestamp` (ms) pinned to NOW. */
const runFastJwt: Runner = async (c) => {
	const verify = createVerifier({
		key: async ({ header }: { header: { kid?: string } }) => {
			const key = keyForKid(c.key, header.kid);
			return typeof key === 'string'
				? key
				: (key.export({ type: 'spki', format: 'pem' }) as string);
		},
		allowedAud: AUDIENCE,
		allowedIss: ISSUER,
		clockTimestamp: NOW.getTime()
	});
	try {
		await verify(c.token);
		return { accepted: true };
	} catch (error) {
		return rejected(error);
	}
};

/** jose 6 `jwtVerify` with `createLocalJWKSet` (or the secret's bytes) and `currentDate` pinned to NOW. */
const runJose: Runner = async (c) => {
	const options = { audience: AUDIENCE, issuer: ISSUER, currentDate: NOW };
	try {
		if ('secret' in c.key)
			await jwtVerify(c.token, new TextEncoder().encode(c.key.secret), options);
		else await jwtVerify(c.token, createLocalJWKSet(c.key.jwks as never), options);
		return { accepted: true };
	} catch (error) {
		return rejected(error);
	}
};

/**
 * aws-jwt-verify 5 `JwtVerifier` for the expected issuer and audience, its JWKS cached up front (`cacheJwks`,
 * so nothing is fetched) and `verifySync` run under a fake clock at NOW. A secret is offered as an `oct` JWK,
 * the only way its JWKS-only design could be handed one.
 */
const runAwsJwtVerify: Runner = async (c) => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
	try {
		const verifier = JwtVerifier.create({
			issuer: ISSUER,
			audience: AUDIENCE,
			jwksUri: `${ISSUER}/.well-known/jwks.json`
		});
		const jwks =
			'secret' in c.key
				? {
						keys: [
							{
								kty: 'oct',
								k: Buffer.from(c.key.secret).toString('base64url'),
								kid: kidOf(c.token),
								alg: 'HS256'
							}
						]
					}
				: c.key.jwks;
		verifier.cacheJwks(jwks as never);
		verifier.verifySync(c.token);
		return { accepted: true };
	} catch (error) {
		return rejected(error);
	} finally {
		vi.useRealTimers();
	}
};

/** The npm libraries run here, by the table's verifier id. */
export const RUNNERS = {
	jsonwebtoken: runJsonwebtoken,
	'express-jwt': runExpressJwt,
	'fast-jwt': runFastJwt,
	jose: runJose,
	'aws-jwt-verify': runAwsJwtVerify
} as const satisfies Record<string, Runner>;
