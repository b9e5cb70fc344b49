import { defineCheck } from './check';
import { BLOCKED_CODES } from '../verify/verify-signature';
import { FORENSICS_CODES } from '../verify/forensics';
import type { Finding } from '../types';
import { DerError, TAG, expectTlv } from '../keys/der';
import { ALGORITHMS, type AlgorithmSpec } from '../algorithms';
import { groupDigits } from '../text';
import { SIGNATURE_PITFALL_CODES, signaturePitfall } from '../providers/pitfalls/index';
import {
	SHOWN,
	passedOverClause,
	passedOverFindings,
	type PassedOver
} from './support/passed-over';

// RFC 7515 §5.2: the signature must verify with the key and algorithm; RFC 7518 §3.4: an ECDSA signature is
// R‖S at a fixed size, never DER, so it is never converted and accepted. Only keys the user supplied count.
export const signatureCheck = defineCheck({
	id: 'signature',
	title: 'Signature',
	spec: 'RFC 7515 §5.2',
	codes: [
		...BLOCKED_CODES,
		...FORENSICS_CODES,
		'signature.jwe',
		'signature.jwe-shared-key',
		'signature.jwe-public-key',
		'signature.unsecured',
		'signature.missing',
		'signature.ecdsa-der',
		'signature.length',
		'signature.verified',
		'signature.verifier-refused',
		'signature.no-usable-key',
		'signature.mismatch',
		...SIGNATURE_PITFALL_CODES
	],
	run(context) {
		const { token, keys, verification, forensics } = context;
		const { view } = token;
		if (view.kind === 'empty')
			return { status: 'skip', code: 'signature.no-token', detail: 'No token yet.' };
		if (view.kind === 'jwe') {
			const management = context.decryption?.keyManagement;
			if (!management)
				return {
					status: 'skip',
					code: 'signature.jwe',
					detail:
						'A JWE is encrypted, not signed: its integrity is checked when it is decrypted (see decryption).'
				};
			// Decrypted, and what it held is not a signed token (issue 19, item 4). A shared key authenticates the
			// sender as an HMAC would; a public key lets anyone encrypt (RFC 7516 §11.5, RFC 8725 §2.7).
			if (management.authenticatesSender)
				return {
					status: 'info',
					code: 'signature.jwe-shared-key',
					detail: `Encrypted but not signed: only holders of the shared key that decrypted it (${context.decryption?.alg}) could have made it, which authenticates it as an HMAC would.`
				};
			return {
				status: 'warn',
				code: 'signature.jwe-public-key',
				detail: `Encrypted but not signed: with ${context.decryption?.alg} anyone who has the recipient's public key can make such a token, so it proves nothing about who issued it and is never called valid.`,
				fix: 'Ask the issuer to sign the token and then encrypt it (a nested JWT, "cty": "JWT"), and verify the signature with the issuer\'s key.'
			};
		}
		if (view.kind === 'unsecured') {
			return {
				status: 'fail',
				code: 'signature.unsecured',
				detail: `There is no signature: the token is unsecured ("alg": "none")${(view.signatureBytes ?? 0) > 0 ? ', and whatever follows the last dot is ignored' : ''}. Anyone can write such a token (RFC 7519 §6).`,
				fix: 'Never accept unsecured tokens; get a signed token from the issuer.'
			};
		}
		const spec = verification.spec;
		const length = token.signature?.length;
		if (token.header && spec && length === 0) {
			return {
				status: 'fail',
				code: 'signature.missing',
				detail: `The signature part is empty, but "alg" is ${verification.alg}: the signature was stripped.`,
				fix: 'Copy the whole token, including the part after the last dot.'
			};
		}
		// A wrong-sized ECDSA, EdDSA or HMAC signature can never verify, key or no key.
		const expected = spec?.signatureBytes ?? (spec?.family === 'HMAC' ? spec.hashBytes : undefined);
		if (spec && length !== undefined && expected !== undefined && length !== expected) {
			const der = spec.family === 'ECDSA' && isDerEcdsa(token.signature!, expected / 2);
			return {
				status: 'fail',
				code: der ? 'signature.ecdsa-der' : 'signature.length',
				detail: der
					? `The signature is ${length} bytes of DER (ASN.1), but JWS needs ECDSA signatures as raw R‖S, exactly ${expected} bytes for ${verification.alg} (RFC 7518 §3.4). The signer's library is misconfigured; verifiers reject this.`
					: `The signature is ${length} bytes; ${verification.alg} signatures are exactly ${expected} bytes${spec.family === 'ECDSA' ? ' of raw R‖S (RFC 7518 §3.4)' : ''}. ${sizeHint(length, verification.alg!) ?? 'It was cut, padded or made with another algorithm.'}`,
				fix: der
					? 'Make the signer output the JOSE (R‖S) form, e.g. "dsaEncoding: ieee-p1363" in Node, or convert with the library\'s DER-to-JOSE helper.'
					: 'Copy the token again, whole; if it is copied correctly, the signer uses another algorithm than its header says.',
				spec: spec.family === 'ECDSA' ? 'RFC 7518 §3.4' : 'RFC 7515 §5.2'
			};
		}
		if (keys.view.kind === 'none') {
			// A token only its issuer can validate: adding a key would not help, so that is said first.
			return (
				signaturePitfall(context, false) ?? {
					status: 'skip',
					code: 'signature.no-key',
					detail:
						'Not verified: no key supplied. Anyone can decode a JWT; only the signature shows who issued it and that it was not altered.',
					fix: "Add the issuer's key to check the signature: its JWKS (from the jwks_uri of its discovery document), a PEM public key or certificate, or the shared secret."
				}
			);
		}
		if (verification.blocked)
			return {
				status: 'skip',
				code: verification.blocked.code,
				detail: verification.blocked.message
			};
		const verified = verification.verifiedBy;
		if (verified) {
			return {
				status: 'pass',
				code: 'signature.verified',
				detail: `Verified with ${verified.view.label === 'the key' ? 'the supplied key' : verified.view.label} (${verification.alg}).`
			};
		}
		const failed = verification.attempts.filter((a) => a.outcome === 'failed');
		// Every key passed over, and why: the row says which keys were tried and what stood in the others' way.
		const skipped = verification.attempts.filter(
			(a) => a.outcome === 'skipped' && a.code !== 'signature.not-needed'
		);
		const passed: PassedOver[] = skipped.map((a) => ({
			label: nameOf(a.candidate.view.label),
			code: a.code ?? 'signature.skipped',
			reason: a.reason ?? ''
		}));
		const notTried = skipped.length > 0 ? ` Not tried: ${passedOverClause(passed)}.` : '';
		if (failed.length === 0) {
			const reasons = verification.attempts.find(
				(a) => a.outcome === 'skipped' && a.code === 'signature.verifier-refused'
			);
			return {
				status: 'skip',
				code: reasons ? 'signature.verifier-refused' : 'signature.no-usable-key',
				detail: reasons
					? `Not checked: ${reasons.reason}.`
					: `Not checked: no supplied key can verify ${verification.alg} (see key).${notTried}`
			};
		}
		// The keys that failed and those passed over are named, the first few of each, and the rest counted.
		const findings: Finding[] = [
			...failed.slice(0, failed.length > SHOWN + 1 ? SHOWN : SHOWN + 1).map((a) => ({
				code: 'signature.mismatch',
				severity: 'error' as const,
				message: `${a.candidate.view.label}: does not verify.`
			})),
			...(failed.length > SHOWN + 1
				? [
						{
							code: 'signature.mismatch',
							severity: 'error' as const,
							message: `And ${groupDigits(failed.length - SHOWN)} more keys: none verifies.`
						}
					]
				: []),
			...passedOverFindings(
				verification.attempts
					.filter((a) => a.outcome === 'skipped')
					.map((a) => ({
						label: a.candidate.view.label,
						code: a.code ?? 'signature.skipped',
						reason: a.reason ?? ''
					})),
				(i) => `${i.label}: not tried, ${i.reason}.`
			)
		];
		// A token only its issuer can validate (a Microsoft Graph access token) explains any key failing.
		const pitfall = signaturePitfall(context, true);
		if (pitfall) return { ...pitfall, findings: [...pitfall.findings, ...findings] };
		// A cause found by trying other readings of the key (RFC 7518 §3.2, §3.3, §3.5): still a failure.
		if (forensics) {
			const { code, detail, fix, spec, encoding } = forensics;
			// The encoding that verifies is offered as a labelled what-if (the page's "Read the secret as
			// base64"): taking it makes the page judge again, under the reading the user then chose.
			const whatIf = encoding ? { whatIf: { input: 'keyEncoding' as const, value: encoding } } : {};
			return {
				status: 'fail',
				code,
				detail: `${detail}${notTried}`,
				fix,
				spec,
				findings,
				...whatIf
			};
		}
		const who =
			failed.length === 1
				? nameOf(failed[0]!.candidate.view.label)
				: `any of the ${groupDigits(failed.length)} keys tried (${failed
						.slice(0, SHOWN)
						.map((a) => a.candidate.view.label)
						.join(
							', '
						)}${failed.length > SHOWN ? ` and ${groupDigits(failed.length - SHOWN)} more` : ''})`;
		return {
			status: 'fail',
			code: 'signature.mismatch',
			detail: `The signature does not verify with ${who} (${verification.alg}). Either the token was signed with another key, or its header or payload was changed after signing.${notTried}`,
			fix: "Check that the key is the issuer's current one; if it is, the token was altered. For an HMAC secret, check the same bytes in the same encoding; an altered token must not be trusted.",
			findings
		};
	}
});

