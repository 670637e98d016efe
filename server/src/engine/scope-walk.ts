// Finds the nodes the scope index records (those that define, scope or call), in document order,
// each with the scope it sits in: a full pass by query, or a focused pass that skips the bodies
// of functions outside an edited range.

import { Language, Node, Query } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { TextSpan } from './windows';

/** Records one node found in `scope`; returns the scope it opens (a function), if any. */
export type NodeVisitor<S> = (node: Node, scope: S, lazy: boolean) => S | undefined;

const IMPORT_TYPES = ['import_statement', 'import_from_statement', 'import_declaration'];
const interestingQueries = new Map<Language, Map<SyntaxVocabulary, Query>>();
const interestingTypeSets = new Map<SyntaxVocabulary, Set<string>>();

/** The node types that define, scope or call: all the scope index looks at. */
function interestingTypes(syntax: SyntaxVocabulary): Set<string> {
  let types = interestingTypeSets.get(syntax);
  if (!types) {
    types = new Set([
      ...syntax.functions,
      ...syntax.assignments.map((a) => a.type),
      ...syntax.loops.map((l) => l.type),
      ...syntax.catchBindings.map((c) => c.type),
      ...syntax.calls.map((c) => c.type),
      ...IMPORT_TYPES,
    ]);
    interestingTypeSets.set(syntax, types);
  }
  return types;
}

/** A query capturing every node type the index reads that this grammar has; compiled once per grammar. */
function interestingQuery(language: Language, syntax: SyntaxVocabulary): Query {
  let byVocabulary = interestingQueries.get(language);
  if (!byVocabulary) interestingQueries.set(language, (byVocabulary = new Map()));
  let query = byVocabulary.get(syntax);
  if (!query) {
    const types = interestingTypes(syntax);
    const known = [...types].filter((t) => !!language.idForNodeType(t, true));
    query = new Query(language, `[${known.map((t) => `(${t})`).join(' ')}] @node`);
    byVocabulary.set(syntax, query);
  }
  return query;
}

/**
 * A full pass over the nodes that define, scope or call, in document order. They are found by a
 * tree-sitter query (run inside the wasm module), so the many other nodes never cross into
 * JavaScript: walking every node with a cursor cost over half of a scan. Yields after each
 * step of 256 nodes, where a paced build may pause.
 */
export function* walkAll<S>(
  root: Node,
  syntax: SyntaxVocabulary,
  rootScope: S,
  visit: NodeVisitor<S>,
  windows?: TextSpan[],
): Generator<void> {
  const query = interestingQuery(root.tree.language, syntax);
  // Pre-order: by start, an enclosing node before the nodes it contains.
  const byStart = (a: Node, b: Node): number => a.startIndex - b.startIndex || b.endIndex - a.endIndex;
  const stack: Array<{ scope: S; end: number }> = [{ scope: rootScope, end: Infinity }];
  for (const window of windows ?? [undefined]) {
    // Per window, a node is taken where it starts (one reaching into the next is returned twice).
    const nodes = query
      .captures(root, window)
      .map((c) => c.node)
      .filter((n) => !window || (n.startIndex >= window.startIndex && n.startIndex < window.endIndex))
      .sort(byStart);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const start = node.startIndex;
      while (start >= stack[stack.length - 1].end) stack.pop();
      const inner = visit(node, stack[stack.length - 1].scope, false);
      if (inner) stack.push({ scope: inner, end: node.endIndex });
      if (i % 256 === 255) yield;
    }
    yield;
  }
}

/**
 * A focused pass with a cursor: it steps over the bodies of functions outside the focus without
 * visiting them, which the query of a full pass cannot. Only nodes that define, scope or call are
 * materialized as Node objects (each one costs an allocation in web-tree-sitter).
 */
export function walkFocused<S>(
  root: Node,
  syntax: SyntaxVocabulary,
  rootScope: S,
  visit: NodeVisitor<S>,
  focus?: TextSpan,
): void {
  const interesting = interestingTypes(syntax);
  const stack: Array<{ scope: S; end: number }> = [{ scope: rootScope, end: Infinity }];
  const cursor = root.walk();
  try {
    for (;;) {
      // Outside the focus, a top-level function's body cannot affect the focused code's findings
      // except through calls; the full scan that follows an edit restores those.
      // Skipped functions are still registered (name; parameters when a call reaches them), only
      // their bodies are not read.
      const skip =
        !!focus &&
        syntax.functions.includes(cursor.nodeType) &&
        (cursor.endIndex < focus.startIndex || cursor.startIndex > focus.endIndex);
      if (interesting.has(cursor.nodeType)) {
        const start = cursor.startIndex;
        while (start >= stack[stack.length - 1].end) stack.pop();
        const node = cursor.currentNode;
        const inner = visit(node, stack[stack.length - 1].scope, skip);
        if (inner) stack.push({ scope: inner, end: node.endIndex });
      }
      if (!skip && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}
