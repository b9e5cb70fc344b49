// The real npm verifiers, run on tokens minted for each everyday failure (issue 15, item 5). Each library is set
// up as an API would set it up (the key as a JWKS the library looks kids up in, or an HMAC secret; the expected
// audience and issuer), judges each case at the fixture time, and what it printed is kept as a log shows it.
// Used by the error catalogue's tests (does the page recognise what each library says?) and by the verifier
// table's (does the table predict each accept/reject?). Test-only: it runs the libraries in Node.
import { createHmac } from 'node:crypto';
import { inspect as nodeInspect } from 'node:util';
import { vi } from 'vitest';
import jsonwebtoken from 'jsonwebtoken';
import { createVerifier } from 'fast-jwt';
import { JwtVerifier } from 'aws-jwt-verify';
import { expressjwt } from 'express-jwt';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { JwksClient, expressJwtSecret, passportJwtSecret } from 'jwks-rsa';
import OktaJwtVerifier from '@okta/jwt-verifier';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import type { CheckId } from '$lib/core';
import type { ErrorCause } from '$lib/diagnosis/error-messages';
import { CLAIMS, fixture, NOW, NOW_SECONDS, part, signWith, type KeyName } from './fixtures';

export const REAL_LIBRARIES = [
	'jsonwebtoken',
	'jose',
	'fast-jwt',
	'aws-jwt-verify',
	'express-jwt',
	'passport-jwt',
	'okta-jwt-verifier'
] as const;
export type RealLibrary = (typeof REAL_LIBRARIES)[number];

/** The API's key: a JWKS (looked up by kid, through jwks-rsa where the library has no JWKS of its own) or a secret. */
export type ApiKey = { kind: 'jwks'; keys: JWK[] } | { kind: 'secret'; secret: string };

/** One failure kind, minted once, and what a message about it should mean on the page. */
export interface RealCase {
	id: string;
	title: string;
	token: string;
	key: ApiKey;
	/** The algorithm the API is set up for, for the libraries that require an allow-list (express-jwt, passport-jwt). */
	algorithm: string;
	/** The causes a library's message about this case may be recognised as, and the rows it may mark (any of). */
	causes: ErrorCause[];
	rows: CheckId[];
}

/** What one library did with one case. `message` is the error as a log prints it (`console.error(error)`). */
export interface RealOutcome {
	library: RealLibrary;
	case: string;
	accepted: boolean;
	message?: string;
	/** `String(error)`, as a template literal or a plain `res.send(String(e))` shows it. */
	string?: string;
}

export const AUDIENCE = CLAIMS.aud;
export const ISSUER = CLAIMS.iss;
const JWKS_URI = 'https://issuer.example/.well-known/jwks.json';

const jwksOf = (...names: KeyName[]): ApiKey => ({
	kind: 'jwks',
	keys: names.map((name) => fixture(name).publicJwk as JWK)
});
const RSA = jwksOf('rs256');
const header = (name: KeyName, extra: Record<string, unknown> = {}) => ({
	alg: fixture(name).alg,
	typ: 'JWT',
	kid: fixture(name).kid,
	...extra
});
const claims = (overrides: Record<string, unknown>) =>
	Object.fromEntries(
		Object.entries({ ...CLAIMS, ...overrides }).filter(([, value]) => value !== undefined)
	);
