// Python: a redirect target from the request falls back to "/" unless it is a path on this site.

import { indentUnit, insertLinesBefore, nameInScope, replace, statementOf } from '../edits';
import { importUrlparse } from './imports';
import type { Fixer, Propose, TextEdit } from '../model';
import { unconditionalIn } from './statements';

/**
 * `redirect(next)` → a check before the statement: only "/path" targets stay; "//host", "/\host"
 * (browsers read both as another host), schemes and anything urlparse finds a host in become "/".
 * A target that is not a plain name is read once into a variable first.
 */
const propose: Propose = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  if (!url) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node) || stmt.type === 'with_statement') return undefined;
  const plain = url.type === 'identifier';
  const name = plain ? url.text : nameInScope(ctx, ctx.node, ['redirect_to', 'redirect_target']);
  const edits: TextEdit[] = [];
  const imp = importUrlparse(ctx);
  if (imp) edits.push(imp);
  const lines = [
    ...(plain ? [] : [`${name} = ${url.text}`]),
    `if not ${name} or not ${name}.startswith('/') or ${name}.startswith(('//', '/\\\\')) or urlparse(${name}).netloc:`,
    `${indentUnit(ctx)}${name} = '/'`,
  ];
  if (url.text.includes('\n') || url.text.includes('\r')) return undefined;
  edits.push(insertLinesBefore(ctx, stmt, lines));
  if (!plain) edits.push(replace(url, name));
  return { title: 'Redirect only to a path on this site', edits };
};

export const localRedirectFixer: Fixer = { name: 'py-local-redirect', safety: 'safe', propose };
