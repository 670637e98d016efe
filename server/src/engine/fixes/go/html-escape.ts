// Go: request values in HTML get html.EscapeString (template.HTML keeps its type, escaped).

import { addImport, replace, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function')?.text ?? '';
  const value = ctx.captures.get('html') ?? [];
  if (/^template\.(HTML|JS)$/.test(callee) && value.length === 1) {
    // Keep the template.HTML type the surrounding code expects, with escaped content.
    const escape = callee === 'template.HTML' ? 'template.HTMLEscapeString' : 'template.JSEscapeString';
    return { title: `Escape the value with ${escape}`, edits: [replace(value[0], `${escape}(${value[0].text})`)] };
  }
  if (/^template\./.test(callee)) return undefined;
  const leaves = value.flatMap((v) => taintedLeaves(ctx, v));
  if (leaves.length === 0) return undefined;
  const edits: TextEdit[] = leaves.map((l) => replace(l, `html.EscapeString(${l.text})`));
  const imp = addImport(ctx, '"html"', /^\s*(import\s+)?"html"\s*$/m);
  if (imp) edits.push(imp);
  return { title: 'Escape the request value with html.EscapeString', edits };
};

export const htmlEscapeFixer: Fixer = { name: 'go-html-escape', safety: 'safe', propose };
