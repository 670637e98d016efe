// Go: a redirect target from the request falls back to "/" unless it is a local path.

import { addImport, eol, indentOf, insertAt, statementOf } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { block } from './handler';

/** `next` → a check before the redirect that falls back to "/" unless it is a local path. */
const propose: Propose = (ctx) => {
  const target = ctx.captures.get('url')?.[0];
  if (!target || target.type !== 'identifier') return undefined;
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  const name = target.text;
  const check = block(
    ctx,
    indent,
    `if !strings.HasPrefix(${name}, "/") || strings.HasPrefix(${name}, "//") || strings.HasPrefix(${name}, "/\\\\") {`,
    [`${name} = "/"`],
  );
  const edits: TextEdit[] = [
    insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `${check}${eol(ctx)}${indent}`),
  ];
  const imp = addImport(ctx, '"strings"', /"strings"/);
  if (imp) edits.push(imp);
  return { title: 'Redirect only to a local path', edits };
};

export const redirectLocalFixer: Fixer = { name: 'go-redirect-local', safety: 'safe', propose };
