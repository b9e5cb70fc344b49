// Stripe's API keys: "sk_" secret, "rk_" restricted, "pk_" publishable, each "live_" or "test_", then base62.
// Sources: docs.stripe.com/keys ("sk_live_", "pk_live_", "rk_live_" and their "test" forms);
// openrouter.ai/docs/guides/features/guardrails/secret-formats; gist.github.com/mariomka. Keys seen are 24 to
// 99 characters after the mode; at least 16 are asked for here, so that "sk_live_test" is not named.
import { mask, ROTATE, type Recogniser } from './types';

export const STRIPE_CODES = [
	'structure.stripe-secret-key',
	'structure.stripe-restricted-key',
	'structure.stripe-publishable-key'
] as const;

const STRIPE = /^(sk|rk|pk)_(live|test)_[0-9A-Za-z]{16,247}$/;

/** A Stripe API key: a key for Stripe's API, not a token anyone can verify. */
export const recogniseStripe: Recogniser<(typeof STRIPE_CODES)[number]> = (text) => {
	const match = STRIPE.exec(text);
	if (!match) return undefined;
	const [, kind, mode] = match;
	const shown = mask(text, kind!.length + mode!.length + 2);
	if (kind === 'pk')
		return {
			format: 'stripe-key',
			code: 'structure.stripe-publishable-key',
			detail: `This is not a JWT: it is a Stripe publishable key (${mode} mode), ${shown}. Publishable keys are meant to be in web pages; they identify a Stripe account and cannot be verified as a token.`,
			fix: 'A server that authenticates its callers expects a token from its identity provider, not a Stripe key.'
		};
	return {
		format: 'stripe-key',
		code: kind === 'sk' ? 'structure.stripe-secret-key' : 'structure.stripe-restricted-key',
		detail: `This is not a JWT: it is a Stripe ${kind === 'sk' ? 'secret' : 'restricted'} key (${mode} mode), ${shown}. It is an API key for Stripe, not a token: nothing here can decode or verify it. ${mode === 'live' ? `${ROTATE} Roll it in the Stripe Dashboard (Developers → API keys).` : 'A test-mode key moves no money, but roll it too if it was shared.'}`,
		fix: 'Keep it on your server and send it to Stripe only. An API that expects a JWT needs a token from its identity provider instead.'
	};
};
