// Facts about code the coach would otherwise guess from the text, from the parse tree the server
// already builds: `warden/enclosingFunction` (the function "Challenge assumptions" reads when
// nothing is selected) and `warden/calls` (the calls and their arguments its detectors inspect).

import type { Connection } from 'vscode-languageserver/node';
import type { Node, Tree } from 'web-tree-sitter';
import {
  CALLS,
  CallFact,
  CallsParams,
  CallsResult,
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

/** The calls whose opening parenthesis is on lines `startLine`..`endLine`, in source order. */
export function callFacts(tree: Tree, language: LanguageId, startLine: number, endLine: number): CallFact[] {
  const shapes = new Map(LANGUAGES[language].syntax.calls.map((c) => [c.type, c]));
  const overlaps = (n: Node): boolean => n.startPosition.row <= endLine && n.endPosition.row >= startLine;
  const out: Array<CallFact & { at: number }> = [];
  const stack: Node[] = overlaps(tree.rootNode) ? [tree.rootNode] : [];
  while (stack.length) {
    const node = stack.pop()!;
    const shape = shapes.get(node.type);
    const args = shape && node.childForFieldName(shape.args);
    const line = args?.startPosition.row ?? -1;
    // A tagged template (sql`…`) is a call without a parenthesized argument list.
    if (args && args.text.startsWith('(') && line >= startLine && line <= endLine) {
      const named = args.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
      out.push({
        at: args.startIndex,
        line,
        callee: node.text.slice(0, args.startIndex - node.startIndex).trim(),
        // A generator argument (`sum(x for x in xs)`) is the list node itself.
        args: args.child(0)?.type === '(' ? named.map((c) => c.text) : [args.text.slice(1, -1).trim()],
      });
    }
    for (const child of node.children) if (child && overlaps(child)) stack.push(child);
  }
  // In the order their parentheses are written, as a reader (and the text heuristic) meets them.
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...fact }) => fact);
}

/** Parses the request's text in the server's pool; refuses what the server does not scan. */
async function withTree<T>(
  pool: ParserPool,
  params: { languageId: string; text: string },
  read: (tree: Tree, language: LanguageId) => T,
): Promise<T> {
  const language = languageForEditorId(params.languageId);
  if (!language) throw new Error(`Warden does not parse ${params.languageId}`);
  if (params.text.length > DEFAULT_MAX_BYTES) throw new Error('document over the size Warden parses');
  const tree = await pool.parse(language, params.text);
  try {
    return read(tree, language);
  } finally {
    tree.delete();
  }
}

/** `pool` is read per request: the server replaces its scanner (and pool) when rules reload. */
export function registerCoachFacts(connection: Connection, pool: () => ParserPool): void {
  connection.onRequest(ENCLOSING_FUNCTION, (params: EnclosingFunctionParams): Promise<EnclosingFunctionResult> =>
    withTree(pool(), params, (tree, language) => enclosingFunctionSpan(tree, language, params.line) ?? null),
  );
  connection.onRequest(CALLS, (params: CallsParams): Promise<CallsResult> =>
    withTree(pool(), params, (tree, language) => callFacts(tree, language, params.startLine, params.endLine)),
  );
}
