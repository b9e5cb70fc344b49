// The short words for the providers' pitfalls and the Expected subject (issue 16, item 2): `reason` is the
// cause as the verdict sentence names it, and `next` the action, which is also the first sentence of the row's
// fix (pitfall() in ./pitfall.ts puts it there), so the sentence and the row name the same action. The rows
// are ./*.ts, where the facts and their sources are cited. Keyed by the codes rows carry, so a renamed or
// removed code is a type error here.
import type { CheckResult } from '../../types';

export interface PitfallStep {
	/** The cause, as the sentence's reason (lower case, no final stop). */
	reason: string;
	/** The next step, one sentence. */
	next: string;
}

export const PITFALL_STEPS: Partial<Record<CheckResult['code'], PitfallStep>> = {
	'iss.entra-v1-token': {
		reason: 'an Entra ID v1.0 token (sts.windows.net), where your API expects the v2.0 issuer',
		next: 'Set "accessTokenAcceptedVersion": 2 in the API\'s manifest, or accept the v1.0 issuer.'
	},
	'iss.entra-v2-token': {
		reason: 'an Entra ID v2.0 token, where your API expects the v1.0 issuer (sts.windows.net)',
		next: "Expect the v2.0 issuer: your API's registration asks for v2.0 tokens."
	},
	'iss.entra-tenant-template': {
		reason: 'the expected issuer is the multi-tenant "{tenantid}" template, which no token carries',
		next: 'Substitute the token\'s "tid" into the template before comparing.'
	},
	'iss.entra-b2c': {
		reason:
			'an Azure AD B2C token: its issuer is its b2clogin.com host and user flow, not the one expected',
		next: 'Copy the issuer from the metadata of the user flow that issued the token.'
	},
	'aud.graph-token': {
		reason: 'a Microsoft Graph access token sent to your API: only Graph can validate it',
		next: 'Request a token for your API\'s own scope ("api://{client ID}/…"), not "User.Read".'
	},
	'aud.entra-app-id-uri': {
		reason:
			'the audience names your API by its App ID URI on one side and its client ID on the other',
		next: 'Expect the form the token carries: v2.0 tokens carry the client ID.'
	},
	'signature.graph-token': {
		reason: 'a Microsoft Graph access token: only Graph can validate its signature',
		next: 'Request a token for your API\'s own scope ("api://{client ID}/…"), not "User.Read".'
	},
	'structure.auth0-no-audience': {
		reason: 'an encrypted Auth0 token for /userinfo: it was requested without an audience',
		next: 'Pass your API\'s identifier as "audience" in the authorization request.'
	},
	'aud.auth0-userinfo': {
		reason: "an Auth0 token for /userinfo only: it was requested without your API's audience",
		next: 'Pass your API\'s identifier as "audience" in the authorization request.'
	},
	'iss.auth0-domain': {
		reason: 'issued under another Auth0 domain (custom vs tenant domain) than your API expects',
		next: 'Request tokens through the domain your API expects, or expect the one the token carries.'
	},
	'iss.auth0-trailing-slash': {
		reason: "Auth0's issuer ends with a slash, and your expected issuer does not",
		next: 'Expect the issuer with its trailing slash.'
	},
	'key.okta-org-server': {
		reason: "an access token from Okta's org authorization server: only Okta can validate it",
		next: 'Get tokens from a custom authorization server, such as /oauth2/default.'
	},
	'signature.okta-org-server': {
		reason: "an access token from Okta's org authorization server: only Okta can validate it",
		next: 'Get tokens from a custom authorization server, such as /oauth2/default.'
	},
	'aud.okta-org-server': {
		reason: "an access token from Okta's org authorization server: only Okta can validate it",
		next: 'Get tokens from a custom authorization server, such as /oauth2/default.'
	},
	'iss.okta-org-server': {
		reason: "an access token from Okta's org authorization server, not the custom one you expect",
		next: 'Request the token from the custom authorization server your API expects.'
	},
	'iss.okta-path': {
		reason: 'the expected Okta issuer lacks the "/oauth2" segment',
		next: 'Expect the issuer exactly as the token carries it, /oauth2/ included.'
	},
	'iss.google-scheme': {
		reason: 'Google spells its issuer with and without "https://", and your API accepts one only',
		next: 'Accept both "accounts.google.com" and "https://accounts.google.com".'
	},
	'aud.google-client-id': {
		reason: 'a Google ID token for another OAuth client ID than your API expects',
		next: "Accept each of your app's client IDs, or mint the ID token for your API's audience."
	},
	'aud.google-not-firebase': {
		reason:
			"Google's own ID token, where a Firebase ID token (audience: the project ID) is expected",
		next: 'Send the Firebase ID token (user.getIdToken()), not the Google credential.'
	},
	'aud.firebase-project': {
		reason: 'a Firebase ID token for another project ID than your API expects',
		next: 'Expect the Firebase project ID the token was issued for.'
	},
	'iss.firebase-session-cookie': {
		reason: 'a Firebase session cookie, not an ID token',
		next: 'Verify it as a session cookie (verifySessionCookie), or send the ID token.'
	},
	'aud.cognito-access-token': {
		reason: 'a Cognito access token: it carries "client_id", not "aud"',
		next: 'Check "client_id" on access tokens and "aud" on ID tokens.'
	},
	'iss.keycloak-hostname': {
		reason:
			'the same Keycloak realm reached by two hostnames (the token was issued through another URL)',
		next: 'Set KC_HOSTNAME to one public URL, or expect the issuer the token carries.'
	},
	'iss.keycloak-auth-path': {
		reason: 'the issuer and the expected one differ by Keycloak\'s old "/auth" path prefix',
		next: 'Expect the path the server issues: no "/auth" since Keycloak 17.'
	},
	'aud.keycloak-audience-mapper': {
		reason: 'Keycloak left your API out of "aud": the client has no Audience mapper',
		next: 'Add an Audience protocol mapper to the client with your API as the audience.'
	},
	'aud.ci-audience': {
		reason: 'the CI job asked for its token with another audience than the one expected',
		next: 'Request the token with the audience your cloud expects.'
	},
	'iss.github-trailing-slash': {
		reason: "GitHub's issuer has no trailing slash, and the expected one has",
		next: 'Drop the trailing slash from the expected issuer.'
	},
	'aud.kubernetes-audience': {
		reason: 'a Kubernetes service-account token requested for another audience',
		next: 'Project the token with that audience, or use kubectl create token --audience.'
	},
	'iss.kubernetes-issuer': {
		reason: "a Kubernetes token from another issuer than the cluster's one your verifier expects",
		next: "Expect the cluster's --service-account-issuer, as its discovery document gives it."
	},
	'aud.apple-client-id': {
		reason: "an Apple ID token for your app's other identifier (bundle ID vs Services ID)",
		next: 'Accept both your bundle ID and your Services ID as the audience.'
	},
	'aud.supabase-authenticated': {
		reason: 'Supabase user tokens carry the audience "authenticated"',
		next: 'Expect the audience "authenticated".'
	},
	'aud.clerk-no-audience': {
		reason: 'a Clerk session token carries no "aud" unless a JWT template adds one',
		next: 'Use a JWT template that sets "aud", or require none of session tokens.'
	},
	'token-use.cognito-id-token': {
		reason: 'a Cognito ID token sent to an API, where an access token is expected',
		next: 'Send the access token ("token_use": "access"), and set the verifier\'s tokenUse to match.'
	},
	// The Expected subject (core/checks/sub.ts): a trust policy's subject, named in its terms.
	'sub.case': {
		reason: "the subject matches the trust policy's only when letter case is ignored",
		next: "Write the trust policy's subject in the token's letter case."
	},
	'sub.form': {
		reason:
			"the subject's form (its ref, environment or pull request part) differs from the trust policy's",
		next: 'Write the subject in the form the job gets, shown in the sub row.'
	},
	'sub.immutable-ids': {
		reason:
			"only one of the subject and the trust policy carries GitHub's immutable owner and repository IDs",
		next: 'Write both with the IDs, or both without.'
	},
	'sub.mismatch': {
		reason: "the token's subject does not match the one the trust policy expects",
		next: 'Trust the subject the job really gets: its repository, branch or environment.'
	},
	'sub.expected-whitespace': {
		reason: 'the Expected subject starts or ends with whitespace',
		next: 'Remove it from the Expected subject and from the trust policy.'
	}
};
