import { defineCheck } from './check';
import { noClaims, noClaimsCodes } from './support/claim-outcomes';
import { strayWhitespace } from './support/expected-value';
import {
	describePart,
	hasImmutableIds,
	hasWildcard,
	MAX_SUBJECT_CHARS,
	matchesSubject,
	subjectParts,
	type SubjectPart
} from './support/subject';
import type { Finding } from '../types';
import { describeJsonValue, quoted } from '../text';

// RFC 7519 §4.1.2: "sub" is a case-sensitive StringOrURI naming the principal. A cloud trusts a CI job (GitHub
// Actions, GitLab CI) or a Kubernetes workload by matching "sub" against the subject its trust policy or federated
// credential names, so the Expected subject is that subject: a pattern with `*` and `?` as AWS's StringLike reads
// them (see support/subject.ts), or an exact value.
export const subCheck = defineCheck({
	id: 'sub',
	title: 'Subject (sub)',
	spec: 'RFC 7519 §4.1.2',
	codes: [
		...noClaimsCodes('sub'),
		'sub.type',
		'sub.not-checked',
		'sub.missing',
		'sub.ok',
		'sub.expected-whitespace',
		'sub.case',
		'sub.form',
		'sub.immutable-ids',
		'sub.mismatch',
		'sub.too-long'
	],
	run(context) {
		const skip = noClaims(context, 'sub');
		if (skip) return skip;
		const claims = context.token.claims!;
		// Judged as typed, as the trust policy compares it: a stray space is named below, not trimmed.
		const expected = context.subject ?? '';
		const has = Object.hasOwn(claims, 'sub');
		if (has && typeof claims.sub !== 'string') {
			return {
				status: 'fail',
				code: 'sub.type',
				detail: `"sub" must be a string; it is ${describeJsonValue(claims.sub)}.`,
				fix: 'The issuer must put the subject as a string.'
			};
		}
		const sub = has ? (claims.sub as string) : undefined;
		const parts = sub === undefined ? undefined : subjectParts(sub);
		const findings = parts ? partFindings(parts) : undefined;
		const withParts = findings ? { findings } : {};
		const read = parts ? `: ${parts.map(describePart).join(', ')}` : '';
		if (expected === '') {
			return {
				status: 'skip',
				code: 'sub.not-checked',
				detail:
					sub !== undefined
						? `Not checked: no expected subject given. The token's subject is ${quoted(sub)}${read}.`
						: 'Not checked: no expected subject given, and the token has no "sub".',
				...withParts
			};
		}
		if (sub === undefined) {
			return {
				status: 'fail',
				code: 'sub.missing',
				detail: `The token has no "sub", and your trust policy expects ${quoted(expected)}.`,
				fix: 'Check that this is the token the workload is issued (a CI job asks for an OIDC ID token).'
			};
		}
		const tooLong = sub.length > MAX_SUBJECT_CHARS || expected.length > MAX_SUBJECT_CHARS;
		const matched = tooLong ? undefined : matchesSubject(sub, expected);
		if (matched === undefined) {
			return {
				status: 'skip',
				code: 'sub.too-long',
				detail: `Not checked: the subject (${sub.length} characters) and the pattern are too long to compare here. CI subjects are a few hundred characters at most.`
			};
		}
		if (matched) {
			// AWS: "StringEquals" takes * literally; a pattern needs "StringLike" (aws-actions/configure-aws-credentials#318).
			const operator: Finding[] = hasWildcard(expected)
				? [
						{
							code: 'sub.ok',
							severity: 'info',
							message:
								'In an AWS trust policy this pattern needs the "StringLike" operator: "StringEquals" reads * and ? as themselves.'
						}
					]
				: [];
			return {
				status: 'pass',
				code: 'sub.ok',
				detail: `The subject ${quoted(sub)} matches ${quoted(expected)}${read}.`,
				findings: [...(findings ?? []), ...operator]
			};
		}
		const stray = strayWhitespace(expected);
		if (stray) {
			return {
				status: 'fail',
				code: 'sub.expected-whitespace',
				detail: `Your Expected subject ${stray}: trust policies compare the subject character by character, so it does not match the token's ${quoted(sub)}.${matchesSubject(sub, expected.trim()) ? ' Without it, it matches.' : ''}`,
				fix: 'Remove it from the Expected subject and from the trust policy.',
				...withParts
			};
		}
		// AWS's StringLike and Entra's federated credentials (since 2025) are case-sensitive: an organisation named
		// "Octo" in the policy does not match "octo" in the token (aws-actions/configure-aws-credentials#318;
		// Azure/login#517, AADSTS7002138).
		if (matchesSubject(sub, expected, true)) {
			return {
				status: 'fail',
				code: 'sub.case',
				detail: `The subject ${quoted(sub)} matches ${quoted(expected)} only when letter case is ignored; trust policies compare case-sensitively.`,
				fix: `Write the subject with the case the token has: ${quoted(sub)}.`,
				...withParts
			};
		}
		const wanted = subjectParts(expected);
		if (parts && wanted) {
			const form = formDifference(parts, wanted, sub, expected);
			if (form) return { status: 'fail', ...form, ...withParts };
			const differing = wanted.find((w, i) => {
				const p = parts[i];
				return p?.name === w.name && !matchesSubject(p.value ?? '', w.value ?? '');
			});
			if (differing) {
				const actual = parts.find((p) => p.name === differing.name)!;
				return {
					status: 'fail',
					code: 'sub.mismatch',
					detail: `The subject ${quoted(sub)} does not match ${quoted(expected)}: the token's ${describePart(actual)}, the pattern's ${describePart(differing)}.`,
					fix: SUBJECT_FIX,
					...withParts
				};
			}
		}
		return {
			status: 'fail',
			code: 'sub.mismatch',
			detail: `The subject ${quoted(sub)} does not match ${quoted(expected)}.`,
			fix: SUBJECT_FIX,
			...withParts
		};
	}
});

