// Reads one JWK (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2): its members, its curve, and what would make it
// unusable. PEM and certificate keys become JWKs and are read here too, so every key meets the same rules.
import type { KeySource, KeyView } from '../types';
// Every finding made here is about the key, so its code is one of KEY_READING_CODES.
import type { KeyFinding as Finding } from './key-codes';
import type { Read } from '../read';
import { decodeBase64url } from '../token/base64url';
import { isJsonObject } from '../token/json';
import type { PublicJwk } from './public-key-der';
import { assessEdwards } from './edwards-checks';
import { assessRsa } from './rsa-checks';
import { broken, type KeyCandidate } from './key-input';
import { secretCandidate } from './secret';
import { MAX_LAYERS, publicKeyInBytes } from './confusion';
import { capitalise, quoted } from '../text';

/** The JWK members of an asymmetric private key (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** Reads one JWK; problems that make it unusable are recorded on it, never thrown. */
export function readJwk(
	value: unknown,
	label: string | undefined,
	source: KeySource,
	index = 0
): KeyCandidate {
	const fallbackLabel = label ?? `key #${index + 1}`;
	if (!isJsonObject(value)) {
		return broken(fallbackLabel, source, {
			code: 'key.jwk-not-object',
			severity: 'error',
			message: `${capitalise(fallbackLabel)} is not a JSON object.`
		});
	}
	const kid = typeof value.kid === 'string' ? value.kid : undefined;
	const name = label ?? (kid !== undefined ? `key ${quoted(kid)}` : fallbackLabel);
	const { value: meta, faults: metaProblems } = readMetadata(value, name);

	const kty = value.kty;
	if (typeof kty !== 'string') {
		return broken(
			name,
			source,
			{
				code: 'key.jwk-no-kty',
				severity: 'error',
				message: `${capitalise(name)} has no "kty" (key type), which every JWK must have (RFC 7517 §4.1).`
			},
			meta
		);
	}
	if (kty === 'oct') return readOctJwk(value, name, source, meta, metaProblems);
	const hasPrivateParts = PRIVATE_MEMBERS.some((m) => m in value);
	let material: Read<{ jwk?: PublicJwk; bits?: number; crv?: string }, Finding>;
	if (kty === 'RSA') material = readRsaMembers(value);
	else if (kty === 'EC' || kty === 'OKP')
		material = readCurveMembers(value, kty, metaProblems.length === 0);
	else
		material = {
			faults: [
				{
					code: 'key.unsupported',
					severity: 'error',
					message: `Key type ${quoted(kty)} cannot verify the JWS algorithms this inspector supports (oct, RSA, EC, OKP).`
				}
			]
		};
	const { jwk, bits, crv } = material.value ?? {};
	if (crv !== undefined) meta.crv = crv;
	const problems = [...metaProblems, ...material.faults];
	return {
		view: {
			label: name,
			kty,
			source,
			hasPrivateParts,
			problems,
			...(bits !== undefined ? { bits } : {}),
			...meta
		},
		...(jwk && !problems.some((p) => p.severity === 'error') ? { jwk } : {})
	};
}

/** The members every JWK may have ("kid", "alg", "use", "key_ops"; RFC 7517 §4), and those of a wrong type. */
function readMetadata(
	value: Record<string, unknown>,
	name: string
): Required<Read<Partial<KeyView>, Finding>> {
	const problems: Finding[] = [];
	const meta: Partial<KeyView> = {};
	if (typeof value.kid === 'string') meta.kid = value.kid;
	else if (value.kid !== undefined)
		problems.push({
			code: 'key.jwk-member-type',
			severity: 'error',
			message: `${capitalise(name)}'s "kid" must be a string (RFC 7517 §4.5).`
		});
	if (typeof value.alg === 'string') meta.alg = value.alg;
	if (typeof value.use === 'string') meta.use = value.use;
	if (Array.isArray(value.key_ops))
		meta.keyOps = value.key_ops.filter((op): op is string => typeof op === 'string');
	else if (value.key_ops !== undefined)
		problems.push({
			code: 'key.jwk-member-type',
			severity: 'error',
			message: `${capitalise(name)}'s "key_ops" must be an array of strings (RFC 7517 §4.3).`
		});
	return { value: meta, faults: problems };
}

/** A shared secret as a JWK (RFC 7518 §6.4), refused when its bytes are a public key. */
function readOctJwk(
	value: Record<string, unknown>,
	name: string,
	source: KeySource,
	meta: Partial<KeyView>,
	metaProblems: Finding[]
): KeyCandidate {
	const members = readMembers(value, 'oct', ['k']);
	const problems = [...metaProblems, ...members.faults];
	const k = members.value.k;
	if (k === undefined) return broken(name, source, problems[0]!, meta);
	const bytes = decodeBase64url(k).bytes;
	const candidate = secretCandidate(bytes, name, source, meta);
	candidate.view.problems.unshift(...problems);
	// A "secret" whose bytes are a public key is how algorithm-confusion forgeries are built (RFC 8725 §2.1).
	const found = publicKeyInBytes(bytes, MAX_LAYERS);
	if (found)
		candidate.view.problems.unshift({
			code: 'key.public-key-as-secret',
			severity: 'error',
			message: `${capitalise(name)}'s "k" is a ${found}. A public key must never be used as an HMAC secret: that is the algorithm-confusion attack (RFC 8725 §2.1), and anyone holding the public key could sign tokens.`
		});
	return candidate;
}

