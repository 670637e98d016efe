// Python: set_cookie gets secure, httponly, samesite and a max_age.

import type { Node } from 'web-tree-sitter';
import { insertAt, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { keywordArguments } from './syntax';

/** set_cookie(…) gets secure=True, httponly=True, samesite='Lax' and a max_age; False flags turn True. */
const propose: Propose = (ctx) => {
  const args = ctx.captures.get('args')?.[0];
  if (
    !args ||
    /\*\*/.test(args.text) ||
    /^\(\s*(key\s*=\s*)?["'](password|passwd|pwd|ssn|credit_?card|card_?number|cvv)["']/i.test(args.text)
  )
    return undefined;
  const kwargs = keywordArguments(args);
  const positional = args.namedChildren.filter(
    (a) => a && a.type !== 'keyword_argument' && a.type !== 'comment',
  ).length;
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const wanted: Array<[string, string, (v: Node) => boolean]> = [
    ['secure', 'True', (v) => /^(False|None)$/.test(v.text)],
    ['httponly', 'True', (v) => /^(False|None)$/.test(v.text)],
    ['samesite', "'Lax'", (v) => /^(None|["']None["'])$/.test(v.text)],
  ];
  for (const [name, value, weak] of wanted) {
    const current = kwargs.get(name);
    if (!current) added.push(`${name}=${value}`);
    else if (weak(current)) edits.push(replace(current, value));
  }
  // Flask and Django take max_age as the third positional argument.
  const expiry = ['max_age', 'expires'].map((k) => kwargs.get(k)).find((v) => v && v.text !== 'None');
  if (!expiry && positional < 3) {
    const none = kwargs.get('max_age');
    if (none) edits.push(replace(none, '3600'));
    else added.push('max_age=3600');
  }
  if (added.length > 0) {
    const close = args.lastChild;
    if (!close || close.text !== ')') return undefined;
    const trailingComma = close.previousSibling?.text === ',';
    const empty = args.namedChildCount === 0;
    const text = `${empty || trailingComma ? (trailingComma ? ' ' : '') : ', '}${added.join(', ')}`;
    edits.push(insertAt({ line: close.startPosition.row, character: close.startPosition.column }, text));
  }
  if (edits.length === 0) return undefined;
  return { title: 'Set secure, httponly, samesite and max_age on the cookie', edits };
};

export const cookieAttributesFixer: Fixer = { name: 'py-cookie-attributes', safety: 'safe', propose };
