// Names how two identifiers that should be equal differ, when the difference is one people make by hand:
// whitespace, a trailing slash, http vs https, letter case, Azure AD's "api://" prefix or v1/v2 issuers.

const STEPS: Array<[string, (s: string) => string]> = [
	['whitespace at the start or end', (s) => s.trim()],
	['a trailing slash', (s) => s.replace(/\/+$/, '')],
	['http vs https', (s) => s.replace(/^https?:\/\//i, 'https://')],
	['letter case (the comparison is exact)', (s) => s.toLowerCase()]
];

const AZURE_ISSUER =
	/^https:\/\/(?:sts\.windows\.net\/([0-9a-f-]{36})\/?|login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0\/?)$/i;

/** Describes what separates `actual` from `expected`, or undefined when they are not a near miss. */
export function nearMiss(actual: string, expected: string): string | undefined {
	if (actual === expected) return undefined;
	const normalise = (s: string, skip = -1) =>
		STEPS.reduce((v, [, f], i) => (i === skip ? v : f(v)), s);
	if (normalise(actual) === normalise(expected)) {
		// A difference is named when leaving its step out would keep the two apart.
		const named = STEPS.filter((_, i) => normalise(actual, i) !== normalise(expected, i)).map(
			([name]) => name
		);
		return `they differ only by ${named.join(' and ')}`;
	}
	if (actual.replace(/^api:\/\//, '') === expected.replace(/^api:\/\//, '')) {
		return 'one has the "api://" prefix and the other does not: Azure AD puts the application ID URI in v1.0 tokens and the bare client ID in v2.0 tokens';
	}
	const a = AZURE_ISSUER.exec(actual);
	const e = AZURE_ISSUER.exec(expected);
	if (a && e && (a[1] ?? a[2])!.toLowerCase() === (e[1] ?? e[2])!.toLowerCase()) {
		return "both name the same Azure AD tenant, one as the v1.0 issuer (sts.windows.net) and one as the v2.0 issuer (login.microsoftonline.com/…/v2.0); the API's accessTokenAcceptedVersion decides which tokens it gets";
	}
	return undefined;
}
