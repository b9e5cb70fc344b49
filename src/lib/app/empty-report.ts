// The report for an empty token and an empty key, without loading the inspection core: the core's own answer,
// computed when the app was built (see vite.config.ts), with this moment's evaluation time and leeway.
import type { Report } from '$lib/core';
import { normalizeLeeway } from '$lib/core/time/leeway';
import built from 'virtual:empty-report';

/**
 * Inputs that need no inspection: nothing in the Token, Verification key and Required scopes fields (a
 * required scope changes the scope row even with no token). The expected audience, issuer, leeway and secret
 * encoding change nothing while those are empty: the test beside this file holds that to inspect().
 */
export function isEmptyInput(input: {
	token: string;
	key: string;
	requiredScopes?: string;
}): boolean {
	return input.token === '' && input.key === '' && !input.requiredScopes;
}

/** What inspect() returns for these inputs, when `isEmptyInput` holds for them. */
export function emptyReport(input: { now: Date; leewaySeconds: number }): Report {
	return {
		...built,
		evaluatedAt: input.now.toISOString(),
		leewaySeconds: normalizeLeeway(input.leewaySeconds)
	};
}
