// Amazon Cognito user pools: ID and access tokens.
import type { Detector, ProviderTokenKind } from './types';
import {
	issEvidence,
	issuerUrl,
	labelled,
	presenceEvidence,
	stringMember,
	valueEvidence
} from './read';

// iss "https://cognito-idp.{region}.amazonaws.com/{userPoolId}", the pool ID being "{region}_{id}"; `token_use`
// is "id" or "access", and access tokens carry `client_id` instead of `aud`
// (docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html,
// amazon-cognito-user-pools-using-the-id-token.html).
const HOST = /^cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com$/;
const POOL = /^\/(([a-z]{2}(?:-[a-z]+)+-\d)_[A-Za-z0-9]+)$/;

/** Recognises a Cognito user pool token by its issuer's host and pool path. */
export const detectCognito: Detector = (token) => {
	const iss = stringMember(token.claims, 'iss');
	const url = issuerUrl(iss);
	if (!url || url.scheme !== 'https' || url.port !== undefined) return undefined;
	const region = HOST.exec(url.host)?.[1];
	const pool = POOL.exec(url.path)?.[1];
	if (region === undefined || pool === undefined) return undefined;
	const evidence = [issEvidence(iss!)];
	const use = stringMember(token.claims, 'token_use');
	if (use !== undefined) evidence.push(valueEvidence('token_use', use));
	if (stringMember(token.claims, 'client_id') !== undefined)
		evidence.push(presenceEvidence('client_id'));
	const tokenKind: ProviderTokenKind | undefined =
		use === 'id' ? 'id-token' : use === 'access' ? 'access-token' : undefined;
	return {
		id: 'cognito',
		name: 'Amazon Cognito',
		variant: 'user-pool',
		...(tokenKind ? { tokenKind } : {}),
		label: labelled('Amazon Cognito', tokenKind),
		evidence,
		facts: { issuerHost: url.host, region, userPool: pool }
	};
};
