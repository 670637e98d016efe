// JavaScript: error text in a response is logged instead, and the client gets a generic message.

import type { Node } from 'web-tree-sitter';
import { eol, indentOf, insertAt, replace, statementOf, taintedLeaves } from '../edits';
import type { Fixer, Propose } from '../model';

/** err / err.message / `…${err}` / String(err): the whole expression that carries the error text. */
function errorMessageExpression(leaf: Node): Node {
  let message = leaf;
  while (
    message.parent &&
    (message.parent.type === 'member_expression' ||
      message.parent.type === 'parenthesized_expression' ||
      message.parent.type === 'as_expression' ||
      message.parent.type === 'template_substitution' ||
      message.parent.type === 'template_string' ||
      (message.parent.type === 'binary_expression' && message.parent.childForFieldName('operator')?.text === '+') ||
      (message.parent.type === 'call_expression' && message.parent.childForFieldName('function')?.id === message.id) ||
      (message.parent.type === 'arguments' &&
        message.parent.namedChildCount === 1 &&
        message.parent.parent?.childForFieldName('function')?.text === 'String'))
  ) {
    message = message.parent.type === 'arguments' ? message.parent.parent! : message.parent;
  }
  return message;
}

const propose: Propose = (ctx) => {
  const leaves = taintedLeaves(
    ctx,
    ctx.captures.get('arg')?.[0] ?? ctx.node.childForFieldName('arguments') ?? ctx.node,
  );
  if (leaves.length === 0) return undefined;
  // Every place the error shows up in the response, outermost expressions only.
  const targets: Node[] = [];
  for (const leaf of leaves) {
    const m = errorMessageExpression(leaf);
    if (!targets.some((t) => t.startIndex <= m.startIndex && m.endIndex <= t.endIndex)) {
      for (let i = targets.length - 1; i >= 0; i--)
        if (m.startIndex <= targets[i].startIndex && targets[i].endIndex <= m.endIndex) targets.splice(i, 1);
      targets.push(m);
    }
  }
  const errName = /[A-Za-z_$][\w$]*/.exec(leaves[0].text)?.[0] ?? 'err';
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  // `{ error }` shorthand keeps its key: `{ error: 'Internal server error' }`.
  const edits = targets.map((t) =>
    replace(
      t,
      t.type === 'shorthand_property_identifier' ? `${t.text}: 'Internal server error'` : "'Internal server error'",
    ),
  );
  // In an expression-bodied arrow (`.catch((e) => res.send(e.message))`) the statement lies outside
  // the error's scope: the log line cannot go before it.
  const fn = ctx.flow.enclosingFunction(ctx.node);
  if (!fn || (stmt.startIndex >= fn.startIndex && stmt.endIndex <= fn.endIndex)) {
    edits.unshift(
      insertAt(
        { line: stmt.startPosition.row, character: stmt.startPosition.column },
        `console.error(${errName});${eol(ctx)}${indent}`,
      ),
    );
  }
  return { title: 'Log the error and send a generic message', edits };
};

export const genericErrorFixer: Fixer = { name: 'js-generic-error', safety: 'safe', propose };
