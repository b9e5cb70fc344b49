// Google's and Firebase's pitfalls: an ID token's "aud" is an OAuth client ID (another client's, or gcloud's),
// "accounts.google.com" with and without "https://", a Google sign-in token sent where Firebase's is expected,
// and Google ID tokens being what APIs verify (Google's access tokens are opaque).
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { issuerUrl, stringMember } from '../read';
import { pitfall, type PitfallOutcome } from './pitfall';

const CLIENT_ID = /\.apps\.googleusercontent\.com$/;
// The client ID gcloud and Application Default Credentials put in "aud" unless --audiences is given
// (GoogleCloudPlatform/cloud-run-proxy#10; salrashid123/google_id_token#4).
const GCLOUD_CLIENT = /^764086051850-/;
// A Firebase project ID: 6–30 lower-case letters, digits and hyphens (cloud.google.com/resource-manager/docs/
// creating-managing-projects, "Project ID requirements").
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** The issuer pitfall of Google ID tokens: the same issuer with and without "https://". */
export function googleIssuer(
	context: CheckContext,
	iss: string,
	expected: string
): PitfallOutcome<'iss.google-scheme' | 'iss.firebase-session-cookie'> | undefined {
	const { provider } = context;
	// Google issues ID tokens with either spelling and documents both (googleapis/google-api-php-client#696: the
	// iOS SDK's tokens lack the scheme; manfredsteyer/angular-oauth2-oidc#523); verifiers must accept both.
	const bare = (s: string) => s.replace(/^https:\/\//, '');
	if (
		provider.id === 'google' &&
		bare(iss) === 'accounts.google.com' &&
		bare(expected) === bare(iss)
	) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.google-scheme',
			detail: `Google writes its issuer both as "accounts.google.com" and as "https://accounts.google.com"; this token carries ${quoted(iss)} and your API expects only ${quoted(expected)}.`,
			fix: 'Accept both spellings of the issuer: "accounts.google.com" and "https://accounts.google.com".'
		});
	}
	// Session cookies are issued by session.firebase.google.com and signed with another key set than ID tokens
	// (firebase/firebase-admin-node#711; fschuindt/firebase_id_token PR#46).
	const theirs = issuerUrl(iss);
	const ours = issuerUrl(expected);
	if (
		provider.id === 'firebase' &&
		theirs?.host === 'session.firebase.google.com' &&
		ours?.host === 'securetoken.google.com'
	) {
		return pitfall(context, {
			status: 'fail',
			code: 'iss.firebase-session-cookie',
			detail: `This is a Firebase session cookie (issuer ${quoted(iss)}), not an ID token (${quoted(expected)}): it is signed with another set of keys.`,
			fix: "Verify it as a session cookie (the Admin SDK's verifySessionCookie), or send the Firebase ID token (getIdToken()) instead."
		});
	}
	return undefined;
}

/** The audience pitfalls of Google and Firebase ID tokens. */
export function googleAudience(
	context: CheckContext,
	audiences: string[],
	expected: string
):
	| PitfallOutcome<'aud.google-client-id' | 'aud.google-not-firebase' | 'aud.firebase-project'>
	| undefined {
	const { provider } = context;
	if (provider.id === 'firebase') {
		// A Firebase ID token's "aud" is the project ID (firebase.google.com/docs/auth/admin/verify-id-tokens).
		return pitfall(context, {
			status: 'fail',
			code: 'aud.firebase-project',
			detail: `A Firebase ID token's audience is its project ID, here ${audiences.map((a) => quoted(a)).join(', ')}; your API expects ${quoted(expected)}.`,
			fix: `Expect the Firebase project ID the token was issued for${audiences[0] ? ` (${quoted(audiences[0])})` : ''}, with no stray space or line break, or get a token from the project your API trusts.`
		});
	}
	if (provider.id !== 'google') return undefined;
	const client = audiences.find((a) => CLIENT_ID.test(a));
	if (client === undefined) return undefined;
	if (PROJECT_ID.test(expected)) {
		// firebase/firebase-admin-go#723, firebase/firebase-admin-python#715: 'expected "projectID" but got
		// "….apps.googleusercontent.com"'.
		return pitfall(context, {
			status: 'fail',
			code: 'aud.google-not-firebase',
			detail: `This is Google's own ID token (its audience is the OAuth client ${quoted(client)}), not a Firebase ID token, whose audience is the project ID ${quoted(expected)}.`,
			fix: "Send the Firebase ID token (user.getIdToken() after signing in to Firebase with the Google credential), not the Google sign-in credential's token."
		});
	}
	const azp = stringMember(context.token.claims, 'azp');
	const gcloud = GCLOUD_CLIENT.test(client);
	// On Android "aud" is the web client ID and "azp" the Android one (googleapis/google-api-java-client#2343:
	// "aud and azp are mysteriously switched"); each platform has its own client ID (firebase/flutterfire#5932).
	const which = gcloud
		? "gcloud's own OAuth client: the token was minted without --audiences"
		: azp !== undefined && azp !== client
			? `a client other than the one that asked for it (azp ${quoted(azp)}), as on Android, where "aud" is the web client ID`
			: "one of your OAuth clients (web, Android and iOS each have their own; the Google Cloud console's Credentials page names it)";
	const url = /^https?:\/\//.test(expected);
	return pitfall(context, {
		status: 'fail',
		code: 'aud.google-client-id',
		detail: `A Google ID token's audience is an OAuth client ID: ${quoted(client)} is ${which}. Your API expects ${quoted(expected)}.`,
		fix:
			url || gcloud
				? `Send an ID token minted for your API's audience, e.g. gcloud auth print-identity-token --audiences=${expected} (or the metadata server's identity endpoint with audience=${expected}).`
				: 'Accept the client ID of every client of your application (web, Android, iOS); on Android expect the web client ID in "aud".'
	});
}

/** Google and Firebase ID tokens are what APIs verify: not a wrong token kind, unlike other providers'. */
export function googleTokenUse(
	context: CheckContext
): PitfallOutcome<'token-use.google-id-token'> | undefined {
	const { provider } = context;
	if (provider.id !== 'google' && provider.id !== 'firebase') return undefined;
	// Google's access tokens are opaque "ya29." strings, checked with tokeninfo, not JWTs (parse-community/
	// parse-server#6849; honojs/middleware#468); an API that verifies JWTs is sent an ID token minted for it
	// (cloud.google.com/run/docs/authenticating/service-to-service). Firebase's verifyIdToken takes ID tokens.
	return pitfall(context, {
		status: 'info',
		code: 'token-use.google-id-token',
		detail:
			provider.id === 'firebase'
				? 'A Firebase ID token: the token a Firebase-backed API verifies (verifyIdToken). Sending it to an API is how Firebase Auth is meant to be used.'
				: 'A Google ID token. Google\'s access tokens are opaque ("ya29.…") and cannot be verified as JWTs, so an API that verifies JWTs is sent an ID token minted for its own audience.'
	});
}
