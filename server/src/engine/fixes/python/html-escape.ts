// Python: request data in HTML gets html.escape().

import { addImport, fileMatches, replace, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** Request data in HTML gets html.escape(); skipped where a variable called html would shadow the module. */
const propose: Propose = (ctx) => {
  const html = ctx.captures.get('html')?.[0];
  if (!html) return undefined;
  // A leaf that already holds markup (body = '<p>' + q) would be escaped whole: fix its definition instead.
  const all = taintedLeaves(ctx, html);
  const leaves = all.filter((leaf) => !/<[a-zA-Z]/.test(ctx.flow.valueText(leaf)));
  if (leaves.length === 0 || fileMatches(ctx, /^\s*html\s*=|\bdef html\b|\bas html\b/m)) return undefined;
  // A loop's source (`for tag in request.args.getlist('tag')`) would be escaped as one string and
  // iterated by character: the items must be escaped where they are formatted, which is not this fix.
  if (leaves.some((leaf) => leaf.parent?.type === 'for_in_clause' || leaf.parent?.type === 'for_statement'))
    return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import html', /^import html\b/m);
  if (imp) edits.push(imp);
  for (const leaf of leaves) edits.push(replace(leaf, `html.escape(str(${leaf.text}))`));
  // Request data still reaches the HTML through the markup-holding leaves: a partial fix, for review.
  const partial = leaves.length < all.length;
  return { title: 'Escape the request data with html.escape()', edits, ...(partial ? { safety: 'review' } : {}) };
};

export const htmlEscapeFixer: Fixer = { name: 'py-html-escape', safety: 'safe', propose };
