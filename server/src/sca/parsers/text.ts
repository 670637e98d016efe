// Offsets ↔ LSP positions for manifest text, and the work meter the linearity tests read.
//
// Manifests come from the workspace, so an attacker chooses their shape. Every parser here finds
// positions in one forward pass (an index built once, then looked up), never by searching the
// text again per dependency, and runs regular expressions only anchored on one line or one short
// token. The meter counts the characters those passes visit, so a test can show that twice the
// input costs twice the work without timing anything.

import type { Position, Range } from '../../engine/types';

/** Characters visited by the position passes and by the line/token regexes (see the tests). */
export const scanWork = { chars: 0 };

export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly lineRanges = new Map<number, Range>();
  constructor(readonly text: string) {
    // The LSP line model: \r\n, \r and \n each end a line (editors agree; a lone \r is a line).
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
    scanWork.chars += text.length;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }
  /** End of the line's text, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return next >= 2 && this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? next - 2 : next - 1;
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
  /** The line without its indentation; computed once per line (a minified file has every entry on one). */
  lineRange(line: number): Range {
    const cached = this.lineRanges.get(line);
    if (cached) return cached;
    const start = this.lineStart(line);
    const end = this.lineEnd(line);
    let first = start;
    while (first < end && (this.text[first] === ' ' || this.text[first] === '\t')) first++;
    scanWork.chars += first - start + 1;
    const range = this.range(first, Math.max(first, end));
    this.lineRanges.set(line, range);
    return range;
  }
  lineOf(offset: number): number {
    return this.position(offset).line;
  }
}

/** Offsets in ascending order, handed out first-unused-at-or-after `from`. */
export class OffsetQueue {
  private readonly offsets: number[] = [];
  /** next[i]: an index ≥ i whose offset may be unused (path-compressed, so skipping is amortised O(1)). */
  private readonly next: number[] = [];
  push(offset: number): void {
    this.next.push(this.offsets.length);
    this.offsets.push(offset);
  }
  /** The first offset ≥ from not taken yet, which is then taken. */
  take(from = 0): number | undefined {
    const i = this.firstFree(from);
    if (i >= this.offsets.length) return undefined;
    this.next[i] = i + 1;
    return this.offsets[i];
  }
  /** The first offset ≥ from not taken yet. */
  peek(from = 0): number | undefined {
    return this.offsets[this.firstFree(from)];
  }
  private firstFree(from: number): number {
    let lo = 0;
    let hi = this.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let root = lo;
    while (root < this.offsets.length && this.next[root] !== root) root = this.next[root];
    for (let i = lo; i < this.offsets.length && this.next[i] !== i;) {
      const after = this.next[i];
      this.next[i] = root;
      i = after;
    }
    return root;
  }
}

/** A map from a key to the ascending offsets where it occurs. */
export class OffsetIndex {
  private readonly byKey = new Map<string, OffsetQueue>();
  add(key: string, offset: number): void {
    let queue = this.byKey.get(key);
    if (!queue) this.byKey.set(key, (queue = new OffsetQueue()));
    queue.push(offset);
  }
  take(key: string, from = 0): number | undefined {
    return this.byKey.get(key)?.take(from);
  }
  first(key: string, from = 0): number | undefined {
    return this.byKey.get(key)?.peek(from);
  }
}

/**
 * Longest requirement or version text handed to a version library (semver, pep440). Real ones are
 * a few dozen characters; those libraries parse with regular expressions, so a longer one is
 * skipped rather than parsed.
 */
export const MAX_SPEC_LENGTH = 256;
