// Python: a file path built from request data is checked to stay inside its base directory
// (resolved with realpath, so "../" and symlinks cannot leave it) before it is used.

import type { Node } from 'web-tree-sitter';
import { indentUnit, insertLinesBefore, isTainted, statementOf } from '../edits';
import { importOs } from './imports';
import type { FixContext, Propose, TextEdit } from '../model';
import { concatOperands } from '../sql';
import { rereadable, unconditionalIn } from './statements';

/** The text a fixed string holds (a literal, or a name holding one), or undefined. */
function fixedString(ctx: FixContext, node: Node): string | undefined {
  if (isTainted(ctx, node)) return undefined;
  const text = node.type === 'identifier' ? ctx.flow.valueText(node) : node.type === 'string' ? node.text : '';
  // valueText gives the name and what it holds: `UPLOAD_DIR '/srv/uploads'`.
  const m = /^(?:\w+ )?(['"])([^'"\\{}]*)\1$/.exec(text);
  return m ? m[2] : undefined;
}

interface Containment {
  full: string;
  base: string;
}

function containmentOf(ctx: FixContext, path: Node): Containment | undefined {
  if (!rereadable(path) && path.type !== 'call' && path.type !== 'binary_operator') return undefined;
  // os.path.join(BASE, name, …)
  if (path.type === 'call' && /^(os\.)?path\.join$/.test(path.childForFieldName('function')?.text ?? '')) {
    const args = path.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    if (args.length < 2 || fixedString(ctx, args[0]) === undefined || !args.slice(1).every(rereadable))
      return undefined;
    return { full: path.text, base: args[0].text };
  }
  // Path(BASE) / name
  if (path.type === 'binary_operator' && path.childForFieldName('operator')?.text === '/') {
    const left = path.childForFieldName('left');
    const right = path.childForFieldName('right');
    const inner =
      left?.type === 'call' && left.childForFieldName('function')?.text === 'Path'
        ? left.childForFieldName('arguments')?.namedChildren
        : undefined;
    if (
      !inner ||
      inner.length !== 1 ||
      !inner[0] ||
      fixedString(ctx, inner[0]) === undefined ||
      !right ||
      !rereadable(right)
    )
      return undefined;
    return { full: path.text, base: inner[0].text };
  }
  // BASE + '/' + name, or a name holding that
  const value = path.type === 'identifier' ? ctx.flow.scopes.resolve(path.text, path)?.value : path;
  if (!value || value.type !== 'binary_operator' || (path.type !== 'identifier' && !rereadable(path))) return undefined;
  const operands = concatOperands(value, 'binary_operator');
  const base: Node[] = [];
  let prefix = '';
  for (const o of operands) {
    const text = fixedString(ctx, o);
    if (text === undefined) break;
    base.push(o);
    prefix += text;
  }
  if (!/[/\\]$/.test(prefix) || prefix === '/' || base.length === operands.length) return undefined;
  if (!operands.slice(base.length).every(rereadable)) return undefined;
  return { full: path.text, base: base.map((b) => b.text).join(' + ') };
}

/** Used by py-secure-filename where the name is not a bare file name (joined, concatenated). */
export const proposeContainment: Propose = (ctx) => {
  const path = ctx.captures.get('path')?.[0];
  if (!path || /[\r\n]/.test(path.text)) return undefined;
  const found = containmentOf(ctx, path);
  if (!found) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node)) return undefined;
  const edits: TextEdit[] = [];
  const imp = importOs(ctx);
  if (imp) edits.push(imp);
  const base = `os.path.realpath(${found.base})`;
  edits.push(
    insertLinesBefore(ctx, stmt, [
      `if os.path.commonpath([os.path.realpath(${found.full}), ${base}]) != ${base}:`,
      `${indentUnit(ctx)}raise ValueError('invalid file path')`,
    ]),
  );
  return { title: 'Refuse paths that leave the base directory', edits };
};
