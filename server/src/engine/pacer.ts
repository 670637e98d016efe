// Paces a long scan so a language server keeps answering: pauses every few milliseconds of work,
// stops when a newer edit cancels the scan, and keeps the time spent paused out of the budgets.

/** A scan stopped because `cancelled` said so; its tree may have been edited meanwhile. */
export class ScanCancelled extends Error {
  constructor() {
    super('scan cancelled');
  }
}

/**
 * Paces a long scan: pauses once `everyMs` of work has passed and stops when cancelled. Time spent
 * paused does not count against the scan's budgets.
 */
export class Pacer {
  private last = performance.now();
  paused = 0;
  /** The longest stretch of work between two pauses, for the benchmark. */
  longestRunMs = 0;

  constructor(
    private readonly everyMs?: number,
    private readonly cancelled?: () => boolean,
    /** What budgets are measured with (ScanOptions.clock). */
    readonly clock: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.everyMs !== undefined;
  }

  due(): boolean {
    return this.everyMs !== undefined && performance.now() - this.last >= this.everyMs;
  }

  /** Hands the event loop back (call when `due`), then stops the scan if it was cancelled. */
  async pause(): Promise<void> {
    const now = performance.now();
    const pausedAt = this.clock();
    this.longestRunMs = Math.max(this.longestRunMs, now - this.last);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.paused += this.clock() - pausedAt;
    this.last = performance.now();
    if (this.cancelled?.()) throw new ScanCancelled();
  }

  /** A budget of `ms` of work from now: time spent paused from now on does not count. */
  overdueAfter(ms: number): () => boolean {
    const end = this.clock() + ms;
    const pausedBefore = this.paused;
    return () => this.clock() > end + (this.paused - pausedBefore);
  }

  /** Work since the last pause, counted into `longestRunMs` at the end of a scan. */
  finish(): void {
    if (this.everyMs !== undefined) this.longestRunMs = Math.max(this.longestRunMs, performance.now() - this.last);
  }
}
