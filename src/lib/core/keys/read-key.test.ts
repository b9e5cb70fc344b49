// The key field: every form a user pastes is detected and described, and everything that is not a usable key
// becomes a finding with a stable code, never an exception.
import { X509Certificate, createHmac, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import keyFixtures from '../fixtures/keys.json';
import { readKey } from './read-key';
import {
	CLAIMS,
	NOW,
	TOKENS,
	fixture,
	inspectAt,
	keyText,
	part,
	row,
	type KeyName
} from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

const SECRET = keyText('hs256', 'secret');
const SECRET_BYTES = Buffer.from(SECRET, 'utf8');
const publicJwk = (name: KeyName): Record<string, unknown> => ({ ...fixture(name).publicJwk });
/** The base64 body of a PEM, without its BEGIN/END lines. */
const pemBody = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');

describe('reading each key form', () => {
	it.each([
		['utf8', SECRET],
		['base64', SECRET_BYTES.toString('base64')],
		['base64url', SECRET_BYTES.toString('base64url')],
		['hex', SECRET_BYTES.toString('hex')]
	] as const)('reads an HMAC secret in %s and verifies HS256 with it', async (encoding, text) => {
		const report = await inspectAt({ token: TOKENS.hs256!, key: text, keyEncoding: encoding });
		expect(report.key.kind).toBe('secret');
		expect(report.key.summary).toContain('32 bytes');
		expect(report.key.keys).toEqual([
			expect.objectContaining({ kty: 'oct', bits: 256, source: 'secret' })
		]);
		expect(report.verdict).toBe('valid');
	});

	it('reads a secret in auto mode as its UTF-8 text', async () => {
		const report = await inspectAt({ token: TOKENS.hs256!, key: SECRET });
		expect(report.key.kind).toBe('secret');
		expect(report.verdict).toBe('valid');
	});

	it('trims whitespace around a secret in auto mode and says so', async () => {
		const report = await inspectAt({ token: TOKENS.hs256!, key: `  ${SECRET}\n` });
		expect(report.verdict).toBe('valid');
		expect(report.key.findings.map((f) => f.code)).toEqual(['key.secret-trimmed']);
		const clean = await inspectAt({ token: TOKENS.hs256!, key: SECRET });
		expect(clean.key.findings).toEqual([]);
	});

	it('keeps an explicit UTF-8 secret exactly as typed, trailing space included', async () => {
		const secret = `${SECRET} `;
		const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
		const signature = createHmac('sha256', Buffer.from(secret, 'utf8')).update(input).digest();
		const token = `${input}.${signature.toString('base64url')}`;
		const exact = await inspectAt({ token, key: secret, keyEncoding: 'utf8' });
		expect(exact.key.summary).toContain('33 bytes');
		expect(exact.verdict).toBe('valid');
		const trimmed = await inspectAt({ token, key: secret });
		expect(trimmed.key.findings.map((f) => f.code)).toContain('key.secret-trimmed');
		expect(trimmed.verdict).toBe('invalid');
	});

	it('accepts a hex secret with a 0x prefix, spaces and colons', () => {
		const spaced = '0x' + SECRET_BYTES.toString('hex').replace(/(..)/g, '$1:');
		const read = readKey(spaced.slice(0, -1), 'hex');
		expect(read.view.kind).toBe('secret');
		expect(Buffer.from(read.candidates[0]!.secret!)).toEqual(SECRET_BYTES);
	});

	it.each([
		['rs256', 'PEM PUBLIC KEY (RSA)', 'pem', 'spki', /^RSA public key, 2048 bits$/],
		['es256', 'PEM PUBLIC KEY (EC P-256)', 'pem', 'spki', /^EC P-256 public key$/],
		['es384', 'PEM PUBLIC KEY (EC P-384)', 'pem', 'spki', /^EC P-384 public key$/],
		['es512', 'PEM PUBLIC KEY (EC P-521)', 'pem', 'spki', /^EC P-521 public key$/],
		['eddsa', 'PEM PUBLIC KEY (Ed25519)', 'pem', 'spki', /^Ed25519 public key$/]
	] as const)('reads a %s %s', async (name, _, kind, source, summary) => {
		const report = await inspectAt({ token: TOKENS[name]!, key: keyText(name, 'pem') });
		expect(report.key.kind).toBe(kind);
		expect(report.key.summary).toMatch(summary);
		expect(report.key.keys[0]!.source).toBe(source);
		expect(report.verdict).toBe('valid');
	});

	it('reads a PKCS #1 "RSA PUBLIC KEY"', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: keyText('rs256', 'pkcs1') });
		expect(report.key.kind).toBe('pem');
		expect(report.key.summary).toBe('RSA public key (PKCS #1), 2048 bits');
		expect(report.key.keys[0]).toMatchObject({ source: 'pkcs1', kty: 'RSA', bits: 2048 });
		expect(report.verdict).toBe('valid');
	});

	it('reads a certificate: its subject, issuer and validity, and the key inside', async () => {
		const pem = keyText('rs256', 'certificate');
		const report = await inspectAt({ token: TOKENS.rs256!, key: pem });
		const key = report.key.keys[0]!;
		expect(report.key.kind).toBe('pem');
		expect(key).toMatchObject({ source: 'x509', kty: 'RSA', bits: 2048, label: 'the certificate' });
		expect(key.certificate?.subject).toBe('CN=issuer.example, O=Fixture Issuer');
		expect(key.certificate?.issuer).toBe('CN=issuer.example, O=Fixture Issuer');
		// Node's own X.509 parser is the reference for the dates.
		const reference = new X509Certificate(pem);
		expect(Date.parse(key.certificate!.notAfter!)).toBe(Date.parse(reference.validTo));
		expect(Date.parse(key.certificate!.notBefore!)).toBe(Date.parse(reference.validFrom));
		expect(report.key.summary).toContain('X.509 certificate for "CN=issuer.example');
		expect(report.key.summary).toContain('2048 bits');
		expect(report.verdict).toBe('valid');
	});

	it('reads an EC certificate and warns once it has expired', async () => {
		const pem = keyText('es256', 'certificate');
		const atNow = await inspectAt({ token: TOKENS.es256!, key: pem });
		expect(atNow.key.keys[0]!.certificate?.subject).toBe('CN=expired.example');
		expect(row(atNow, 'key').status).toBe('pass');

		const later = new Date(NOW.getTime() + 2 * 86400_000);
		const expired = await inspectAt({ token: TOKENS.es256!, key: pem, now: later });
		expect(row(expired, 'key')).toMatchObject({
			status: 'warn',
			code: 'key.certificate-expired'
		});
		expect(row(expired, 'signature').status).toBe('pass');
	});

	it('reads one JWK with its kid, alg and use', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: keyText('rs256', 'jwk') });
		expect(report.key.kind).toBe('jwk');
		expect(report.key.summary).toBe('JWK: RSA public key, 2048 bits, kid "rsa-1", for RS256');
		expect(report.key.keys[0]).toMatchObject({
			kid: 'rsa-1',
			alg: 'RS256',
			use: 'sig',
			bits: 2048,
			source: 'jwk',
			hasPrivateParts: false
		});
		expect(report.verdict).toBe('valid');
	});

	it('reads a JWKS, listing every key by kid and algorithm', async () => {
		const jwks = JSON.stringify({
			keys: [publicJwk('rs256'), publicJwk('es256'), publicJwk('eddsa')]
		});
		const report = await inspectAt({ token: TOKENS.es256!, key: jwks });
		expect(report.key.kind).toBe('jwks');
		expect(report.key.summary).toBe('JWKS: 3 keys — "rsa-1" RS256, "ec256-1" ES256, "ed-1" EdDSA');
		expect(report.key.keys.map((k) => [k.kid, k.alg, k.kty, k.crv])).toEqual([
			['rsa-1', 'RS256', 'RSA', undefined],
			['ec256-1', 'ES256', 'EC', 'P-256'],
			['ed-1', 'EdDSA', 'OKP', 'Ed25519']
		]);
		expect(report.verdict).toBe('valid');
	});

	it('reads a bare array of JWKs as a set, and says so', async () => {
		const array = JSON.stringify([publicJwk('rs256'), publicJwk('es256')]);
		const report = await inspectAt({ token: TOKENS.es256!, key: array });
		expect(report.key.kind).toBe('jwks');
		expect(report.key.findings.map((f) => f.code)).toEqual(['key.bare-array']);
		expect(report.verdict).toBe('valid');
	});

	it('reads several PEM blocks, each as a key, and picks the one that fits', async () => {
		const pems = [keyText('rs256', 'pem'), keyText('es256', 'pem'), keyText('eddsa', 'pem')];
		const report = await inspectAt({ token: TOKENS.es256!, key: pems.join('\n') });
		expect(report.key.kind).toBe('pem');
		expect(report.key.keys.map((k) => k.label)).toEqual([
			'PEM block #1',
			'PEM block #2',
			'PEM block #3'
		]);
		expect(report.key.summary).toBe(
			'RSA public key, 2048 bits; EC P-256 public key; Ed25519 public key'
		);
		expect(report.signature.verifiedWith).toBe('PEM block #2');
		expect(report.verdict).toBe('valid');
	});

	it('names certificates in a bundle by their subject', () => {
		const bundle = keyText('rs256', 'certificate') + keyText('es256', 'certificate');
		const read = readKey(bundle);
		expect(read.view.keys.map((k) => k.label)).toEqual([
			'certificate "CN=issuer.example, O=Fixture Issuer"',
			'certificate "CN=expired.example"'
		]);
		expect(read.isSet).toBe(true);
	});

	it('reads the base64 body of a PEM pasted without its BEGIN/END lines as that public key', () => {
		const read = readKey(pemBody(keyText('rs256', 'pem')));
		expect(read.view.kind).toBe('pem');
		expect(read.view.keys[0]).toMatchObject({ kty: 'RSA', bits: 2048, source: 'spki' });
		expect(read.view.findings.map((f) => f.code)).toEqual(['key.pem-unarmored']);
		expect(readKey(pemBody(keyText('rs256', 'certificate'))).view.keys[0]!.source).toBe('x509');
		expect(readKey(pemBody(keyText('rs256', 'pkcs1'))).view.keys[0]!.source).toBe('pkcs1');
	});

	it('reports an empty key field as no key', () => {
		for (const text of [undefined, '', '  \n\t ']) {
			expect(readKey(text).view).toMatchObject({ kind: 'none', keys: [], findings: [] });
		}
	});

	it('never puts private members into what it keeps of a private JWK', () => {
		const read = readKey(keyText('rs256', 'private-jwk'));
		expect(read.view.keys[0]!.hasPrivateParts).toBe(true);
		expect(read.view.findings.map((f) => f.code)).toEqual(['key.private-jwk']);
		expect(Object.keys(read.candidates[0]!.jwk!).sort()).toEqual(['e', 'kty', 'n']);
	});
});

