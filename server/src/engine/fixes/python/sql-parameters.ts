// Python: SQL built with +, %, .format or an f-string becomes a DB-API query with parameters.

import type { Node } from 'web-tree-sitter';
import { fileMatches, replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { parameterize, sqlExpression } from '../sql';
import { pySqlParts, pyQuote, identifierPosition } from './syntax';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  if (args.length !== 1) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && pySqlParts(expr);
  if (parts && identifierPosition(parts)) return undefined;
  const sql = parts && parameterize(parts, fileMatches(ctx, /\bsqlite3\b/) ? 'question' : 'percent');
  if (!expr || !sql) return undefined;
  const tuple = sql.args.length === 1 ? `(${sql.args[0].text},)` : `(${sql.args.map((a) => a.text).join(', ')})`;
  const edits =
    expr === args[0]
      ? [replace(args[0], `${pyQuote(sql.sql)}, ${tuple}`)]
      : [replace(expr, pyQuote(sql.sql)), replace(args[0], `${args[0].text}, ${tuple}`)];
  return { title: 'Pass the values as query parameters', edits };
};

export const sqlParametersFixer: Fixer = { name: 'py-sql-parameters', safety: 'safe', propose };
