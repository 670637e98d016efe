// Java: HttpOnly and Secure on servlet cookies; HttpOnly, Secure, SameSite on ResponseCookie. No
// max age: a session cookie needs none (policy.md, "Cookies").

import { eol, indentOf, insertAt, statementOf } from '../edits';
import type { Fixer, Propose } from '../model';

/** Cookie flags set by name: servlet setters, and the ResponseCookie builder calls. */
const SERVLET_COOKIE_FLAGS: Array<[RegExp, string]> = [
  [/setHttpOnly\(/, 'setHttpOnly(true)'],
  [/setSecure\(/, 'setSecure(true)'],
];

const RESPONSE_COOKIE_FLAGS: Array<[RegExp, string]> = [
  [/\.httpOnly\(/, '.httpOnly(true)'],
  [/\.secure\(/, '.secure(true)'],
  [/\.sameSite\(/, '.sameSite("Strict")'],
];

const propose: Propose = (ctx) => {
  const node = ctx.node;
  if (node.type === 'method_invocation') {
    // ResponseCookie.from(…)….build(): add the missing builder calls just before .build().
    if (node.childForFieldName('name')?.text !== 'build') return undefined;
    const receiver = node.childForFieldName('object');
    if (!receiver) return undefined;
    const missing = RESPONSE_COOKIE_FLAGS.filter(([present]) => !present.test(node.text)).map(([, call]) => call);
    if (missing.length === 0) return undefined;
    return {
      title: 'Build the cookie with HttpOnly, Secure and SameSite',
      edits: [insertAt({ line: receiver.endPosition.row, character: receiver.endPosition.column }, missing.join(''))],
    };
  }
  if (node.type !== 'object_creation_expression') return undefined;
  // Cookie c = new Cookie(…); → set the missing flags on the lines after the declaration.
  const declarator = node.parent;
  const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name')?.text : undefined;
  if (!name) return undefined;
  const fnText = ctx.flow.enclosingFunction(node)?.text ?? ctx.text;
  const missing = SERVLET_COOKIE_FLAGS.filter(([present]) => !present.test(fnText)).map(([, call]) => call);
  if (missing.length === 0) return undefined;
  const stmt = statementOf(ctx, node);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const lines = missing.map((call) => `${nl}${indent}${name}.${call};`).join('');
  return {
    title: 'Set HttpOnly and Secure on the cookie',
    edits: [insertAt({ line: stmt.endPosition.row, character: stmt.endPosition.column }, lines)],
  };
};

export const cookieFlagsFixer: Fixer = { name: 'java-cookie-flags', safety: 'safe', propose };