/**
 * When a wrong-sized signature has the size of another algorithm of the same family, names it: a signer that
 * writes ES256 in the header but signs with a P-384 key makes 96-byte signatures (RFC 7518 §3.2, §3.4).
 */
function sizeHint(length: number, alg: string): string | undefined {
	const family = ALGORITHMS[alg]?.family;
	const sizeOf = (s: AlgorithmSpec) => s.signatureBytes ?? (s.family === 'HMAC' ? s.hashBytes : 0);
	const other = Object.entries(ALGORITHMS).find(
		([name, s]) => name !== alg && s.family === family && sizeOf(s) === length
	);
	if (!other) return undefined;
	const [name, s] = other;
	const key = s.crv !== undefined ? ` (a ${s.crv} key)` : '';
	return `${length} bytes is the size of an ${name} signature: the signer likely uses ${name}${key} while the header says ${alg}.`;
}

/** A key's label as a sentence names it: a lone key is "the supplied key". */
function nameOf(label: string): string {
	return label === 'the key' ? 'the supplied key' : label;
}

/**
 * Whether the bytes are an ECDSA signature in DER, SEQUENCE { INTEGER r, INTEGER s } and nothing else (RFC 3279
 * §2.2.3), with integers no longer than the curve's `size` bytes plus a sign byte.
 */
function isDerEcdsa(bytes: Uint8Array, size: number): boolean {
	try {
		const sequence = expectTlv(bytes, 0, TAG.sequence);
		if (sequence.end !== bytes.length) return false;
		const r = expectTlv(bytes, sequence.contentStart, TAG.integer, sequence.end);
		const s = expectTlv(bytes, r.end, TAG.integer, sequence.end);
		const fits = (t: { contentStart: number; end: number }) =>
			t.end > t.contentStart && t.end - t.contentStart <= size + 1;
		return s.end === sequence.end && fits(r) && fits(s);
	} catch (error) {
		if (error instanceof DerError) return false;
		throw error;
	}
}
