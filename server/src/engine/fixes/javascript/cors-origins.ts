// JavaScript: a wildcard CORS origin with credentials becomes an explicit list. Review: the list
// comes from ALLOWED_ORIGINS.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { propertyKey, objectLiteral } from './objects';

/** cors({ origin: '*' | true, credentials: true }) → origin from an explicit list. */
const propose: Propose = (ctx) => {
  const arg = ctx.captures.get('options')?.[0];
  const options = arg && objectLiteral(ctx, arg);
  const origin = options?.namedChildren
    .find((c) => c?.type === 'pair' && propertyKey(c) === 'origin')
    ?.childForFieldName('value');
  if (!origin) return undefined;
  return {
    title: 'Allow only the origins listed in ALLOWED_ORIGINS',
    edits: [replace(origin, "(process.env.ALLOWED_ORIGINS || '').split(',').filter(Boolean)")],
  };
};

export const corsOriginsFixer: Fixer = { name: 'js-cors-origins', safety: 'review', propose };
