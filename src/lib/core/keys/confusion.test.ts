// The algorithm-confusion forgery (RFC 8725 §2.1) in every spelling people store a public key in: whatever the
// key field holds and whatever encoding is chosen, an HMAC token keyed with any form of a public key is never
// valid, and the key field says why. Cases from two adversarial reviews of readKey.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKey } from './read-key';
import { CLAIMS, TOKENS, inspectAt, keyText, part, row } from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

const ENCODINGS: KeyEncoding[] = ['auto', 'utf8', 'base64', 'base64url', 'hex'];
const pem = keyText('rs256', 'pem');
const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
const der = Buffer.from(body, 'base64');
const jwk = keyText('rs256', 'jwk');
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const hex = (text: string | Buffer) => Buffer.from(text).toString('hex');
const b64url = (text: string | Buffer) => Buffer.from(text).toString('base64url');

/** An HS256 token keyed with `secret`, as an attacker who knows the public key would make it. */
function forged(secret: Buffer): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Every byte string a verifier might take from `text` as its secret: the text, and what it decodes to. */
function secretsFrom(text: string): Buffer[] {
	const out = [Buffer.from(text), Buffer.from(pem), der, Buffer.from(body), Buffer.from(jwk)];
	const compact = text.replace(/\s+/g, '');
	if (/^[0-9a-f]+$/i.test(compact) && compact.length % 2 === 0)
		out.push(Buffer.from(compact, 'hex'));
	if (/^[A-Za-z0-9+/]+=*$/.test(compact)) out.push(Buffer.from(compact, 'base64'));
	if (/^[A-Za-z0-9_-]+$/.test(compact)) out.push(Buffer.from(compact, 'base64url'));
	return out;
}

async function expectNeverValid(key: string) {
	for (const secret of secretsFrom(key)) {
		const token = forged(secret);
		for (const keyEncoding of ENCODINGS) {
			const report = await inspectAt({ token, key, keyEncoding });
			expect(report.verdict, `${keyEncoding}: ${secret.subarray(0, 12).toString('hex')}`).toBe(
				'invalid'
			);
		}
	}
}

const explicitEc = generateKeyPairSync('ec', {
	namedCurve: 'P-256',
	paramEncoding: 'explicit'
}).publicKey.export({ format: 'der', type: 'spki' });
const sshRsa = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host';

describe('a JWK "secret" whose "k" is a public key', () => {
	it.each([
		['the PEM text', b64url(pem)],
		['the DER', b64url(der)],
		['the base64 body', b64url(body)],
		['the JWK text', b64url(jwk)]
	])('is refused when "k" holds %s', async (_, k) => {
		for (const key of [
			JSON.stringify({ kty: 'oct', k }),
			JSON.stringify({ keys: [{ kty: 'oct', k }] }),
			JSON.stringify([{ kty: 'oct', k }]),
			JSON.stringify({ kty: 'oct', k, n: 'AQAB', e: 'AQAB' })
		]) {
			const report = await inspectAt({ token: forged(Buffer.from(k, 'base64url')), key });
			expect(report.verdict).toBe('invalid');
			expect(row(report, 'key')).toMatchObject({
				status: 'fail',
				code: 'key.public-key-as-secret'
			});
		}
	});
});

describe('a public key behind more than one layer of encoding', () => {
	it.each([
		['base64 of base64 DER', b64(body)],
		['hex of base64 DER', hex(body)],
		['base64 of hex DER', b64(hex(der))],
		['base64 of base64 PEM', b64(b64(pem))],
		['base64url of hex of a JWK', b64url(hex(jwk))]
	])('is refused in every encoding: %s', async (_, key) => {
		for (const keyEncoding of ENCODINGS) {
			expect(readKey(key, keyEncoding).view.findings[0], keyEncoding).toMatchObject({
				code: 'key.public-key-as-secret'
			});
		}
		await expectNeverValid(key);
	});
});

