// The language server's scheduling delays, shared with the benchmark so it can tell scan time from
// waiting time.

/** Edits arriving closer together than this are coalesced into one scan (when scans are costly). */
export const DEBOUNCE_MS = 120;
/**
 * A document whose re-scans after an edit cost at most this (smoothed) is re-scanned on every
 * keystroke without waiting: cheap enough not to slow typing, and well under a typist's pace.
 */
export const KEYSTROKE_SCAN_BUDGET_MS = 40;
/** After a partial re-scan, a full scan follows once typing pauses (restores cross-function flows and fixes). */
export const FULL_SCAN_IDLE_MS = 500;

/**
 * A whole-file scan hands the event loop back after this much work (a 10,000-line file takes
 * ~500 ms in all), so the server never blocks for long on one document.
 */
export const SCAN_SLICE_MS = 10;
