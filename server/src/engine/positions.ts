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
