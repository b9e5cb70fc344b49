// The line under the Token field when the token was found inside what was pasted (issue 17, item 2): what was
// taken and from where, the other tokens the page can inspect instead, and credentials left out unnamed-by-value.
import type { FoundFrom, TokenView } from '$lib/core';

const FROM: Record<FoundFrom, string> = {
	'token-response': 'a token response',
	cookie: 'a Cookie header',
	'set-cookie': 'a Set-Cookie header',
	'redirect-url': 'a redirect URL',
	'authorization-header': 'an Authorization header',
	curl: 'a curl command'
};

export interface FoundLine {
	/** `token-response`, `cookie`…: the page's `data-found`. */
	from: FoundFrom;
	sentence: string;
	/** One button per alternative: its label, and the token it loads. */
	offers: Array<{ label: string; field: string; token: string }>;
	/** Credentials present but not offered (a refresh token that is not a JWT), said in one sentence. */
	withheld?: string;
}

/** The line for a report's token, or undefined when the token was pasted on its own. */
export function foundLine(token: TokenView | undefined): FoundLine | undefined {
	const found = token?.found;
	if (!found) return undefined;
	const what =
		found.from === 'cookie' || found.from === 'set-cookie'
			? `the ${found.field} cookie`
			: found.from === 'authorization-header' || found.from === 'curl'
				? 'the Authorization header’s token'
				: found.field;
	const withheld = token.withheld ?? [];
	return {
		from: found.from,
		sentence: `Took ${what} from ${FROM[found.from]}${found.cutShort ? ', where it ends mid-way' : ''}.`,
		offers: (token.alternatives ?? []).map((alternative) => ({
			label: `Inspect the ${alternative.field} instead`,
			field: alternative.field,
			token: alternative.token
		})),
		...(withheld.length
			? {
					withheld: `Left out: ${withheld.join(', ')} (a credential, not a JWT: keep it secret, and rotate it if it was shared).`
				}
			: {})
	};
}
