// PEM blocks as users paste them: one or several, with CRLF line ends, legacy headers, or broken.
import { describe, expect, it } from 'vitest';
import { decodeBase64, readPemBlocks } from './pem';
import { keyText } from '$lib/testing/fixtures';

describe('readPemBlocks', () => {
	it('reads one block into its label and DER', () => {
		const [block, ...rest] = readPemBlocks(keyText('rs256', 'pem'));
		expect(rest).toEqual([]);
		expect(block!.label).toBe('PUBLIC KEY');
		expect(block!.der![0]).toBe(0x30);
		expect(block!.error).toBeUndefined();
	});

	it('reads every block, with text between and around them', () => {
		const text = `issuer key:\n${keyText('rs256', 'pem')}\nand its certificate:\n${keyText('rs256', 'certificate')}trailing`;
		expect(readPemBlocks(text).map((b) => [b.label, b.error])).toEqual([
			['PUBLIC KEY', undefined],
			['CERTIFICATE', undefined]
		]);
	});

	it('reads CRLF line ends and legacy "Name: value" header lines', () => {
		const pem = keyText('rs256', 'pem');
		const lines = pem.trim().split('\n');
		const withHeaders = [lines[0], 'Comment: pasted from a mail', '', ...lines.slice(1)].join(
			'\r\n'
		);
		const [block] = readPemBlocks(withHeaders);
		expect(block!.der).toEqual(readPemBlocks(pem)[0]!.der);
	});

	it.each([
		['damaged base64', keyText('rs256', 'pem').replace('MII', 'M*I'), /damaged/],
		['no END line', keyText('rs256', 'pem').replace(/-----END[\s\S]*/, ''), /no END line/],
		[
			'an END line with another label',
			keyText('rs256', 'pem').replace('END PUBLIC KEY', 'END CERTIFICATE'),
			/ends "CERTIFICATE"/
		]
	])('notes a block with %s', (_, text, error) => {
		const [block] = readPemBlocks(text);
		expect(block!.der).toBeUndefined();
		expect(block!.error).toMatch(error);
	});

	it('finds no block in text without one', () => {
		expect(readPemBlocks('-----BEGIN nothing here')).toEqual([]);
	});
});

describe('decodeBase64', () => {
	it.each([
		['', []],
		['AA==', [0]],
		['AA', [0]],
		['AAE=', [0, 1]],
		['/+8=', [255, 239]]
	])('decodes "%s"', (text, expected) => {
		expect(Array.from(decodeBase64(text)!)).toEqual(expected);
	});

	it.each([
		['base64url characters', 'ab-_'],
		['a stray character', 'ab!c'],
		['a length that leaves one character over', 'abcde'],
		['three padding characters', 'A==='],
		['padding in the middle', 'AA==AA==']
	])('refuses %s', (_, text) => {
		expect(decodeBase64(text)).toBeUndefined();
	});
});
