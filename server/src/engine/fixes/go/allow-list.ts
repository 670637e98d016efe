// Go: a request-chosen URL, address or command gets a review skeleton: an empty allow-list with a
// TODO after the imports, and a check before the call that refuses values not on it. The finding
// stays until the developer fills the list and reviews the check.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, insertAt, statementOf } from '../edits';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';
import { block, handlerOf } from './handler';

/** Reading these twice is harmless: variables, fields, request getters, string building. */
function readTwiceIsSafe(node: Node): boolean {
  if (node.type === 'call_expression') {
    const callee = node.childForFieldName('function')?.text ?? '';
    if (
      !/\.(Get|FormValue|PostFormValue|Query|Param|PostForm|DefaultQuery|QueryParam|FormValue|Header\.Get)$|^fmt\.Sprintf$/.test(
        callee,
      )
    )
      return false;
  }
  if (node.type === 'unary_expression' && node.text.startsWith('<-')) return false;
  return node.namedChildren.every((c) => !c || readTwiceIsSafe(c));
}

/** `var allowedHosts = map[string]bool{}` with its TODO, unless the file has a top-level one. */
function declaration(ctx: FixContext, set: string, todo: string): TextEdit | undefined | 'conflict' {
  const existing = new RegExp(`\\b${set}\\b\\s*(=|:=)`).exec(ctx.text);
  if (existing) {
    const top = ctx.tree.rootNode.namedChildren.find(
      (c) => !!c && c.type === 'var_declaration' && new RegExp(`\\b${set}\\s*=\\s*map\\[string\\]bool\\b`).test(c.text),
    );
    return top ? undefined : 'conflict';
  }
  // One place per file, so several fixes add the same text there once (fix-all keeps one copy):
  // after an import ( … ) list, or at the end of the file, where a new import line cannot follow it.
  const nl = eol(ctx);
  const text = `// TODO: ${todo}.${nl}var ${set} = map[string]bool{}`;
  const imports = ctx.tree.rootNode.namedChildren.filter((c): c is Node => c?.type === 'import_declaration');
  const last = imports[imports.length - 1];
  if (last?.namedChildren.some((c) => c?.type === 'import_spec_list'))
    return insertAt({ line: last.endPosition.row, character: last.endPosition.column }, `${nl}${nl}${text}`);
  const end = ctx.tree.rootNode.endPosition;
  const atLineStart = end.column === 0;
  return insertAt({ line: end.row, character: end.column }, `${atLineStart ? nl : `${nl}${nl}`}${text}${nl}`);
}

interface Guard {
  set: string;
  todo: string;
  /** The `if …; !allowed… {` head for the value's text. */
  head: (value: string) => string;
  /** Imports the head uses: path → a pattern that finds it. */
  imports: Array<[string, RegExp]>;
  refusal: string;
}

/** The skeleton before the statement of `sink`, checking `value`; undefined where it cannot go. */
export function guardSkeleton(ctx: FixContext, sink: Node, value: Node, guard: Guard): Fix | undefined {
  if (!readTwiceIsSafe(value)) return undefined;
  const stmt = statementOf(ctx, sink);
  if (stmt.previousNamedSibling?.text.includes(`!${guard.set}[`)) return undefined; // already guarded
  const decl = declaration(ctx, guard.set, guard.todo);
  if (decl === 'conflict') return undefined;
  const reject = handlerOf(ctx, sink).reject(guard.refusal);
  if (!reject) return undefined;
  const indent = indentOf(ctx.text, stmt);
  const edits: TextEdit[] = [
    insertAt(
      { line: stmt.startPosition.row, character: stmt.startPosition.column },
      `${block(ctx, indent, guard.head(value.text), reject)}${eol(ctx)}${indent}`,
    ),
  ];
  if (decl) edits.push(decl);
  const imports = [...guard.imports];
  if (reject.some((r) => r.includes('errors.New'))) imports.push(['"errors"', /"errors"/]);
  for (const [path, present] of imports) {
    const imp = addImport(ctx, path, present);
    if (imp) edits.push(imp);
  }
  return { title: `Refuse values not listed in ${guard.set} (fill in the list)`, edits, safety: 'review' };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const target = ctx.captures.get('url')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text ?? '';
  if (!target) return undefined;
  const address = ctx.captures.get('network')?.[0] !== undefined;
  if (!address && !/^(Get|Post|Head|PostForm|NewRequest|NewRequestWithContext)$/.test(fn)) return undefined;
  const pkg = address ? 'net' : 'url';
  // A local variable named like the package (`url := r.FormValue("url")`) hides it.
  if (ctx.flow.scopes.resolve(pkg, sink)) return undefined;
  return guardSkeleton(ctx, sink, target, {
    set: 'allowedHosts',
    todo: 'list the hosts this server may call',
    head: (v) =>
      address
        ? `if host, _, err := net.SplitHostPort(${v}); err != nil || !allowedHosts[host] {`
        : `if u, err := url.Parse(${v}); err != nil || !allowedHosts[u.Hostname()] {`,
    imports: [address ? ['"net"', /"net"/] : ['"net/url"', /"net\/url"/]],
    refusal: 'host not allowed',
  });
};

/** exec.Command(r.FormValue("tool")) / exec.Command("sh", "-c", cmd): only listed programs or command lines run. */
export const commandAllowList: Propose = (ctx) => {
  const value = ctx.captures.get('script')?.[0] ?? ctx.captures.get('program')?.[0];
  if (!value) return undefined;
  return guardSkeleton(ctx, ctx.node, value, {
    set: 'allowedCommands',
    todo: 'list the programs or command lines a request may run',
    head: (v) => `if !allowedCommands[${v}] {`,
    imports: [],
    refusal: 'command not allowed',
  });
};

export const ssrfAllowListFixer: Fixer = { name: 'go-ssrf-allow-list', safety: 'review', propose };
