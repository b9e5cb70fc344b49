// Names how two identifiers that should be equal differ, when the difference is one people make by hand:
// whitespace, a trailing slash, http vs https, letter case, Azure AD's "api://" prefix or v1/v2 issuers.
// RFC 7519 §2 (StringOrURI) and §4.1.1/§4.1.3: iss and aud compare exactly, so each of these is a mismatch.

import { trimEnd } from '../../text';

/** A kind of near miss, stable for tests and callers; the wording lives in DESCRIPTIONS. */
export type NearMissKind =
	'whitespace' | 'trailing-slash' | 'http-https' | 'case' | 'api-prefix' | 'azure-issuer-version';

const STEPS: Array<[NearMissKind, (s: string) => string]> = [
	['whitespace', (s) => s.trim()],
	['trailing-slash', (s) => trimEnd(s, '/')],
	// Only the scheme's missing "s" is added; the letters already there keep their case, so that a difference
	// in case alone ("HTTPS://" vs "https://") is left for the case step to name, not hidden by this one.
	['http-https', (s) => s.replace(/^(http)s?(:\/\/)/i, '$1s$2')],
	['case', (s) => s.toLowerCase()]
];

const DESCRIPTIONS: Record<NearMissKind, string> = {
	whitespace: 'whitespace at the start or end',
	'trailing-slash': 'a trailing slash',
	'http-https': 'http vs https',
	case: 'letter case (the comparison is exact)',
	'api-prefix':
		'one has the "api://" prefix and the other does not: Azure AD puts the application ID URI in v1.0 tokens and the bare client ID in v2.0 tokens',
	'azure-issuer-version':
		"both name the same Azure AD tenant, one as the v1.0 issuer (sts.windows.net) and one as the v2.0 issuer (login.microsoftonline.com/…/v2.0); the API's accessTokenAcceptedVersion decides which tokens it gets"
};

const AZURE_ISSUER =
	/^https:\/\/(?:sts\.windows\.net\/([0-9a-f-]{36})\/?|login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0\/?)$/i;

/** The kinds of difference that separate `actual` from `expected`, or undefined when they are no near miss. */
export function nearMissKinds(actual: string, expected: string): NearMissKind[] | undefined {
	if (actual === expected) return undefined;
	const normalise = (s: string, skip = -1) =>
		STEPS.reduce((v, [, f], i) => (i === skip ? v : f(v)), s);
	if (normalise(actual) === normalise(expected)) {
		// A difference is named when leaving its step out would keep the two apart.
		const named = STEPS.filter((_, i) => normalise(actual, i) !== normalise(expected, i)).map(
			([kind]) => kind
		);
		if (named.length > 0) return named;
	}
	if (actual.replace(/^api:\/\//, '') === expected.replace(/^api:\/\//, '')) return ['api-prefix'];
	const a = AZURE_ISSUER.exec(actual);
	const e = AZURE_ISSUER.exec(expected);
	if (a && e && (a[1] ?? a[2])!.toLowerCase() === (e[1] ?? e[2])!.toLowerCase()) {
		return ['azure-issuer-version'];
	}
	return undefined;
}

/** Describes what separates `actual` from `expected`, or undefined when they are not a near miss. */
export function nearMiss(actual: string, expected: string): string | undefined {
	const kinds = nearMissKinds(actual, expected);
	if (!kinds) return undefined;
	const [only] = kinds;
	if (kinds.length === 1 && (only === 'api-prefix' || only === 'azure-issuer-version'))
		return DESCRIPTIONS[only];
	return `they differ only by ${kinds.map((k) => DESCRIPTIONS[k]).join(' and ')}`;
}
