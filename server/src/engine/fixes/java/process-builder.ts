// Java: a shell command line becomes a ProcessBuilder with one argument per word.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { concatOperands, sqlExpression } from '../sql';
import { javaLiteral } from './syntax';

const SHELL_PREFIX = /^"(\/bin\/|\/usr\/bin\/)?(ba|z|k)?sh"$|^"cmd(\.exe)?"$|^"powershell(\.exe)?"$/;

/** Shell syntax that a plain argument list would not reproduce: no mechanical rewrite then. */
const SHELL_SYNTAX = /[|&;<>$`*?"'\\(){}~]/;

/**
 * `"ping -c 1 " + host` → ["\"ping\"", "\"-c\"", "\"1\"", "host"]: one argument per word, each
 * non-literal operand its own argument. Undefined when a value sits inside a word or the text
 * uses shell syntax.
 */
export function commandArguments(expr: Node): string[] | undefined {
  const operands = expr.type === 'string_literal' ? [expr] : concatOperands(expr, 'binary_expression');
  const args: string[] = [];
  let glued = false; // the previous literal ended inside a word
  for (const operand of operands) {
    const text = javaLiteral(operand);
    if (text === undefined) {
      if (glued) return undefined;
      args.push(operand.text);
      glued = true;
      continue;
    }
    if (SHELL_SYNTAX.test(text) || text.includes('\\')) return undefined;
    if (glued && text.length > 0 && !/^\s/.test(text)) return undefined;
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    args.push(...words.map((w) => `"${w}"`));
    glued = text.length > 0 ? !/\s$/.test(text) : glued;
    if (glued && words.length === 0) glued = false;
  }
  // A shell as the program would still interpret its argument: no mechanical rewrite.
  if (args.length < 2 || !args[0].startsWith('"') || SHELL_PREFIX.test(args[0])) return undefined;
  return args;
}

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  if (call.type === 'method_invocation' && call.childForFieldName('name')?.text === 'exec') {
    // Runtime.exec("cmd " + x) → new ProcessBuilder("cmd", x).start()
    if (args.length !== 1) return undefined;
    const expr = sqlExpression(ctx, args[0], 'identifier');
    const argv = expr && commandArguments(expr);
    if (!argv) return undefined;
    return {
      title: 'Run the program with separate arguments (ProcessBuilder, no shell)',
      edits: [replace(call, `new ProcessBuilder(${argv.join(', ')}).start()`)],
    };
  }
  // new ProcessBuilder("sh", "-c", "ls " + dir) → new ProcessBuilder("ls", dir)
  // cmd.exe commands are mostly built-ins (type, dir, copy) that do not exist as programs.
  if (
    args.length !== 3 ||
    !SHELL_PREFIX.test(args[0].text) ||
    /cmd|powershell/.test(args[0].text) ||
    !/^"(-c|\/[cC])"$/.test(args[1].text)
  )
    return undefined;
  const argv = commandArguments(args[2]);
  const list = call.childForFieldName('arguments');
  if (!argv || !list) return undefined;
  return {
    title: 'Run the program with separate arguments, without a shell',
    edits: [replace(list, `(${argv.join(', ')})`)],
  };
};

export const processBuilderFixer: Fixer = { name: 'java-process-builder', safety: 'safe', propose };
