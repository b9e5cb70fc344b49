import { defineCheck } from './check';
import type { Finding } from '../types';
import { ALGORITHMS } from '../algorithms';
import { weakSecretReason } from '../keys/weak-secrets';
import { capitalise } from '../text';

// RFC 7518 §3.2: "A key of the same size as the hash output (for instance, 256 bits for "HS256") or larger MUST
// be used." RFC 8725 §3.5: human-memorable secrets fall to offline brute force. Both are warnings here: the
// signature can still be genuine, but anyone with a word list may forge the next one.
export const secretStrengthCheck = defineCheck({
	id: 'secret-strength',
	title: 'Secret strength',
	spec: 'RFC 7518 §3.2, RFC 8725 §3.5',
	codes: [
		'secret-strength.no-secret',
		'secret-strength.short',
		'secret-strength.weak',
		'secret-strength.ok'
	],
	run({ keys, token, verification }) {
		const secrets = keys.candidates.filter((c) => c.secret && c.secret.length > 0);
		if (secrets.length === 0) {
			return {
				status: 'skip',
				code: 'secret-strength.no-secret',
				detail:
					keys.candidates.length === 0
						? 'No key supplied.'
						: 'Not an HMAC secret: nothing to judge.'
			};
		}
		// Judge the secret that verified, or else those the token could have used.
		const judged = verification.verifiedBy?.secret ? [verification.verifiedBy] : secrets;
		const alg =
			typeof token.header?.alg === 'string' && ALGORITHMS[token.header.alg]?.family === 'HMAC'
				? token.header.alg
				: 'HS256';
		const needed = ALGORITHMS[alg]!.hashBytes;
		const problems: Finding[] = [];
		for (const candidate of judged) {
			const bytes = candidate.secret!.length;
			// One secret's problems are sentences of their own; in a set, each names its key first.
			const who = (text: string) =>
				judged.length > 1 ? `${candidate.view.label}: ${text}` : capitalise(text);
			if (bytes < needed)
				problems.push({
					code: 'secret-strength.short',
					severity: 'warning',
					message: who(
						`the secret is ${bytes} byte${bytes === 1 ? '' : 's'}; ${alg} needs at least ${needed} (RFC 7518 §3.2). Strict verifiers (jjwt, Nimbus JOSE) reject it.`
					)
				});
			const reason = weakSecretReason(candidate.secret!, alg);
			if (reason)
				problems.push({
					code: 'secret-strength.weak',
					severity: 'warning',
					message: who(`${reason}.`)
				});
		}
		if (problems.length > 0) {
			// A secret in the word lists falls at once, whatever its length (RFC 8725 §3.5): lead with that.
			return {
				status: 'warn',
				code: problems.some((p) => p.code === 'secret-strength.weak')
					? 'secret-strength.weak'
					: 'secret-strength.short',
				detail: problems.map((p) => p.message).join(' '),
				fix: `Generate a random secret of at least ${needed} bytes (e.g. openssl rand -base64 ${needed}), rotate it at the issuer and the API, and keep it out of source code.`,
				findings: problems
			};
		}
		const bytes = judged[0]!.secret!.length;
		return {
			status: 'pass',
			code: 'secret-strength.ok',
			detail: `${bytes} bytes, at least the ${needed} that ${alg} needs, and not a known example secret.`
		};
	}
});
