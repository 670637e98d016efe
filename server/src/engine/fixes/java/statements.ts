// Java: where a line can be inserted before a sink's statement without changing when it runs.

import type { Node } from 'web-tree-sitter';

/** Statements whose expressions always run when the statement does (in resources for a try). */
const PLAIN_STATEMENTS = new Set([
  'expression_statement',
  'local_variable_declaration',
  'return_statement',
  'throw_statement',
  'try_with_resources_statement',
]);

/** Expressions that may skip or defer part of themselves: a check before them could run needlessly. */
const CONDITIONAL = new Set(['lambda_expression', 'ternary_expression', 'switch_expression', 'block', 'class_body']);

/**
 * Whether `node` is evaluated every time `stmt` runs, before anything else of it could fail, so a
 * check inserted just before `stmt` runs exactly when the sink would.
 */
export function unconditionalIn(stmt: Node, node: Node): boolean {
  if (!PLAIN_STATEMENTS.has(stmt.type)) return false;
  for (let at = node.parent; at && at.id !== stmt.id; at = at.parent) {
    if (CONDITIONAL.has(at.type)) return false;
    if (at.type === 'binary_expression' && /^(&&|\|\|)$/.test(at.childForFieldName('operator')?.text ?? ''))
      return false;
    if (
      stmt.type === 'try_with_resources_statement' &&
      at.parent?.id === stmt.id &&
      at.type !== 'resource_specification'
    )
      return false;
  }
  return true;
}
