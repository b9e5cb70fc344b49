// The explanations shown when hovering or focusing a claim or header parameter name.
import { describe, expect, it } from 'vitest';
import {
	CLAIMS,
	HEADER_PARAMETERS,
	explainClaim,
	explainHeaderParameter,
	type NameExplanation
} from './claim-dictionary';

const RFC_7519_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];
const OIDC_ID_TOKEN_CLAIMS = ['auth_time', 'nonce', 'acr', 'amr', 'azp', 'at_hash', 'c_hash'];
const OIDC_STANDARD_CLAIMS = [
	...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username'],
	...['profile', 'picture', 'website', 'email', 'email_verified', 'gender', 'birthdate'],
	...['zoneinfo', 'locale', 'phone_number', 'phone_number_verified', 'address', 'updated_at']
];
const TIME_CLAIMS = ['auth_time', 'exp', 'iat', 'nbf', 'toe', 'updated_at'];
const HOSTILE_NAMES = [
	...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'],
	...['__defineGetter__', 'prototype', '']
];

describe('explainClaim', () => {
	it.each(RFC_7519_CLAIMS)('explains the registered claim %s, citing RFC 7519', (name) => {
		expect(explainClaim(name)?.source).toMatch(/^RFC 7519 §4\.1\.\d$/);
	});

	it.each([...OIDC_ID_TOKEN_CLAIMS, ...OIDC_STANDARD_CLAIMS])(
		'explains the OpenID Connect claim %s, citing OpenID Connect Core',
		(name) => {
			expect(explainClaim(name)?.source).toContain('OpenID Connect Core 1.0 §');
		}
	);

	it.each([
		...['sid', 'client_id', 'scope', 'act', 'may_act', 'cnf', 'groups', 'roles', 'entitlements'],
		...['s_hash', 'events', 'txn', 'toe']
	])('explains the OAuth and OpenID claim %s', (name) => {
		expect(explainClaim(name)?.source).toMatch(/RFC \d+|OpenID/);
	});

	it.each([
		['tid', 'Microsoft Entra ID'],
		['oid', 'Microsoft Entra ID'],
		['scp', 'Microsoft Entra ID'],
		['roles', 'Microsoft Entra ID'],
		['azp', 'Microsoft Entra ID'],
		['upn', 'Microsoft Entra ID'],
		['wids', 'Microsoft Entra ID'],
		['realm_access', 'Keycloak'],
		['resource_access', 'Keycloak'],
		['allowed-origins', 'Keycloak'],
		['gty', 'Auth0'],
		['permissions', 'Auth0'],
		['org_id', 'Auth0'],
		['cid', 'Okta'],
		['uid', 'Okta'],
		['cognito:username', 'AWS Cognito'],
		['cognito:groups', 'AWS Cognito'],
		['token_use', 'AWS Cognito'],
		['origin_jti', 'AWS Cognito'],
		['hd', 'Google'],
		['email_verified', 'Google'],
		['firebase', 'Firebase'],
		['user_id', 'Firebase']
	])('explains %s as a claim of %s', (name, provider) => {
		expect(explainClaim(name)?.source).toContain(provider);
	});

	it.each([
		['scp', ['Microsoft Entra ID', 'Okta']],
		['roles', ['RFC 9068', 'Microsoft Entra ID']],
		['groups', ['RFC 9068', 'Microsoft Entra ID']],
		['client_id', ['RFC 8693', 'AWS Cognito']],
		['amr', ['OpenID Connect Core', 'Microsoft Entra ID']]
	])('gives the shared name %s one entry that cites every source', (name, sources) => {
		const source = explainClaim(name)?.source;
		for (const expected of sources) expect(source).toContain(expected);
	});

	it('flags the NumericDate claims, and only those, as times', () => {
		const flagged = [...CLAIMS.values()].filter((e) => e.kind === 'time').map((e) => e.name);
		expect(flagged.sort()).toEqual(TIME_CLAIMS);
	});

	it.each(['iss', 'sub', 'jti', 'nonce', 'birthdate', 'sid', 'txn'])(
		'does not flag %s as a time',
		(name) => {
			expect(explainClaim(name)).toBeDefined();
			expect(explainClaim(name)?.kind).toBeUndefined();
		}
	);

	it.each(HOSTILE_NAMES)('finds nothing for the hostile name %j', (name) => {
		expect(explainClaim(name)).toBeUndefined();
	});

	it('matches names case-sensitively, as JWT does', () => {
		expect(explainClaim('EXP')).toBeUndefined();
		expect(explainClaim('Iss')).toBeUndefined();
		expect(explainClaim(' exp')).toBeUndefined();
	});
});

describe('explainHeaderParameter', () => {
	it.each(['alg', 'kid', 'jwk', 'typ', 'crit', 'enc', 'x5t#S256', 'b64', 'p2c'])(
		'explains the header parameter %s, citing an RFC',
		(name) => {
			expect(explainHeaderParameter(name)?.source).toMatch(/^RFC \d+ §\d/);
		}
	);

	it.each(['jwk', 'jku', 'x5u', 'x5c'])(
		'says of %s that the inspector never trusts or fetches keys the token carries',
		(name) => {
			expect(explainHeaderParameter(name)?.meaning).toContain('never trusts or fetches');
		}
	);

	it('names both JWT and at+jwt when explaining typ', () => {
		expect(explainHeaderParameter('typ')?.meaning).toMatch(/\bJWT\b.*\bat\+jwt\b/);
	});

	it('keeps header parameters apart from claims of the same name', () => {
		expect(explainHeaderParameter('typ')?.source).toBe('RFC 7515 §4.1.9');
		expect(explainClaim('typ')?.source).toBe('Keycloak');
		expect(explainHeaderParameter('exp')).toBeUndefined();
	});

	it.each(HOSTILE_NAMES)('finds nothing for the hostile name %j', (name) => {
		expect(explainHeaderParameter(name)).toBeUndefined();
	});

	it('flags no header parameter as a time', () => {
		for (const entry of HEADER_PARAMETERS.values()) expect(entry.kind, entry.name).toBeUndefined();
	});
});

describe.each([
	['claim', CLAIMS],
	['header parameter', HEADER_PARAMETERS]
] as const)('every %s explanation', (_, table: ReadonlyMap<string, NameExplanation>) => {
	it('carries the name it is looked up by', () => {
		for (const [key, entry] of table) expect(entry.name).toBe(key);
	});

	it('reads as one or two sentences under 300 characters, ending with a full stop', () => {
		for (const { name, meaning } of table.values()) {
			expect(meaning.trim(), name).toBe(meaning);
			expect(meaning.length, name).toBeGreaterThan(0);
			expect(meaning.length, name).toBeLessThan(300);
			expect(meaning, name).toMatch(/\.$/);
		}
	});

	it('names a source', () => {
		for (const { name, source } of table.values()) expect(source.length, name).toBeGreaterThan(0);
	});

	it('cannot be changed by a caller', () => {
		for (const entry of table.values()) expect(Object.isFrozen(entry), entry.name).toBe(true);
	});
});
