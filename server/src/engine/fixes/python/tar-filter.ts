// Python: tarfile extraction gets filter="data".

import { insertAt } from '../edits';
import type { Fixer, Propose } from '../model';

/** tar.extractall(dest) → tar.extractall(dest, filter="data") when the archive is a tarfile. */
const propose: Propose = (ctx) => {
  const archive = ctx.captures.get('archive')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const args = ctx.node.childForFieldName('arguments');
  if (
    !archive ||
    !args ||
    (fn !== 'extractall' && fn !== 'extract') ||
    !/\btarfile\b/.test(ctx.flow.valueText(archive))
  )
    return undefined;
  const close = args.lastChild;
  if (!close || close.text !== ')') return undefined;
  const trailingComma = close.previousSibling?.text === ',';
  const prefix = args.namedChildCount === 0 ? '' : trailingComma ? ' ' : ', ';
  return {
    title: 'Extract with the "data" filter (no paths outside the destination)',
    edits: [
      insertAt({ line: close.startPosition.row, character: close.startPosition.column }, `${prefix}filter="data"`),
    ],
  };
};

export const tarFilterFixer: Fixer = { name: 'py-tar-filter', safety: 'safe', propose };
