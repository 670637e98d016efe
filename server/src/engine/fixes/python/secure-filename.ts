// Python: a client-supplied file name gets secure_filename().

import type { Node } from 'web-tree-sitter';
import { addImport, replace, taintedLeaves } from '../edits';
import type { FixContext, TextEdit, Fixer, Propose } from '../model';
import { proposeContainment } from './path-containment';

/** A tainted leaf whose value can be wrapped safely: it is the name itself, not a whole path. */
function wrappable(ctx: FixContext, leaf: Node): boolean {
  if (leaf.type !== 'identifier') return true;
  const value = ctx.flow.scopes.resolve(leaf.text, leaf)?.value;
  return (
    !!value &&
    ['attribute', 'subscript', 'identifier', 'call'].includes(value.type) &&
    !/os\.path\.join|\+|%|\.format|f["']/.test(value.text)
  );
}

const propose: Propose = (ctx) => {
  const path = ctx.captures.get('path')?.[0];
  if (!path) return undefined;
  const leaves = taintedLeaves(ctx, path);
  // A joined or concatenated path gets a containment check instead (secure_filename would drop its folders).
  if (leaves.length === 0 || !leaves.every((l) => wrappable(ctx, l))) return proposeContainment(ctx);
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'from werkzeug.utils import secure_filename', /import[^\n]*\bsecure_filename\b/);
  if (imp) edits.push(imp);
  for (const leaf of leaves) edits.push(replace(leaf, `secure_filename(${leaf.text})`));
  return { title: 'Sanitize the file name with secure_filename()', edits };
};

export const secureFilenameFixer: Fixer = { name: 'py-secure-filename', safety: 'safe', propose };
