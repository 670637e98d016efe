// Go syntax helpers shared by the Go fixers: string literals, SQL pieces, unused imports.

import type { Node } from 'web-tree-sitter';
import type { FixContext, TextEdit } from '../model';
import { concatOperands, printfParts, type SqlPart } from '../sql';

/**
 * Go refuses unused imports: when a fix removes the last `pkg.` use in the file, it also deletes
 * the import line (inside an import ( … ) list only). `removed` / `added` are the replaced and new texts.
 */
export function dropUnusedImport(ctx: FixContext, pkg: string, removed: string, added: string): TextEdit | undefined {
  const use = new RegExp(`\\b${pkg}\\.`, 'g');
  const count = (t: string): number => (t.match(use) ?? []).length;
  if (count(ctx.text) - count(removed) + count(added) > 0) return undefined;
  const spec = ctx.tree.rootNode
    .descendantsOfType('import_spec')
    .find((n): n is Node => !!n && n.text === `"${pkg}"` && n.parent?.type === 'import_spec_list');
  if (!spec) return undefined;
  return {
    range: {
      start: { line: spec.startPosition.row, character: 0 },
      end: { line: spec.startPosition.row + 1, character: 0 },
    },
    newText: '',
  };
}

export function goString(node: Node): string | undefined {
  if (node.type === 'interpreted_string_literal') return node.text.slice(1, -1);
  if (node.type === 'raw_string_literal')
    return node.text.slice(1, -1).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ');
  return undefined;
}

export function goSqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'call_expression' && expr.childForFieldName('function')?.text === 'fmt.Sprintf') {
    const [format, ...args] = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    const text = format ? goString(format) : undefined;
    return text === undefined ? undefined : printfParts(text, args);
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const s = goString(o);
    return s === undefined ? { expr: o } : { text: s };
  });
}
