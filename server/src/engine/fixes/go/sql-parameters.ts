// Go: SQL built with + or fmt.Sprintf becomes a parameterized query.

import type { Node } from 'web-tree-sitter';
import { fileMatches, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { parameterize, sqlExpression } from '../sql';
import { dropUnusedImport, goSqlParts } from './syntax';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const method = call.childForFieldName('function')?.childForFieldName('field')?.text ?? '';
  // gorm's Order/Group/Select take identifiers, which placeholders cannot stand for.
  if (/^(Order|Group|Select|Joins|Pluck|Table)$/.test(method)) return undefined;
  // QueryContext(ctx, sql, …) and pgx's Query(ctx, sql, …) take the context first.
  const contextFirst = /^(ctx|\w*[cC]tx|context\.\w+\(\)|[\w.]*\.Context\(\))$/.test(args[0]?.text ?? '');
  const sqlIndex = /Context$/.test(method) || (contextFirst && args.length > 1) ? 1 : 0;
  const sqlArg = args[sqlIndex];
  if (!sqlArg || args.length > sqlIndex + 1) return undefined;
  const expr = sqlExpression(ctx, sqlArg, 'identifier');
  const parts = expr && goSqlParts(expr);
  // gorm condition and Raw strings always take `?`; database/sql follows the driver in use.
  const gorm = /^(Where|Or|Not|Having|Raw)$/.test(method);
  const style = !gorm && fileMatches(ctx, /lib\/pq|jackc\/pgx|\$1/) ? 'dollar' : 'question';
  const sql = parts && parameterize(parts, style);
  if (!expr || !sql) return undefined;
  // A value in identifier position (ORDER BY %s, FROM %s) needs an allow-list, not a placeholder.
  if (/\b(order\s+by|group\s+by|from|join|into|update|table)\s+(\?|\$\d+)/i.test(sql.sql)) return undefined;
  const values = sql.args.map((a) => a.text).join(', ');
  // A variable holding the SQL keeps its name: its value becomes the placeholder text.
  const edits: TextEdit[] =
    expr === sqlArg
      ? [replace(sqlArg, `"${sql.sql}", ${values}`)]
      : [replace(expr, `"${sql.sql}"`), replace(sqlArg, `${sqlArg.text}, ${values}`)];
  const unused = dropUnusedImport(ctx, 'fmt', expr.text, '');
  if (unused) edits.push(unused);
  return { title: 'Use a parameterized query', edits };
};

export const sqlParametersFixer: Fixer = { name: 'go-sql-parameters', safety: 'safe', propose };
