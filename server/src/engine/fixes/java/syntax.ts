// Java syntax helpers shared by the Java fixers: string literals and SQL pieces.

import type { Node } from 'web-tree-sitter';
import { concatOperands, printfParts, type SqlPart } from '../sql';

export function javaLiteral(node: Node): string | undefined {
  return node.type === 'string_literal' && !node.text.startsWith('"""') ? node.text.slice(1, -1) : undefined;
}

export function javaSqlParts(expr: Node): SqlPart[] | undefined {
  if (
    expr.type === 'method_invocation' &&
    expr.childForFieldName('object')?.text === 'String' &&
    expr.childForFieldName('name')?.text === 'format'
  ) {
    const [format, ...args] = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    const text = format ? javaLiteral(format) : undefined;
    return text === undefined ? undefined : printfParts(text, args);
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = javaLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}
