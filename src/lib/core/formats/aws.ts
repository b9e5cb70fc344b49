// AWS access key IDs: "AKIA" for a long-term key (an IAM user's), "ASIA" for a temporary one (from STS), then 16
// upper-case letters and digits, 20 characters in all. Sources: docs.aws.amazon.com/IAM/latest/UserGuide/
// reference_identifiers.html ("Unique identifier prefixes": AKIA access key, ASIA temporary AWS STS access key);
// openrouter.ai/docs/guides/features/guardrails/secret-formats.
import { ROTATE, type Recogniser } from './types';

export const AWS_CODES = ['structure.aws-access-key'] as const;

const AWS = /^(AKIA|ASIA)[A-Z0-9]{16}$/;

/** An AWS access key ID: half of a signing key pair, used to sign requests (SigV4), not a token. */
export const recogniseAws: Recogniser<(typeof AWS_CODES)[number]> = (text) => {
	const match = AWS.exec(text);
	if (!match) return undefined;
	const temporary = match[1] === 'ASIA';
	return {
		format: 'aws-access-key',
		code: 'structure.aws-access-key',
		// The key ID names the key; the secret access key that goes with it is what signs. The ID is shown whole by
		// AWS's own consoles, but it is still masked here: it points an attacker at the secret that pairs with it.
		detail: `This is not a JWT: it is an AWS access key ID (${temporary ? 'temporary, from STS' : "long-term, an IAM user's"}), ${text.slice(0, 4)}… (20 characters). AWS requests are signed with the secret key that goes with it (Signature Version 4); there is no token to decode or verify. ${ROTATE}`,
		fix: 'If the secret access key was shared with it, deactivate the key pair in IAM and create a new one. An API that expects a JWT needs a token from its identity provider instead.'
	};
};