describe('spellings of a public key the detector once missed', () => {
	it.each([
		['an EC key with explicit curve parameters, in base64', explicitEc.toString('base64')],
		['an EC key with explicit curve parameters, in hex', explicitEc.toString('hex')],
		['an authorized_keys line with options', `no-pty,from="10.0.0.1" ${sshRsa}`],
		['a known_hosts line', `github.com ${sshRsa}`],
		['an OpenSSH certificate', 'ssh-rsa-cert-v01@openssh.com AAAAHHNzaC1yc2EtY2VydA== user'],
		['an RFC 4716 block after a line of text', `key:\n---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n`],
		['a bare OpenSSH key blob', 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'],
		['a JWK after a zero-width space', `\u200b${jwk}`],
		['a JWK in a JSON string literal', JSON.stringify(jwk)],
		['a JWK inside an array of arrays', `[[${jwk}]]`],
		['a JWK under another member', `{"key":${jwk}}`],
		['base64 DER in double quotes', `"${body}"`],
		['base64 DER in single quotes', `'${body}'`],
		['base64 PEM text with literal \\n escapes', b64(pem).replace(/(.{64})/g, '$1\\n')],
		[
			'hex DER written 0xde, 0xad',
			[...der].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')
		],
		[
			'hex DER written \\xde\\xad',
			[...der].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')
		],
		['hex DER with dashes', hex(der).replace(/(..)(?!$)/g, '$1-')],
		['PEM armour in lower case', pem.replace(/BEGIN PUBLIC KEY/, 'begin public key')],
		['PEM armour with four dashes', pem.replace(/^-----/, '----')],
		['PEM armour with a tab', pem.replace('BEGIN ', 'BEGIN\t')],
		['PEM armour with a no-break space', pem.replace('BEGIN ', 'BEGIN\u00a0')]
	])('%s is never an HMAC secret', async (_, key) => {
		for (const keyEncoding of ENCODINGS.slice(1)) {
			expect(readKey(key, keyEncoding).view.findings[0]?.code, keyEncoding).toBe(
				'key.public-key-as-secret'
			);
		}
		expect(readKey(key, 'auto').view.kind).not.toBe('secret');
		await expectNeverValid(key);
	});
});

describe('secrets that only look like keys stay secrets', () => {
	it.each([
		['an "oct" JWK typed as UTF-8 text', JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }), 'utf8'],
		['base64 of an "oct" JWK', b64(JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' })), 'base64'],
		['a secret that starts like DER', 'MIIBIjANBgkq', 'utf8'],
		['a hex secret of 32 random-looking bytes', 'a3'.repeat(32), 'hex']
	] as const)('%s', (_, key, keyEncoding) => {
		expect(readKey(key, keyEncoding).view.kind).toBe('secret');
	});

	it('reads an "oct" JWK in auto mode by its "k"', async () => {
		const key = JSON.stringify({ kty: 'oct', k: b64url(keyText('hs256', 'secret')) });
		expect((await inspectAt({ token: TOKENS.hs256!, key })).verdict).toBe('valid');
	});
});

describe('key input too large to read', () => {
	it('refuses a key set of more than 1,000 entries without reading them', () => {
		const key = `[${Array(500_000).fill('{}').join(',')}]`;
		const started = performance.now();
		expect(readKey(key).view.findings[0]?.code).toBe('key.jwks-too-many');
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('trims a paste with long runs of spaces inside it in linear time', () => {
		const unit = `MIIP/w${' '.repeat(4000)}`;
		const text = unit.repeat(Math.floor((8 * 1024 * 1024 - 1) / unit.length));
		const started = performance.now();
		expect(readKey(text).view.kind).toBe('secret');
		expect(performance.now() - started).toBeLessThan(15_000);
	}, 60_000);

	it('reads no more than 64 elements of one DER structure', () => {
		const content = Buffer.alloc(2 * 1_900_000, Buffer.from([0x05, 0x00]));
		const length = Buffer.alloc(4);
		length.writeUInt32BE(content.length);
		const hostile = Buffer.concat([Buffer.from([0x30, 0x84]), length, content]).toString('base64');
		const started = performance.now();
		expect(readKey(hostile).view.kind).toBe('secret');
		expect(performance.now() - started).toBeLessThan(5000);
	});
});
