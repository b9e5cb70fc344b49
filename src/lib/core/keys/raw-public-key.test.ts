// A public key's raw numbers typed as an HMAC secret: the key row warns, whatever encoding they are typed in,
// and random secrets of the same sizes are left alone.
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKey } from './read-key';
import { ecPointCurve } from './raw-public-key';
import { CLAIMS, inspectAt, part, row } from '$lib/testing/fixtures';
import type { KeyEncoding } from '../types';

function hs256(secret: Buffer): string {
	const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(CLAIMS)}`;
	return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

function ecPoint(namedCurve: string): Buffer {
	const { x, y } = generateKeyPairSync('ec', { namedCurve }).publicKey.export({ format: 'jwk' });
	return Buffer.concat([
		Buffer.from([4]),
		Buffer.from(x!, 'base64url'),
		Buffer.from(y!, 'base64url')
	]);
}

const FORMS: Array<[string, (b: Buffer) => string, KeyEncoding]> = [
	['hex', (b) => b.toString('hex'), 'auto'],
	['base64', (b) => b.toString('base64'), 'auto'],
	['base64url', (b) => b.toString('base64url'), 'auto'],
	['hex, chosen as hex', (b) => b.toString('hex'), 'hex'],
	['base64, chosen as base64', (b) => b.toString('base64'), 'base64'],
	['base64url, chosen as base64url', (b) => b.toString('base64url'), 'base64url']
];

describe('an EC public point typed as a secret', () => {
	const curves = [
		['P-256', 'prime256v1'],
		['P-384', 'secp384r1'],
		['P-521', 'secp521r1']
	] as const;

	it.each(curves)('is recognised on %s', (crv, namedCurve) => {
		for (let i = 0; i < 20; i++) expect(ecPointCurve(ecPoint(namedCurve))).toBe(crv);
	});

	it.each(
		curves.flatMap(([crv, named]) =>
			FORMS.map(([form, write, encoding]) => [crv, named, form, write, encoding] as const)
		)
	)('warns on the key row for a %s point in %s', async (_, namedCurve, __, write, keyEncoding) => {
		const key = write(ecPoint(namedCurve));
		const read = readKey(key, keyEncoding);
		expect(read.view.kind).toBe('secret');
		const secret = Buffer.from(read.candidates[0]!.secret!);
		const report = await inspectAt({ token: hs256(secret), key, keyEncoding });
		expect(row(report, 'key')).toMatchObject({ status: 'warn', code: 'key.secret-is-ec-point' });
	});

	it('leaves random bytes that start with 04 alone', () => {
		for (const size of [65, 97, 133])
			for (let i = 0; i < 200; i++) {
				const bytes = Buffer.concat([Buffer.from([4]), randomBytes(size - 1)]);
				expect(ecPointCurve(bytes)).toBeUndefined();
				expect(readKey(bytes.toString('hex')).view.keys[0]!.problems).toEqual([]);
			}
	});
});

describe('an RSA modulus typed as a secret', () => {
	it.each([2048, 3072, 4096])('warns for the "n" of a %i-bit key', async (modulusLength) => {
		const { n } = generateKeyPairSync('rsa', { modulusLength }).publicKey.export({ format: 'jwk' });
		const report = await inspectAt({ token: hs256(Buffer.from(n!)), key: n! });
		expect(report.checks.find((c) => c.id === 'key')).toMatchObject({
			status: 'warn',
			code: 'key.secret-is-rsa-modulus'
		});
	});

	it('leaves most random secrets of modulus size alone, and all shorter ones', () => {
		let flagged = 0;
		for (let i = 0; i < 400; i++) {
			const secret = randomBytes(256).toString('base64url');
			if (readKey(secret).view.keys[0]!.problems.length > 0) flagged++;
			const short = randomBytes(32 + (i % 33));
			for (const text of [
				short.toString('base64url'),
				short.toString('hex'),
				short.toString('base64')
			])
				expect(readKey(text).view.keys[0]!.problems, text).toEqual([]);
		}
		// top bit × odd × no factor below 1000 ≈ 1/2 × 1/2 × 0.16: about 4%.
		expect(flagged).toBeLessThan(40);
	});

	it('leaves padded base64 of the same size alone: "n" is written in base64url', () => {
		const { n } = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
			format: 'jwk'
		});
		const standard = Buffer.from(n!, 'base64url').toString('base64');
		expect(readKey(standard).view.keys[0]!.problems).toEqual([]);
	});
});
