// JavaScript: res.cookie / cookies().set options get httpOnly, secure and sameSite (no expiry: a
// session cookie needs none, policy.md "Cookies").

import type { Node } from 'web-tree-sitter';
import { insertAt, replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { ensureProperties, COOKIE_FLAGS } from './objects';

/** res.cookie(name, value[, options]) → options with httpOnly, secure and sameSite. */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  const wanted = COOKIE_FLAGS;
  const title = 'Set httpOnly, secure and sameSite on the cookie';
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
    const edits = ensureProperties(ctx, literal, wanted);
    return edits.length > 0 ? { title, edits } : undefined;
  }
  if (options.type !== 'identifier' && options.type !== 'member_expression') return undefined;
  const resolved = ctx.flow.valueText(options);
  const extra = wanted.filter(
    (w) => !new RegExp(`${w.key}\\s*:\\s*(${w.ok.source.replace(/^\^|\$$/g, '')})`).test(resolved),
  );
  if (extra.length === 0) return undefined;
  return {
    title,
    edits: [replace(options, `{ ...${options.text}, ${extra.map((w) => `${w.key}: ${w.value}`).join(', ')} }`)],
  };
};

export const cookieOptionsFixer: Fixer = { name: 'js-cookie-options', safety: 'safe', propose };