describe('keys it cannot use are findings, never exceptions', () => {
	const rsaPem = keyText('rs256', 'pem');
	const privatePem = (label: string) =>
		`-----BEGIN ${label}-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END ${label}-----`;

	// Each of these leaves nothing to verify with: the whole input is unreadable.
	it.each([
		['a PKCS #8 private key', keyFixtures.keys.rs256.privatePem, 'key.pem-private'],
		['an "RSA PRIVATE KEY"', privatePem('RSA PRIVATE KEY'), 'key.pem-private'],
		['an "EC PRIVATE KEY"', privatePem('EC PRIVATE KEY'), 'key.pem-private'],
		['an "ENCRYPTED PRIVATE KEY"', privatePem('ENCRYPTED PRIVATE KEY'), 'key.pem-private'],
		['a PEM with damaged base64', rsaPem.replace('MII', 'M!I'), 'key.pem-damaged'],
		['a PEM with no END line', rsaPem.replace(/-----END[\s\S]*/, ''), 'key.pem-damaged'],
		[
			'a PEM whose END label differs',
			rsaPem.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'),
			'key.pem-damaged'
		],
		['a "BEGIN" line that never closes', '-----BEGIN PUBLIC KEY\nMIIB', 'key.pem-damaged'],
		['an unknown PEM label', rsaPem.replace(/PUBLIC KEY/g, 'DH PARAMETERS'), 'key.pem-label'],
		[
			'a truncated PEM body',
			rsaPem.replace(/\n[^\n]*\n-----END/, '\n-----END'),
			'key.der-malformed'
		],
		['invalid JSON', '{"kty": "RSA",', 'key.json-syntax'],
		['JSON that is neither a JWK nor a JWKS', '{"foo": 1}', 'key.jwk-no-kty'],
		['a JWKS whose "keys" is not an array', '{"keys": {}}', 'key.jwks-keys'],
		['an OpenSSH RSA key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@host', 'key.ssh-format'],
		['an OpenSSH Ed25519 key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host', 'key.ssh-format'],
		[
			'an OpenSSH ECDSA key',
			'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY= user@host',
			'key.ssh-format'
		],
		[
			'an RFC 4716 SSH2 public key',
			'---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E\n---- END SSH2 PUBLIC KEY ----',
			'key.ssh-format'
		]
	])('reports %s', async (_, key, code) => {
		const read = readKey(key);
		expect(read.view.kind).toBe('unreadable');
		expect(read.candidates.filter((c) => c.jwk || c.secret)).toEqual([]);
		expect(read.view.findings[0]).toMatchObject({ code, severity: 'error' });

		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code });
		expect(report.verdict).toBe('invalid');
	});

	it('points a discovery document to its jwks_uri', () => {
		const read = readKey('{"issuer": "https://issuer.example", "jwks_uri": "https://x/jwks"}');
		expect(read.view.findings[0]!.code).toBe('key.jwk-no-kty');
		expect(read.view.findings[0]!.message).toContain('jwks_uri');
	});

	it('reports an empty JWKS', async () => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: '{"keys": []}' });
		expect(report.key.findings.map((f) => f.code)).toEqual(['key.jwks-empty']);
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.jwks-empty' });
	});

	// Each of these is a JWK that was read, but carries an error that keeps it from being used.
	const jwk = (name: KeyName, change: Record<string, unknown>) => ({
		...publicJwk(name),
		...change
	});
	it.each([
		['a JWK with no x', 'es256', jwk('es256', { x: undefined }), 'key.jwk-missing-member'],
		['a JWK with no y', 'es256', jwk('es256', { y: undefined }), 'key.jwk-missing-member'],
		['a JWK with no crv', 'es256', jwk('es256', { crv: undefined }), 'key.jwk-missing-member'],
		['a JWK with no n', 'rs256', jwk('rs256', { n: undefined }), 'key.jwk-missing-member'],
		['a JWK with no e', 'rs256', jwk('rs256', { e: undefined }), 'key.jwk-missing-member'],
		['an oct JWK with no k', 'hs256', jwk('hs256', { k: undefined }), 'key.jwk-missing-member'],
		[
			'a JWK whose x is not base64url',
			'es256',
			jwk('es256', { x: 'a+b/' }),
			'key.jwk-member-encoding'
		],
		['a JWK whose n is a number', 'rs256', jwk('rs256', { n: 12345 }), 'key.jwk-member-type'],
		['a JWK whose kid is a number', 'rs256', jwk('rs256', { kid: 1 }), 'key.jwk-member-type'],
		[
			'a JWK whose key_ops is a string',
			'rs256',
			jwk('rs256', { key_ops: 'verify' }),
			'key.jwk-member-type'
		],
		['a JWK of an unknown kty', 'rs256', { kty: 'XYZ', kid: 'rsa-1' }, 'key.unsupported'],
		['a JWK with a non-string kty', 'rs256', { kty: 1 }, 'key.jwk-no-kty'],
		['an EC JWK on secp256k1', 'es256', jwk('es256', { crv: 'secp256k1' }), 'key.unsupported'],
		['an EC JWK on an unknown curve', 'es256', jwk('es256', { crv: 'P-192' }), 'key.unsupported'],
		['an OKP JWK on Ed448', 'eddsa', jwk('eddsa', { crv: 'Ed448' }), 'key.unsupported'],
		['an OKP JWK on X25519', 'eddsa', jwk('eddsa', { crv: 'X25519' }), 'key.unsupported'],
		['an empty oct secret', 'hs256', jwk('hs256', { k: '' }), 'key.secret-empty'],
		[
			'an RSA key of 1024 bits',
			'rs256',
			{ ...publicJwk('rsa1024'), kid: 'rsa-1' },
			'key.rsa-too-small'
		],
		['an RSA key with e = 1', 'rs256', jwk('rs256', { e: 'AQ' }), 'key.rsa-bad-exponent']
	] as const)('reports %s', async (_, tokenName, value, code) => {
		const read = readKey(JSON.stringify(value));
		const key = read.view.keys[0]!;
		expect(key.problems[0]).toMatchObject({ code, severity: 'error' });
		expect(read.candidates[0]!.jwk).toBeUndefined();

		const report = await inspectAt({ token: TOKENS[tokenName]!, key: JSON.stringify(value) });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code });
		expect(row(report, 'signature').status).not.toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('says which member is missing from a JWK', () => {
		const read = readKey(JSON.stringify({ ...publicJwk('es256'), x: undefined }));
		expect(read.view.keys[0]!.problems[0]!.message).toContain('"x"');
	});

	it('never describes a broken RSA key with "undefined bits"', () => {
		const read = readKey(JSON.stringify({ ...publicJwk('rs256'), n: undefined }));
		expect(read.view.summary).not.toContain('undefined');
	});

	it.each([
		['hex', 'abz0', /hex/],
		['hex', 'abc', /odd/],
		['base64', 'ab-_', /base64url/],
		['base64url', 'ab+/', /base64\b/]
	] as const)('reports a secret that is not %s (%s)', async (encoding, text, hint) => {
		const read = readKey(text, encoding);
		expect(read.view.kind).toBe('unreadable');
		expect(read.view.findings[0]).toMatchObject({ code: 'key.secret-encoding', severity: 'error' });
		expect(read.view.findings[0]!.message).toMatch(hint);
	});

	it('reports an empty secret decoded from an explicit encoding', () => {
		const read = readKey('0x', 'hex');
		expect(read.view.keys[0]!.problems.map((p) => p.code)).toEqual(['key.secret-empty']);
	});
});

