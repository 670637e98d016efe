// JavaScript: res.cookie / cookies().set options get httpOnly, secure, sameSite and maxAge.

import type { Node } from 'web-tree-sitter';
import { fileMatches, insertAt, replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { ensureProperties, COOKIE_FLAGS } from './objects';

/** res.cookie(name, value[, options]) → options with httpOnly, secure, sameSite and maxAge. */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  const receiver = call.childForFieldName('function')?.childForFieldName('object')?.text ?? '';
  // Next.js (cookies().set, response.cookies.set) counts maxAge in seconds, Express and Koa
  // (ctx.cookies.set) in milliseconds.
  const seconds = /cookies/.test(receiver) && !/^ctx\b/.test(receiver) && fileMatches(ctx, /['"]next\//);
  const wanted = COOKIE_FLAGS(seconds ? '60 * 60' : '60 * 60 * 1000');
  const hasExpiry = (t: string): boolean => /\b(maxAge|expires)\s*:/.test(t);
  const title = 'Set httpOnly, secure, sameSite and maxAge on the cookie';
  if (args.length === 2) {
    const props = wanted.map((w) => `${w.key}: ${w.value}`).join(', ');
    return {
      title,
      edits: [insertAt({ line: args[1].endPosition.row, character: args[1].endPosition.column }, `, { ${props} }`)],
    };
  }
  const options = args[2];
  if (!options || args.length !== 3) return undefined;
  const literal = options.type === 'object' ? options : undefined;
  if (literal) {
    const edits = ensureProperties(
      ctx,
      literal,
      wanted.filter((w) => w.key !== 'maxAge' || !hasExpiry(literal.text)),
    );
    return edits.length > 0 ? { title, edits } : undefined;
  }
  if (options.type !== 'identifier' && options.type !== 'member_expression') return undefined;
  const resolved = ctx.flow.valueText(options);
  const extra = wanted.filter((w) =>
    w.key === 'maxAge'
      ? !hasExpiry(resolved)
      : !new RegExp(`${w.key}\\s*:\\s*(${w.ok.source.replace(/^\^|\$$/g, '')})`).test(resolved),
  );
  if (extra.length === 0) return undefined;
  return {
    title,
    edits: [replace(options, `{ ...${options.text}, ${extra.map((w) => `${w.key}: ${w.value}`).join(', ')} }`)],
  };
};

export const cookieOptionsFixer: Fixer = { name: 'js-cookie-options', safety: 'safe', propose };
