// JavaScript: SQL built with + or a template literal becomes placeholders with a values array.

import type { Node } from 'web-tree-sitter';
import { fileMatches, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { parameterize, sqlExpression } from '../sql';
import { jsSqlParts } from './syntax';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const sqlArg = args[0];
  // Query builders take named parameters (TypeORM :name) or none at all: only drivers get `?` / `$1`.
  const methodName = call.childForFieldName('function')?.childForFieldName('property')?.text ?? '';
  if (/^(where|andWhere|orWhere|having|andHaving|orHaving|orderBy|addOrderBy|groupBy|literal)$/.test(methodName))
    return undefined;
  // query(sql, callback) keeps its callback after the new values array; query(sql, values) is left alone.
  if (!sqlArg || (args[1] && !/function|arrow_function/.test(args[1].type)) || args.length > 2) return undefined;
  const expr = sqlExpression(ctx, sqlArg, 'identifier');
  const parts = expr && jsSqlParts(expr);
  const postgres = fileMatches(ctx, /require\(['"]pg['"]\)|from ['"]pg['"]|\$1/);
  const sql = parts && parameterize(parts, postgres ? 'dollar' : 'question');
  if (!expr || !sql || sql.sql.includes('\n')) return undefined;
  const quoted = sql.sql.includes("'") ? `\`${sql.sql}\`` : `'${sql.sql}'`;
  // Prisma's $queryRawUnsafe takes the values as further arguments, the drivers as one array.
  const method = call.childForFieldName('function')?.childForFieldName('property')?.text ?? '';
  const list = sql.args.map((a) => a.text).join(', ');
  const values = /^\$(query|execute)RawUnsafe$/.test(method) ? list : `[${list}]`;
  const edits: TextEdit[] =
    expr === sqlArg
      ? [replace(sqlArg, `${quoted}, ${values}`)]
      : [replace(expr, quoted), replace(sqlArg, `${sqlArg.text}, ${values}`)];
  return { title: 'Use query placeholders with a values array', edits };
};

export const sqlParametersFixer: Fixer = { name: 'js-sql-parameters', safety: 'safe', propose };
