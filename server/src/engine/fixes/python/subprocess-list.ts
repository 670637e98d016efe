// Python: subprocess with shell=True and a command line becomes an argument list without a shell.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { pyLiteral, pySqlParts, argvOf } from './syntax';

const propose: Propose = (ctx) => {
  const args = ctx.node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const command = args[0];
  const shell = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'shell');
  if (!command || command.type === 'keyword_argument') return undefined;
  const parts = pySqlParts(command) ?? (pyLiteral(command) !== undefined ? [{ text: pyLiteral(command)! }] : undefined);
  const argv = parts && argvOf(parts);
  if (!argv) return undefined;
  const edits: TextEdit[] = [replace(command, `[${argv.join(', ')}]`)];
  if (shell) edits.push(replace(shell, 'shell=False'));
  return { title: 'Run the program with an argument list, without a shell', edits };
};

export const subprocessListFixer: Fixer = { name: 'py-subprocess-list', safety: 'safe', propose };
