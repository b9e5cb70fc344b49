// A public key inside surrounding text is still a public key: whatever text holds one (an environment line, a
// YAML value, an x5c array) is never used as an HMAC secret, so an HS256 token MACed over that exact text is
// never valid (RFC 8725 §2.1). Normal secrets, including ones written as NAME=value, stay secrets.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKey } from './read-key';
import { CLAIMS, inspectAt, keyText, part, row } from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

const ENCODINGS: KeyEncoding[] = ['auto', 'utf8', 'base64', 'base64url', 'hex'];
const bodyOf = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
const spki = bodyOf(keyText('rs256', 'pem'));
const ecSpki = bodyOf(keyText('es256', 'pem'));
const edSpki = bodyOf(keyText('eddsa', 'pem'));
const cert = bodyOf(keyText('rs256', 'certificate'));
const hex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');
const b64url = (b64: string) => Buffer.from(b64, 'base64').toString('base64url');
const lines = (b64: string, indent: string) => b64.replace(/(.{64})/g, `$1\n${indent}`);

/** An HS256 token whose MAC key is exactly these bytes, as an attacker who knows the text would make it. */
function hs256(secret: Buffer): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const SHAPES: Array<[string, string]> = [
	['an environment line', `PUBLIC_KEY=${spki}`],
	['an export line with quotes', `export PUBLIC_KEY="${spki}"`],
	['a YAML value', `publicKey: ${spki}`],
	['a CSV cell', `${spki},`],
	['a quoted item of a list', `"${spki}",`],
	['a base64: prefix', `base64:${spki}`],
	['an x5c member outside an object', `"x5c": ["${cert}"]`],
	['an x5c line', `x5c: ${cert}`],
	['an array of certificates', `["${cert}"]`],
	['a JSON object with an x5c array', `{"x5c": ["${cert}"], "kid": "k1"}`],
	['a JSON object with the key under a name', `{"publicKey": "${spki}"}`],
	['hex DER in an environment line', `PUBLIC_KEY=${hex(spki)}`],
	['hex DER after 0x', `PUBLIC_KEY=0x${hex(spki)}`],
	['hex DER written with spaces', `key: ${hex(spki).replace(/(..)(?!$)/g, '$1 ')}`],
	['hex DER written with colons', `pub:\n    ${hex(spki).replace(/(..)(?!$)/g, '$1:')}`],
	['base64url DER', `publicKey: ${b64url(spki)}`],
	['a PEM body split over indented lines', `public_key: |\n  ${lines(spki, '  ')}\n`],
	[
		'a PEM body with \\n escapes in a JSON string',
		`{"key": "${lines(spki, '').replace(/\n/g, '\\n')}"}`
	],
	['an Ed25519 SPKI', `ED25519_PUBLIC_KEY=${edSpki}`],
	['a P-256 SPKI', `ES256 key: ${ecSpki}`],
	['a key followed by words', `${spki} (prod signing key)`],
	[
		'base64 PEM text under a YAML key',
		`tls.crt: ${Buffer.from(keyText('rs256', 'certificate')).toString('base64')}`
	],
	[
		'base64 JWK text in an environment line',
		`JWK=${Buffer.from(keyText('es256', 'jwk')).toString('base64')}`
	]
];

/** The byte strings a verifier might take from the text as its secret: the text, and what it decodes to. */
function secretsFrom(text: string): Buffer[] {
	const out = [Buffer.from(text)];
	const compact = text.replace(/\s+/g, '');
	if (/^[0-9a-f]+$/i.test(compact) && compact.length % 2 === 0)
		out.push(Buffer.from(compact, 'hex'));
	if (/^[A-Za-z0-9+/]+=*$/.test(compact)) out.push(Buffer.from(compact, 'base64'));
	if (/^[A-Za-z0-9_-]+$/.test(compact)) out.push(Buffer.from(compact, 'base64url'));
	return out;
}

describe('a public key inside other text', () => {
	it.each(SHAPES)('is never an HMAC secret: %s', async (_, key) => {
		for (const keyEncoding of ENCODINGS) {
			const read = readKey(key, keyEncoding);
			expect(read.view.kind, keyEncoding).not.toBe('secret');
			expect(
				read.candidates.some((c) => c.secret),
				keyEncoding
			).toBe(false);
			expect(read.view.findings[0]?.code, keyEncoding).toBe('key.public-key-as-secret');
			for (const secret of secretsFrom(key)) {
				const report = await inspectAt({ token: hs256(secret), key, keyEncoding });
				expect(report.verdict, keyEncoding).toBe('invalid');
				expect(row(report, 'key')).toMatchObject({
					status: 'fail',
					code: 'key.public-key-as-secret'
				});
			}
		}
	});
});

describe('secrets stay secrets', () => {
	const random: Array<[string, string]> = [];
	for (let i = 0; i < 200; i++) {
		const bytes = randomBytes(32 + (i % 33));
		random.push([`random base64 #${i}`, bytes.toString('base64')]);
		random.push([`random base64url #${i}`, bytes.toString('base64url')]);
		random.push([`random hex #${i}`, bytes.toString('hex')]);
		random.push([`a .env line #${i}`, `JWT_SECRET=${bytes.toString('base64')}`]);
	}
	const chosen: Array<[string, string]> = [
		['a passphrase', 'correct horse battery staple'],
		['a long passphrase', 'the quick brown fox jumps over the lazy dog, twice, at midnight!'],
		['a secret with a colon', 'prod:Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXV4'],
		['a hex secret with a label', `secret: ${'a3'.repeat(48)}`]
	];

	it.each([...chosen, ...random.filter((_, i) => i % 37 === 0)])(
		'verifies a token MACed with %s',
		async (_, secret) => {
			const read = readKey(secret);
			expect(read.view.kind).toBe('secret');
			expect((await inspectAt({ token: hs256(Buffer.from(secret)), key: secret })).verdict).toBe(
				'valid'
			);
		}
	);

	it('reads 800 random secrets of 32 to 64 bytes as secrets', () => {
		for (const [name, secret] of random) expect(readKey(secret).view.kind, name).toBe('secret');
	});
});

describe('the scan on hostile input', () => {
	const MB = 1024 * 1024;
	// Generous, for a loaded machine: linear work takes a second or two here; quadratic work takes minutes.
	const BOUND_MS = 15_000;
	const timed = (text: string) => {
		const started = performance.now();
		const read = readKey(text);
		return { read, ms: performance.now() - started };
	};

	it('reads 8 MB of random text with runs of base64 quickly', () => {
		const words: string[] = [];
		let size = 0;
		while (size < 8 * MB - 200) {
			const word = randomBytes(1 + (words.length % 120)).toString('base64');
			words.push(word);
			size += word.length + 1;
		}
		const { read, ms } = timed(words.join(words.length % 2 ? ' ' : '\n'));
		expect(read.view.kind).toBe('secret');
		expect(ms).toBeLessThan(BOUND_MS);
	}, 60_000);

	it.each([
		['DER headers claiming 4 KB each', 'MIIP/w '],
		['runs that begin like base64 PEM text', 'LS0tLS1CRUdJTi '],
		['runs that begin like hex DER', '30820fff ']
	])(
		'bounds the work on %s, and refuses the text',
		(_, unit) => {
			const { read, ms } = timed(unit.repeat(Math.floor((8 * MB - 1) / unit.length)));
			expect(read.view.findings[0]?.code).toBe('key.scan-limit');
			expect(ms).toBeLessThan(BOUND_MS);
		},
		60_000
	);
});
