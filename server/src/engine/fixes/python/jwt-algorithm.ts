// Python: the 'none' JWT algorithm becomes HS256 (the token is signed and checked again); in a
// list that already names HS256 the 'none' entry is dropped instead of repeating it.

import { positionAt } from '../../positions';
import type { Fixer } from '../model';
import { replaceCapture } from '../replace-capture';

const TITLE = 'Use HS256 instead of the none algorithm';

export const jwtAlgorithmFixer: Fixer = {
  name: 'py-jwt-algorithm',
  safety: 'safe',
  propose: (ctx) => {
    const alg = ctx.captures.get('alg')?.[0];
    const list = alg?.parent;
    const others = list?.type === 'list' ? list.namedChildren.filter((c) => c && c.id !== alg!.id) : [];
    if (alg && others.some((c) => /^['"]HS256['"]$/.test(c!.text))) {
      // Drop the entry with the comma before it (or after it, when it comes first).
      const text = ctx.text;
      const before = /,\s*$/.exec(text.slice(list!.startIndex, alg.startIndex));
      const after = /^\s*,\s*/.exec(text.slice(alg.endIndex, list!.endIndex));
      const start = before ? alg.startIndex - before[0].length : alg.startIndex;
      const end = before ? alg.endIndex : alg.endIndex + (after?.[0].length ?? 0);
      return {
        title: TITLE,
        edits: [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, newText: '' }],
      };
    }
    return replaceCapture({ replace: 'alg', with: '"HS256"', title: TITLE }, ctx);
  },
};
