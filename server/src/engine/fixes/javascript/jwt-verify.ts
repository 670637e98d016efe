// JavaScript: tokens are verified with a key and a pinned algorithm. Review: the key is read from
// JWT_SECRET.

import type { Node } from 'web-tree-sitter';
import { insertAt, replace } from '../edits';
import type { Fixer, Propose } from '../model';

const JWT_VERIFY_ARGS = "process.env.JWT_SECRET, { algorithms: ['HS256'] }";

/** jwt.decode(t) → jwt.verify(t, secret, { algorithms }); drops 'none'; gives verify a real key. */
const propose: Propose = (ctx) => {
  const node = ctx.node;
  const title = 'Verify the token signature with a pinned algorithm';
  if (node.type === 'pair') {
    const value = ctx.captures.get('value')?.[0];
    if (!value) return undefined;
    if (/^ignore(Expiration|NotBefore)$/.test(ctx.captures.get('key')?.[0]?.text ?? ''))
      return { title: 'Check the token expiry', edits: [replace(value, 'false')] };
    if (value.type === 'array') {
      const kept = value.namedChildren.filter((c): c is Node => !!c && !/^['"]none['"]$/i.test(c.text));
      return {
        title: "Remove the 'none' algorithm",
        edits: [replace(value, `[${kept.length > 0 ? kept.map((c) => c.text).join(', ') : "'HS256'"}]`)],
      };
    }
    return { title: "Replace the 'none' algorithm", edits: [replace(value, "'HS256'")] };
  }
  const callee = node.childForFieldName('function');
  const args =
    node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  const method = callee?.childForFieldName('property')?.text;
  const lib = callee?.childForFieldName('object')?.text;
  if (!callee || !lib || !args[0]) return undefined;
  if (method === 'decode' && args.length === 1 && /^(jwt|jsonwebtoken)$/.test(lib)) {
    return { title, edits: [replace(node, `${lib}.verify(${args[0].text}, ${JWT_VERIFY_ARGS})`)] };
  }
  if (method === 'verify' && args.length === 1) {
    return {
      title,
      edits: [
        insertAt({ line: args[0].endPosition.row, character: args[0].endPosition.column }, `, ${JWT_VERIFY_ARGS}`),
      ],
    };
  }
  const key = ctx.captures.get('key')?.[0];
  if (method !== 'verify' || !key) return undefined;
  if (/^(null|undefined|false|''|"")$/.test(key.text))
    return { title: 'Verify with the real signing key', edits: [replace(key, 'process.env.JWT_SECRET')] };
  // A public key without `algorithms`: pin the asymmetric algorithm (RS256; review for ES256/PS256).
  const pin = "algorithms: ['RS256']";
  const options = args[2];
  if (args.length === 2)
    return {
      title: 'Pin the algorithm',
      edits: [insertAt({ line: key.endPosition.row, character: key.endPosition.column }, `, { ${pin} }`)],
    };
  if (options?.type === 'object') {
    const at = { line: options.startPosition.row, character: options.startPosition.column + 1 };
    return { title: 'Pin the algorithm', edits: [insertAt(at, options.namedChildCount > 0 ? ` ${pin},` : ` ${pin} `)] };
  }
  return undefined;
};

export const jwtVerifyFixer: Fixer = { name: 'js-jwt-verify', safety: 'review', propose };