const SUBJECT_FIX =
	'Make the trust policy\'s subject match the "sub" this job really gets, shown here: the repository, branch, environment or namespace it runs in.';

/** The parts as findings, so the row lists them one per line. */
function partFindings(parts: SubjectPart[]): Finding[] {
	return parts.map((part) => ({ code: 'sub.part', severity: 'info', message: describePart(part) }));
}

/**
 * A subject whose form differs from the pattern's: the parts are of another kind (a job with an `environment:`
 * gets `…:environment:{env}` in place of `…:ref:{ref}`, DataDog/dd-trace-dotnet PR#8356), or only one of the two
 * carries GitHub's immutable owner and repository IDs (github.blog/changelog/2026-04-23-immutable-subject-claims-
 * for-github-actions-oidc-tokens; Azure/login#617: credentials made in the portal carry the IDs, tokens not yet).
 */
function formDifference(
	parts: SubjectPart[],
	wanted: SubjectPart[],
	sub: string,
	pattern: string
): { code: 'sub.form' | 'sub.immutable-ids'; detail: string; fix: string } | undefined {
	const ids = hasImmutableIds(parts[0]);
	if (
		parts[0]?.name === 'repo' &&
		wanted[0]?.name === 'repo' &&
		ids !== hasImmutableIds(wanted[0])
	) {
		return {
			code: 'sub.immutable-ids',
			detail: ids
				? `The token's subject ${quoted(sub)} carries GitHub's immutable owner and repository IDs (owner@id/repo@id); the pattern names them without IDs.`
				: `The pattern carries GitHub's immutable owner and repository IDs (owner@id/repo@id); the token's subject ${quoted(sub)} names them without IDs.`,
			fix: ids
				? 'Match the subject with the IDs, as GitHub issues it for repositories created since July 2026 or that opted in.'
				: "Turn on immutable subject claims in the repository's OIDC settings, or write the trust policy's subject without IDs."
		};
	}
	const kinds = (list: SubjectPart[]) => list.slice(1).map((p) => p.name);
	const theirs = kinds(parts);
	const ours = kinds(wanted);
	// A wildcard where a part's name stands ("repo:octo/app:*") takes any form.
	if (theirs.join(':') === ours.join(':') || ours.some(hasWildcard)) return undefined;
	const env = parts.find((p) => p.name === 'environment');
	return {
		code: 'sub.form',
		detail: `The subject ${quoted(sub)} has another form than ${quoted(pattern)}: the token names ${describeAll(parts.slice(1))}, the pattern ${describeAll(wanted.slice(1))}.${env ? ` A job that names an environment gets "…:environment:${env.value}" in its subject, in place of the ref.` : ''}`,
		fix: env
			? `Trust the environment: "${parts[0]!.name}:${parts[0]!.value}:environment:${env.value}" (or drop the job's environment).`
			: `Write the subject in the form the job gets: ${quoted(sub)}.`
	};
}

function describeAll(parts: SubjectPart[]): string {
	return parts.length > 0 ? parts.map(describePart).join(', ') : 'nothing more';
}
