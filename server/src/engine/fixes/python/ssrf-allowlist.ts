// Python: a request to a URL from the client gets an allow-list of hosts before it. Review: the
// list starts empty (every host refused) and the developer fills it in (the TODO).

import { indentUnit, insertLinesBefore, nameInScope, statementOf } from '../edits';
import { importUrlparse } from './imports';
import type { Fixer, Propose, TextEdit } from '../model';
import { rereadable, unconditionalIn } from './statements';

const propose: Propose = (ctx) => {
  // requests.request(method, url): the URL is the second argument (the capture may hold the first).
  const fn = ctx.node.childForFieldName('function');
  const args = ctx.node.childForFieldName('arguments')?.namedChildren.filter((a) => a?.type !== 'keyword_argument');
  const second =
    fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'request' ? args?.[1] : undefined;
  const url = second ?? ctx.captures.get('url')?.[0];
  if (!url || !rereadable(url) || /[\r\n]/.test(url.text)) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node)) return undefined;
  const hosts = nameInScope(ctx, ctx.node, ['allowed_hosts', 'allowed_request_hosts']);
  const edits: TextEdit[] = [];
  const imp = importUrlparse(ctx);
  if (imp) edits.push(imp);
  edits.push(
    insertLinesBefore(ctx, stmt, [
      `${hosts} = set()  # TODO: the hosts this request may reach, e.g. {'api.example.com'}`,
      `if urlparse(${url.text}).hostname not in ${hosts}:`,
      `${indentUnit(ctx)}raise ValueError('host not allowed')`,
    ]),
  );
  return { title: 'Allow-list the hosts this request may reach (fill in the TODO)', edits };
};

export const ssrfAllowlistFixer: Fixer = { name: 'py-ssrf-allowlist', safety: 'review', propose };
