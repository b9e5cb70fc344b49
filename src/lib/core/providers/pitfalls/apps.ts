// The pitfalls of Sign in with Apple, Supabase and Clerk tokens: whose identifier each puts in "aud".
import type { CheckContext } from '../../checks/check';
import { quoted } from '../../text';
import { pitfall, type PitfallOutcome } from './pitfall';

/** The audience pitfalls of Apple, Supabase and Clerk tokens. */
export function appAudience(
	context: CheckContext,
	audiences: string[],
	expected: string
): PitfallOutcome<'aud.apple-client-id' | 'aud.supabase-authenticated'> | undefined {
	const { provider } = context;
	const listed = audiences.map((a) => quoted(a)).join(', ');
	if (provider.id === 'apple') {
		// "aud" is the bundle ID for native iOS sign-in and the Services ID for web and Android
		// (YosemiteCrew/Yosemite-Crew PR#2285; lupidan/apple-signin-unity#135; aboutyou/dart_packages#94).
		return pitfall(context, {
			status: 'fail',
			code: 'aud.apple-client-id',
			detail: `An Apple ID token's audience is the app's bundle ID for native iOS sign-in and its Services ID for web and Android sign-in: this one is for ${listed}, your API expects ${quoted(expected)}.`,
			fix: 'Accept both of your identifiers as the audience: the bundle ID and the Services ID.'
		});
	}
	if (provider.id === 'supabase' && audiences.includes('authenticated')) {
		// Supabase user tokens carry "aud": "authenticated" (supabase/supabase PR#45401).
		return pitfall(context, {
			status: 'fail',
			code: 'aud.supabase-authenticated',
			detail: `Supabase puts "authenticated" into a signed-in user's token as its audience, not your API's name (${quoted(expected)}).`,
			fix: 'Expect the audience "authenticated" for Supabase user tokens.'
		});
	}
	return undefined;
}

/** The missing-audience pitfall of Clerk session tokens, which carry no "aud" unless a JWT template adds one. */
export function clerkMissingAudience(
	context: CheckContext,
	expected: string
): PitfallOutcome<'aud.clerk-no-audience'> | undefined {
	if (context.provider.id !== 'clerk') return undefined;
	// clerk/clerk-sdk-python#90 (a session token without "aud"); get-convex/convex-backend#402 (the "convex"
	// JWT template adds "aud": "convex").
	return pitfall(context, {
		status: 'fail',
		code: 'aud.clerk-no-audience',
		detail: `A Clerk session token carries no "aud" unless a JWT template adds one; your API expects ${quoted(expected)}.`,
		fix: `Request a token from a JWT template that sets "aud" to ${quoted(expected)} (getToken({ template })), or do not require an audience of session tokens.`
	});
}
