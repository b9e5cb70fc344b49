// Reads key text that is JSON: a JWK Set (RFC 7517 §5), a bare array of JWKs, or one JWK, refusing what
// would let this page verify with another key than the API does (repeated members, mixed sets).
// Every finding made here is about the key, so its code is one of KEY_READING_CODES.
import type { KeyFinding as Finding } from './key-codes';
import { isJsonObject, readStrictJson } from '../token/json';
import { unreadable, type KeyInput } from './key-input';
import { readJwk } from './jwk';
import { describeKey, shortType } from './describe';
import { capitalise, quoted } from '../text';
import { algorithmName } from '../algorithms';

/** Reads the key field as JSON: a JWKS, a bare array of JWKs, or one JWK. */
export function readJsonKey(text: string): KeyInput {
	const json = readStrictJson(text);
	if (!json.ok) {
		return unreadable({
			code: 'key.json-syntax',
			severity: 'error',
			message: `The key looks like JSON but is not valid JSON: ${json.error.message}`
		});
	}
	// Libraries disagree on which copy of a repeated member counts (RFC 8259 §4), so two "keys" or two "n"
	// could make this page verify with another key than the API does.
	const duplicate = json.issues.find((i) => i.code === 'json.duplicate-name');
	if (duplicate) {
		return unreadable({
			code: 'key.duplicate-member',
			severity: 'error',
			message: `The key's JSON has the member ${quoted(JSON.parse(text.slice(duplicate.from, duplicate.to)) as string, 40)} more than once. Libraries disagree on which copy counts, so this page could verify with another key than your API does. Remove the repeated member and paste the key again.`
		});
	}
	const value = json.value;
	if (isJsonObject(value) && 'keys' in value) {
		if (!Array.isArray(value.keys)) {
			return unreadable({
				code: 'key.jwks-keys',
				severity: 'error',
				message: 'The JWKS\'s "keys" member must be an array of JWKs (RFC 7517 §5.1).'
			});
		}
		return readJwks(value.keys);
	}
	if (Array.isArray(value)) {
		const set = readJwks(value);
		set.view.findings.push({
			code: 'key.bare-array',
			severity: 'info',
			message:
				'Read a bare array of JWKs as a JWK Set; a JWKS wraps them as {"keys": [...]} (RFC 7517 §5).'
		});
		return set;
	}
	if (!isJsonObject(value)) {
		return unreadable({
			code: 'key.json-not-key',
			severity: 'error',
			message:
				'The key is JSON but neither a JWK (an object with "kty") nor a JWKS (an object with "keys").'
		});
	}
	if (!('kty' in value)) {
		const hint =
			'jwks_uri' in value
				? ' This looks like an OpenID discovery document: open its jwks_uri and paste what it returns.'
				: '';
		return unreadable({
			code: 'key.jwk-no-kty',
			severity: 'error',
			message: `The JSON has neither "kty" (a JWK) nor "keys" (a JWKS).${hint}`
		});
	}
	const candidate = readJwk(value, 'the key', 'jwk');
	const findings: Finding[] = [];
	if (candidate.view.hasPrivateParts) findings.push(privateJwkFinding(candidate.view.label));
	return {
		view: {
			kind: 'jwk',
			summary: `JWK: ${describeKey(candidate)}`,
			keys: [candidate.view],
			findings
		},
		candidates: [candidate],
		isSet: false
	};
}

/** Published key sets hold a handful of keys; each one read and tried costs time on every keystroke. */
export const MAX_JWKS_KEYS = 1000;

function readJwks(keys: unknown[]): KeyInput {
	if (keys.length > MAX_JWKS_KEYS) {
		return unreadable({
			code: 'key.jwks-too-many',
			severity: 'error',
			message: `The key set has ${keys.length.toLocaleString('en-US')} entries; this inspector reads up to ${MAX_JWKS_KEYS.toLocaleString('en-US')}, and published key sets hold a handful. Paste the key the token names (its "kid"), or the issuer's current JWKS.`
		});
	}
	const candidates = keys.map((jwk, i) => readJwk(jwk, undefined, 'jwks', i));
	const findings: Finding[] = [];
	if (candidates.length === 0) {
		findings.push({ code: 'key.jwks-empty', severity: 'error', message: 'The JWKS has no keys.' });
	}
	const withPrivate = candidates.filter((c) => c.view.hasPrivateParts);
	if (withPrivate.length > 0)
		findings.push(privateJwkFinding(withPrivate.map((c) => c.view.label).join(', ')));
	// A set that mixes shared secrets with public keys is never a published JWKS, and invites confusion between
	// HMAC and signatures (RFC 8725 §3.1); Wycheproof expects such sets to be rejected.
	// Entries too broken to have a type are reported on their own and count as neither.
	const kinds = new Set(
		candidates.flatMap((c) =>
			c.view.kty === 'oct'
				? ['secret']
				: ['RSA', 'EC', 'OKP'].includes(c.view.kty)
					? ['public']
					: []
		)
	);
	if (kinds.size > 1) {
		findings.push({
			code: 'key.mixed-set',
			severity: 'error',
			message:
				'The key set mixes shared secrets ("kty": "oct") with public keys. A JWKS that is published must never hold a secret, and a verifier given both kinds can be steered from signatures to HMAC (RFC 8725 §3.1). Keep secrets apart from public keys.'
		});
	}
	const summary = `JWKS: ${candidates.length} key${candidates.length === 1 ? '' : 's'}${candidates.length ? ' — ' : ''}${candidates
		.slice(0, 12)
		.map(
			(c) =>
				`${c.view.kid !== undefined ? quoted(c.view.kid, 40) : '#' + (candidates.indexOf(c) + 1)} ${c.view.alg !== undefined ? algorithmName(c.view.alg) : shortType(c.view)}`
		)
		.join(', ')}${candidates.length > 12 ? ', …' : ''}`;
	return {
		view: { kind: 'jwks', summary, keys: candidates.map((c) => c.view), findings },
		candidates,
		isSet: true
	};
}

function privateJwkFinding(labels: string): Finding {
	return {
		code: 'key.private-jwk',
		severity: 'warning',
		message: `${capitalise(labels)} include${labels.includes(',') ? '' : 's'} private key material ("d" and friends). Only the public part is used, and only it is needed. A private key must never be pasted into tools: treat this one as exposed and rotate it.`
	};
}
