// The page reveals invisible characters with the core's rule, so that a value reads the same in the checklist
// (where the core quoted it) and in the decoded view (where the page shows it): see ../core/visible.ts.
export { codePointLabel, revealInvisible } from '$lib/core/visible';
