// Go: HttpOnly, Secure and SameSite on http.Cookie, sessions.Options and fiber.Cookie literals; gin
// SetCookie flags turned on. No expiry is added: a session cookie needs none (policy.md, "Cookies").

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
/** fiber.Cookie spells HTTPOnly so and takes SameSite as a string. */
const FIBER_FLAGS: Array<[string, string]> = [
  ['HTTPOnly', 'true'],
  ['Secure', 'true'],
  ['SameSite', '"Lax"'],
];

const propose: Propose = (ctx) => {
  const node = ctx.node;
  // An explicit `Secure: false` or `cookie.HttpOnly = false`: turned on.
  if (node.type === 'keyed_element' || node.type === 'assignment_statement') {
    const value = node.type === 'keyed_element' ? node.namedChild(1) : node.childForFieldName('right');
    if (value?.text !== 'false') return undefined;
    return { title: 'Turn the cookie flag on', edits: [replace(value, 'true')] };
  }
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
  const type = node.childForFieldName('type')?.text ?? '';
  // http.SameSite needs net/http, which a file configuring a session store may not import.
  const flags = (type.startsWith('fiber.') ? FIBER_FLAGS : COOKIE_FLAGS).filter(
    ([field, value]) => field !== 'SameSite' || !value.startsWith('http.') || /"net\/http"/.test(ctx.text),
  );
  const elements = body.namedChildren.filter((e): e is Node => !!e && e.type === 'keyed_element');
  const keyOf = (e: Node): string => e.namedChild(0)?.text ?? '';
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const [field, value] of flags) {
    const existing = elements.find((e) => keyOf(e) === field);
    const valueNode = existing?.namedChild(1);
    if (!existing) missing.push(`${field}: ${value}`);
    else if (valueNode && valueNode.text === 'false') edits.push(replace(valueNode, value));
  }
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
      const inner = flags.reduce(
        (text, [field, value]) => text.replace(new RegExp(`\\b${field}:\\s*false\\b`), `${field}: ${value}`),
        body.text.slice(1, -1).trim().replace(/,$/, ''),
      );
      return {
        title: 'Set HttpOnly, Secure and SameSite on the cookie',
        edits: [replace(body, `{${inner}${inner ? ', ' : ''}${missing.join(', ')}}`)],
      };
    }
  }
  return edits.length > 0 ? { title: 'Set HttpOnly, Secure and SameSite on the cookie', edits } : undefined;
};

export const cookieFlagsFixer: Fixer = { name: 'go-cookie-flags', safety: 'safe', propose };
