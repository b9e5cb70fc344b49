// GitLab CI/CD ID tokens (`id_tokens:` in .gitlab-ci.yml), from gitlab.com or a self-managed instance.
import type { Detector, Provider } from './types';
import {
	has,
	issEvidence,
	issuerUrl,
	isHttpsHost,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';

// iss is the instance URL ("https://gitlab.com", or the self-managed CI_SERVER_URL), with claims
// `namespace_path`, `project_path`, `pipeline_source`, `ref`, `ref_type`, and `sub`
// "project_path:{group}/{project}:ref_type:{type}:ref:{ref}"
// (docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload).
const GITLAB_CLAIMS = ['project_path', 'pipeline_source'];

/** Recognises a gitlab.com ID token by its issuer and GitLab's claims. */
export const detectGitLab: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!isHttpsHost(url, 'gitlab.com') || url.path !== '' || !has(token.claims, 'project_path'))
		return undefined;
	return gitlab(token.claims!, iss!, url.host, 'gitlab.com');
};

/** Recognises a self-managed GitLab's ID token by GitLab's claims under any https issuer. */
export const detectGitLabSelfManaged: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https') return undefined;
	if (!GITLAB_CLAIMS.every((name) => has(token.claims, name))) return undefined;
	const sub = stringMember(token.claims, 'sub');
	if (sub === undefined || !sub.startsWith('project_path:')) return undefined;
	return gitlab(token.claims!, iss!, url.host, 'self-managed');
};

function gitlab(
	claims: Record<string, unknown>,
	iss: string,
	host: string,
	variant: string
): Provider {
	const project = stringMember(claims, 'project_path');
	const ref = stringMember(claims, 'ref');
	const evidence = [issEvidence(iss)];
	if (project !== undefined) evidence.push(valueEvidence('project_path', project));
	if (has(claims, 'pipeline_source')) evidence.push(presenceEvidence('pipeline_source'));
	return {
		id: 'gitlab-ci',
		name: 'GitLab CI/CD',
		variant,
		tokenKind: 'workload-identity',
		label: `GitLab CI/CD ID token${variant === 'self-managed' ? ' (self-managed instance)' : ''}`,
		evidence,
		facts: {
			issuerHost: host,
			...(project !== undefined ? { repository: project } : {}),
			...(ref !== undefined ? { ref } : {})
		}
	};
}
