// The DER reader is the first thing pasted key bytes meet: every read is bounds-checked, and anything
// malformed raises DerError (which the key reader turns into a finding), never a RangeError or garbage.
import { describe, expect, it } from 'vitest';
import {
	DerError,
	TAG,
	children,
	contentOf,
	encodeTlv,
	expectTlv,
	hex,
	oidHex,
	readTlv,
	unsignedInteger
} from './der';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('readTlv', () => {
	it('reads a short-form length', () => {
		expect(readTlv(bytes(0x02, 0x01, 0x05), 0)).toEqual({
			tag: 0x02,
			start: 0,
			contentStart: 2,
			end: 3
		});
	});

	it('reads a long-form length', () => {
		const content = new Uint8Array(300);
		const der = encodeTlv(TAG.octetString, content);
		expect(Array.from(der.subarray(0, 4))).toEqual([0x04, 0x82, 0x01, 0x2c]);
		expect(readTlv(der, 0)).toMatchObject({ contentStart: 4, end: 304 });
	});

	it.each([
		['an element cut short before its length', bytes(0x30), /cut short/],
		['a long length cut short', bytes(0x30, 0x82, 0x01), /cut short/],
		['a length that runs past the data', bytes(0x30, 0x05, 0x00), /past the end/],
		['an indefinite length (0x80)', bytes(0x30, 0x80, 0x00, 0x00), /unsupported length/],
		['a length of more than four bytes', bytes(0x30, 0x85, 1, 1, 1, 1, 1), /unsupported length/],
		['a multi-byte tag', bytes(0x1f, 0x01, 0x00), /multi-byte tag/]
	])('refuses %s', (_, der, message) => {
		expect(() => readTlv(der, 0)).toThrow(DerError);
		expect(() => readTlv(der, 0)).toThrow(message);
	});

	it('honours a limit inside the buffer', () => {
		const der = bytes(0x30, 0x03, 0x02, 0x01, 0x05);
		expect(() => readTlv(der, 2, 4)).toThrow(/past the end/);
		expect(readTlv(der, 2, 5).end).toBe(5);
	});
});

describe('expectTlv and children', () => {
	it('insists on the tag', () => {
		expect(() => expectTlv(bytes(0x02, 0x00), 0, TAG.sequence)).toThrow(/expected tag 0x30/);
	});

	it('lists the elements of a sequence', () => {
		const seq = encodeTlv(
			TAG.sequence,
			Uint8Array.from([...encodeTlv(TAG.integer, bytes(1)), ...encodeTlv(TAG.null, bytes())])
		);
		const parent = readTlv(seq, 0);
		expect(children(seq, parent).map((c) => c.tag)).toEqual([TAG.integer, TAG.null]);
	});

	it('refuses a child that overruns its parent', () => {
		// SEQUENCE of length 3 holding an INTEGER that claims 5 bytes.
		const der = bytes(0x30, 0x03, 0x02, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05);
		expect(() => children(der, readTlv(der, 0))).toThrow(DerError);
	});
});

describe('unsignedInteger', () => {
	it('drops the leading zero that keeps a DER integer positive', () => {
		const der = encodeTlv(TAG.integer, bytes(0x00, 0x80, 0x01));
		expect(Array.from(unsignedInteger(der, readTlv(der, 0)))).toEqual([0x80, 0x01]);
	});

	it('keeps a lone zero', () => {
		const der = encodeTlv(TAG.integer, bytes(0x00));
		expect(Array.from(unsignedInteger(der, readTlv(der, 0)))).toEqual([0]);
	});

	it('refuses a negative integer', () => {
		const der = encodeTlv(TAG.integer, bytes(0xff));
		expect(() => unsignedInteger(der, readTlv(der, 0))).toThrow(/negative/);
	});
});

describe('oidHex, hex and encodeTlv', () => {
	it('names an OID by the hex of its content', () => {
		const der = encodeTlv(TAG.oid, bytes(0x2b, 0x65, 0x70));
		expect(oidHex(der, readTlv(der, 0))).toBe('2b6570');
		expect(() => oidHex(bytes(0x02, 0x00), readTlv(bytes(0x02, 0x00), 0))).toThrow(DerError);
	});

	it('writes lowercase two-digit hex', () => {
		expect(hex(bytes(0, 10, 255))).toBe('000aff');
	});

	it.each([0, 1, 127, 128, 255, 256, 65535, 70000])('round-trips content of %i bytes', (length) => {
		const content = new Uint8Array(length).fill(7);
		const der = encodeTlv(TAG.octetString, content);
		const tlv = readTlv(der, 0);
		expect(tlv.end).toBe(der.length);
		expect(Buffer.from(contentOf(der, tlv)).equals(content)).toBe(true);
	});
});
