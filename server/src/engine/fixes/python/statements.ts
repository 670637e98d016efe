// Python: where lines can be inserted before a sink's statement without changing when it runs.

import type { Node } from 'web-tree-sitter';

const PLAIN_STATEMENTS = new Set(['expression_statement', 'return_statement', 'with_statement']);

/** Expressions that may skip or defer part of themselves: a check before them could run needlessly. */
const CONDITIONAL = new Set([
  'lambda',
  'conditional_expression',
  'boolean_operator',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
  'block',
]);

/** Whether `node` runs every time `stmt` does (for a `with`, in its header), before anything else of it. */
export function unconditionalIn(stmt: Node, node: Node): boolean {
  if (!PLAIN_STATEMENTS.has(stmt.type)) return false;
  for (let at = node.parent; at && at.id !== stmt.id; at = at.parent) {
    if (CONDITIONAL.has(at.type)) return false;
    if (at.type === 'await' && at.id !== node.parent?.id) return false;
  }
  return true;
}

/** An expression that gives the same value when read twice: names, attributes, literals, request getters. */
export function rereadable(node: Node): boolean {
  switch (node.type) {
    case 'identifier':
    case 'string':
    case 'integer':
      return (
        node.type !== 'string' ||
        !/^[a-z]*f/i.test(node.text) ||
        node.namedChildren.every((c) => !!c && (c.type !== 'interpolation' || rereadable(c.namedChildren[0]!)))
      );
    case 'attribute':
      return rereadable(node.childForFieldName('object')!);
    case 'subscript':
      return rereadable(node.childForFieldName('value')!) && rereadable(node.childForFieldName('subscript')!);
    case 'call': {
      const fn = node.childForFieldName('function');
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      return (
        fn?.type === 'attribute' &&
        /^(get|getlist)$/.test(fn.childForFieldName('attribute')?.text ?? '') &&
        rereadable(fn.childForFieldName('object')!) &&
        args.every((a) => !!a && rereadable(a))
      );
    }
    default:
      return false;
  }
}
