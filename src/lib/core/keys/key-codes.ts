// The codes key reading records on the key input and on each key (a finding's `code`): the one list of them,
// so that the key check can declare every code it passes on, and reading a key cannot record one unlisted.
import type { Finding } from '../types';

/** Every code a finding about the supplied key can carry, from reading it (read-key.ts and its helpers). */
export const KEY_READING_CODES = [
	'key.too-large',
	'key.scan-limit',
	'key.ssh-format',
	'key.pem-unarmored',
	'key.unwrapped',
	'key.public-key-as-secret',
	'key.secret-trimmed',
	'key.secret-encoding',
	'key.secret-empty',
	'key.secret-is-ec-point',
	'key.secret-is-rsa-modulus',
	'key.pem-damaged',
	'key.pem-private',
	'key.pem-label',
	'key.der-malformed',
	'key.unsupported',
	'key.json-syntax',
	'key.duplicate-member',
	'key.json-not-key',
	'key.bare-array',
	'key.jwks-keys',
	'key.jwks-empty',
	'key.jwks-too-many',
	'key.mixed-set',
	'key.jwk-not-object',
	'key.jwk-no-kty',
	'key.jwk-member-type',
	'key.jwk-member-encoding',
	'key.jwk-missing-member',
	'key.private-jwk',
	'key.okp-length',
	'key.small-order',
	'key.non-canonical',
	'key.not-on-curve',
	'key.rsa-too-large',
	'key.rsa-too-small',
	'key.rsa-bad-exponent',
	'key.roca'
] as const;

export type KeyReadingCode = (typeof KEY_READING_CODES)[number];

/** A finding about the supplied key. */
export type KeyFinding = Finding<KeyReadingCode>;
