/**
 * Limits on what crosses from a page to the background, shared by the content scripts (which
 * must not load the message schemas) and the background's validation.
 */

/** Ceilings for one meeting message; stats import holds a whole day's row to the same ones. */
export const MAX_MEETING_HOURS = 1000;
export const MAX_MEETING_COST = 1e9;

/** Counts sent to the background in one batch, at most. */
export const NUDGE_BATCH_MAX = 200;
