// JavaScript: rejectUnauthorized / NODE_TLS_REJECT_UNAUTHORIZED turned back on.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** rejectUnauthorized: false → true; NODE_TLS_REJECT_UNAUTHORIZED = '0' → '1'. */
const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const text =
    value.text === 'false'
      ? 'true'
      : value.text === '0'
        ? '1'
        : /^(['"])0\1$/.test(value.text)
          ? `${value.text[0]}1${value.text[0]}`
          : /^(['"])false\1$/.test(value.text)
            ? 'true'
            : undefined;
  return text ? { title: 'Turn certificate verification back on', edits: [replace(value, text)] } : undefined;
};

export const tlsVerifyFixer: Fixer = { name: 'js-tls-verify', safety: 'safe', propose };
