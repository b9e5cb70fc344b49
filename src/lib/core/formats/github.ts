// GitHub's tokens: a prefix naming the kind, then base62 with a checksum. Source: github.blog/changelog/
// 2021-03-31-authentication-token-format-updates-are-generally-available and github.blog/engineering/
// behind-githubs-new-authentication-token-formats (2021-04-05): "ghp_" personal access token, "gho_" OAuth
// access token, "ghu_" GitHub App user-to-server, "ghs_" server-to-server (incl. Actions' GITHUB_TOKEN), "ghr_"
// refresh token, each followed by 36 characters of [A-Za-z0-9]; fine-grained PATs "github_pat_" + 22 + "_" + 59
// (learn.microsoft.com/en-ie/purview/sit-defn-github-personal-access-token). The checksum is not verified here.
import { mask, ROTATE, type Recogniser } from './types';

export const GITHUB_CODES = ['structure.github-token'] as const;

const KINDS: Record<string, string> = {
	ghp: 'personal access token (classic)',
	gho: 'OAuth access token',
	ghu: 'GitHub App user access token',
	ghs: 'GitHub App installation token (the Actions GITHUB_TOKEN is one)',
	ghr: 'GitHub App refresh token'
};

const CLASSIC = /^(gh[pousr])_[A-Za-z0-9]{36}$/;
const FINE_GRAINED = /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/;

/** A GitHub token: verified only by GitHub's own API. */
export const recogniseGithub: Recogniser<(typeof GITHUB_CODES)[number]> = (text) => {
	const classic = CLASSIC.exec(text);
	const kind = classic
		? KINDS[classic[1]!]
		: FINE_GRAINED.test(text)
			? 'fine-grained personal access token'
			: undefined;
	if (!kind) return undefined;
	return {
		format: 'github-token',
		code: 'structure.github-token',
		detail: `This is not a JWT: it is a GitHub ${kind}, ${mask(text, classic ? 4 : 11)}. It cannot be decoded or verified here: only GitHub's API knows whether it is valid. ${ROTATE}`,
		fix: 'Send it to GitHub\'s API only (an "Authorization: Bearer" header to api.github.com). An API that expects a JWT needs a token from its identity provider instead.'
	};
};
