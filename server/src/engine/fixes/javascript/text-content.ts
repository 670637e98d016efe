// JavaScript: innerHTML = text becomes textContent when the value builds no markup; markup the
// page means to render goes through DOMPurify.sanitize instead (review: it adds a dependency).

import type { Node } from 'web-tree-sitter';
import { addImport, fileMatches, replace } from '../edits';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';

/** Whether the constant parts of a value contain a tag: the author wants HTML rendered. */
function buildsMarkup(value: Node): boolean {
  const literals = [value, ...value.descendantsOfType(['string_fragment', 'string'])].filter(
    (n): n is Node => !!n && (n.type === 'string' || n.type === 'string_fragment' || n.type === 'template_string'),
  );
  const constantText = literals
    .map((n) => (n.type === 'template_string' ? n.text.replace(/\$\{[^}]*\}/g, '') : n.text))
    .join(' ');
  return /<[a-zA-Z!/]/.test(constantText);
}

/** el.innerHTML = x / insertAdjacentHTML(p, x) / document.write(x) / $(…).html(x) / __html: x → DOMPurify.sanitize(x). */
function sanitized(ctx: FixContext, value: Node): Fix | undefined {
  if (/^DOMPurify\.sanitize\(/.test(value.text)) return undefined;
  // A browser script without modules has no place for an import: a global DOMPurify is not ours to assume.
  const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
  if (!esm && !fileMatches(ctx, /\brequire\(/)) return undefined;
  const edits: TextEdit[] = [replace(value, `DOMPurify.sanitize(${value.text})`)];
  if (!fileMatches(ctx, /\b(import|const|let|var)\s+(\*\s+as\s+)?DOMPurify\b/)) {
    const imp = addImport(
      ctx,
      esm ? "import DOMPurify from 'dompurify';" : "const DOMPurify = require('dompurify');",
      /^\s*(import|const|let|var)\s+DOMPurify\b/m,
    );
    if (!imp) return undefined;
    edits.unshift(imp);
  }
  return { title: 'Sanitize the HTML with DOMPurify', edits, safety: 'review' };
}

const propose: Propose = (ctx) => {
  const prop = ctx.captures.get('prop')?.[0];
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const plainAssignment = prop?.text === 'innerHTML' && ctx.node.type === 'assignment_expression';
  if (plainAssignment && !buildsMarkup(value))
    return { title: 'Set textContent instead of innerHTML', edits: [replace(prop, 'textContent')] };
  if (prop?.text === 'srcdoc') return undefined;
  return sanitized(ctx, value);
};

export const textContentFixer: Fixer = { name: 'js-text-content', safety: 'safe', propose };
