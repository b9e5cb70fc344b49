// Reads an SD-JWT's disclosures against its issuer-signed payload (RFC 9901 §7.1, "Verification of the SD-JWT"):
// each disclosure decoded and hashed with `_sd_alg`, each digest looked for in `_sd` arrays and `{"...": digest}`
// array entries (in the payload and, recursively, in the disclosures used), and the claims rebuilt with the
// disclosures applied. Every rule §7.1 says makes a verifier reject the SD-JWT is a finding here; the structure row
// shows them as warnings, and the verdict stays the issuer-signed JWT's, judged exactly as a pasted JWT.
//
// The disclosed claims are shown, labelled, and never fed to the claim checks: those judge what the issuer signed
// in the JWT itself (exp, aud, iss… are kept out of disclosures by issuers, §9.7), so that the holder's choice of
// what to disclose can never change a row, and an SD-JWT is judged as its issuer-signed JWT pasted alone is.
import type { Finding } from '../types';
import { isJsonObject } from '../token/json';
import { quoted } from '../text';
import { decodeDisclosure, type DecodedDisclosure } from './disclosure';
import { disclosureDigest, isKnownHash } from './digest';
import { readKeyBinding } from './key-binding';
import type { SdJwtSplit } from './split';
import type { DisclosureView, SdJwtCode, SdJwtView } from './types';

/** Past this depth (disclosures inside disclosures) nothing more is applied: no real SD-JWT comes near it. */
const MAX_DEPTH = 128;

interface Entry {
	decoded: DecodedDisclosure;
	view: DisclosureView;
	/** The same disclosure presented again: flagged as a repeated digest, not also as unreferenced. */
	repeat?: boolean;
}

