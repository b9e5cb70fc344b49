// GitHub's tokens: a prefix naming the kind, then base62 with a checksum. Source: github.blog/changelog/
// 2021-03-31-authentication-token-format-updates-are-generally-available and github.blog/engineering/
// behind-githubs-new-authentication-token-formats (2021-04-05): "ghp_" personal access token, "gho_" OAuth
// access token, "ghu_" GitHub App user-to-server, "ghs_" server-to-server (incl. Actions' GITHUB_TOKEN), "ghr_"
// refresh token, each followed by 36 characters of [A-Za-z0-9]; fine-grained PATs "github_pat_" + 22 + "_" + 59
// (learn.microsoft.com/en-ie/purview/sit-defn-github-personal-access-token).
// The classic tokens' last six characters are a checksum (the engineering post above): the CRC32 (IEEE, as
// zlib's) of the 30 random characters between the prefix and it, in base62 with the alphabet 0-9A-Za-z,
// left-padded with "0" (implemented so in therootcompany/base62-token.js and stefansundin/token-checksum, and
// proven against the published example in github.test.ts). The fine-grained format's checksum is not
// documented, so it is not checked.
import { mask, ROTATE, type Recogniser } from './types';

export const GITHUB_CODES = ['structure.github-token', 'structure.github-token-checksum'] as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of an ASCII string. */
function crc32(text: string): number {
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++)
		crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]!;
	return (crc ^ 0xffffffff) >>> 0;
}

/** Whether a classic token's 36 characters end with the checksum of their first 30. */
function checksumFits(body: string): boolean {
	let value = crc32(body.slice(0, 30));
	let encoded = '';
	while (value > 0) {
		encoded = BASE62[value % 62] + encoded;
		value = Math.floor(value / 62);
	}
	return encoded.padStart(6, '0') === body.slice(30);
}

const KINDS: Record<string, string> = {
	ghp: 'personal access token (classic)',
	gho: 'OAuth access token',
	ghu: 'GitHub App user access token',
	ghs: 'GitHub App installation token (the Actions GITHUB_TOKEN is one)',
	ghr: 'GitHub App refresh token'
};

const CLASSIC = /^(gh[pousr])_([A-Za-z0-9]{36})$/;
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
	const shown = mask(text, classic ? 4 : 11);
	if (classic && !checksumFits(classic[2]!)) {
		return {
			format: 'github-token',
			code: 'structure.github-token-checksum',
			detail: `This has the shape of a GitHub ${kind}, ${shown}, but its last six characters are not the checksum of the rest, as every token GitHub issues carries: it is made up (an example or a placeholder) or was changed in copying. GitHub will reject it. If it was copied from a real token, ${ROTATE.charAt(0).toLowerCase()}${ROTATE.slice(1)}`,
			fix: 'Copy the token again, whole and unchanged, from where it was created; a placeholder must be replaced with a real token.'
		};
	}
	const fits = classic
		? ' Its checksum (the last six characters) fits: it has the shape of a token GitHub issued.'
		: '';
	return {
		format: 'github-token',
		code: 'structure.github-token',
		detail: `This is not a JWT: it is a GitHub ${kind}, ${shown}.${fits} It cannot be decoded or verified here: only GitHub's API knows whether it is valid. ${ROTATE}`,
		fix: 'Send it to GitHub\'s API only (an "Authorization: Bearer" header to api.github.com). An API that expects a JWT needs a token from its identity provider instead.'
	};
};
