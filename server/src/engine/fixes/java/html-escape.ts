// Java (Spring): request data written into HTML is escaped with HtmlUtils.htmlEscape.

import type { Node } from 'web-tree-sitter';
import { addImport, fileMatches, replace, taintedLeaves } from '../edits';
import type { Fixer, Propose, TextEdit } from '../model';

/** A leaf that already holds markup would be escaped whole (its tags shown as text): not fixed here. */
const propose: Propose = (ctx) => {
  const html: Node | undefined =
    ctx.captures.get('html')?.[0] ?? ctx.node.childForFieldName('arguments')?.namedChildren[0] ?? undefined;
  // HtmlUtils ships with Spring: other projects may not have it on the classpath.
  if (!html || !fileMatches(ctx, /^\s*import\s+org\.springframework\./m)) return undefined;
  const leaves = taintedLeaves(ctx, html);
  if (leaves.length === 0 || leaves.some((l) => /<[a-zA-Z]/.test(ctx.flow.valueText(l)) || l.id === html.id))
    return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(
    ctx,
    'import org.springframework.web.util.HtmlUtils;',
    /import\s+org\.springframework\.web\.util\.(HtmlUtils|\*)\s*;/,
  );
  if (imp) edits.push(imp);
  for (const leaf of leaves) edits.push(replace(leaf, `HtmlUtils.htmlEscape(String.valueOf(${leaf.text}))`));
  return { title: 'Escape the request data with HtmlUtils.htmlEscape', edits };
};

export const htmlEscapeFixer: Fixer = { name: 'java-html-escape', safety: 'safe', propose };
