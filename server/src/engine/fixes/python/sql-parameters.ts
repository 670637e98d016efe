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
  const method = call.childForFieldName('function')?.childForFieldName('attribute')?.text ?? '';
  // asyncpg (fetch, fetchrow, fetchval, execute on a file importing it) numbers its parameters
  // ($1, $2) and takes them as further arguments; DB-API drivers take a tuple. Other query
  // methods (pg8000 run, cursor(...)) have their own conventions: no fix.
  const asyncpg = /^(fetch|fetchrow|fetchval|execute|executemany)$/.test(method) && fileMatches(ctx, /\basyncpg\b/);
  if (!asyncpg && !/^(execute|executemany|mogrify|exec_driver_sql)$/.test(method)) return undefined;
  if (asyncpg && method === 'executemany') return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && pySqlParts(expr);
  if (parts && identifierPosition(parts)) return undefined;
  const style = asyncpg ? 'dollar' : fileMatches(ctx, /\bsqlite3\b/) ? 'question' : 'percent';
  const sql = parts && parameterize(parts, style);
  if (!expr || !sql) return undefined;
  const values = sql.args.map((a) => a.text).join(', ');
  const tuple = asyncpg ? values : sql.args.length === 1 ? `(${values},)` : `(${values})`;
  const edits =
    expr === args[0]
      ? [replace(args[0], `${pyQuote(sql.sql)}, ${tuple}`)]
      : [replace(expr, pyQuote(sql.sql)), replace(args[0], `${args[0].text}, ${tuple}`)];
  return { title: 'Pass the values as query parameters', edits };
};

export const sqlParametersFixer: Fixer = { name: 'py-sql-parameters', safety: 'safe', propose };
