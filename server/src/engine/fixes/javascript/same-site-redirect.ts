// JavaScript: res.redirect falls back to "/" unless the target is a same-site path.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

const SAME_SITE_CHECK = '/^\\/(?![\\/\\\\])/';

/** res.redirect(next) → only same-site relative paths, otherwise '/'. */
const propose: Propose = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  if (!url || ctx.node.type !== 'call_expression') return undefined;
  const value = /^[\w$.]+$/.test(url.text) ? url.text : `(${url.text})`;
  return {
    title: 'Redirect only to same-site paths',
    edits: [replace(url, `${SAME_SITE_CHECK}.test(String(${value})) ? ${value} : '/'`)],
  };
};

export const sameSiteRedirectFixer: Fixer = { name: 'js-same-site-redirect', safety: 'safe', propose };
