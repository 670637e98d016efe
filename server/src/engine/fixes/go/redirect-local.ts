// Go: a redirect target from the request falls back to "/" unless it is a local path.

import { addImport, eol, indentOf, insertAt, nameInScope, replace, statementOf } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { block } from './handler';

/** A request getter (r.Referer(), c.Query("next"), r.Header.Get("Referer")): moved before the statement unchanged. */
const GETTER =
  /^[\w.]+\.(Referer|FormValue|PostFormValue|Query|DefaultQuery|Param|QueryParam|FormValue|Get)\((\s*"[^"]*"\s*(,\s*"[^"]*"\s*)?)?\)$/;

/** `next` → a check before the redirect that falls back to "/" unless it is a local path. */
const propose: Propose = (ctx) => {
  const target = ctx.captures.get('url')?.[0];
  if (!target || (target.type !== 'identifier' && !GETTER.test(target.text))) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  // A getter call is read once into a variable first, so the check and the redirect use one value.
  const named = target.type === 'identifier';
  const name = named ? target.text : nameInScope(ctx, target, ['next', 'target']);
  const read = named ? '' : `${name} := ${target.text}${eol(ctx)}${indent}`;
  const check = block(
    ctx,
    indent,
    `if !strings.HasPrefix(${name}, "/") || strings.HasPrefix(${name}, "//") || strings.HasPrefix(${name}, "/\\\\") {`,
    [`${name} = "/"`],
  );
  const edits: TextEdit[] = [
    insertAt(
      { line: stmt.startPosition.row, character: stmt.startPosition.column },
      `${read}${check}${eol(ctx)}${indent}`,
    ),
  ];
  if (!named) edits.push(replace(target, name));
  const imp = addImport(ctx, '"strings"', /"strings"/);
  if (imp) edits.push(imp);
  return { title: 'Redirect only to a local path', edits };
};

export const redirectLocalFixer: Fixer = { name: 'go-redirect-local', safety: 'safe', propose };
