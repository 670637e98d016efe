// Go: request values in HTML get html.EscapeString (template.HTML keeps its type, escaped).

import type { Node } from 'web-tree-sitter';
import { Level } from '../../dataflow';
import { addImport, replace, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function')?.text ?? '';
  const value = ctx.captures.get('html') ?? [];
  if (/^template\.(HTML|JS)$/.test(callee) && value.length === 1) {
    // Keep the template.HTML type the surrounding code expects, with escaped content. A value not
    // traced to the request may be markup the program made on purpose: offered for review only.
    const escape = callee === 'template.HTML' ? 'template.HTMLEscapeString' : 'template.JSEscapeString';
    const traced = taintedLeaves(ctx, value[0]).length > 0;
    return {
      title: `Escape the value with ${escape}`,
      edits: [replace(value[0], `${escape}(${value[0].text})`)],
      ...(traced ? {} : { safety: 'review' as const }),
    };
  }
  if (/^template\./.test(callee)) return undefined;
  // text/template writing a page: html/template has the same API and escapes by context.
  if (/\.Execute(Template)?$/.test(callee)) {
    const spec = ctx.tree.rootNode
      .descendantsOfType('import_spec')
      .find((n) => n?.childForFieldName('path')?.text === '"text/template"' && !n.childForFieldName('name'));
    const path = spec?.childForFieldName('path');
    if (!path) return undefined;
    return { title: 'Render with html/template', edits: [replace(path, '"html/template"')], safety: 'review' };
  }
  // Every argument that reaches the HTML, not only the captured one (Fprintf(w, "%s %s", a, b)).
  const all = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const args = /^(fmt\.Fprint\w*|io\.WriteString)$/.test(callee) ? all.slice(1) : all; // not the writer
  const leaves: Node[] = [];
  for (const leaf of [...value, ...args].flatMap((v) => taintedLeaves(ctx, v)))
    if (!leaves.some((l) => l.startIndex <= leaf.startIndex && leaf.endIndex <= l.endIndex)) leaves.push(leaf);
  if (leaves.length === 0) return undefined;
  // A variable of unknown origin (a parameter) also reaches the HTML: escaping the request values
  // alone leaves the finding, so the fix is offered for review only.
  const covered = (n: Node): boolean => leaves.some((l) => l.startIndex <= n.startIndex && n.endIndex <= l.endIndex);
  const local = (n: Node): boolean => n.type === 'identifier' && !!ctx.flow.scopes.resolve(n.text, n);
  const partial = [...value, ...args]
    .flatMap((v) => taintedLeaves(ctx, v, Level.Unknown))
    .some((n) => local(n) && !covered(n));
  // html.EscapeString takes a string: bytes read from a body or built as []byte are converted.
  const bytes = (l: Node): boolean => /\bReadAll\(|\[\]byte\(|\.Bytes\(\)|\bMarshal\w*\(/.test(ctx.flow.valueText(l));
  const edits: TextEdit[] = leaves.map((l) =>
    replace(l, bytes(l) ? `html.EscapeString(string(${l.text}))` : `html.EscapeString(${l.text})`),
  );
  const imp = addImport(ctx, '"html"', /^\s*(import\s+)?"html"\s*$/m);
  if (imp) edits.push(imp);
  return { title: 'Escape the request value with html.EscapeString', edits, ...(partial ? { safety: 'review' } : {}) };
};

export const htmlEscapeFixer: Fixer = { name: 'go-html-escape', safety: 'safe', propose };
