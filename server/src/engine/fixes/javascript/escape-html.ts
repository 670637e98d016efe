// JavaScript: request values written into an HTML response are escaped with escape-html (the
// module Express itself uses). Safe where the file already has escapeHtml; otherwise the fix adds
// the import and is for review (the package must be a dependency of the project).

import type { Node } from 'web-tree-sitter';
import { addImport, fileMatches, replace, taintedLeaves } from '../edits';
import type { FixContext, Fixer, Propose, TextEdit } from '../model';
import { sqlExpression } from '../sql';

/** A piece joined into markup: a `${…}` substitution or an operand of `+`. */
function isJoinedPiece(leaf: Node): boolean {
  const parent = leaf.parent;
  return (
    parent?.type === 'template_substitution' ||
    (parent?.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '+')
  );
}

function escapeImport(ctx: FixContext): { edit?: TextEdit; present: boolean } | undefined {
  if (fileMatches(ctx, /\b(const|let|var|import)\s+escapeHtml\b[^\n]*['"]escape-html['"]/)) return { present: true };
  if (fileMatches(ctx, /\bescapeHtml\b/)) return undefined; // another escapeHtml: not ours to assume
  const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
  if (!esm && !fileMatches(ctx, /\brequire\(/)) return undefined;
  const edit = addImport(
    ctx,
    esm ? "import escapeHtml from 'escape-html';" : "const escapeHtml = require('escape-html');",
    /^\s*(import|const|let|var)\s+escapeHtml\b/m,
  );
  return edit ? { edit, present: false } : undefined;
}

/** res.send(`<h1>${req.query.q}</h1>`) → res.send(`<h1>${escapeHtml(req.query.q)}</h1>`). */
const propose: Propose = (ctx) => {
  const args = ctx.node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const body = args[args.length - 1];
  if (!body || ctx.node.type !== 'call_expression') return undefined;
  // A variable holding the page: escape where it is built.
  const built = body.type === 'identifier' ? sqlExpression(ctx, body, 'identifier') : body;
  if (!built) return undefined;
  const leaves = taintedLeaves(ctx, built);
  if (leaves.length === 0 || !leaves.every(isJoinedPiece)) return undefined;
  const imp = escapeImport(ctx);
  if (!imp) return undefined;
  const edits: TextEdit[] = leaves.map((l) => replace(l, `escapeHtml(${l.text})`));
  if (imp.edit) edits.unshift(imp.edit);
  return { title: 'Escape the request values with escape-html', edits, ...(imp.present ? {} : { safety: 'review' }) };
};

export const escapeHtmlFixer: Fixer = { name: 'js-escape-html', safety: 'safe', propose };