describe('a public key is never used as an HMAC secret', () => {
	const encodings = ['utf8', 'base64', 'base64url', 'hex'] as const;
	const publicForms: Array<[string, string]> = [
		['a PEM public key', keyText('rs256', 'pem')],
		['a certificate', keyText('rs256', 'certificate')],
		['a JWK', keyText('rs256', 'jwk')],
		['a JWKS', keyText('rs256', 'jwks')],
		['a bare base64 SubjectPublicKeyInfo', pemBody(keyText('rs256', 'pem'))],
		['a bare base64 certificate', pemBody(keyText('es256', 'certificate'))],
		['an OpenSSH public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host']
	];
	const cases = publicForms.flatMap(([what, text]) =>
		encodings.map((encoding) => [what, encoding, text] as const)
	);

	it.each(cases)('refuses %s with the encoding set to %s', async (_, encoding, text) => {
		const read = readKey(text, encoding);
		expect(read.view.kind).toBe('unreadable');
		expect(read.candidates).toEqual([]);
		expect(read.view.findings[0]).toMatchObject({
			code: 'key.public-key-as-secret',
			severity: 'error'
		});
	});

	it.each(['base64', 'hex'] as const)(
		'refuses a public key whose DER the %s encoding would decode to',
		(encoding: KeyEncoding) => {
			const der = Buffer.from(pemBody(keyText('es256', 'pem')), 'base64');
			const text = encoding === 'hex' ? der.toString('hex') : der.toString('base64');
			expect(readKey(text, encoding).view.findings[0]!.code).toBe('key.public-key-as-secret');
		}
	);

	it('reports the refusal as a failed key check, and the token is never valid', async () => {
		const key = keyText('rs256', 'pem');
		const report = await inspectAt({ token: TOKENS.rs256!, key, keyEncoding: 'utf8' });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.public-key-as-secret' });
		expect(report.verdict).toBe('invalid');
	});

	// The key stored as Kubernetes secrets and environment variables store it: one more layer of encoding.
	const pem = keyText('rs256', 'pem');
	const der = Buffer.from(pemBody(pem), 'base64');
	const jwk = keyText('rs256', 'jwk');
	const wrapped: Array<[string, string]> = [
		['PEM text in base64', Buffer.from(pem).toString('base64')],
		['PEM text in base64url', Buffer.from(pem).toString('base64url')],
		['PEM text in hex', Buffer.from(pem).toString('hex')],
		['JWK text in base64', Buffer.from(jwk).toString('base64')],
		['DER in hex', der.toString('hex')],
		['DER in base64url', der.toString('base64url')],
		['a JWK whose "kty" is spelled with a \\u escape', jwk.replace('"kty"', '"\\u006bty"')]
	];

	it.each(wrapped.flatMap(([what, text]) => encodings.map((e) => [what, e, text] as const)))(
		'refuses %s with the encoding set to %s',
		(_, encoding, text) => {
			expect(readKey(text, encoding).view.findings[0]).toMatchObject({
				code: 'key.public-key-as-secret',
				severity: 'error'
			});
		}
	);

	it.each(wrapped.slice(0, 6))('reads %s in auto mode as the public key it is', async (_, text) => {
		const report = await inspectAt({ token: TOKENS.rs256!, key: text });
		expect(report.key.keys[0]).toMatchObject({ kty: 'RSA', bits: 2048 });
		expect(report.key.findings.map((f) => f.code)).toContain('key.unwrapped');
		expect(report.verdict).toBe('valid');
	});

	it.each(wrapped)(
		'never calls valid an HS256 token keyed with the public key as %s',
		async (_, text) => {
			// The forgery: the attacker HMACs with the very text (or bytes) the verifier holds as its key.
			for (const secret of [Buffer.from(text), Buffer.from(pem), der]) {
				const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
				const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
				for (const keyEncoding of ['auto', ...encodings] as const) {
					const report = await inspectAt({ token, key: text, keyEncoding });
					expect(report.verdict, `${keyEncoding}`).toBe('invalid');
				}
			}
		}
	);

	it('still reads a secret that only looks like JSON when the user says it is text', () => {
		const read = readKey('{not a key}', 'utf8');
		expect(read.view.kind).toBe('secret');
	});
});

