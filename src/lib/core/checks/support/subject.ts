// Reads a CI workload identity's "sub" into its parts, and judges it against a trust-policy pattern, for the sub
// check (../sub.ts). Clouds trust a CI job by matching its token's "sub" against the subject in a trust policy or
// federated credential, so "sub" is what such a token is mostly rejected over.

/** One `name:value` part of a subject ("repo" → "octo/app"); `value` is absent for a bare part ("pull_request"). */
export interface SubjectPart {
	name: string;
	value?: string;
}

/**
 * The parts of a CI subject, or undefined when `sub` is not one of the forms below. The forms:
 * - GitHub Actions: `repo:{owner}/{repo}:ref:refs/heads/{branch}`, `…:environment:{env}`, `…:pull_request`, or a
 *   custom template of `name:value` pairs (docs.github.com/actions/security-for-github-actions/
 *   security-hardening-your-deployments/about-security-hardening-with-openid-connect, "Example subject claims").
 *   Since 2026-04 the immutable form `repo:{owner}@{owner_id}/{repo}@{repo_id}:…` (github.blog/changelog/
 *   2026-04-23-immutable-subject-claims-for-github-actions-oidc-tokens).
 * - GitLab CI: `project_path:{group}/{project}:ref_type:{type}:ref:{branch_name}` by default, and any
 *   `name:value` list a project configures (docs.gitlab.com/ci/secrets/id_token_authentication; gitlab-org/gitlab
 *   MR 160562, `ci_id_token_sub_claim_components`).
 * - Kubernetes: `system:serviceaccount:{namespace}:{name}` (kubernetes.io/docs/reference/access-authn-authz/
 *   service-accounts-admin).
 * Git ref names cannot hold ":" (git-check-ref-format), so a ":" always separates parts.
 */
export function subjectParts(sub: string): SubjectPart[] | undefined {
	// CI subjects are a few hundred characters; a longer one (a hostile token) is not read into parts.
	if (sub.length > MAX_SUBJECT_CHARS) return undefined;
	const k8s = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(sub);
	if (k8s) {
		return [
			{ name: 'namespace', value: k8s[1]! },
			{ name: 'serviceaccount', value: k8s[2]! }
		];
	}
	if (!/^(repo|project_path):/.test(sub)) return undefined;
	const tokens = sub.split(':');
	const parts: SubjectPart[] = [];
	for (let i = 0; i < tokens.length;) {
		const name = tokens[i]!;
		// GitHub's pull-request subject ends in a bare "pull_request", with no value after it.
		if (BARE.has(name) || i + 1 === tokens.length) {
			parts.push({ name });
			i += 1;
		} else {
			parts.push({ name, value: tokens[i + 1]! });
			i += 2;
		}
	}
	return parts;
}

const BARE = new Set(['pull_request']);

/** The longest subject read into parts or matched: far beyond any CI subject, and the link's bound. */
export const MAX_SUBJECT_CHARS = 16_384;

/** What each part is called on the page. */
const LABELS: Record<string, string> = {
	repo: 'repository',
	project_path: 'project',
	ref_type: 'ref type',
	ref: 'ref',
	environment: 'environment',
	pull_request: 'a pull request',
	job_workflow_ref: 'reusable workflow',
	workflow: 'workflow',
	context: 'context',
	namespace: 'namespace',
	serviceaccount: 'service account'
};

/** "repository octo/app", "branch main", "tag v1", "a pull request": one part as a person reads it. */
export function describePart(part: SubjectPart): string {
	if (part.value === undefined) return LABELS[part.name] ?? part.name;
	if (part.name === 'ref') {
		const ref = /^refs\/(heads|tags)\/(.+)$/.exec(part.value);
		if (ref) return `${ref[1] === 'heads' ? 'branch' : 'tag'} ${ref[2]}`;
	}
	return `${LABELS[part.name] ?? part.name} ${part.value}`;
}

/** How many comparisons a match may take: CI subjects are short, and a pasted token must never freeze the page. */
const MATCH_BUDGET = 10_000_000;

/**
 * Whether `sub` matches `pattern` as an AWS trust policy's StringLike does: case-sensitive, `*` matching any run
 * of characters (none included) and `?` any one character, anywhere in the string
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html, "StringLike").
 * A pattern without wildcards is an exact comparison, as StringEquals and Entra's federated credentials make.
 * Undefined when the two are too long to compare within MATCH_BUDGET. Matched by walking both strings and going
 * back only to the last `*` (at most length × length steps), never by a regular expression, whose backtracking
 * on a pattern such as `*a*a*a*b` grows with the power of the number of stars.
 */
export function matchesSubject(
	sub: string,
	pattern: string,
	ignoreCase = false
): boolean | undefined {
	const s = [...(ignoreCase ? sub.toLowerCase() : sub)];
	const p = [...(ignoreCase ? pattern.toLowerCase() : pattern)];
	let i = 0;
	let j = 0;
	let star = -1;
	let resume = 0;
	for (let steps = 0; i < s.length; steps++) {
		if (steps > MATCH_BUDGET) return undefined;
		if (j < p.length && (p[j] === '?' || (p[j] !== '*' && p[j] === s[i]))) {
			i++;
			j++;
		} else if (j < p.length && p[j] === '*') {
			star = j++;
			resume = i;
		} else if (star !== -1) {
			j = star + 1;
			i = ++resume;
		} else return false;
	}
	while (j < p.length && p[j] === '*') j++;
	return j === p.length;
}

/** Whether the pattern has a wildcard that StringLike reads (and StringEquals takes literally). */
export function hasWildcard(pattern: string): boolean {
	return /[*?]/.test(pattern);
}

/** Owner and repository IDs in GitHub's immutable form, `owner@123/repo@456`. */
export function hasImmutableIds(part: SubjectPart | undefined): boolean {
	return part?.value !== undefined && /@\d+\/[^/]+@\d+$/.test(part.value);
}
