// JavaScript: express-session cookie options get secure, httpOnly and sameSite.

import type { TextEdit, Fixer, Propose } from '../model';
import { propertyKey, ensureProperties, objectLiteral, COOKIE_FLAGS } from './objects';

/** session({ … }) → cookie: { secure: true, httpOnly: true, sameSite: 'strict', … }. */
const propose: Propose = (ctx) => {
  const arg = ctx.captures.get('options')?.[0];
  const options = arg && objectLiteral(ctx, arg);
  if (!options) return undefined;
  const cookiePair = options.namedChildren.find((c) => c?.type === 'pair' && propertyKey(c) === 'cookie');
  const cookieValue = cookiePair?.childForFieldName('value');
  const wanted = COOKIE_FLAGS('60 * 60 * 1000').filter((w) => w.key !== 'maxAge');
  let edits: TextEdit[];
  if (cookieValue?.type === 'object') edits = ensureProperties(ctx, cookieValue, wanted);
  else if (cookiePair) return undefined;
  else
    edits = ensureProperties(ctx, options, [
      { key: 'cookie', value: "{ secure: true, httpOnly: true, sameSite: 'strict', maxAge: 60 * 60 * 1000 }", ok: /./ },
    ]);
  return edits.length > 0 ? { title: 'Make the session cookie secure, httpOnly and sameSite', edits } : undefined;
};

export const sessionCookieFixer: Fixer = { name: 'js-session-cookie', safety: 'safe', propose };
