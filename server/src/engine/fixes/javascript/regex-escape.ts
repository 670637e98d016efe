// JavaScript: a request value compiled into a RegExp is matched literally: lodash's escapeRegExp
// where the file has lodash (safe), else an inline escape (review: a user who typed a pattern on
// purpose now gets a literal match).

import { fileMatches, replace } from '../edits';
import type { Fixer, Propose } from '../model';

const INLINE_ESCAPE = ".replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')";

/** new RegExp(req.query.q, 'i') → new RegExp(_.escapeRegExp(req.query.q), 'i'). */
const propose: Propose = (ctx) => {
  const pattern = ctx.captures.get('pattern')?.[0];
  if (!pattern) return undefined;
  const lodash = /^\s*(const|let|var|import)\s+(_|lodash)\b/m.exec(ctx.text)?.[2];
  if (lodash && fileMatches(ctx, /['"]lodash['"]/))
    return {
      title: `Match the value literally (${lodash}.escapeRegExp)`,
      edits: [replace(pattern, `${lodash}.escapeRegExp(${pattern.text})`)],
    };
  if (pattern.type === 'template_string' || pattern.text.endsWith(INLINE_ESCAPE)) return undefined; // pieces of a pattern the program writes
  return {
    title: 'Match the value literally (escape regex characters)',
    edits: [replace(pattern, `String(${pattern.text})${INLINE_ESCAPE}`)],
    safety: 'review',
  };
};

export const regexEscapeFixer: Fixer = { name: 'js-regex-escape', safety: 'safe', propose };
