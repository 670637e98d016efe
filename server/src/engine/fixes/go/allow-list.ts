// Go: a request-chosen URL or address gets a review skeleton: an empty host allow-list with a TODO
// above the function, and a check before the call that refuses hosts not on it. The finding stays
// until the developer fills the list and reviews the check.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, insertAt, statementOf } from '../edits';
import type { FixContext, Fixer, Propose, TextEdit } from '../model';
import { block, handlerOf } from './handler';

const SET = 'allowedHosts';

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

/** `var allowedHosts = map[string]bool{}` above the function, unless the file has one. */
function declaration(ctx: FixContext, at: Node): TextEdit | undefined | 'conflict' {
  const existing = new RegExp(`\\b${SET}\\b\\s*(=|:=)`).exec(ctx.text);
  if (existing) {
    const top = ctx.tree.rootNode.namedChildren.find(
      (c) => !!c && c.type === 'var_declaration' && new RegExp(`\\b${SET}\\s*=\\s*map\\[string\\]bool\\b`).test(c.text),
    );
    return top ? undefined : 'conflict';
  }
  // Above the function (and its doc comment), where the check uses it.
  let top: Node | null = ctx.flow.enclosingFunction(at) ?? null;
  while (top?.parent && top.parent.type !== 'source_file') top = top.parent;
  if (!top) return 'conflict';
  for (let prev = top.previousSibling; prev?.type === 'comment' && prev.endPosition.row >= top.startPosition.row - 1;)
    ((top = prev), (prev = prev.previousSibling));
  const nl = eol(ctx);
  return insertAt(
    { line: top.startPosition.row, character: 0 },
    `// TODO: list the hosts this server may call.${nl}var ${SET} = map[string]bool{}${nl}${nl}`,
  );
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const target = ctx.captures.get('url')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text ?? '';
  if (!target || !readTwiceIsSafe(target)) return undefined;
  const address = ctx.captures.get('network')?.[0] !== undefined;
  if (!address && !/^(Get|Post|Head|PostForm|NewRequest|NewRequestWithContext)$/.test(fn)) return undefined;
  const pkg = address ? 'net' : 'url';
  // A local variable named like the package (`url := r.FormValue("url")`) hides it.
  if (ctx.flow.scopes.resolve(pkg, sink)) return undefined;
  const stmt = statementOf(ctx, sink);
  const previous = stmt.previousNamedSibling;
  if (previous?.text.includes(`!${SET}[`)) return undefined; // already guarded
  const decl = declaration(ctx, sink);
  if (decl === 'conflict') return undefined;
  const reject = handlerOf(ctx, sink).reject('host not allowed');
  if (!reject) return undefined;
  const indent = indentOf(ctx.text, stmt);
  const head = address
    ? `if host, _, err := net.SplitHostPort(${target.text}); err != nil || !${SET}[host] {`
    : `if u, err := url.Parse(${target.text}); err != nil || !${SET}[u.Hostname()] {`;
  const edits: TextEdit[] = [
    insertAt(
      { line: stmt.startPosition.row, character: stmt.startPosition.column },
      `${block(ctx, indent, head, reject)}${eol(ctx)}${indent}`,
    ),
  ];
  if (decl) edits.push(decl);
  const imp = addImport(ctx, address ? '"net"' : '"net/url"', address ? /"net"/ : /"net\/url"/);
  if (imp) edits.push(imp);
  if (reject.some((r) => r.includes('errors.New'))) {
    const errors = addImport(ctx, '"errors"', /"errors"/);
    if (errors) edits.push(errors);
  }
  return { title: `Refuse hosts not listed in ${SET} (fill in the list)`, edits, safety: 'review' };
};

export const ssrfAllowListFixer: Fixer = { name: 'go-ssrf-allow-list', safety: 'review', propose };
