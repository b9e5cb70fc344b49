// The pitfalls of workload identities: GitHub Actions and GitLab CI jobs' OIDC tokens, and Kubernetes
// service-account tokens. Their subject is judged by the sub check (checks/sub.ts); here, the audience each
// cloud expects and the issuer forms.
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { pitfall, type PitfallOutcome } from './pitfall';

// The audiences clouds expect of CI tokens: AWS "sts.amazonaws.com" (aws-actions/configure-aws-credentials),
// Azure "api://AzureADTokenExchange" (Azure/login#482); GitHub's default is the owner's URL,
// "https://github.com/{owner}" (docs.github.com, "About security hardening with OpenID Connect").
const CLOUDS: Record<string, string> = {
	'sts.amazonaws.com': 'AWS',
	'api://AzureADTokenExchange': 'Azure'
};

/** The audience pitfall of a CI job's token: requested for another audience than the cloud expects. */
export function workloadAudience(
	context: CheckContext,
	audiences: string[],
	expected: string
): PitfallOutcome<'aud.ci-audience' | 'aud.kubernetes-audience'> | undefined {
	const { provider } = context;
	const cloud = CLOUDS[expected];
	const listed = audiences.map((a) => quoted(a)).join(', ');
	if (provider.id === 'github-actions') {
		return pitfall(context, {
			status: 'fail',
			code: 'aud.ci-audience',
			detail: `The job asked GitHub for a token with the audience ${listed}${audiences.some((a) => a.startsWith('https://github.com/')) ? " (GitHub's default, the owner's URL)" : ''}; ${cloud ? `${cloud} expects ${quoted(expected)}` : `your API expects ${quoted(expected)}`}.`,
			fix: `Request the token with the audience ${quoted(expected)}: ${cloud === 'AWS' ? 'aws-actions/configure-aws-credentials does by default (audience: sts.amazonaws.com)' : cloud === 'Azure' ? 'azure/login does by default (audience: api://AzureADTokenExchange)' : 'core.getIDToken(audience) in actions/toolkit, or "&audience=" on ACTIONS_ID_TOKEN_REQUEST_URL'}.`
		});
	}
	if (provider.id === 'gitlab-ci') {
		// GitLab has no default audience: each job names it under id_tokens (docs.gitlab.com/ci/secrets/
		// id_token_authentication).
		return pitfall(context, {
			status: 'fail',
			code: 'aud.ci-audience',
			detail: `The job's id_tokens entry asked for the audience ${listed}; ${cloud ? `${cloud} expects ${quoted(expected)}` : `your API expects ${quoted(expected)}`}.`,
			fix: `Set the audience in the job: id_tokens: { MY_TOKEN: { aud: ${quoted(expected)} } }.`
		});
	}
	if (provider.id === 'kubernetes') {
		// A projected token's audience is what the pod's projection asks for; without one it is the API server's
		// issuer (kubernetes/kubernetes PR#70308); istio/istio#36221: 'token audiences ["kubernetes.svc.default"]
		// is invalid for the target audiences ["istio-ca"]'.
		return pitfall(context, {
			status: 'fail',
			code: 'aud.kubernetes-audience',
			detail: `A Kubernetes service-account token for ${listed}, not for ${quoted(expected)}: its audience is what the pod's token projection (or kubectl create token) asked for, the API server itself by default.`,
			fix: `Ask for a token with that audience: a serviceAccountToken projection with "audience: ${expected}" in the pod spec, or kubectl create token {service account} --audience ${expected}.`
		});
	}
	return undefined;
}

/** The issuer pitfalls of workload tokens: GitHub's slash-less issuer, and Kubernetes' legacy or cluster issuer. */
export function workloadIssuer(
	context: CheckContext,
	iss: string,
	expected: string
): PitfallOutcome<'iss.github-trailing-slash' | 'iss.kubernetes-issuer'> | undefined {
	const { provider } = context;
	// "https://token.actions.githubusercontent.com/" with a slash gives AADSTS700211 (Azure/login#360).
	if (provider.id === 'github-actions' && expected === `${iss}/`) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.github-trailing-slash',
			detail: `GitHub's issuer has no trailing slash: the token carries ${quoted(iss)}, and your trust configuration expects ${quoted(expected)}.`,
			fix: `Expect ${quoted(iss)}, without the slash (Entra reports the slash as AADSTS700211).`
		});
	}
	if (provider.id === 'kubernetes') {
		// Legacy Secret tokens are issued by "kubernetes/serviceaccount" and never expire; bound tokens by the
		// API server's --service-account-issuer, which differs per cluster (EKS, GKE, AKS), and Vault reported
		// 'claim "iss" is invalid' when clusters moved to it (external-secrets/kubernetes-external-secrets#721;
		// hashicorp/vault-plugin-auth-kubernetes#65).
		const legacy = iss === 'kubernetes/serviceaccount';
		return pitfall(context, {
			status: 'fail',
			code: 'iss.kubernetes-issuer',
			detail: legacy
				? `A legacy Secret-based service-account token (issuer ${quoted(iss)}, which never expires); your verifier expects ${quoted(expected)}, a cluster's service-account issuer.`
				: `A bound service-account token from the cluster whose --service-account-issuer is ${quoted(iss)}; your verifier expects ${quoted(expected)}. Each cluster (and each EKS, GKE or AKS cluster) has its own issuer.`,
			fix: legacy
				? 'Use a bound token instead (a serviceAccountToken projection, or kubectl create token): legacy tokens never expire.'
				: `Expect the cluster's issuer, ${quoted(iss)}, as "kubectl get --raw /.well-known/openid-configuration" reports it.`
		});
	}
	return undefined;
}
