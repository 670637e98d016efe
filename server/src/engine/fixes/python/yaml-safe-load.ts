// Python: yaml.load / unsafe_load become yaml.safe_load.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** yaml.load(x, Loader=…) / yaml.unsafe_load(x) → yaml.safe_load(x); *_all → safe_load_all. */
const propose: Propose = (ctx) => {
  const mod = ctx.captures.get('mod')?.[0];
  const fn = ctx.captures.get('fn')?.[0];
  const data = ctx.captures.get('data')?.[0];
  if (!mod || !fn || !data || data.type === 'keyword_argument') return undefined;
  const all = /_all$/.test(fn.text) ? '_all' : '';
  return {
    title: `Parse with ${mod.text}.safe_load${all}()`,
    edits: [replace(ctx.node, `${mod.text}.safe_load${all}(${data.text})`)],
  };
};

export const yamlSafeLoadFixer: Fixer = { name: 'py-yaml-safe-load', safety: 'safe', propose };