/** An RSA public key's "n" and "e" (RFC 7518 §6.3.1), with its size and what is wrong with its numbers. */
function readRsaMembers(
	value: Record<string, unknown>
): Read<{ jwk: PublicJwk; bits?: number }, Finding> {
	const members = readMembers(value, 'RSA', ['n', 'e']);
	const { n, e } = members.value;
	if (n === undefined || e === undefined) return { faults: members.faults };
	const assessment = assessRsa(n, e);
	return {
		value: { jwk: { kty: 'RSA', n, e }, bits: assessment.bits },
		faults: [
			...members.faults,
			...assessment.problems.map((p) => ({ ...p, severity: 'error' as const }))
		]
	};
}

/**
 * An EC or OKP public key's curve and coordinates (RFC 7518 §6.2.1, RFC 8037 §2). The key is assembled only
 * when nothing else about the JWK is wrong (`othersClean`), as an unusable key is never tried.
 */
function readCurveMembers(
	value: Record<string, unknown>,
	kty: 'EC' | 'OKP',
	othersClean: boolean
): Read<{ jwk?: PublicJwk; crv?: string }, Finding> {
	const crv = value.crv;
	const problems: Finding[] = [];
	if (typeof crv !== 'string') problems.push(missingMember(kty, 'crv'));
	const coords = readMembers(value, kty, kty === 'EC' ? ['x', 'y'] : ['x']);
	problems.push(...coords.faults);
	if (typeof crv !== 'string') return { faults: problems };
	if (!othersClean || problems.length > 0) return { value: { crv }, faults: problems };
	const jwk = { kty, crv, ...coords.value };
	const unsupported = unsupportedCurve(kty, crv);
	if (unsupported)
		problems.push({ code: 'key.unsupported', severity: 'error', message: unsupported });
	// A small-order or non-canonical Edwards key has no private key, and lets forgeries verify (RFC 8032
	// §5.1.7): refused wherever it comes from, as SPKI, certificates and JWKS all arrive here.
	if (kty === 'OKP' && (crv === 'Ed25519' || crv === 'Ed448'))
		for (const p of assessEdwards(crv, coords.value.x!).problems)
			problems.push({ ...p, severity: 'error' });
	return { value: { jwk, crv }, faults: problems };
}

/** The named base64url members of a JWK; each one missing, of another type or badly encoded is a problem. */
function readMembers(
	value: Record<string, unknown>,
	kty: string,
	names: string[]
): Required<Read<Record<string, string>, Finding>> {
	const out: Record<string, string> = {};
	const problems: Finding[] = [];
	for (const m of names) {
		const v = value[m];
		if (typeof v !== 'string')
			problems.push(
				v === undefined
					? missingMember(kty, m)
					: {
							code: 'key.jwk-member-type',
							severity: 'error',
							message: `The JWK's "${m}" must be a base64url string.`
						}
			);
		else if (decodeBase64url(v).faults.some((f) => f.code !== 'b64.trailing-bits'))
			problems.push({
				code: 'key.jwk-member-encoding',
				severity: 'error',
				message: `The JWK's "${m}" is not valid base64url.`
			});
		else out[m] = v;
	}
	return { value: out, faults: problems };
}

function missingMember(kty: string, member: string): Finding {
	return {
		code: 'key.jwk-missing-member',
		severity: 'error',
		message: `The JWK has no "${member}", which a "${kty}" key needs (RFC 7518 §6).`
	};
}

function unsupportedCurve(kty: string, crv: string): string | undefined {
	if (kty === 'EC') {
		if (['P-256', 'P-384', 'P-521'].includes(crv)) return undefined;
		if (crv === 'secp256k1')
			return "The key is on secp256k1 (ES256K, RFC 8812), which browsers' WebCrypto cannot verify.";
		return `${quoted(crv)} is not a curve JWS uses for EC keys (P-256, P-384, P-521).`;
	}
	if (crv === 'Ed25519') return undefined;
	if (crv === 'Ed448') return 'The key is Ed448, which WebCrypto in most browsers cannot verify.';
	if (crv === 'X25519' || crv === 'X448')
		return `${quoted(crv)} is a key-agreement curve (for JWE), not a signing one.`;
	return `${quoted(crv)} is not a curve JWS uses for OKP keys (Ed25519).`;
}
