// Microsoft personal-account (MSA) access tickets: a long dotless base64 string that starts "Ew" (seen "EwA",
// "EwB", "EwC"). They are not JWTs and only Microsoft can read them, jwt.ms included. Sources: research
// providers.md §2.1, §3 (learn.microsoft.com Q&A threads on consumer-account Graph tokens); "a general ^Ew rule
// is unconfirmed", so this asks for "EwA"–"EwD" and the length of a ticket (hundreds of characters).
import { mask, ROTATE, type Recogniser } from './types';

export const MICROSOFT_CODES = ['structure.microsoft-account-ticket'] as const;

const TICKET = /^Ew[A-D][A-Za-z0-9+/_-]{197,16384}={0,2}$/;

/** A Microsoft personal-account ticket: opaque, read only by Microsoft's own services. */
export const recogniseMicrosoft: Recogniser<(typeof MICROSOFT_CODES)[number]> = (text) => {
	if (!TICKET.test(text)) return undefined;
	return {
		format: 'microsoft-account-ticket',
		code: 'structure.microsoft-account-ticket',
		detail: `This is not a JWT: it looks like a Microsoft personal-account (MSA) access ticket, ${mask(text, 3)}. Tokens Microsoft issues to personal accounts for its own APIs (Microsoft Graph) are opaque: only Microsoft reads them, and no tool can decode or verify them. ${ROTATE}`,
		fix: 'Do not validate it: pass it to Microsoft Graph. Your own API should ask for a token with its own scope (api://<your app>/…), which Entra ID issues as a JWT your API can verify.'
	};
};
