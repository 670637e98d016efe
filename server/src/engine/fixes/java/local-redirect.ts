// Java: sendRedirect falls back to "/" unless the target is a path on this site.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { rereadable } from './path-containment';

/** sendRedirect(next) → only same-site paths: "/x" yes, "//evil" and "/\\evil" (protocol-relative) no. */
const propose: Propose = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  // A plain variable or a getter (request.getHeader("Referer")) can be read three times without
  // changing behaviour; another call might not.
  if (!url || !rereadable(url) || /[\r\n]/.test(url.text)) return undefined;
  const v = url.text;
  const guarded = `(${v} != null && ${v}.startsWith("/") && !${v}.startsWith("//") && !${v}.startsWith("/\\\\") ? ${v} : "/")`;
  return { title: 'Redirect only to paths on this site', edits: [replace(url, guarded)] };
};

export const localRedirectFixer: Fixer = { name: 'java-local-redirect', safety: 'safe', propose };
