// Builds real SD-JWTs for the tests (RFC 9901): disclosures as base64url JSON arrays, their digests over the
// disclosure's ASCII text (§4.2.3) with node:crypto, the issuer-signed JWT and the key-binding JWT signed with
// the fixture keys. Never imported by the app.
import { createHash } from 'node:crypto';
import { NOW_SECONDS, part, signWith, type KeyName } from './fixtures';

const NODE_HASH: Record<string, string> = {
	'sha-256': 'sha256',
	'sha-384': 'sha384',
	'sha-512': 'sha512'
};

/** A disclosure: `[salt, name, value]` for an object property, `[salt, value]` for an array element (§4.2.1–2). */
export function disclosure(salt: string, ...nameAndValue: unknown[]): string {
	return part([salt, ...nameAndValue]);
}

/** The digest of a disclosure (or of a presented SD-JWT, for sd_hash): base64url(hash(ASCII text)), §4.2.3. */
export function digestOf(text: string, alg = 'sha-256'): string {
	return createHash(NODE_HASH[alg]!).update(Buffer.from(text, 'ascii')).digest('base64url');
}

/** The SD-JWT as presented: `<issuer JWT>~<disclosure>~…~` and the KB-JWT when there is one (§4). */
export function presentation(issuerJwt: string, disclosures: string[], keyBinding = ''): string {
	return `${[issuerJwt, ...disclosures].join('~')}~${keyBinding}`;
}

/** A KB-JWT (§4.3) over `presented` (the SD-JWT up to its last `~`), signed by a fixture key as the holder's. */
export function keyBinding(
	holder: KeyName,
	alg: string,
	presented: string,
	claims: Record<string, unknown> = {},
	header: Record<string, unknown> = { typ: 'kb+jwt' }
): string {
	return signWith(
		holder,
		{ alg, ...header },
		{
			// Made just before the fixtures' evaluation time, as a holder makes it when presenting (§7.3).
			iat: NOW_SECONDS - 5,
			aud: 'https://verifier.example',
			nonce: 'n-0S6_WzA2Mj',
			sd_hash: digestOf(presented),
			...claims
		}
	);
}
