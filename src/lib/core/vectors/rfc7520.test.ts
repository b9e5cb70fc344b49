// RFC 7520 §4.1–4.4 (compact serializations) verify with their keys (the IETF JOSE cookbook; see
// vectors/rfc7520/LICENSE and SOURCE). The payload is text, so these are plain JWSs: claim checks skip.
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import rsaV15 from './rfc7520/4_1.rsa_v15_signature.json';
import rsaPss from './rfc7520/4_2.rsa-pss_signature.json';
import ecdsa from './rfc7520/4_3.ecdsa_signature.json';
import hmac from './rfc7520/4_4.hmac-sha2_integrity_protection.json';
import rsaPublic from './rfc7520/3_3.rsa_public_key.json';
import rsaPrivate from './rfc7520/3_4.rsa_private_key.json';
import ecPublic from './rfc7520/3_1.ec_public_key.json';
import symmetric from './rfc7520/3_5.symmetric_key_mac_computation.json';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('RFC 7520 compact JWS examples', () => {
	it.each([
		['§4.1 RSA v1.5 (RS256)', rsaV15, rsaPublic, 'RS256'],
		['§4.2 RSA-PSS (PS384)', rsaPss, rsaPublic, 'PS384'],
		['§4.3 ECDSA (ES512)', ecdsa, ecPublic, 'ES512'],
		['§4.4 HMAC (HS256)', hmac, symmetric, 'HS256']
	])('%s verifies with its public key', async (_, example, key, alg) => {
		const report = await inspect({
			token: example.output.compact,
			key: JSON.stringify(key),
			now: NOW
		});
		expect(report.verdict).toBe('valid');
		expect(report.signature.alg).toBe(alg);
		expect(report.checks.find((c) => c.id === 'signature')?.code).toBe('signature.verified');
		expect(report.token.payloadKind).toBe('text');
		expect(report.checks.find((c) => c.id === 'exp')?.status).toBe('skip');
	});

	it('§4.1 verifies with the RSA private JWK too, with a warning that only the public part is needed', async () => {
		const report = await inspect({
			token: rsaV15.output.compact,
			key: JSON.stringify(rsaPrivate),
			now: NOW
		});
		expect(report.verdict).toBe('valid');
		const key = report.checks.find((c) => c.id === 'key')!;
		expect(key.status).toBe('warn');
		expect(key.code).toBe('key.private-jwk');
	});

	it('§4.4 is invalid once one character of the payload changes', async () => {
		const token = hmac.output.compact;
		const dot = token.indexOf('.') + 5;
		const altered = token.slice(0, dot) + (token[dot] === 'A' ? 'B' : 'A') + token.slice(dot + 1);
		const report = await inspect({ token: altered, key: JSON.stringify(symmetric), now: NOW });
		expect(report.verdict).toBe('invalid');
	});
});
