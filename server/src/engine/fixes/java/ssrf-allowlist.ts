// Java: a request to a URL from the client gets an allow-list of hosts before it. Review: the
// list starts empty (every host refused) and the developer fills it in (the TODO).

import type { Node } from 'web-tree-sitter';
import { indentUnit, insertLinesBefore, nameInScope, statementOf } from '../edits';
import type { Fixer, Propose } from '../model';
import { rereadable } from './path-containment';
import { unconditionalIn } from './statements';

const propose: Propose = (ctx) => {
  const url: Node | undefined = ctx.captures.get('url')?.[0];
  if (!url || !rereadable(url) || /[\r\n]/.test(url.text)) return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node)) return undefined;
  const hosts = nameInScope(ctx, ctx.node, ['allowedHosts', 'allowedRequestHosts']);
  return {
    title: 'Allow-list the hosts this request may reach (fill in the TODO)',
    edits: [
      insertLinesBefore(ctx, stmt, [
        `java.util.Set<String> ${hosts} = java.util.Set.of(); // TODO: the hosts this request may reach`,
        `if (!${hosts}.contains(java.net.URI.create(String.valueOf(${url.text})).getHost())) {`,
        `${indentUnit(ctx)}throw new IllegalArgumentException("host not allowed");`,
        '}',
      ]),
    ],
  };
};

export const ssrfAllowlistFixer: Fixer = { name: 'java-ssrf-allowlist', safety: 'review', propose };