const rs256 = (overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
	signWith('rs256', header('rs256', extra), claims(overrides));
/** An HS256 token signed with any secret text (a weak one, or an RSA public key's PEM). */
function hs256(secret: string, kid: string): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT', kid })}.${part(CLAIMS)}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
const valid = rs256();
const [validHeader, validPayload, validSignature] = valid.split('.') as [string, string, string];

/** The cases, each minted at NOW (2026-11-25T12:00:00Z); CLAIMS are valid then for AUDIENCE and ISSUER. */
export const REAL_CASES: RealCase[] = [
	{
		id: 'valid',
		title: 'a valid RS256 token (the control: every library accepts it)',
		token: valid,
		key: RSA,
		algorithm: 'RS256',
		causes: [],
		rows: []
	},
	{
		id: 'expired',
		title: 'expired 30 minutes ago',
		token: rs256({ iat: NOW_SECONDS - 3600, nbf: NOW_SECONDS - 3600, exp: NOW_SECONDS - 1800 }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['expired'],
		rows: ['exp']
	},
	{
		id: 'not-yet-valid',
		title: 'nbf 30 minutes ahead',
		token: rs256({ nbf: NOW_SECONDS + 1800 }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['not-yet-valid'],
		rows: ['nbf']
	},
	{
		id: 'iat-future',
		title: 'issued 30 minutes in the future (no nbf)',
		token: rs256({ iat: NOW_SECONDS + 1800, nbf: undefined }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['not-yet-valid'],
		rows: ['iat']
	},
	{
		id: 'wrong-audience',
		title: 'aud is another API',
		token: rs256({ aud: 'api://billing' }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['audience'],
		rows: ['aud']
	},
	{
		id: 'missing-audience',
		title: 'no aud',
		token: rs256({ aud: undefined }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['audience'],
		rows: ['aud']
	},
	{
		id: 'wrong-issuer',
		title: 'iss is another issuer',
		token: rs256({ iss: 'https://other-issuer.example' }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['issuer'],
		rows: ['iss']
	},
	{
		id: 'wrong-key',
		title: 'signed by another RSA key under the JWKS key’s kid',
		token: signWith('rsOther', header('rs256'), CLAIMS),
		key: RSA,
		algorithm: 'RS256',
		causes: ['signature'],
		rows: ['signature']
	},
	{
		id: 'kid-not-in-jwks',
		title: 'signed by a key whose kid the JWKS does not hold',
		token: signWith('rsOther', header('rsOther'), CLAIMS),
		key: RSA,
		algorithm: 'RS256',
		causes: ['key-not-found'],
		rows: ['key']
	},
	{
		id: 'alg-none',
		title: 'alg "none", no signature',
		token: `${part({ alg: 'none', typ: 'JWT' })}.${part(CLAIMS)}.`,
		key: RSA,
		algorithm: 'RS256',
		// aws-jwt-verify calls the empty third part "not exactly 3 parts": a structure message, about the signature.
		causes: ['algorithm', 'signature', 'malformed'],
		rows: ['algorithm', 'signature']
	},
	{
		id: 'alg-confusion',
		title: 'HS256 signed with the RSA public key’s PEM as the secret',
		token: hs256(fixture('rs256').publicPem!, fixture('rs256').kid),
		key: RSA,
		algorithm: 'RS256',
		causes: ['algorithm', 'key-not-found'],
		rows: ['algorithm', 'key']
	},
	{
		id: 'malformed-two-segments',
		title: 'two segments (the signature cut off)',
		token: `${validHeader}.${validPayload}`,
		key: RSA,
		algorithm: 'RS256',
		causes: ['malformed'],
		rows: ['structure']
	},
	{
		id: 'malformed-base64',
		title: 'a payload that is not base64url',
		token: `${validHeader}.not*base64!.${validSignature}`,
		key: RSA,
		algorithm: 'RS256',
		// jose checks the signature over the parts as they are before it decodes the payload, so it says the
		// signature fails (node_modules/jose/dist/webapi/lib/jws_verify.js, verifySignature).
		causes: ['malformed', 'signature'],
		rows: ['structure', 'signature']
	},
	{
		id: 'malformed-json',
		title: 'a header that is not JSON',
		token: `${part('{"alg":"RS256","kid":"rsa-1"')}.${validPayload}.${validSignature}`,
		key: RSA,
		algorithm: 'RS256',
		causes: ['malformed'],
		rows: ['structure']
	},
	{
		id: 'unknown-crit',
		title: 'crit names an extension no library knows',
		token: rs256({}, { crit: ['urn:example:pop'], 'urn:example:pop': true }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['crit'],
		rows: ['crit']
	},
	{
		id: 'weak-secret',
		title: 'HS256 with the secret "secret"',
		token: hs256('secret', 'weak-1'),
		key: { kind: 'secret', secret: 'secret' },
		algorithm: 'HS256',
		causes: ['algorithm', 'key-not-found', 'signature'],
		rows: ['secret-strength', 'algorithm', 'key']
	},
	{
		id: 'exp-not-a-number',
		title: 'exp is a date string',
		token: rs256({ exp: '2026-11-25T13:00:00Z' }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['malformed'],
		rows: ['exp']
	},
	{
		id: 'exp-numeric-string',
		title: 'exp is a number in a string',
		token: rs256({ exp: String(NOW_SECONDS + 3000) }),
		key: RSA,
		algorithm: 'RS256',
		causes: ['malformed'],
		rows: ['exp']
	},
	...(['eddsa', 'ps256', 'es512'] as const).map((name): RealCase => ({
		id: name,
		title: `a valid ${fixture(name).alg} token, the API holding its key`,
		token: signWith(name, header(name), CLAIMS),
		key: jwksOf(name),
		algorithm: fixture(name).alg,
		causes: ['algorithm', 'key-not-found'],
		rows: ['algorithm', 'key']
	}))
];

/** The secret as a JWK, for the libraries that only take keys from a JWKS. */
const secretJwk = (secret: string): JWK => ({
	kty: 'oct',
	k: Buffer.from(secret).toString('base64url'),
	kid: 'weak-1',
	alg: 'HS256'
});
const jwksFor = (key: ApiKey): JWK[] => (key.kind === 'jwks' ? key.keys : [secretJwk(key.secret)]);
/** A jwks-rsa client over the case's JWKS: its `fetcher` stands in for the HTTP request, so nothing leaves. */
const jwksClientOptions = (key: ApiKey) => ({
	jwksUri: JWKS_URI,
	cache: false,
	fetcher: async () => ({ keys: jwksFor(key) })
});

type Runner = (c: RealCase) => Promise<unknown>;

/** Each library as an API calls it: expected audience and issuer, the clock at NOW, otherwise its defaults. */
export const RUNNERS: Record<RealLibrary, Runner> = {
	// jsonwebtoken with jwks-rsa looking up the kid (its README's pattern), its default algorithms.
	jsonwebtoken: (c) => {
		const client = new JwksClient(jwksClientOptions(c.key));
		const getKey: jsonwebtoken.GetPublicKeyOrSecret = (head, done) => {
			if (c.key.kind === 'secret') return done(null, c.key.secret);
			client.getSigningKey(head.kid).then(
				(key) => done(null, key.getPublicKey()),
				(error: Error) => done(error)
			);
		};
		return new Promise((resolve, reject) =>
			jsonwebtoken.verify(
				c.token,
				getKey,
				{ audience: AUDIENCE, issuer: ISSUER, clockTimestamp: NOW_SECONDS },
				(error, payload) => (error ? reject(error) : resolve(payload))
			)
		);
	},
	// jose with a local JWKS (createLocalJWKSet) or the secret's bytes; currentDate is its clock.
	jose: (c) =>
		jwtVerify(
			c.token,
			c.key.kind === 'jwks'
				? createLocalJWKSet({ keys: c.key.keys })
				: new TextEncoder().encode(c.key.secret),
			{ audience: AUDIENCE, issuer: ISSUER, currentDate: NOW }
		),
	// fast-jwt with a key callback fetching the kid's PEM through jwks-rsa; clockTimestamp in milliseconds.
	'fast-jwt': (c) => {
		const client = new JwksClient(jwksClientOptions(c.key));
		const verify = createVerifier({
			key: async (decoded: { header: { kid?: string } }) =>
				c.key.kind === 'secret'
					? c.key.secret
					: (await client.getSigningKey(decoded.header.kid)).getPublicKey(),
			allowedAud: AUDIENCE,
			allowedIss: ISSUER,
			clockTimestamp: NOW.getTime()
		});
		return verify(c.token);
	},
	// aws-jwt-verify's generic verifier with the JWKS cached up front (so it never fetches); it reads Date.now().
	'aws-jwt-verify': async (c) => {
		const verifier = JwtVerifier.create({ issuer: ISSUER, audience: AUDIENCE, jwksUri: JWKS_URI });
		verifier.cacheJwks({ keys: jwksFor(c.key) } as never);
		return verifier.verifySync(c.token);
	},
	// express-jwt with jwks-rsa's expressJwtSecret; `algorithms` is required, so the API's one algorithm.
	'express-jwt': (c) => {
		const middleware = expressjwt({
			secret: c.key.kind === 'secret' ? c.key.secret : expressJwtSecret(jwksClientOptions(c.key)),
			algorithms: [c.algorithm as 'RS256'],
			audience: AUDIENCE,
			issuer: ISSUER,
			clockTimestamp: NOW_SECONDS
		} as never);
		return new Promise((resolve, reject) =>
			middleware(
				{ headers: { authorization: `Bearer ${c.token}` } } as never,
				{} as never,
				(error?: unknown) => (error ? reject(error) : resolve(undefined))
			)
		);
	},
	// passport-jwt with jwks-rsa's passportJwtSecret; what its strategy hands to `fail` is what passport logs.
	'passport-jwt': (c) =>
		new Promise((resolve, reject) => {
			const strategy = new JwtStrategy(
				{
					jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
					...(c.key.kind === 'secret'
						? { secretOrKey: c.key.secret }
						: { secretOrKeyProvider: passportJwtSecret(jwksClientOptions(c.key)) }),
					algorithms: [c.algorithm as 'RS256'],
					audience: AUDIENCE,
					issuer: ISSUER,
					jsonWebTokenOptions: { clockTimestamp: NOW_SECONDS }
				},
				(payload: unknown, done: (error: unknown, user: unknown) => void) => done(null, payload)
			);
			Object.assign(strategy, {
				success: resolve,
				fail: (info: unknown) => reject(info),
				error: reject
			});
			strategy.authenticate({ headers: { authorization: `Bearer ${c.token}` } } as never, {});
		}),
	// Okta's verifier (njwt, RS256 only) for an access token; its jwks-rsa client is swapped for one over the
	// case's JWKS, which the key resolver reads at each call. njwt reads the clock with `new Date()`. njwt
	// throws from inside the key callback on some tokens (a two-segment one: `base64urlUnescape(undefined)`,
	// node_modules/njwt/index.js); in an API that is an uncaught exception, so it is caught here and reported as
	// the rejection it is rather than crashing the test run.
	'okta-jwt-verifier': (c) =>
		new Promise((resolve, reject) => {
			const verifier = new OktaJwtVerifier({ issuer: ISSUER });
			const client = new JwksClient(jwksClientOptions(c.key));
			const guarded = (
				callback: (error: unknown, key?: unknown) => void,
				error: unknown,
				key?: unknown
			) => {
				try {
					callback(error, key);
				} catch (thrown) {
					reject(thrown);
				}
			};
			(verifier as unknown as { jwksClient: unknown }).jwksClient = {
				getSigningKey: (kid: string, callback: (error: unknown, key?: unknown) => void) =>
					client.getSigningKey(kid).then(
						(key) => guarded(callback, null, key),
						(error: unknown) => guarded(callback, error)
					)
			};
			verifier.verifyAccessToken(c.token, AUDIENCE).then(resolve, reject);
		})
};

/**
 * An error's text as `console.error(error)` prints it: the stack's first lines, before the frames. Node names
 * the class even when `name` is left "Error" (fast-jwt's TokenError, aws-jwt-verify's classes); an error with no
 * stack (njwt's) prints as `[JwtParseError: Jwt is expired] { … }`, of which the bracket is the message.
 */
export function printed(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const text = nodeInspect(error);
	const bracketed = /^\[([^\]\n]*)\]/.exec(text);
	return bracketed ? bracketed[1]! : text.split(/\n\s+at /)[0]!.trim();
}

/** Runs one library on one case, with Date frozen at NOW for the libraries that read the clock themselves. */
export async function runCase(library: RealLibrary, c: RealCase): Promise<RealOutcome> {
	vi.useFakeTimers({ toFake: ['Date'], now: NOW });
	try {
		await RUNNERS[library](c);
		return { library, case: c.id, accepted: true };
	} catch (error) {
		return { library, case: c.id, accepted: false, message: printed(error), string: String(error) };
	} finally {
		vi.useRealTimers();
	}
}

/** Every library on every case, in order. */
export async function runAll(): Promise<RealOutcome[]> {
	const outcomes: RealOutcome[] = [];
	for (const library of REAL_LIBRARIES)
		for (const c of REAL_CASES) outcomes.push(await runCase(library, c));
	return outcomes;
}
