// The verdict sentence's words for the providers' pitfalls live with the pitfalls, in the core, because the
// row's fix starts with the same next step (core/providers/pitfalls/steps.ts).
export { PITFALL_STEPS, type PitfallStep } from '$lib/core/providers/pitfalls/steps';
