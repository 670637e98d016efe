// Cuts a large document into windows of a few kilobytes between syntax nodes: a paced scan queries
// them one at a time, pausing in between, with only one window's matches alive at once.

import type { Node, Tree } from 'web-tree-sitter';

export interface TextSpan {
  startIndex: number;
  endIndex: number;
}

/** Lets a long computation pause: `due` when it has run long enough, then `pause` to hand back control. */
export interface StepPacer {
  due(): boolean;
  pause(): Promise<void>;
}

/** Text per query run in a paced scan: a few milliseconds of matching and checks each. */
export const WINDOW_CHARS = 8 * 1024;
const MAX_WINDOW_DEPTH = 8;

/**
 * Consecutive stretches of the document, cut between top-level nodes, of about WINDOW_CHARS
 * each; together they cover all of it. A paced scan queries them one at a time, so it can pause
 * in between and only one window's matches are alive at once.
 */
export function windowsOf(tree: Tree, length: number): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  // A node too large for one window (a Java class around every method) is cut between its
  // children, a few levels down at most (10,000 nested parentheses are one window, not a stack overflow).
  const cut = (node: Node, depth: number): void => {
    for (const child of node.children) {
      if (!child) continue;
      if (child.endIndex - child.startIndex > WINDOW_CHARS && child.childCount > 0 && depth < MAX_WINDOW_DEPTH)
        cut(child, depth + 1);
      else if (child.endIndex - start >= WINDOW_CHARS) {
        out.push({ startIndex: start, endIndex: child.endIndex });
        start = child.endIndex;
      }
    }
  };
  cut(tree.rootNode, 0);
  out.push({ startIndex: start, endIndex: Math.max(length, tree.rootNode.endIndex, start + 1) });
  return out;
}
