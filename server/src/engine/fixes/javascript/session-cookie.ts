// JavaScript: session middleware cookie options get secure, httpOnly and sameSite (no expiry: a
// session cookie needs none, policy.md "Cookies").

import type { TextEdit, Fixer, Propose } from '../model';
import { propertyKey, ensureProperties, objectLiteral, COOKIE_FLAGS } from './objects';

/**
 * express-session `session({ … })` → `cookie: { secure: true, httpOnly: true, sameSite: 'strict' }`;
 * cookie-session and koa-session take the cookie attributes at the top level of their options.
 */
const propose: Propose = (ctx) => {
  const arg = ctx.captures.get('options')?.[0];
  const options = arg && objectLiteral(ctx, arg);
  if (!options) return undefined;
  const wanted = COOKIE_FLAGS;
  const title = 'Make the session cookie secure, httpOnly and sameSite';
  const callee = ctx.captures.get('fn')?.[0]?.text ?? '';
  const flat = /^(cookieSession|koaSession)$/.test(callee) || /\bkeys\s*:/.test(options.text);
  if (flat) {
    const edits = ensureProperties(ctx, options, wanted);
    return edits.length > 0 ? { title, edits } : undefined;
  }
  const cookiePair = options.namedChildren.find((c) => c?.type === 'pair' && propertyKey(c) === 'cookie');
  const cookieValue = cookiePair?.childForFieldName('value');
  let edits: TextEdit[];
  if (cookieValue?.type === 'object') edits = ensureProperties(ctx, cookieValue, wanted);
  else if (cookiePair) return undefined;
  else
    edits = ensureProperties(ctx, options, [
      { key: 'cookie', value: "{ secure: true, httpOnly: true, sameSite: 'strict' }", ok: /./ },
    ]);
  return edits.length > 0 ? { title, edits } : undefined;
};

export const sessionCookieFixer: Fixer = { name: 'js-session-cookie', safety: 'safe', propose };
