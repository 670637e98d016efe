// The language server's scheduling delays, shared with the benchmark so it can tell scan time from
// waiting time.

/** Edits arriving closer together than this are coalesced into one scan. */
export const DEBOUNCE_MS = 120;
/** After a partial re-scan, a full scan follows once typing pauses (restores cross-function flows and fixes). */
export const FULL_SCAN_IDLE_MS = 500;
