// Go: HttpOnly, Secure, SameSite and MaxAge on http.Cookie literals; gin SetCookie flags turned on.

import type { Node } from 'web-tree-sitter';
import { eol, indentOf, insertAt, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { positionAt } from '../../positions';

/** The secure value of each cookie flag, in the order they are added. */
const COOKIE_FLAGS: Array<[string, string]> = [
  ['HttpOnly', 'true'],
  ['Secure', 'true'],
  ['SameSite', 'http.SameSiteStrictMode'],
];

const propose: Propose = (ctx) => {
  const node = ctx.node;
  if (node.type === 'call_expression') {
    // gin c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly): both flags true.
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    if (args.length !== 7) return undefined;
    const edits = args
      .slice(5)
      .filter((a) => a.text === 'false')
      .map((a) => replace(a, 'true'));
    return edits.length > 0 ? { title: 'Set the cookie with secure and httpOnly true', edits } : undefined;
  }
  const body = node.childForFieldName('body');
  if (node.type !== 'composite_literal' || !body) return undefined;
  const elements = body.namedChildren.filter((e): e is Node => !!e && e.type === 'keyed_element');
  const keyOf = (e: Node): string => e.namedChild(0)?.text ?? '';
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const [field, value] of COOKIE_FLAGS) {
    const existing = elements.find((e) => keyOf(e) === field);
    const valueNode = existing?.namedChild(1);
    if (!existing) missing.push(`${field}: ${value}`);
    else if (valueNode && valueNode.text === 'false') edits.push(replace(valueNode, value));
  }
  if (!elements.some((e) => /^(MaxAge|Expires)$/.test(keyOf(e)))) missing.push('MaxAge: 3600');
  if (missing.length > 0) {
    const last = elements[elements.length - 1];
    if (body.startPosition.row !== body.endPosition.row && last) {
      // One field per line after the last one, each with its trailing comma.
      const afterLast = ctx.text.slice(last.endIndex, body.endIndex);
      const hasComma = afterLast.trimStart().startsWith(',');
      const at = hasComma ? last.endIndex + afterLast.indexOf(',') + 1 : last.endIndex;
      const position = positionAt(ctx.text, at);
      const indent = indentOf(ctx.text, last);
      edits.push(
        insertAt(position, `${hasComma ? '' : ','}${missing.map((m) => `${eol(ctx)}${indent}${m},`).join('')}`),
      );
    } else {
      // A one-line literal is rewritten whole, flags turned on and missing ones appended.
      const inner = COOKIE_FLAGS.reduce(
        (text, [field, value]) => text.replace(new RegExp(`\\b${field}:\\s*false\\b`), `${field}: ${value}`),
        body.text.slice(1, -1).trim().replace(/,$/, ''),
      );
      return {
        title: 'Set HttpOnly, Secure, SameSite and MaxAge on the cookie',
        edits: [replace(body, `{${inner}${inner ? ', ' : ''}${missing.join(', ')}}`)],
      };
    }
  }
  return edits.length > 0 ? { title: 'Set HttpOnly, Secure, SameSite and MaxAge on the cookie', edits } : undefined;
};

export const cookieFlagsFixer: Fixer = { name: 'go-cookie-flags', safety: 'safe', propose };
