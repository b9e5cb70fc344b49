// Helpers for the core's tests (never imported by the app): the minted fixtures, and a signer that signs any
// header and payload, even malformed ones jose would refuse to produce, with the fixture keys.
import { constants, createHmac, createPrivateKey, sign } from 'node:crypto';
import { expect } from 'vitest';
import keyFixtures from '../core/fixtures/keys.json';
import tokenFixtures from '../core/fixtures/tokens.json';
import { inspect } from '../core/index';
import type { CheckId, CheckResult, InspectInput, Report } from '../core/types';

export type KeyName = keyof typeof keyFixtures.keys;
type KeyFixture = (typeof keyFixtures.keys)[KeyName] & {
	secret?: string;
	publicPem?: string;
	pkcs1Pem?: string;
	certificatePem?: string;
};

/** The instant the fixtures were minted around; tests pin their clock here. */
export const NOW = new Date(keyFixtures.now * 1000);
export const NOW_SECONDS = keyFixtures.now;
/** The claims of the fixture tokens: valid at NOW for this audience and issuer. */
export const CLAIMS = tokenFixtures.claims;
export const AUDIENCE = CLAIMS.aud;
export const ISSUER = CLAIMS.iss;
export const TOKENS = tokenFixtures.tokens as Record<string, string>;

export function fixture(name: KeyName): KeyFixture {
	return keyFixtures.keys[name] as KeyFixture;
}

/** The key field text for a fixture key in one of the forms users paste. */
export function keyText(
	name: KeyName,
	form: 'jwk' | 'jwks' | 'pem' | 'pkcs1' | 'certificate' | 'secret' | 'private-jwk' = 'jwk'
): string {
	const key = fixture(name);
	switch (form) {
		case 'jwk':
			return JSON.stringify(key.publicJwk);
		case 'jwks':
			return JSON.stringify({ keys: [key.publicJwk] });
		case 'private-jwk':
			return JSON.stringify(key.privateJwk);
		case 'pem':
			return key.publicPem!;
		case 'pkcs1':
			return key.pkcs1Pem!;
		case 'certificate':
			return key.certificatePem!;
		case 'secret':
			return key.secret!;
	}
}

const HASH: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

/** Encodes text or JSON as base64url, as a JWS part. Strings are taken as they are (raw JSON or not). */
export function part(value: unknown): string {
	return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString(
		'base64url'
	);
}

/**
 * Signs any header and payload with a fixture key, using `signAs` (default: the key's own algorithm) for the
 * signature whatever the header says. Header and payload may be objects or raw strings.
 */
export function signWith(
	name: KeyName,
	header: unknown,
	payload: unknown,
	options: { signAs?: string; derEcdsa?: boolean } = {}
): string {
	const key = fixture(name);
	const alg = options.signAs ?? key.alg;
	const input = `${part(header)}.${part(payload)}`;
	const hash = HASH[alg.slice(2)];
	let signature: Buffer;
	if (alg.startsWith('HS')) {
		signature = createHmac(hash!, Buffer.from(key.secret!, 'utf8')).update(input).digest();
	} else {
		const privateKey = createPrivateKey({ key: key.privateJwk as never, format: 'jwk' });
		if (alg === 'EdDSA') signature = sign(null, Buffer.from(input), privateKey);
		else if (alg.startsWith('PS'))
			signature = sign(hash!, Buffer.from(input), {
				key: privateKey,
				padding: constants.RSA_PKCS1_PSS_PADDING,
				saltLength: Number(alg.slice(2)) / 8
			});
		else if (alg.startsWith('ES'))
			signature = sign(hash!, Buffer.from(input), {
				key: privateKey,
				dsaEncoding: options.derEcdsa ? 'der' : 'ieee-p1363'
			});
		else signature = sign(hash!, Buffer.from(input), privateKey);
	}
	return `${input}.${signature.toString('base64url')}`;
}

/** A token signed by a fixture key with the standard header and claims, with overrides (undefined removes). */
export function mint(
	name: KeyName,
	claims: Record<string, unknown> = {},
	header: Record<string, unknown> = {}
): string {
	const key = fixture(name);
	return signWith(
		name,
		prune({ alg: key.alg, typ: 'JWT', kid: key.kid, ...header }),
		prune({ ...CLAIMS, ...claims })
	);
}

function prune(object: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

/** Inspects at the fixture time with the fixture expectations, unless overridden. */
export function inspectAt(input: Partial<InspectInput> & { token: string }): Promise<Report> {
	return inspect({ now: NOW, audience: AUDIENCE, issuer: ISSUER, ...input });
}

/** The row for one check, asserting it exists. */
export function row(report: Report, id: CheckId): CheckResult {
	const found = report.checks.find((c) => c.id === id);
	expect(found, `check ${id}`).toBeDefined();
	return found!;
}