/** What the report says of the SD-JWT beyond its issuer-signed JWT; `claims` are the issuer-signed claims. */
export async function readSdJwt(
	split: SdJwtSplit,
	claims: Record<string, unknown> | undefined
): Promise<SdJwtView> {
	const findings: Finding<SdJwtCode>[] = [];
	const flag = (code: SdJwtCode, message: string, span?: DisclosureView['span']) =>
		findings.push({ code, severity: 'warning', message, ...(span ? { span } : {}) });
	// §4.1.1: `_sd_alg` names the hash; absent, it is sha-256.
	const named = claims?._sd_alg;
	const hashAlg =
		named === undefined ? 'sha-256' : typeof named === 'string' ? named : String(named);
	const known = isKnownHash(hashAlg);
	if (!known)
		flag(
			'structure.sd-unknown-hash',
			`The payload's _sd_alg is ${quoted(hashAlg)}, a hash this inspector cannot compute (it knows sha-256, sha-384 and sha-512, RFC 9901 §4.1.1): no disclosure could be matched to a digest.`
		);
	if (split.missingTilde)
		flag(
			'structure.sd-missing-tilde',
			'The SD-JWT does not end with "~": without a key-binding JWT it must (RFC 9901 §4). The last part was read as a disclosure.',
			split.disclosures[split.disclosures.length - 1]?.span
		);
	if (split.notRead > 0)
		flag(
			'structure.sd-too-many-disclosures',
			`${split.notRead} more disclosures were not read: this inspector reads the first ${split.disclosures.length}.`
		);

	const entries: Entry[] = [];
	const byDigest = new Map<string, Entry>();
	for (const part of split.disclosures) {
		const decoded = decodeDisclosure(part.text);
		const view: DisclosureView = {
			kind: decoded.kind,
			...(decoded.kind === 'property' ? { name: decoded.name } : {}),
			...(decoded.kind !== 'malformed' ? { value: decoded.value } : {}),
			span: part.span
		};
		if (decoded.kind === 'malformed')
			flag(
				'structure.sd-disclosure-malformed',
				`A disclosure cannot be read: ${decoded.reason} (RFC 9901 §4.2).`,
				part.span
			);
		const entry: Entry = { decoded, view };
		entries.push(entry);
		if (!known) continue;
		view.digest = await disclosureDigest(part.text, hashAlg);
		view.referenced = false;
		// §7.1: each digest may be used once; the same disclosure presented twice is a repeated digest.
		if (byDigest.has(view.digest)) {
			entry.repeat = true;
			flag(
				'structure.sd-digest-repeated',
				'The same disclosure is presented twice (RFC 9901 §7.1 rejects an SD-JWT whose digests repeat).',
				part.span
			);
		} else byDigest.set(view.digest, entry);
	}

	let disclosedClaims: Record<string, unknown> | undefined;
	if (claims && known) {
		const seen = new Set<string>();
		/** A digest met in the payload or a disclosure used: the disclosure it names, once. */
		const take = (digest: unknown, where: 'property' | 'element'): Entry | undefined => {
			if (typeof digest !== 'string') return undefined;
			if (seen.has(digest)) {
				flag(
					'structure.sd-digest-repeated',
					`The digest ${quoted(digest)} appears more than once in the payload and its disclosures: RFC 9901 §7.1 rejects such an SD-JWT.`
				);
				return undefined;
			}
			seen.add(digest);
			const entry = byDigest.get(digest);
			if (!entry || entry.decoded.kind === 'malformed') return undefined;
			if (entry.decoded.kind !== where) {
				flag(
					'structure.sd-disclosure-misplaced',
					`A ${entry.decoded.kind === 'property' ? 'property' : 'array-element'} disclosure's digest is in ${where === 'property' ? 'an object\'s "_sd"' : 'an array'} (RFC 9901 §7.1: ${where === 'property' ? 'three elements' : 'two elements'} are required there).`,
					entry.view.span
				);
				return undefined;
			}
			entry.view.referenced = true;
			return entry;
		};
		const apply = (node: unknown, depth: number): unknown => {
			if (depth > MAX_DEPTH) return node;
			if (Array.isArray(node)) {
				const out: unknown[] = [];
				for (const item of node) {
					// §4.2.4.2: an array element `{"...": digest}` stands for a disclosed element, or is dropped.
					if (isJsonObject(item) && Object.keys(item).length === 1 && '...' in item) {
						const entry = take(item['...'], 'element');
						if (entry && entry.decoded.kind === 'element')
							out.push(apply(entry.decoded.value, depth + 1));
					} else out.push(apply(item, depth + 1));
				}
				return out;
			}
			if (!isJsonObject(node)) return node;
			const out: Record<string, unknown> = {};
			for (const [name, value] of Object.entries(node)) {
				// §7.1 step 3: `_sd` is removed, and `_sd_alg` at the top level.
				if (name === '_sd' || (depth === 0 && name === '_sd_alg')) continue;
				put(out, name, apply(value, depth + 1));
			}
			const digests = Array.isArray(node._sd) ? node._sd : [];
			for (const digest of digests) {
				const entry = take(digest, 'property');
				if (!entry || entry.decoded.kind !== 'property') continue;
				// §7.1: a disclosed name already present at that level makes the SD-JWT rejected.
				if (Object.hasOwn(out, entry.decoded.name)) {
					flag(
						'structure.sd-name-clash',
						`The disclosed claim ${quoted(entry.decoded.name)} is already in the payload at that level (RFC 9901 §7.1).`,
						entry.view.span
					);
					continue;
				}
				put(out, entry.decoded.name, apply(entry.decoded.value, depth + 1));
			}
			return out;
		};
		disclosedClaims = apply(claims, 0) as Record<string, unknown>;
		for (const entry of entries)
			if (entry.view.referenced === false && entry.decoded.kind !== 'malformed' && !entry.repeat)
				flag(
					'structure.sd-disclosure-unreferenced',
					`The disclosure ${entry.decoded.kind === 'property' ? `of ${quoted(entry.decoded.name)}` : 'of an array element'} has no digest in the payload: it was not issued with this JWT (RFC 9901 §7.1 rejects it).`,
					entry.view.span
				);
	}

	const keyBinding = split.keyBinding
		? await readKeyBinding(split.keyBinding, split.presented, known ? hashAlg : undefined, claims)
		: undefined;
	if (keyBinding) findings.push(...keyBinding.findings);
	return {
		hashAlg,
		disclosures: entries.map((entry) => entry.view),
		notRead: split.notRead,
		...(keyBinding ? { keyBinding: keyBinding.view } : {}),
		...(disclosedClaims ? { disclosedClaims } : {}),
		findings
	};
}

/** Sets a member as its own property, so that a claim named "__proto__" stays a claim. */
function put(object: Record<string, unknown>, name: string, value: unknown): void {
	Object.defineProperty(object, name, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}
