// A GitHub classic token body with its checksum, computed here with Node's zlib (not the code under test):
// CRC32 of the 30 random characters, in base62 (0-9A-Za-z), left-padded with "0" to 6 characters.
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The 36 characters after "ghp_": `random` (30 characters) and its checksum. */
export function checksummed(random: string): string {
	let value = crc32(random);
	let out = '';
	while (value > 0) {
		out = BASE62[value % 62] + out;
		value = Math.floor(value / 62);
	}
	return random + out.padStart(6, '0');
}
