// The page reveals invisible characters with the core's rule, so that a value reads the same in the checklist
// (where the core quoted it) and in the decoded view (where the page shows it): see ../core/visible.ts.
export { codePointLabel, revealInvisible } from '$lib/core/visible';
// A value shown apart from a sentence (the differing parts of an issuer or audience) is escaped as the core
// escapes a quoted value, quotes and line breaks included (\", \n).
export { escapeForMessage } from '$lib/core/text';
