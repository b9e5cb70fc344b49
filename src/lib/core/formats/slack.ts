// Slack's tokens: "xoxb-" bot, "xoxp-" user, "xoxa-" workspace app (legacy), "xoxo-"/"xoxs-" legacy kinds,
// "xoxc-" the web client's session token (cookie-bound), "xapp-" app-level token; dash-separated numbers and
// base62. Sources: openrouter.ai/docs/guides/features/guardrails/secret-formats; symfony/symfony PR#39606;
// emtunc/SlackPirate#61 (xoxc); api.slack.com/authentication/token-types.
import { mask, ROTATE, type Recogniser } from './types';

export const SLACK_CODES = ['structure.slack-token'] as const;

const KINDS: Record<string, string> = {
	xoxb: 'bot token',
	xoxp: 'user token',
	xoxa: 'workspace app token (legacy)',
	xoxo: 'legacy token',
	xoxs: 'legacy session token',
	xoxc: "web client's session token",
	xapp: 'app-level token'
};

// The prefix, a dash, then digits, letters and dashes: at least 20 characters after it (real ones have 40–80),
// so that a word such as "xoxb-test" is not taken for a token.
const SLACK = /^(xox[bpaosc]|xapp)-[0-9A-Za-z][0-9A-Za-z-]{19,250}$/;

/** A Slack token: verified only by Slack's API (auth.test). */
export const recogniseSlack: Recogniser<(typeof SLACK_CODES)[number]> = (text) => {
	const match = SLACK.exec(text);
	if (!match) return undefined;
	return {
		format: 'slack-token',
		code: 'structure.slack-token',
		detail: `This is not a JWT: it is a Slack ${KINDS[match[1]!]}, ${mask(text, 5)}. It cannot be decoded or verified here: only Slack's API knows whether it is valid. ${ROTATE}`,
		fix: "Check it with Slack's auth.test method. An API that expects a JWT needs a token from its identity provider instead."
	};
};
