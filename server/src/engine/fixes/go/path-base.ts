// Go: a request value used in a file path is reduced to its base name.

import type { Node } from 'web-tree-sitter';
import { addImport, replace, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { concatOperands, sqlExpression } from '../sql';

/** `filepath.Join(dir, a, b)` / `dir + "/" + a`: the pieces after the base directory. */
function pathPieces(expr: Node): Node[] | undefined {
  if (
    expr.type === 'call_expression' &&
    /^(filepath|path)\.Join$/.test(expr.childForFieldName('function')?.text ?? '')
  ) {
    return expr
      .childForFieldName('arguments')
      ?.namedChildren.filter((a): a is Node => !!a)
      .slice(1);
  }
  const operands = concatOperands(expr, 'binary_expression');
  return operands.length > 1 ? operands.slice(1) : undefined;
}

const propose: Propose = (ctx) => {
  const path = ctx.captures.get('path')?.[0];
  if (!path) return undefined;
  // A variable holding the joined path: fix where it is built, not where it is used.
  const built = path.type === 'identifier' ? sqlExpression(ctx, path, 'identifier') : path;
  const expr = built && pathPieces(built) ? built : path;
  const pieces = pathPieces(expr) ?? [expr];
  const leaves = pieces.flatMap((p) => taintedLeaves(ctx, p));
  if (leaves.length === 0) return undefined;
  // Wrapping a variable that holds a whole joined path would drop its directory.
  if (leaves.some((l) => l.type === 'identifier' && pathPieces(sqlExpression(ctx, l, 'identifier') ?? l)))
    return undefined;
  const edits: TextEdit[] = leaves.map((l) => replace(l, `filepath.Base(${l.text})`));
  const imp = addImport(ctx, '"path/filepath"', /"path\/filepath"/);
  if (imp) edits.push(imp);
  return { title: 'Reduce the request value to a bare file name with filepath.Base', edits };
};

export const pathBaseFixer: Fixer = { name: 'go-path-base', safety: 'safe', propose };
