// What the decoded view shows of an SD-JWT (RFC 9901): each disclosure as name → value, marked whether its digest
// is in the payload; the key-binding JWT's audience, nonce and time with its sd_hash and holder-binding results.
// Plain data from the report; every value is shown as text, never as HTML.
import type { SdJwtView } from '$lib/core';
import { abbreviate } from '$lib/core/text';
import { formatJson } from './json-view';

/** One disclosure row. */
export interface DisclosureRow {
	/** The claim name, or a label for an array element or a disclosure that could not be read. */
	label: string;
	/** The value as compact JSON, cut when long; empty for a malformed disclosure. */
	value: string;
	/** `found`: its digest is in the payload; `not-found`: it is not; `unknown`: no digest could be computed. */
	found: 'found' | 'not-found' | 'unknown' | 'malformed';
	note: string;
}

/** The key-binding JWT in a few lines. */
export interface KeyBindingLines {
	audience: string;
	nonce: string;
	issuedAt: string;
	sdHash: string;
	holder: string;
}

const MAX_VALUE = 300;

const NOTES: Record<DisclosureRow['found'], string> = {
	found: 'digest found in the payload',
	'not-found': 'digest not in the payload: not issued with this JWT',
	unknown: 'digest not computed (unknown _sd_alg)',
	malformed: 'not a disclosure (see the structure row)'
};

/** The rows of the Disclosures part. */
export function disclosureRows(sd: SdJwtView): DisclosureRow[] {
	return sd.disclosures.map((d) => {
		const found: DisclosureRow['found'] =
			d.kind === 'malformed'
				? 'malformed'
				: d.referenced === undefined
					? 'unknown'
					: d.referenced
						? 'found'
						: 'not-found';
		return {
			label:
				d.kind === 'property' ? d.name! : d.kind === 'element' ? '(array element)' : '(unreadable)',
			value: d.kind === 'malformed' ? '' : abbreviate(compactJson(d.value), MAX_VALUE),
			found,
			note: NOTES[found]
		};
	});
}

/** The key-binding JWT's lines, or undefined when there is none. */
export function keyBindingLines(sd: SdJwtView): KeyBindingLines | undefined {
	const kb = sd.keyBinding;
	if (!kb) return undefined;
	const claim = (name: string) =>
		kb.claims?.[name] === undefined ? '(none)' : abbreviate(compactJson(kb.claims[name]), 120);
	const iat = kb.claims?.iat;
	return {
		audience: claim('aud'),
		nonce: claim('nonce'),
		issuedAt:
			typeof iat === 'number' && Number.isFinite(iat) && Math.abs(iat) < 8.64e12
				? new Date(iat * 1000).toISOString()
				: claim('iat'),
		sdHash: SD_HASH[kb.sdHash],
		holder: HOLDER[kb.holderSignature]
	};
}

const SD_HASH = {
	match: 'matches the SD-JWT presented',
	mismatch: 'does not match the SD-JWT presented',
	missing: 'missing',
	unchecked: 'not checked (unknown _sd_alg)'
} as const;

const HOLDER = {
	verified: "verified with the payload's cnf.jwk",
	failed: "does not verify with the payload's cnf.jwk",
	'no-holder-key': 'not checked: the payload has no cnf.jwk',
	unsupported: 'not checked: an algorithm or key this page cannot use'
} as const;

/** The disclosed claims as formatted JSON, cut when huge. */
export function disclosedClaimsJson(sd: SdJwtView): string | undefined {
	if (!sd.disclosedClaims) return undefined;
	const json = formatJson(sd.disclosedClaims);
	return json.length > 20_000 ? json.slice(0, 20_000) + '…' : json;
}

function compactJson(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch (error) {
		if (error instanceof RangeError) return '(nested too deeply to show)';
		throw error;
	}
}
