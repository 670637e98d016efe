// Python: unverified SSL contexts and CERT_NONE become the verifying defaults.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** The unverified SSL context becomes the default one; CERT_NONE becomes CERT_REQUIRED. */
const propose: Propose = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0];
  const value = ctx.captures.get('value')?.[0];
  const title = 'Verify certificates (default SSL context, CERT_REQUIRED)';
  if (value)
    return {
      title,
      edits: [replace(value, value.text.replace('_create_unverified_context', 'create_default_context'))],
    };
  if (!fn) return undefined;
  if (fn.type === 'string') return { title, edits: [replace(fn, fn.text.replace('CERT_NONE', 'CERT_REQUIRED'))] };
  if (fn.text === 'CERT_NONE') return { title, edits: [replace(fn, 'CERT_REQUIRED')] };
  const args = ctx.node.childForFieldName('arguments');
  if (fn.text !== '_create_unverified_context' || (args && args.namedChildCount > 0)) return undefined;
  return { title, edits: [replace(fn, 'create_default_context')] };
};

export const sslContextFixer: Fixer = { name: 'py-ssl-context', safety: 'safe', propose };
