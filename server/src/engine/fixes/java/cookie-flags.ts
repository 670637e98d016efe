// Java: HttpOnly and Secure on servlet cookies; HttpOnly, Secure, SameSite on ResponseCookie. No
// max age: a session cookie needs none (policy.md, "Cookies").

import { eol, indentOf, insertAt, statementOf } from '../edits';
import type { Node } from 'web-tree-sitter';
import type { Fixer, Propose } from '../model';

/** Cookie flags set by name: servlet setters, and the ResponseCookie builder calls. */
const SERVLET_COOKIE_FLAGS: Array<[string, string]> = [
  ['setHttpOnly', 'setHttpOnly(true)'],
  ['setSecure', 'setSecure(true)'],
];

const RESPONSE_COOKIE_FLAGS: Array<[RegExp, string]> = [
  [/\.httpOnly\(/, '.httpOnly(true)'],
  [/\.secure\(/, '.secure(true)'],
  [/\.sameSite\(/, '.sameSite("Strict")'],
];

/** The `.build()` ending the builder chain that starts at `start`, if the chain is one expression. */
function buildOfChain(start: Node): Node | undefined {
  let node: Node = start;
  while (node.parent?.type === 'method_invocation' && node.parent.childForFieldName('object')?.id === node.id) {
    node = node.parent;
    if (node.childForFieldName('name')?.text === 'build') return node;
  }
  return undefined;
}

const propose: Propose = (ctx) => {
  const node = ctx.node;
  const builder =
    (node.type === 'method_invocation' && node.childForFieldName('name')?.text.startsWith('from')) ||
    (node.type === 'object_creation_expression' &&
      /NewCookie\.Builder$/.test(node.childForFieldName('type')?.text ?? ''));
  if (builder) {
    // ResponseCookie.from(…)….build(), new NewCookie.Builder(…)….build(): add the missing builder
    // calls just before .build() (JAX-RS builders get no SameSite: an enum there, not a string).
    const build = buildOfChain(node);
    const receiver = build?.childForFieldName('object');
    if (!build || !receiver) return undefined;
    const flags = node.type === 'method_invocation' ? RESPONSE_COOKIE_FLAGS : RESPONSE_COOKIE_FLAGS.slice(0, 2);
    const missing = flags.filter(([present]) => !present.test(build.text)).map(([, call]) => call);
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
  // The flags this very cookie is given (another cookie of the function does not count).
  const fnText = ctx.flow.enclosingFunction(node)?.text ?? ctx.text;
  const missing = SERVLET_COOKIE_FLAGS.filter(([flag]) => !fnText.includes(`${name}.${flag}(`)).map(([, call]) => call);
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
