// Shared by the first screen's plain textarea and the editor that replaces it, so both lay out a huge token
// the same way; kept apart from the editor so that the first screen does not load it.

/**
 * Lines wrap up to this many characters. A wrapped line is laid out whole (a 1 MB token cost a 60–80 ms task
 * on every paste), while an unwrapped one is drawn only where it is visible: past this, it scrolls sideways.
 */
export const WRAP_LIMIT = 100_000;
