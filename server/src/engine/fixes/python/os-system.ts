// Python: os.system / os.popen become subprocess.run with an argument list.

import type { Node } from 'web-tree-sitter';
import { addImport, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { pyLiteral, pySqlParts, argvOf } from './syntax';

/** os.system(cmd) as a statement → subprocess.run([...], check=False); os.popen(cmd).read() → subprocess.run(...).stdout. */
const propose: Propose = (ctx) => {
  const cmd = ctx.captures.get('cmd')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const mod = ctx.captures.get('mod')?.[0]?.text;
  if (!cmd || mod !== 'os' || (fn !== 'system' && fn !== 'popen')) return undefined;
  const parts = pySqlParts(cmd) ?? (pyLiteral(cmd) !== undefined ? [{ text: pyLiteral(cmd)! }] : undefined);
  const argv = parts && argvOf(parts);
  if (!argv) return undefined;
  const list = `[${argv.join(', ')}]`;
  let target: Node;
  let text: string;
  if (fn === 'system') {
    if (ctx.node.parent?.type !== 'expression_statement') return undefined;
    target = ctx.node;
    text = `subprocess.run(${list}, check=False)`;
  } else {
    const attr = ctx.node.parent;
    const call = attr?.parent;
    if (
      attr?.type !== 'attribute' ||
      attr.childForFieldName('attribute')?.text !== 'read' ||
      call?.type !== 'call' ||
      call.childForFieldName('arguments')?.namedChildCount
    )
      return undefined;
    target = call;
    text = `subprocess.run(${list}, capture_output=True, text=True).stdout`;
  }
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import subprocess', /^import subprocess\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(target, text));
  return { title: 'Run the program with an argument list, without a shell', edits };
};

export const osSystemFixer: Fixer = { name: 'py-os-system', safety: 'safe', propose };
