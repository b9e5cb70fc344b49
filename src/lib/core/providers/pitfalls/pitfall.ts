// What a provider pitfall is (issue 16, item 2): a rule one identity provider's tokens are known to break, read
// from the token, the provider its shape names (../index.ts) and what the API expects. A pitfall takes the place
// of a row's generic outcome, with its own stable code (declared in that row's check), the cause in the detail's
// first sentence and the concrete fix in the fix's: the verdict sentence leads with both when the row is the
// cause (src/lib/present/verdict.ts). The row also carries a finding naming the provider and the evidence.
import type { CheckContext, Outcome } from '../../checks/check';
import type { Finding } from '../../types';
import type { Provider } from '../types';
import { PITFALL_STEPS } from './steps';

/** A pitfall's conclusion for a row: an outcome whose code is one the row's check declares. */
export type PitfallOutcome<Code extends string> = Outcome<Code> & { findings: Finding[] };

/** The outcome for a pitfall, with the finding that names the provider it is a pitfall of. */
export function pitfall<Code extends string>(
	context: CheckContext,
	outcome: Omit<Outcome<Code>, 'findings'>
): PitfallOutcome<Code> {
	// The row's fix starts with the action the verdict sentence names (./steps.ts), then gives the detail: one
	// cause, one action, in both places (issue 16, item 5).
	const next = (PITFALL_STEPS as Partial<Record<string, { next: string }>>)[outcome.code]?.next;
	const fix =
		next !== undefined && outcome.fix !== undefined && !outcome.fix.startsWith(next)
			? `${next} ${outcome.fix}`
			: outcome.fix;
	return {
		...outcome,
		...(fix !== undefined ? { fix } : {}),
		findings: [recognised(context.provider, outcome.code, outcome.status)]
	};
}

/** "Microsoft Entra ID v1.0 access token: iss "…", ver "1.0"": who the token's shape says issued it, and why. */
export function recognised(provider: Provider, code: string, status: Outcome['status']): Finding {
	const evidence = provider.evidence.length > 0 ? `: ${provider.evidence.join(', ')}` : '';
	return {
		code,
		severity: status === 'fail' ? 'error' : status === 'warn' ? 'warning' : 'info',
		message: `${provider.label}${evidence}.`
	};
}