describe('key sets that are ambiguous or partly broken', () => {
	it('refuses JSON with a repeated member: verifiers disagree on which copy counts', async () => {
		const key = `{"keys":[${keyText('rsOther', 'jwk')}],"keys":[${keyText('rs256', 'jwk')}]}`;
		const report = await inspectAt({ token: TOKENS.rs256!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.duplicate-member' });
		expect(row(report, 'key').detail).toContain('"keys"');
		expect(report.verdict).toBe('invalid');
	});

	it('does not call a set of secrets mixed because one entry is broken', async () => {
		const key = JSON.stringify({ keys: [fixture('hs256').publicJwk, { kty: 'oct', k: 5 }, 7] });
		const report = await inspectAt({ token: TOKENS.hs256!, key });
		expect(report.key.findings.map((f) => f.code)).not.toContain('key.mixed-set');
		expect(report.verdict).toBe('valid');
	});
});

describe('keys of every type Node makes are read or refused by name', () => {
	// Keys generated here, not fixtures: their SubjectPublicKeyInfo is what openssl and Node export.
	const spki = (key: ReturnType<typeof generateKeyPairSync>['publicKey']) =>
		key.export({ format: 'pem', type: 'spki' }).toString();

	it.each([
		['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' })],
		['X25519', () => generateKeyPairSync('x25519')],
		['Ed448', () => generateKeyPairSync('ed448')]
	] as const)('refuses a %s PEM key as unsupported', async (_, make) => {
		const key = spki(make().publicKey);
		const report = await inspectAt({ token: TOKENS.eddsa!, key });
		expect(row(report, 'key')).toMatchObject({ status: 'fail', code: 'key.unsupported' });
		expect(report.verdict).toBe('invalid');
	});

	it('reads a fresh RSA-PSS key (OID rsassa-pss) as an RSA key', () => {
		const { publicKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
		const read = readKey(spki(publicKey));
		expect(read.view.keys[0]).toMatchObject({ kty: 'RSA', bits: 2048 });
	});
});

describe('the DER reader agrees with the JWKs jose minted', () => {
	it.each(['rs256', 'ps256', 'es256', 'es384', 'es512', 'eddsa'] as const)(
		'reads the %s PEM into the same public JWK members',
		(name) => {
			const { kid: _kid, alg: _alg, use: _use, ...material } = publicJwk(name);
			expect(readKey(keyText(name, 'pem')).candidates[0]!.jwk).toEqual(material);
		}
	);

	it('reads the PKCS #1 and certificate forms into the same RSA key', () => {
		const fromSpki = readKey(keyText('rs256', 'pem')).candidates[0]!.jwk;
		expect(readKey(keyText('rs256', 'pkcs1')).candidates[0]!.jwk).toEqual(fromSpki);
		expect(readKey(keyText('rs256', 'certificate')).candidates[0]!.jwk).toEqual(fromSpki);
	});

	it('reads an array of JWKs that holds something else, marking that entry', () => {
		const read = readKey(JSON.stringify([publicJwk('rs256'), 'not a key']));
		expect(read.view.keys[1]!.problems.map((p) => p.code)).toEqual(['key.jwk-not-object']);
		expect(read.candidates[0]!.jwk).toBeDefined();
	});
});

describe('damaged DER never escapes as an exception', () => {
	// Real keys and certificates with bytes flipped, cut or appended: the DER reader meets every malformation
	// at every offset, through each way DER reaches it (a PEM block, a bare base64 body, an explicit encoding).
	const ders = (
		[
			['rs256', 'pem'],
			['rs256', 'pkcs1'],
			['rs256', 'certificate'],
			['es256', 'certificate'],
			['es512', 'pem'],
			['eddsa', 'pem']
		] as const
	).map(([name, form]) => Buffer.from(pemBody(keyText(name, form)), 'base64'));
	const damaged = fc
		.tuple(
			fc.constantFrom(...ders),
			fc.nat(),
			fc.integer({ min: 1, max: 255 }),
			fc.constantFrom('flip', 'cut', 'append')
		)
		.map(([der, at, value, how]) => {
			const i = at % der.length;
			if (how === 'cut') return der.subarray(0, i);
			if (how === 'append') return Buffer.concat([der, Buffer.of(value)]);
			const copy = Buffer.from(der);
			copy[i] = copy[i]! ^ value;
			return copy;
		});

	it('reads or reports each one', () => {
		fc.assert(
			fc.property(damaged, (der) => {
				const b64 = der.toString('base64');
				const inputs: Array<[string, KeyEncoding]> = [
					[`-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----`, 'auto'],
					[`-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----`, 'auto'],
					[b64, 'auto'],
					[b64, 'base64'],
					[der.toString('hex'), 'hex']
				];
				for (const [text, encoding] of inputs) {
					const read = readKey(text, encoding);
					expect(['none', 'pem', 'secret', 'unreadable']).toContain(read.view.kind);
				}
			}),
			{ numRuns: 600, seed: 7 }
		);
	});

	it('inspects tokens against each one without throwing', async () => {
		await fc.assert(
			fc.asyncProperty(damaged, fc.constantFrom('rs256', 'es256', 'eddsa'), async (der, name) => {
				const key = `-----BEGIN PUBLIC KEY-----\n${der.toString('base64')}\n-----END PUBLIC KEY-----`;
				const report = await inspectAt({ token: TOKENS[name]!, key });
				expect(['valid', 'invalid']).toContain(report.verdict);
			}),
			{ numRuns: 200, seed: 11 }
		);
	});
});
