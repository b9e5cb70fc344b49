import { defineCheck } from './check';
import {
	ALGORITHMS,
	UNSUPPORTED_ALGORITHMS,
	isJweAlgorithm,
	keyNeed,
	keyTypeWords
} from '../algorithms';
import { isUsable } from '../keys/read-key';
import { capitalise, quoted } from '../text';

// RFC 7515 §4.1.1 (alg is required), RFC 7518 §3.1 (the registered algorithms), RFC 8725 §2.1 and §3.1 (never
// "none", and the key, not the header, decides the algorithm family: no HMAC with a public key).
export const algorithmCheck = defineCheck({
	id: 'algorithm',
	title: 'Algorithm',
	spec: 'RFC 7515 §4.1.1, RFC 8725 §3.1',
	codes: [
		'algorithm.no-header',
		'algorithm.jwe',
		'algorithm.missing',
		'algorithm.type',
		'algorithm.none',
		'algorithm.unsupported',
		'algorithm.jwe-alg',
		'algorithm.unknown',
		'algorithm.confusion',
		'algorithm.key-mismatch',
		'algorithm.ok'
	],
	run({ token, keys, verification }) {
		const header = token.header;
		if (!header)
			return { status: 'skip', code: 'algorithm.no-header', detail: 'No header to read.' };
		if (token.view.kind === 'jwe') {
			return {
				status: 'info',
				code: 'algorithm.jwe',
				detail: `Encrypted with key management ${quoted(String(header.alg))} and content encryption ${quoted(String(header.enc))}.`
			};
		}
		if (!Object.hasOwn(header, 'alg')) {
			return {
				status: 'fail',
				code: 'algorithm.missing',
				detail: 'The header has no "alg", which every JWS must have (RFC 7515 §4.1.1).',
				fix: 'The issuer must name its signature algorithm in "alg".'
			};
		}
		const alg = header.alg;
		if (typeof alg !== 'string')
			return {
				status: 'fail',
				code: 'algorithm.type',
				detail: '"alg" must be a string.',
				fix: 'The issuer must name its signature algorithm, e.g. "RS256".'
			};
		if (alg.toLowerCase() === 'none') {
			return {
				status: 'fail',
				code: 'algorithm.none',
				detail:
					alg === 'none'
						? 'The token is unsecured ("alg": "none"): it carries no signature, so anyone can write one with any claims. It must never be accepted (RFC 8725 §3.1).'
						: `${quoted(alg)} is a case variant of "none", a known trick to slip unsigned tokens past verifiers that compare case-sensitively. It must never be accepted.`,
				fix: 'Treat it as forged: real tokens are signed. If you did not expect it, treat it as a forgery attempt; get a signed token from the issuer.'
			};
		}
		const spec = Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg] : undefined;
		if (!spec) {
			if (Object.hasOwn(UNSUPPORTED_ALGORITHMS, alg))
				return {
					status: 'warn',
					code: 'algorithm.unsupported',
					detail: `${UNSUPPORTED_ALGORITHMS[alg]} The signature cannot be checked here.`
				};
			if (isJweAlgorithm(alg))
				return {
					status: 'fail',
					code: 'algorithm.jwe-alg',
					detail: `${quoted(alg)} is a JWE encryption algorithm, not a signature algorithm; a JWS cannot use it.`,
					fix: 'Check which token you copied: a JWE has five parts.'
				};
			const fold = Object.keys(ALGORITHMS).find(
				(known) => known.toLowerCase() === alg.toLowerCase()
			);
			return {
				status: 'fail',
				code: 'algorithm.unknown',
				detail: `${quoted(alg)} is not a registered JWS algorithm (RFC 7518 §3.1).${fold ? ` Algorithm names are case-sensitive: "${fold}" is.` : ''}`,
				fix: 'The issuer must sign with a registered algorithm such as RS256, ES256 or EdDSA.'
			};
		}
		const usable = keys.candidates.filter(isUsable);
		if (usable.length > 0 && !verification.typeFits) {
			const isConfusion = spec.kty === 'oct';
			const supplied = [...new Set(usable.map((c) => keyTypeWords(c.view)))].join(' and ');
			return {
				status: 'fail',
				code: isConfusion ? 'algorithm.confusion' : 'algorithm.key-mismatch',
				detail: isConfusion
					? `The header says ${alg} (HMAC with a shared secret), but the key supplied is ${supplied}. This is the algorithm-confusion attack: a verifier that lets the header choose would use the public key as an HMAC secret, and anyone who has the public key could forge tokens. The token is rejected (RFC 8725 §2.1).`
					: `The header says ${alg}, which needs ${keyNeed(spec)}, but the key supplied is ${supplied}.${fitsInstead(usable.map((c) => c.view))}`,
				fix: isConfusion
					? 'If the issuer really signs with HMAC, paste the shared secret; if it signs with this key, the token is forged or altered.'
					: "Paste the issuer's key of the right type, or check that the token comes from the issuer you think."
			};
		}
		// With keys supplied but none usable, the key row says why; only a usable key can be said to fit.
		const fits =
			usable.length > 0
				? ', which fits the supplied key'
				: keys.candidates.length > 0
					? ' (no usable key was supplied: see key)'
					: '';
		return {
			status: 'pass',
			code: 'algorithm.ok',
			detail: `${alg}: ${describe(alg)}${fits}.`
		};
	}
});

/**
 * What the supplied keys would verify instead, so the mismatch is named from both sides: "An EC P-384 key
 * verifies ES384." Each algorithm is bound to one key type and, for ECDSA, one curve (RFC 7518 §3.4, RFC 8037
 * §3.1).
 */
function fitsInstead(views: Array<{ kty: string; crv?: string | undefined }>): string {
	const names = new Set<string>();
	for (const view of views) {
		const fitting = Object.entries(ALGORITHMS)
			.filter(
				([name, s]) =>
					name !== 'Ed25519' && s.kty === view.kty && (s.crv === undefined || s.crv === view.crv)
			)
			.map(([name]) => name);
		if (fitting.length > 0)
			names.add(`${capitalise(keyTypeWords(view))} verifies ${fitting.join(', ')}`);
	}
	return names.size > 0 ? ` ${[...names].join('; ')}: the header and the key disagree.` : '';
}

function describe(alg: string): string {
	const spec = ALGORITHMS[alg]!;
	const bits = spec.hashBytes * 8;
	switch (spec.family) {
		case 'HMAC':
			return `HMAC with SHA-${bits} (RFC 7518 §3.2)`;
		case 'RSA':
			return `RSASSA-PKCS1-v1_5 with SHA-${bits} (RFC 7518 §3.3)`;
		case 'RSA-PSS':
			return `RSASSA-PSS with SHA-${bits} (RFC 7518 §3.5)`;
		case 'ECDSA':
			return `ECDSA on ${spec.crv} with SHA-${bits} (RFC 7518 §3.4)`;
		default:
			return 'EdDSA with Ed25519 (RFC 8037)';
	}
}
