// Offsets ↔ LSP positions for manifest text, and finding a value's text near a key (for formats
// whose parsers do not report positions: TOML, XML).

import type { Position, Range } from '../../engine/types';

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
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
  lineRange(line: number): Range {
    const start = this.starts[line] ?? this.text.length;
    let end = (this.starts[line + 1] ?? this.text.length + 1) - 1;
    if (this.text[end - 1] === '\r') end--;
    const indent = /^[ \t]*/.exec(this.text.slice(start, end))![0].length;
    return this.range(start + indent, Math.max(start + indent, end));
  }
  lineOf(offset: number): number {
    return this.position(offset).line;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
