import { describe, expect, it } from 'vitest';
import { CLAIMS, inspectAt, mint, part, row, signWith } from '$lib/testing/fixtures';
import { presentation } from '$lib/testing/sd-jwt';

async function typRow(typ: unknown) {
	return row(await inspectAt({ token: mint('hs256', {}, { typ }) }), 'typ');
}

describe('typ check', () => {
	it('skips a header without typ, which is optional (RFC 7519 §5.1)', async () => {
		expect(await typRow(undefined)).toMatchObject({ status: 'skip', code: 'typ.absent' });
	});

	it.each(['JWT', 'jwt', 'application/jwt', 'at+jwt', 'AT+JWT', 'application/at+jwt'])(
		'passes %j, case-insensitively and with or without "application/" (RFC 7515 §4.1.9)',
		async (typ) => {
			expect(await typRow(typ)).toMatchObject({ status: 'pass', code: 'typ.ok' });
		}
	);

	it.each([
		'dpop+jwt',
		'logout+jwt',
		'secevent+jwt',
		'id_token+jwt',
		'JOSE',
		'application/dpop+jwt'
	])('warns that %j marks a token made for another use (RFC 8725 §3.11)', async (typ) => {
		expect(await typRow(typ)).toMatchObject({ status: 'warn', code: 'typ.other-use' });
	});

	it.each(['JWS', 'json', 'Bearer', '', ' JWT', 'text/jwt'])(
		'warns that %j is an unknown type',
		async (typ) => {
			expect(await typRow(typ)).toMatchObject({ status: 'warn', code: 'typ.unknown' });
		}
	);

	it.each([
		['a number', 1, 'it is a number.'],
		['null', null, 'it is null.'],
		['an array', ['JWT'], 'it is an array.'],
		['an object', { type: 'JWT' }, 'it is an object.'],
		['a boolean', true, 'it is the boolean true.']
	])('fails a typ that is %s, not a string', async (_, typ, words) => {
		const check = await typRow(typ);
		expect(check).toMatchObject({ status: 'fail', code: 'typ.type' });
		expect(check.detail).toContain(words);
	});

	it('only notes an unknown typ on a JWE, whose content type it may describe', async () => {
		const jwe = [part({ alg: 'RSA-OAEP-256', enc: 'A256GCM', typ: 'foo' }), 'AA', 'AA', 'AA', 'AA'];
		expect(row(await inspectAt({ token: jwe.join('.') }), 'typ')).toMatchObject({
			status: 'info',
			code: 'typ.jwe'
		});
	});

	it('skips when there is no header to read', async () => {
		expect(row(await inspectAt({ token: 'not a token' }), 'typ')).toMatchObject({
			status: 'skip',
			code: 'typ.no-header'
		});
	});
});

// RFC 9901 §9.11 recommends explicit typing for an SD-JWT's issuer-signed JWT with a "+sd-jwt" type
// ("example+sd-jwt"), and SD-JWT VC uses "dc+sd-jwt": such a type fits an SD-JWT, and only an SD-JWT.
describe('typ of an SD-JWT', () => {
	const sdJwt = (typ: string) =>
		presentation(signWith('es256', { alg: 'ES256', typ }, { ...CLAIMS, _sd_alg: 'sha-256' }), []);

	it.each(['dc+sd-jwt', 'example+sd-jwt', 'vc+sd-jwt', 'application/dc+sd-jwt'])(
		'passes %j on an SD-JWT',
		async (typ) => {
			const report = await inspectAt({ token: sdJwt(typ) });
			expect(report.format).toBe('sd-jwt');
			expect(row(report, 'typ')).toMatchObject({ status: 'pass', code: 'typ.sd-jwt' });
		}
	);

	it.each(['dc+sd-jwt', 'example+sd-jwt'])(
		'warns on %j for a token that is not an SD-JWT',
		async (typ) => {
			expect(await typRow(typ)).toMatchObject({ status: 'warn', code: 'typ.sd-jwt-not-sd-jwt' });
		}
	);

	it('still warns on an unknown type on an SD-JWT', async () => {
		const report = await inspectAt({ token: sdJwt('foo+bar') });
		expect(row(report, 'typ')).toMatchObject({ status: 'warn', code: 'typ.unknown' });
	});
});
