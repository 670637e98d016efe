// JavaScript: innerHTML = text becomes textContent when the value builds no markup.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** el.innerHTML = 'Hello ' + name → el.textContent = …, when the value builds no markup. */
const propose: Propose = (ctx) => {
  const prop = ctx.captures.get('prop')?.[0];
  const value = ctx.captures.get('value')?.[0];
  if (!prop || !value || prop.text !== 'innerHTML' || ctx.node.type !== 'assignment_expression') return undefined;
  // Markup in the constant parts means the author wants HTML: textContent would show the tags.
  const literals = [value, ...value.descendantsOfType(['string_fragment', 'string'])].filter(
    (n): n is Node => !!n && (n.type === 'string' || n.type === 'string_fragment' || n.type === 'template_string'),
  );
  const constantText = literals
    .map((n) => (n.type === 'template_string' ? n.text.replace(/\$\{[^}]*\}/g, '') : n.text))
    .join(' ');
  if (/<[a-zA-Z!/]/.test(constantText)) return undefined;
  return { title: 'Set textContent instead of innerHTML', edits: [replace(prop, 'textContent')] };
};

export const textContentFixer: Fixer = { name: 'js-text-content', safety: 'safe', propose };
