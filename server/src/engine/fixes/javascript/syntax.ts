// JavaScript syntax helpers shared by the JavaScript fixers: string literals and SQL pieces.

import type { Node } from 'web-tree-sitter';
import { concatOperands, type SqlPart } from '../sql';

export function jsLiteral(node: Node): string | undefined {
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string' && !node.namedChildren.some((c) => c?.type === 'template_substitution'))
    return node.text.slice(1, -1);
  return undefined;
}

export function jsSqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'template_string') {
    const parts: SqlPart[] = [];
    let cursor = expr.startIndex + 1;
    for (const child of expr.namedChildren) {
      if (!child || child.type !== 'template_substitution') continue;
      parts.push({ text: expr.text.slice(cursor - expr.startIndex, child.startIndex - expr.startIndex) });
      const inner = child.namedChild(0);
      if (!inner) return undefined;
      parts.push({ expr: inner });
      cursor = child.endIndex;
    }
    parts.push({ text: expr.text.slice(cursor - expr.startIndex, -1) });
    return parts;
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = jsLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}
