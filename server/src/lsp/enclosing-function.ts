// `warden/enclosingFunction`: the function around a line, from the parse tree, so the coach's
// "Challenge assumptions" reads exactly that function instead of guessing its bounds from the text.

import type { Connection } from 'vscode-languageserver/node';
import type { Node, Tree } from 'web-tree-sitter';
import {
  DEFAULT_MAX_BYTES,
  ENCLOSING_FUNCTION,
  EnclosingFunctionParams,
  EnclosingFunctionResult,
  LineSpan,
} from '../../../core/protocol';
import { LANGUAGES, LanguageId, languageForEditorId } from '../engine/languages';
import type { ParserPool } from '../engine/parsers';

/** Wrappers whose span includes the function's decorators or annotations. */
const DECORATED = new Set(['decorated_definition']);

/**
 * The innermost function spanning more than one line that contains `line` (a one-line lambda or
 * arrow is part of its function, not the function to read), with its decorators. A line that
 * starts a function (`app.get('/x', (req, res) => {`) belongs to it.
 */
export function enclosingFunctionSpan(tree: Tree, language: LanguageId, line: number): LineSpan | undefined {
  const functions = new Set(LANGUAGES[language].syntax.functions);
  const contains = (n: Node): boolean => n.startPosition.row <= line && line <= n.endPosition.row;
  let best: LineSpan | undefined;
  // Only nodes whose lines contain `line` are visited: a path's worth of the tree, not all of it.
  const stack: Node[] = contains(tree.rootNode) ? [tree.rootNode] : [];
  while (stack.length) {
    const node = stack.pop()!;
    // A decorated function counts once, as its wrapper (decorators included).
    const wrapped = !DECORATED.has(node.type) && node.parent !== null && DECORATED.has(node.parent.type);
    const fn = DECORATED.has(node.type) ? node.childForFieldName('definition') : node;
    if (fn && !wrapped && functions.has(fn.type) && fn.endPosition.row > fn.startPosition.row) {
      const span = { start: node.startPosition.row, end: node.endPosition.row };
      if (!best || span.end - span.start < best.end - best.start) best = span;
    }
    for (const child of node.children) if (child && contains(child)) stack.push(child);
  }
  return best;
}

export async function enclosingFunction(
  pool: ParserPool,
  params: EnclosingFunctionParams,
): Promise<EnclosingFunctionResult> {
  const language = languageForEditorId(params.languageId);
  if (!language) throw new Error(`Warden does not parse ${params.languageId}`);
  if (params.text.length > DEFAULT_MAX_BYTES) throw new Error('document over the size Warden parses');
  const tree = await pool.parse(language, params.text);
  try {
    return enclosingFunctionSpan(tree, language, params.line) ?? null;
  } finally {
    tree.delete();
  }
}

/** `pool` is read per request: the server replaces its scanner (and pool) when rules reload. */
export function registerEnclosingFunction(connection: Connection, pool: () => ParserPool): void {
  connection.onRequest(ENCLOSING_FUNCTION, (params: EnclosingFunctionParams) => enclosingFunction(pool(), params));
}
