// JavaScript: a request value joined into a path is reduced to path.basename().

import { addImport, fileMatches, replace, taintedLeaves } from '../edits';
import type { FixContext, TextEdit, Fixer, Propose } from '../model';

/** Adds `const path = require('path')` / `import path from 'path'` unless a `path` binding exists. */
function ensureModule(ctx: FixContext, name: string, module: string): TextEdit | undefined {
  if (fileMatches(ctx, new RegExp(`\\b(const|let|var|import)\\s+(\\*\\s+as\\s+)?${name}\\b`))) return undefined;
  const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
  return addImport(
    ctx,
    esm ? `import ${name} from '${module}';` : `const ${name} = require('${module}');`,
    new RegExp(`^\\s*(import|const|let|var)\\s+${name}\\b`, 'm'),
  );
}

/** path.join(DIR, req.query.name) → path.join(DIR, path.basename(req.query.name)): only a file name gets through. */
const propose: Propose = (ctx) => {
  const arg = ctx.captures.get('path')?.[0];
  if (!arg) return undefined;
  const leaves = taintedLeaves(ctx, arg);
  if (leaves.length === 0) return undefined;
  const edits: TextEdit[] = [];
  for (const leaf of leaves) {
    const parent = leaf.parent;
    // Only a piece of a built path is reduced to its file name; a whole path from elsewhere is not ours to cut.
    const inJoin =
      parent?.type === 'arguments' &&
      /^path\.(join|resolve)$/.test(parent.parent?.childForFieldName('function')?.text ?? '') &&
      parent.namedChildren[0]?.id !== leaf.id;
    const inTemplate = parent?.type === 'template_substitution';
    const inConcat = parent?.type === 'binary_expression' && parent.childForFieldName('right')?.id === leaf.id;
    if (leaf.id === arg.id || !(inJoin || inTemplate || inConcat)) return undefined;
    edits.push(replace(leaf, `path.basename(${leaf.text})`));
  }
  // A file that already imports `node:` modules (Deno, Bun, modern Node) gets `node:path` too.
  const imp = ensureModule(ctx, 'path', fileMatches(ctx, /['"]node:/) ? 'node:path' : 'path');
  if (imp) edits.unshift(imp);
  return { title: 'Keep only the file name (path.basename)', edits };
};

export const pathBasenameFixer: Fixer = { name: 'js-path-basename', safety: 'safe', propose };
