// Go: jwt.Parse accepts only the signing algorithm the file uses. Review: the algorithm is
// inferred.

import type { Node } from 'web-tree-sitter';
import { fileMatches, insertAt } from '../edits';
import type { Fixer, Propose } from '../model';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  if (
    call.type !== 'call_expression' ||
    !/^jwt\.(Parse|ParseWithClaims)$/.test(call.childForFieldName('function')?.text ?? '')
  )
    return undefined;
  const args = call.childForFieldName('arguments');
  const last = args?.namedChildren.filter((a): a is Node => !!a).pop();
  // dgrijalva/jwt-go and golang-jwt v3 have no parser options.
  if (!args || !last || fileMatches(ctx, /dgrijalva\/jwt-go|golang-jwt\/jwt(\/v3)?"/)) return undefined;
  // The algorithm the file signs with, else HS256 (the common shared-secret setup).
  const alg =
    /SigningMethod(RS|ES|PS|HS)(256|384|512)/
      .exec(ctx.text.replace(/SigningMethodNone/g, ''))
      ?.slice(1)
      .join('') ?? 'HS256';
  const end = { line: last.endPosition.row, character: last.endPosition.column };
  return {
    title: `Accept only ${alg} tokens (jwt.WithValidMethods)`,
    edits: [insertAt(end, `, jwt.WithValidMethods([]string{"${alg}"})`)],
  };
};

export const jwtValidMethodsFixer: Fixer = { name: 'go-jwt-valid-methods', safety: 'review', propose };
