// Converts tree-sitter positions to LSP ranges. web-tree-sitter parses JavaScript strings as
// UTF-16, so its columns are already UTF-16 code units, which is what LSP counts; the tests
// pin that down with emoji and CJK text before findings.

import type { Node } from 'web-tree-sitter';
import type { Range } from './types';

export function rangeOf(node: Node): Range {
  const start = node.startPosition;
  const end = node.endPosition;
  return { start: { line: start.row, character: start.column }, end: { line: end.row, character: end.column } };
}

const CALLEE_FIELDS = ['function', 'name', 'constructor', 'type'];

/**
 * Where a finding on `node` is shown (policy.md, "Where a finding is reported"): the node when it
 * fits on one line; a call written over several lines only from its start to the end of the called
 * name (`db.query`, not the query text and callback below it); any other node to its first line's end.
 */
export function reportRange(node: Node): Range {
  const start = node.startPosition;
  if (node.endPosition.row === start.row) return rangeOf(node);
  const callee = CALLEE_FIELDS.map((f) => node.childForFieldName(f)).find((c) => c && c.endPosition.row === start.row);
  const firstLine = node.text.split(/\r\n|\r|\n/)[0].trimEnd();
  const end = callee ? callee.endPosition.column : start.column + firstLine.length;
  return { start: { line: start.row, character: start.column }, end: { line: start.row, character: end } };
}

/**
 * The LSP position of a UTF-16 offset in `text`. Lines end at \r\n, \n or a lone \r, as in LSP and
 * in the parser's rows (parsers.ts reads a lone \r as a line break), so fixers that compute
 * positions from offsets agree with node positions.
 */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** A node's text on one line, at most 60 characters: how a trace step or related place names it. */
export function nodeLabel(node: Node): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
