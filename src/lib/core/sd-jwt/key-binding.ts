// The key-binding JWT of an SD-JWT+KB (RFC 9901 §4.3): decoded, its sd_hash checked against the SD-JWT presented
// before it (§4.3.1), and its signature checked with the holder key the issuer put in the payload's `cnf.jwk`
// (RFC 7800 §3.2). That is holder binding only: the key is the token's own, so it never makes the token valid.
import { compactVerify, errors, importJWK } from 'jose';
import { quoted } from '../text';
import { decodeBase64url } from '../token/base64url';
import { isJsonObject, readStrictJson } from '../token/json';
import { utf8TextOf } from '../token/utf8';
import { isExpectedCryptoError } from '../verify/verify-signature';
import { disclosureDigest } from './digest';
import type { SdJwtPart } from './split';
import type { KeyBindingView, SdJwtCode } from './types';
import type { Finding } from '../types';

/** The JWK key type each family of signature algorithms uses (RFC 7518 §6.1, RFC 8037 §2). */
const KEY_TYPE: Record<string, string> = {
	ES: 'EC',
	RS: 'RSA',
	PS: 'RSA',
	EdDSA: 'OKP',
	Ed25519: 'OKP'
};

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** The KB-JWT read and checked, with the findings it gives the structure row. */
export async function readKeyBinding(
	part: SdJwtPart,
	presented: string,
	hashAlg: string | undefined,
	issuerClaims: Record<string, unknown> | undefined
): Promise<{ view: KeyBindingView; findings: Finding<SdJwtCode>[] }> {
	const findings: Finding<SdJwtCode>[] = [];
	const flag = (code: SdJwtCode, message: string) =>
		findings.push({ code, severity: 'warning', message, span: part.span });
	const segments = part.text.split('.');
	const header = segments.length === 3 ? jsonObjectOf(segments[0]!) : undefined;
	const claims = segments.length === 3 ? jsonObjectOf(segments[1]!) : undefined;
	const view: KeyBindingView = {
		...(header ? { header } : {}),
		...(claims ? { claims } : {}),
		sdHash: 'unchecked',
		holderSignature: 'unsupported',
		span: part.span
	};
	if (!header || !claims) {
		flag(
			'structure.kb-malformed',
			'The part after the last "~" is not a readable JWT: a key-binding JWT is a compact JWS (RFC 9901 §4.3).'
		);
		return { view, findings };
	}
	// §4.3: "typ: REQUIRED. MUST be kb+jwt", which tells it apart from any other JWT the holder signs.
	if (header.typ !== 'kb+jwt')
		flag(
			'structure.kb-typ',
			`The key-binding JWT's typ is ${typeof header.typ === 'string' ? quoted(header.typ) : 'missing'}; RFC 9901 §4.3 requires "kb+jwt".`
		);
	// §4.3: iat, aud, nonce and sd_hash are REQUIRED.
	const missing = ['iat', 'aud', 'nonce', 'sd_hash'].filter((name) => claims[name] === undefined);
	if (missing.length > 0)
		flag(
			'structure.kb-malformed',
			`The key-binding JWT lacks ${missing.join(', ')}, which RFC 9901 §4.3 requires.`
		);
	// §4.3.1: sd_hash is the digest, with _sd_alg, of the SD-JWT as presented up to and including the last "~".
	if (typeof claims.sd_hash !== 'string') view.sdHash = 'missing';
	else if (hashAlg !== undefined) {
		view.sdHash =
			claims.sd_hash === (await disclosureDigest(presented, hashAlg)) ? 'match' : 'mismatch';
		if (view.sdHash === 'mismatch')
			flag(
				'structure.kb-sd-hash-mismatch',
				"The key-binding JWT's sd_hash is not the digest of the SD-JWT presented with it (RFC 9901 §4.3.1): it was made for other disclosures or another SD-JWT."
			);
	}
	view.holderSignature = await holderSignature(part.text, header.alg, issuerClaims);
	if (view.holderSignature === 'failed')
		flag(
			'structure.kb-signature-failed',
			"The key-binding JWT's signature does not verify with the holder key in the payload's cnf.jwk (RFC 7800 §3.2): it was not signed by the holder this SD-JWT was issued to."
		);
	else if (view.holderSignature === 'no-holder-key')
		flag(
			'structure.kb-no-holder-key',
			'The payload has no cnf.jwk (RFC 7800 §3.2), so the holder binding cannot be checked here: a verifier finds the holder key as its profile says.'
		);
	return { view, findings };
}

async function holderSignature(
	compact: string,
	alg: unknown,
	issuerClaims: Record<string, unknown> | undefined
): Promise<KeyBindingView['holderSignature']> {
	const cnf = issuerClaims?.cnf;
	const jwk = isJsonObject(cnf) && isJsonObject(cnf.jwk) ? cnf.jwk : undefined;
	if (!jwk) return 'no-holder-key';
	// The holder signs with its private key (§4.3): never "none", never a shared secret.
	if (typeof alg !== 'string' || alg === 'none' || alg.startsWith('HS')) return 'unsupported';
	// A key of another type than the algorithm needs (RFC 7518 §3.1, RFC 8037 §3.1) cannot have made it.
	const kty = KEY_TYPE[alg.slice(0, 2)] ?? KEY_TYPE[alg];
	if (kty !== undefined && jwk.kty !== kty) return 'failed';
	try {
		const publicPart = Object.fromEntries(
			Object.entries(jwk).filter(([name]) => !PRIVATE_MEMBERS.includes(name))
		);
		const key = await importJWK(publicPart, alg);
		await compactVerify(compact, key, { algorithms: [alg] });
		return 'verified';
	} catch (error) {
		if (!isExpectedCryptoError(error)) throw error;
		return error instanceof errors.JWSSignatureVerificationFailed ? 'failed' : 'unsupported';
	}
}

function jsonObjectOf(segment: string): Record<string, unknown> | undefined {
	const decoded = decodeBase64url(segment);
	if (decoded.faults.length > 0) return undefined;
	const text = utf8TextOf(decoded.bytes);
	const read = text === undefined ? undefined : readStrictJson(text);
	return read?.ok && isJsonObject(read.value) ? read.value : undefined;
}
