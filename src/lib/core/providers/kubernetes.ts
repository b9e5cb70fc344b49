// Kubernetes service-account tokens: the legacy secret-based ones and bound (projected) tokens.
import type { Detector } from './types';
import { isJsonObject } from '../token/json';
import { issEvidence, member, presenceEvidence, stringMember, valueEvidence } from './read';

// Legacy secret tokens: iss "kubernetes/serviceaccount", `kubernetes.io/serviceaccount/…` claims and no `exp`
// (hashicorp/vault-plugin-auth-kubernetes#65). Bound tokens: iss the API server's --service-account-issuer (any
// URL: every cluster type has its own), `sub` "system:serviceaccount:{namespace}:{name}" and a `kubernetes.io`
// claim binding the pod and service account (kubernetes/kubernetes PR#70308; cert-manager/cert-manager#4144).
const LEGACY_ISSUER = 'kubernetes/serviceaccount';
const LEGACY_NAMESPACE = 'kubernetes.io/serviceaccount/namespace';
const LEGACY_NAME = 'kubernetes.io/serviceaccount/service-account.name';
const SUBJECT = /^system:serviceaccount:([a-z0-9.-]+):([a-z0-9.-]+)$/;

/** Recognises a Kubernetes service-account token, legacy or bound. */
export const detectKubernetes: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const sub = stringMember(token.claims, 'sub');
	const subject = sub !== undefined ? SUBJECT.exec(sub) : null;
	if (iss === LEGACY_ISSUER) {
		const namespace = stringMember(token.claims, LEGACY_NAMESPACE) ?? subject?.[1];
		const name = stringMember(token.claims, LEGACY_NAME) ?? subject?.[2];
		return {
			id: 'kubernetes',
			name: 'Kubernetes',
			variant: 'legacy',
			tokenKind: 'service-account',
			label: 'Kubernetes legacy service account token (from a Secret)',
			evidence: [issEvidence(iss), ...(sub !== undefined ? [valueEvidence('sub', sub)] : [])],
			facts: {
				...(namespace !== undefined ? { namespace } : {}),
				...(name !== undefined ? { serviceAccount: name } : {})
			}
		};
	}
	const binding = member(token.claims, 'kubernetes.io');
	const bound = isJsonObject(binding);
	if (!subject || !bound) return undefined;
	return {
		id: 'kubernetes',
		name: 'Kubernetes',
		variant: 'projected',
		tokenKind: 'service-account',
		label: 'Kubernetes bound service account token',
		evidence: [
			...(iss !== undefined ? [issEvidence(iss)] : []),
			valueEvidence('sub', sub!),
			presenceEvidence('kubernetes.io')
		],
		facts: { namespace: subject[1]!, serviceAccount: subject[2]! }
	};
};
