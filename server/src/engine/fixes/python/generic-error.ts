// Python: exception text in a response is logged instead, and the client gets a generic message.

import type { Node } from 'web-tree-sitter';
import { addImport, insertLinesBefore, replace, statementOf, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** Widens an error leaf to the expression that formats it: str(e), f"…{e}", "x: " + str(e). */
function errorMessageExpression(leaf: Node): Node {
  let node = leaf;
  for (let parent = node.parent; parent; parent = node.parent) {
    const isWrapper =
      (parent.type === 'argument_list' && parent.namedChildCount === 1 && parent.parent?.type === 'call') ||
      parent.type === 'interpolation' ||
      (parent.type === 'string' && /^f/i.test(parent.text)) ||
      (parent.type === 'binary_operator' && parent.childForFieldName('operator')?.text === '+') ||
      (parent.type === 'attribute' && parent.childForFieldName('object')?.id === node.id);
    if (!isWrapper) break;
    node = parent.type === 'argument_list' ? parent.parent! : parent;
  }
  return node;
}

const propose: Propose = (ctx) => {
  // Every place the error shows up ({'error': type(e).__name__, 'message': str(e)}), outermost only.
  const messages: Node[] = [];
  for (const leaf of taintedLeaves(ctx, ctx.node)) {
    const m = errorMessageExpression(leaf);
    if (messages.some((t) => t.startIndex <= m.startIndex && m.endIndex <= t.endIndex)) continue;
    for (let i = messages.length - 1; i >= 0; i--)
      if (m.startIndex <= messages[i].startIndex && messages[i].endIndex <= m.endIndex) messages.splice(i, 1);
    messages.push(m);
  }
  if (messages.length === 0) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import logging', /^import logging\b/m);
  if (imp) edits.push(imp);
  // Inside the except, even when it is written on one line (`except E: return str(e)`).
  edits.push(insertLinesBefore(ctx, stmt, ["logging.exception('request failed')"]));
  for (const message of messages) edits.push(replace(message, "'internal server error'"));
  return { title: 'Log the exception and return a generic message', edits };
};

export const genericErrorFixer: Fixer = { name: 'py-generic-error', safety: 'safe', propose };
