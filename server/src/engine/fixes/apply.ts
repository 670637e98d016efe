// Applies text edits with LSP semantics: positions in UTF-16 code units, edits against the
// original text, inserts at the same position kept in array order, overlapping edits refused.

import type { Position } from '../types';
import type { TextEdit } from './model';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(starts: number[], text: string, p: Position): number {
  if (p.line >= starts.length) return text.length;
  return Math.min(starts[p.line] + p.character, p.line + 1 < starts.length ? starts[p.line + 1] : text.length);
}

export class OverlappingEditsError extends Error {}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const resolved = edits
    .map((e, order) => ({
      start: offsetAt(starts, text, e.range.start),
      end: offsetAt(starts, text, e.range.end),
      newText: e.newText,
      order,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].start < resolved[i - 1].end) throw new OverlappingEditsError('overlapping edits');
  }
  let out = '';
  let cursor = 0;
  for (const e of resolved) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Edits of several fixes that do not overlap each other (first come, first kept), for fix-all. */
export function compatibleEdits(text: string, fixes: TextEdit[][]): TextEdit[] {
  const kept: TextEdit[] = [];
  const same = (a: TextEdit, b: TextEdit): boolean =>
    a.newText === b.newText &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character;
  for (const all of fixes) {
    // Two fixes adding the same import insert the same text at the same place: keep it once.
    const edits = all.filter((e) => !kept.some((k) => same(k, e)));
    try {
      applyEdits(text, [...kept, ...edits]);
      kept.push(...edits);
    } catch (e) {
      if (!(e instanceof OverlappingEditsError)) throw e;
    }
  }
  return kept;
}
