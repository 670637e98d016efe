// Python: torch.load gets weights_only=True, jsonpickle.decode becomes json.loads. Review: what
// loads changes.

import { addImport, insertAt, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { keywordArguments } from './syntax';

/** torch.load(f) → torch.load(f, weights_only=True); jsonpickle.decode(s) → json.loads(s). */
const propose: Propose = (ctx) => {
  const mod = ctx.captures.get('mod')?.[0]?.text;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const data = ctx.captures.get('data')?.[0];
  const args = ctx.node.childForFieldName('arguments');
  if (!data || !args) return undefined;
  if (mod === 'jsonpickle' && fn === 'decode' && args.namedChildCount === 1) {
    const edits: TextEdit[] = [];
    const imp = addImport(ctx, 'import json', /^import json\b/m);
    if (imp) edits.push(imp);
    edits.push(replace(ctx.node, `json.loads(${data.text})`));
    return { title: 'Parse the data as JSON', edits };
  }
  if (mod === 'torch' && fn === 'load' && !keywordArguments(args).has('weights_only')) {
    const close = args.lastChild;
    if (!close || close.text !== ')') return undefined;
    const prefix = close.previousSibling?.text === ',' ? ' ' : ', ';
    return {
      title: 'Load tensors only (weights_only=True)',
      edits: [
        insertAt(
          { line: close.startPosition.row, character: close.startPosition.column },
          `${prefix}weights_only=True`,
        ),
      ],
    };
  }
  return undefined;
};

export const safeLoaderFixer: Fixer = { name: 'py-safe-loader', safety: 'review', propose };
