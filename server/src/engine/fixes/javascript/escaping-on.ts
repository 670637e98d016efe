// JavaScript: escaping switched off or bypassed is switched back on: the pieces of a Handlebars
// SafeString are escaped; autoescape/noEscape options and $sceProvider.enabled(false) are
// flipped (review: templates that relied on raw output must be checked); a client-chosen
// location or link target is kept to same-site paths (review).

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fix, FixContext, Fixer, Propose } from '../model';

const SAME_SITE_CHECK = '/^\\/(?![\\/\\\\])/';

/** new Handlebars.SafeString('<p>' + text + '</p>') → each non-literal piece escaped. */
function escapedPieces(ctx: FixContext, value: Node): Fix | undefined {
  const ctor = ctx.node.childForFieldName('constructor');
  const lib = ctor?.type === 'member_expression' ? ctor.childForFieldName('object')?.text : undefined;
  if (!lib || !/^[\w$]+$/.test(lib)) return undefined;
  const escape = (n: Node): string => `${lib}.escapeExpression(${n.text})`;
  const pieces: Node[] = [];
  if (value.type === 'template_string') {
    for (const c of value.namedChildren)
      if (c?.type === 'template_substitution' && c.namedChild(0)) pieces.push(c.namedChild(0)!);
  } else if (value.type === 'binary_expression') {
    const collect = (n: Node): void => {
      if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') {
        collect(n.childForFieldName('left')!);
        collect(n.childForFieldName('right')!);
      } else if (!/^(string|number)$/.test(n.type) && !(n.type === 'template_string' && !n.text.includes('${')))
        pieces.push(n);
    };
    collect(value);
  }
  if (pieces.length === 0) return undefined;
  return { title: `Escape the values with ${lib}.escapeExpression`, edits: pieces.map((p) => replace(p, escape(p))) };
}

const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  if (fn === 'SafeString') return escapedPieces(ctx, value);
  if (fn === 'enabled' && value.type === 'false')
    return { title: 'Keep strict contextual escaping on', edits: [replace(value, 'true')], safety: 'review' };
  const key = ctx.captures.get('key')?.[0]?.text;
  if (key === 'autoescape' && value.text === 'false')
    return { title: 'Turn autoescaping back on', edits: [replace(value, 'true')], safety: 'review' };
  if (key === 'noEscape' && value.text === 'true')
    return { title: 'Turn escaping back on', edits: [replace(value, 'false')], safety: 'review' };
  // location.href = x / location.assign(x) / setAttribute('href', x): same-site paths only.
  const loc = ctx.captures.get('loc')?.[0];
  const attr = ctx.captures.get('attr')?.[0]?.text ?? '';
  if (value.text.startsWith(SAME_SITE_CHECK)) return undefined; // already checked
  if (loc || (fn === 'setAttribute' && /^['"](href|src|action|formaction)['"]$/i.test(attr))) {
    const v = /^[\w$.]+$/.test(value.text) ? value.text : `(${value.text})`;
    return {
      title: 'Allow only same-site paths',
      edits: [replace(value, `${SAME_SITE_CHECK}.test(String(${v})) ? ${v} : '/'`)],
      safety: 'review',
    };
  }
  return undefined;
};

export const escapingOnFixer: Fixer = { name: 'js-escaping-on', safety: 'safe', propose };
