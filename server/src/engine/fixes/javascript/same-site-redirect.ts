// JavaScript: res.redirect falls back to "/" unless the target is a same-site path.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

const SAME_SITE_CHECK = '/^\\/(?![\\/\\\\])/';

/** res.redirect(next) → only same-site relative paths, otherwise '/'. */
const propose: Propose = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  // res.redirect(url), res.writeHead(302, { Location: url }), window.location.href = url.
  if (!url || !/^(call_expression|pair|assignment_expression)$/.test(ctx.node.type)) return undefined;
  if (url.text.startsWith(SAME_SITE_CHECK)) return undefined; // already checked
  const value = /^[\w$.]+$/.test(url.text) ? url.text : `(${url.text})`;
  // The referer rule and the header/location shapes do not read this check as a guard: the fix is
  // right, but the finding stays, so it is offered for review.
  const review = ctx.node.type !== 'call_expression' || /referer-redirect$/.test(ctx.rule.id);
  return {
    title: 'Redirect only to same-site paths',
    edits: [replace(url, `${SAME_SITE_CHECK}.test(String(${value})) ? ${value} : '/'`)],
    ...(review ? { safety: 'review' as const } : {}),
  };
};

export const sameSiteRedirectFixer: Fixer = { name: 'js-same-site-redirect', safety: 'safe', propose };
