import { describe, expect, it } from 'vitest';
import { decodeSecret } from './secret';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeSecret', () => {
	it.each([
		['utf8', 'hé', bytes(0x68, 0xc3, 0xa9)],
		['hex', 'de:ad 0xBE \\xef', bytes(0xde, 0xad, 0xbe, 0xef)],
		['base64', '3q2+\n7w==', bytes(0xde, 0xad, 0xbe, 0xef)],
		['base64url', '3q2-7w==', bytes(0xde, 0xad, 0xbe, 0xef)]
	] as const)('reads %s into bytes with no fault', (encoding, text, expected) => {
		expect(decodeSecret(text, encoding)).toEqual({ value: expected, faults: [] });
	});

	it.each([
		['hex', 'xyz'],
		['hex', 'abc'],
		['base64', '3q2-7w'],
		['base64url', '3q2+7w']
	] as const)(
		'gives no bytes and one key.secret-encoding fault for bad %s (%s)',
		(encoding, text) => {
			const read = decodeSecret(text, encoding);
			expect('value' in read).toBe(false);
			expect(read.faults.map((f) => f.code)).toEqual(['key.secret-encoding']);
		}
	);
});
