// What an OAuth error redirect (`#error=…` or `?error=…`) means and what to do about it, for the redirect
// banner. The codes are RFC 6749 §4.1.2.1 and §4.2.2.1 (the authorization endpoint's errors) and OpenID
// Connect Core 1.0 §3.1.2.6 (the ones an OpenID provider adds). A code outside both is the provider's own.

const MEANINGS: Record<string, string> = {
	invalid_request:
		'The sign-in request was malformed: a required parameter is missing or repeated, or a value is not allowed. Check the request against the provider’s documentation (the description usually names the parameter).',
	unauthorized_client:
		'This client is not allowed to use this flow. Enable the grant for the app registration (for an id_token or access_token in the fragment, the implicit grant or "SPA" platform).',
	access_denied:
		'The user or the authorization server declined the request (the user cancelled, or consent was refused).',
	unsupported_response_type:
		'The provider does not issue this response_type for this client. Enable it on the app registration (e.g. ID tokens for the implicit flow) or ask for another.',
	invalid_scope: 'A requested scope is unknown, malformed, or not allowed for this client.',
	server_error:
		'The authorization server failed on its side. Try again; if it persists, the description or the provider’s status page says more.',
	temporarily_unavailable:
		'The authorization server is overloaded or in maintenance. Try again later.',
	interaction_required:
		'prompt=none was asked for, but the user must interact (sign in, consent or choose an account). Retry without prompt=none.',
	login_required: 'prompt=none was asked for, but no user is signed in. Retry without prompt=none.',
	account_selection_required:
		'prompt=none was asked for, but the user must choose between accounts. Retry without prompt=none.',
	consent_required:
		'prompt=none was asked for, but the user has not consented to this client. Retry without prompt=none, or grant consent first.',
	invalid_request_uri: 'The request_uri could not be fetched, or what it returned is not valid.',
	invalid_request_object: 'The request object (the request parameter) is not valid.',
	request_not_supported: 'This provider does not take the request parameter.',
	request_uri_not_supported: 'This provider does not take the request_uri parameter.',
	registration_not_supported: 'This provider does not take the registration parameter.'
};

/** What an authorization error code means and what to do, or undefined for a provider's own code. */
export function oauthErrorMeaning(code: string): string | undefined {
	return Object.hasOwn(MEANINGS, code) ? MEANINGS[code] : undefined;
}
