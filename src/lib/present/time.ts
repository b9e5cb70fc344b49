// The page's words for time are the core's (src/lib/core/time/format.ts), so that a duration or an instant
// reads the same in the checklist as in the timeline, the decoded view, the verifier table and the verdict.
// Components take them from here, as they take revealInvisible from ./visible, not from the core's insides.
export {
	describeInstant,
	formatDuration,
	formatInstant,
	relativeTime,
	shortUtc,
	type InstantViews
} from '$lib/core/time/format';
