// Python: render_template_string(f"…{x}…") passes x as a template variable.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { keywordArguments } from './syntax';

/** render_template_string(f"<h1>{name}</h1>") → render_template_string("<h1>{{ name }}</h1>", name=name). */
const propose: Propose = (ctx) => {
  const tpl = ctx.captures.get('tpl')?.[0];
  const fn = ctx.captures.get('fn')?.[0];
  if (!tpl || fn?.text !== 'render_template_string' || tpl.type !== 'string' || !/^f/i.test(tpl.text)) return undefined;
  const quote = /^[fF]("""|'''|"|')/.exec(tpl.text)?.[1];
  if (!quote) return undefined;
  let body = '';
  const names: string[] = [];
  for (const child of tpl.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') body += child.text;
    else if (child.type === 'interpolation') {
      const expr = child.childForFieldName('expression') ?? child.namedChild(0);
      if (!expr || expr.type !== 'identifier' || child.namedChildCount > 1) return undefined;
      body += `{{ ${expr.text} }}`;
      if (!names.includes(expr.text)) names.push(expr.text);
    } else if (child.type !== 'string_start' && child.type !== 'string_end') return undefined;
  }
  // Literal Jinja syntax already in the text would change meaning once the string is a template.
  if (names.length === 0 || /\{%|\{\{|\{#/.test(body.replace(/\{\{ \w+ \}\}/g, ''))) return undefined;
  const args = ctx.node.childForFieldName('arguments');
  const existing = args ? keywordArguments(args) : new Map<string, Node>();
  if (names.some((n) => existing.has(n))) return undefined;
  return {
    title: 'Pass the values as template variables',
    edits: [replace(tpl, `${quote}${body}${quote}, ${names.map((n) => `${n}=${n}`).join(', ')}`)],
  };
};

export const templateVariablesFixer: Fixer = { name: 'py-template-variables', safety: 'safe', propose };
