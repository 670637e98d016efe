// Re-scanning after an edit: which part of the document must be analysed again (the functions the
// edit touched), and where earlier findings outside it move to. Pure functions over positions.

import type { Node, Tree } from 'web-tree-sitter';
import type { Finding, Position, Range } from '../engine';
import { LANGUAGES, LanguageId } from '../engine';

/** One content change, in the coordinates of the text it was applied to (LSP applies them in order). */
export interface EditRecord {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  start: Position;
  oldEnd: Position;
  newEnd: Position;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Where `p` moves through one edit, or undefined when the edit replaced it. */
export function shiftPosition(p: Position, e: EditRecord): Position | undefined {
  if (before(p, e.start) || (p.line === e.start.line && p.character === e.start.character && before(e.start, e.oldEnd)))
    return p;
  if (before(p, e.oldEnd)) return undefined;
  if (p.line === e.oldEnd.line)
    return { line: e.newEnd.line, character: e.newEnd.character + (p.character - e.oldEnd.character) };
  return { line: p.line + (e.newEnd.line - e.oldEnd.line), character: p.character };
}

function shiftRange(r: Range, edits: EditRecord[]): Range | undefined {
  let start: Position | undefined = r.start;
  let end: Position | undefined = r.end;
  for (const e of edits) {
    start = start && shiftPosition(start, e);
    end = end && shiftPosition(end, e);
    if (!start || !end) return undefined;
  }
  return { start, end };
}

/**
 * An earlier finding moved through the edits, or undefined if an edit touched it. Its fix is
 * dropped: fixes are only offered for the exact text they were computed on (the full scan that
 * follows restores it).
 */
export function shiftFinding(f: Finding, edits: EditRecord[]): Finding | undefined {
  const range = shiftRange(f.range, edits);
  if (!range) return undefined;
  const trace = f.trace?.map((s) => ({ ...s, range: shiftRange(s.range, edits) }));
  const shifted: Finding = { ...f, range, fix: undefined };
  if (trace) shifted.trace = trace.every((s) => s.range) ? (trace as Finding['trace']) : undefined;
  // Places in this file move with the edits; another file's places (r.file) do not.
  const related = f.related?.map((r) => ({ ...r, range: r.file === undefined ? shiftRange(r.range, edits) : r.range }));
  if (related) shifted.related = related.every((r) => r.range) ? (related as Finding['related']) : undefined;
  return shifted;
}

/** The text spans (in the final document) that the edits wrote. */
export function editedSpans(edits: EditRecord[]): Array<{ startIndex: number; endIndex: number }> {
  return edits.map((e, i) => {
    let start = e.startIndex;
    let end = e.newEndIndex;
    for (const later of edits.slice(i + 1)) {
      const delta = later.newEndIndex - later.oldEndIndex;
      if (later.startIndex <= start) start = Math.max(later.startIndex, start + delta);
      if (later.startIndex <= end) end = Math.max(later.newEndIndex, end + delta);
    }
    return { startIndex: start, endIndex: Math.max(start, end) };
  });
}

/**
 * An edit inside a large node but outside any of its parts (blank lines between two top-level
 * functions or two methods of a long class) is re-analysed as the span plus the children of that
 * node it touches; nothing else there can have changed.
 */
function between(
  container: Node,
  span: { startIndex: number; endIndex: number },
  limit: number,
): { startIndex: number; endIndex: number } | undefined {
  // Inside a token (a long string, say) the edit is not between parts.
  if (container.childCount === 0) return undefined;
  let startIndex = span.startIndex;
  let endIndex = span.endIndex;
  for (const child of container.children) {
    if (!child || child.endIndex < span.startIndex || child.startIndex > span.endIndex) continue;
    startIndex = Math.min(startIndex, child.startIndex);
    endIndex = Math.max(endIndex, child.endIndex);
  }
  return endIndex - startIndex <= limit ? { startIndex, endIndex } : undefined;
}

/**
 * The part of the document to re-analyse: the outermost functions containing the edited spans.
 * An edit outside any function (imports, decorators, constants, class fields) is re-analysed as
 * its statement: the largest node around it, below the root, that holds at most `maxShare` of the
 * document (or, between statements, the statements it touches). Module-level code can change
 * findings elsewhere (a constant, an import), so callers must follow a partial scan with a full
 * one (the server does, once typing pauses). Undefined (scan everything) when no such node exists.
 */
export function focusFor(
  tree: Tree,
  language: LanguageId,
  spans: Array<{ startIndex: number; endIndex: number }>,
  maxShare = 0.3,
): { startIndex: number; endIndex: number } | undefined {
  const functions = LANGUAGES[language].syntax.functions;
  const root = tree.rootNode;
  const limit = maxShare * Math.max(1, root.endIndex - root.startIndex);
  let startIndex = Infinity;
  let endIndex = -1;
  for (const span of spans) {
    let outermost: { startIndex: number; endIndex: number } | undefined;
    let statement: { startIndex: number; endIndex: number } | undefined;
    for (let n = root.descendantForIndex(span.startIndex, span.endIndex); n && n.id !== root.id; n = n.parent) {
      const contains = n.startIndex <= span.startIndex && n.endIndex >= span.endIndex;
      if (!contains) continue;
      if (functions.includes(n.type)) outermost = { startIndex: n.startIndex, endIndex: n.endIndex };
      if (n.endIndex - n.startIndex <= limit) statement = { startIndex: n.startIndex, endIndex: n.endIndex };
    }
    const chosen =
      outermost ?? statement ?? between(root.descendantForIndex(span.startIndex, span.endIndex) ?? root, span, limit);
    if (!chosen) return undefined;
    startIndex = Math.min(startIndex, chosen.startIndex);
    endIndex = Math.max(endIndex, chosen.endIndex);
  }
  return endIndex >= 0 ? { startIndex, endIndex } : undefined;
}
