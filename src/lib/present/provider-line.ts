// The line by the verdict that names who issued the token and why the inspector thinks so (issue 16, item 1):
// "Microsoft Entra ID v1.0 access token: iss "https://sts.windows.net/…/", ver "1.0"". Every value in it was
// quoted by the core (src/lib/core/providers/read.ts), so the line is plain text and is shown as text.
import type { Provider } from '$lib/core';

/** The provider line for a report, or undefined when no provider was recognised. */
export function providerLine(provider: Provider | undefined): string | undefined {
	if (!provider || provider.id === 'none') return undefined;
	return provider.evidence.length > 0
		? `${provider.label}: ${provider.evidence.join(', ')}`
		: provider.label;
}
