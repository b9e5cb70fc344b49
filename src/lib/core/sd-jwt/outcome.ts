// The structure row of an SD-JWT whose issuer-signed JWT read cleanly (RFC 9901): what it holds, and every rule
// of §7.1 or §4.3 it breaks as a warning. Warnings, not failures: the verdict is the issuer-signed JWT's, judged
// exactly as a pasted JWT, while the row says that an SD-JWT verifier would reject what it flags.
import type { Outcome } from '../checks/check';
import type { SdJwtCode, SdJwtView } from './types';
import { keyBindingTimeFindings } from './kb-time';

/** The structure row's outcome for an SD-JWT, its KB-JWT's iat judged at `now` (seconds) with `leeway`. */
export function sdJwtOutcome(
	sd: SdJwtView,
	removed: string,
	now: number,
	leeway: number
): Outcome<SdJwtCode | 'structure.sd-jwt'> {
	// The findings of the reading, then the KB-JWT's creation time, which depends on the evaluation time.
	const findings = [...sd.findings, ...keyBindingTimeFindings(sd.keyBinding, now, leeway)];
	const count = sd.disclosures.length;
	const found = sd.disclosures.filter((d) => d.referenced).length;
	const kb = sd.keyBinding;
	const binding = !kb
		? ' No key-binding JWT: it ends with "~" (an SD-JWT, not an SD-JWT+KB).'
		: ` A key-binding JWT follows (RFC 9901 §4.3): sd_hash ${kb.sdHash === 'match' ? 'matches' : kb.sdHash}; holder binding (its signature with the payload's cnf.jwk) ${HOLDER[kb.holderSignature]}. Holder binding never makes the token valid: the issuer-signed JWT's signature with your key decides.`;
	const detail = `An SD-JWT (RFC 9901): the issuer-signed JWT is judged as a pasted JWT on every row; ${count} disclosure${count === 1 ? '' : 's'}${count > 0 ? `, ${found} found in the payload with ${sd.hashAlg}` : ''}.${binding}${removed}`;
	const first = findings[0];
	if (!first) return { status: 'pass', code: 'structure.sd-jwt', detail, spec: 'RFC 9901 §4' };
	return {
		status: 'warn',
		code: first.code,
		detail: `${first.message}${findings.length > 1 ? ` (${findings.length - 1} more below)` : ''} ${detail}`,
		fix: 'An SD-JWT verifier rejects this presentation (RFC 9901 §7.1, §7.3): present the disclosures and key-binding JWT exactly as the issuer and holder made them.',
		spec: 'RFC 9901 §7.1',
		...(first.span ? { span: first.span } : {}),
		findings
	};
}

const HOLDER = {
	verified: 'verified',
	failed: 'failed',
	'no-holder-key': 'not checked (no cnf.jwk)',
	unsupported: 'not checked (an algorithm or key this inspector cannot use)'
} as const;
