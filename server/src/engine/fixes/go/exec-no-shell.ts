// Go: exec.Command("sh", "-c", script) becomes the program and its arguments, no shell.

import { commandAllowList } from './allow-list';
import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { dropUnusedImport, goSqlParts } from './syntax';

/**
 * `exec.Command("sh", "-c", "ping -c 1 " + host)` → `exec.Command("ping", "-c", "1", host)`: the
 * words of the constant text become arguments and each value one argument, with no shell between.
 * Declines when the constant text uses shell syntax (pipes, redirects, quotes, globs, variables).
 */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const callee = call.childForFieldName('function')?.text ?? '';
  const lead = callee === 'exec.CommandContext' ? 1 : 0;
  const script = args[lead + 2];
  if (!script || args.length !== lead + 3 || script.type === 'identifier') return undefined;
  const parts = goSqlParts(script);
  if (!parts) return undefined;
  const tokens: string[][] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) tokens.push(current);
    current = [];
  };
  for (const part of parts) {
    if ('expr' in part) {
      current.push(part.expr.text);
      continue;
    }
    if (/[|;&$<>`'"\\*?(){}[\]~#]/.test(part.text)) return undefined;
    part.text.split(/(\s+)/).forEach((piece) => {
      if (/^\s+$/.test(piece)) close();
      else if (piece) current.push(JSON.stringify(piece));
    });
  }
  close();
  if (tokens.length === 0 || !tokens[0].every((t) => t.startsWith('"'))) return undefined;
  const argv = tokens.map((t) => t.join(' + '));
  const prefix = args
    .slice(0, lead)
    .map((a) => `${a.text}, `)
    .join('');
  const edits: TextEdit[] = [replace(call.childForFieldName('arguments')!, `(${prefix}${argv.join(', ')})`)];
  const unused = dropUnusedImport(ctx, 'fmt', script.text, argv.join(', '));
  if (unused) edits.push(unused);
  return { title: 'Run the program directly, without a shell', edits };
};

/** A whole command line or program from the request cannot be split: an allow-list skeleton (review). */
export const execNoShellFixer: Fixer = {
  name: 'go-exec-no-shell',
  safety: 'safe',
  propose: (ctx) => propose(ctx) ?? commandAllowList(ctx),
};
