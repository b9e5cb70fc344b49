// GitHub Actions OIDC tokens: what a workflow job presents to a cloud for workload identity federation.
import type { Detector } from './types';
import {
	has,
	issEvidence,
	issuerUrl,
	isHttpsHost,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';

// iss "https://token.actions.githubusercontent.com" with no trailing slash, or with the enterprise's slug when
// the enterprise customised it ("https://token.actions.githubusercontent.com/{enterprise}"); on GitHub Enterprise
// Server "https://{host}/_services/token" (docs.github.com/actions/security-for-github-actions/security-hardening-
// your-deployments/about-security-hardening-with-openid-connect). Claims `repository`, `ref`, `sha`,
// `job_workflow_ref`, `runner_environment`; `sub` "repo:{owner}/{repo}:…".
const HOST = 'token.actions.githubusercontent.com';

/** Recognises a GitHub Actions OIDC token by its issuer (github.com, or an enterprise's slug). */
export const detectGitHubActions: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!isHttpsHost(url, HOST) || !/^(?:\/[A-Za-z0-9_-]+)?$/.test(url.path)) return undefined;
	return githubActions(
		token.claims!,
		iss!,
		url.host,
		url.path === '' ? 'github.com' : 'enterprise'
	);
};

/** Recognises a GitHub Enterprise Server OIDC token: `/_services/token` and the Actions claims. */
export const detectGitHubEnterpriseServer: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https' || url.path !== '/_services/token') return undefined;
	if (!has(token.claims, 'repository') || !has(token.claims, 'job_workflow_ref')) return undefined;
	return githubActions(token.claims!, iss!, url.host, 'enterprise-server');
};

function githubActions(
	claims: Record<string, unknown>,
	iss: string,
	host: string,
	variant: string
) {
	const repository = stringMember(claims, 'repository');
	const ref = stringMember(claims, 'ref');
	const evidence = [issEvidence(iss)];
	if (repository !== undefined) evidence.push(valueEvidence('repository', repository));
	if (has(claims, 'job_workflow_ref')) evidence.push(presenceEvidence('job_workflow_ref'));
	return {
		id: 'github-actions' as const,
		name: 'GitHub Actions',
		variant,
		tokenKind: 'workload-identity' as const,
		label: 'GitHub Actions OIDC token',
		evidence,
		facts: {
			issuerHost: host,
			...(repository !== undefined ? { repository } : {}),
			...(ref !== undefined ? { ref } : {})
		}
	};
}
