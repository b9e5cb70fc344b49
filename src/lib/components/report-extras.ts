// The parts of the report that only a token needs: the share panel, the timeline, the verifier table and the
// decoded view, with what lays them out. The page imports this module when the first input arrives, so a
// first visit that only reads the page does not download them (issue 7's first-load budget).
export { default as DecodedView } from './DecodedView.svelte';
export { default as JweLayer } from './JweLayer.svelte';
export { default as FormatDetails } from './FormatDetails.svelte';
export { default as LeewayWhatIf } from './LeewayWhatIf.svelte';
export { default as SharePanel } from './SharePanel.svelte';
export { default as Timeline } from './Timeline.svelte';
export { default as VerifierTable } from './VerifierTable.svelte';
export { reportTimeline } from '$lib/present/timeline';
export { rehearseReport, REHEARSED_MARK } from './report-rehearsal';
