// Java: SQL built by concatenation or String.format becomes a PreparedStatement (or JdbcTemplate
// arguments).

import type { Node } from 'web-tree-sitter';
import { eol, indentOf, nameInScope, replace, statementOf } from '../edits';
import type { Fix, FixContext, TextEdit, Fixer, Propose } from '../model';
import { parameterize, sqlExpression } from '../sql';
import { javaLiteral, javaSqlParts } from './syntax';

/** setInt/setLong for locals declared with those types, setString otherwise. */
function setterFor(arg: Node, declarationsText: string): string {
  const name = arg.text;
  if (!/^\w+$/.test(name)) return 'setObject';
  const declared = new RegExp(`\\b(int|Integer|long|Long|double|Double|boolean|Boolean|String)\\s+${name}\\b`).exec(
    declarationsText,
  )?.[1];
  switch (declared) {
    case 'int':
    case 'Integer':
      return 'setInt';
    case 'long':
    case 'Long':
      return 'setLong';
    case 'double':
    case 'Double':
      return 'setDouble';
    case 'boolean':
    case 'Boolean':
      return 'setBoolean';
    case 'String':
      return 'setString';
    default:
      return 'setObject';
  }
}

/** A placeholder where SQL needs an identifier (table, column to sort by) would change the query. */
const IDENTIFIER_SLOT = /\b(from|join|into|update|table|by|select)\s+\?|\?\s*(,\s*\w+\s*)?(asc|desc)\b|\.\?/i;

/** JdbcTemplate methods that take `Object... args` after the SQL and its mapper/type. */
const JDBC_TEMPLATE_ARITY: Record<string, number> = {
  query: 2,
  queryForObject: 2,
  queryForList: 1,
  queryForMap: 1,
  queryForRowSet: 1,
  update: 1,
};

/** jdbc.query("… '" + name + "'", mapper) → jdbc.query("… ?", mapper, name) */
function jdbcTemplateArguments(ctx: FixContext, call: Node, method: string, args: Node[]): Fix | undefined {
  if (args.length !== JDBC_TEMPLATE_ARITY[method]) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && javaSqlParts(expr);
  const sql = parts && parameterize(parts, 'question');
  const list = call.childForFieldName('arguments');
  if (!expr || !sql || !list || IDENTIFIER_SLOT.test(sql.sql) || (javaLiteral(expr) ?? '').includes('?'))
    return undefined;
  const edits: TextEdit[] = [replace(expr, `"${sql.sql}"`)];
  const close = { line: list.endPosition.row, character: list.endPosition.column - 1 };
  edits.push({ range: { start: close, end: close }, newText: sql.args.map((a) => `, ${a.text}`).join('') });
  return { title: 'Pass the values as query arguments with ? placeholders', edits };
}

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const method = call.childForFieldName('name')?.text ?? '';
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  if (method in JDBC_TEMPLATE_ARITY) return jdbcTemplateArguments(ctx, call, method, args);
  if (!/^(executeQuery|executeUpdate|execute)$/.test(method)) return undefined;
  // JdbcTemplate/EntityManager have no getConnection(): only JDBC statements are rewritten.
  if (/jdbc|template|entityManager|em\b|session/i.test(call.childForFieldName('object')?.text ?? '')) return undefined;
  if (args.length !== 1) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && javaSqlParts(expr);
  const sql = parts && parameterize(parts, 'question');
  if (!expr || !sql || IDENTIFIER_SLOT.test(sql.sql)) return undefined;
  const receiver = call.childForFieldName('object');
  if (!receiver) return undefined;
  // conn.createStatement().executeQuery(…) → conn; a Statement variable → statement.getConnection().
  const created = /^(.+)\.createStatement\(\)$/.exec(receiver.text)?.[1];
  const connection = created ?? `${receiver.text}.getConnection()`;
  const stmt = statementOf(ctx, call);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const fnText = ctx.flow.enclosingFunction(call)?.text ?? ctx.text;
  const ps = nameInScope(ctx, call, ['ps', 'preparedStatement']);
  const setters = sql.args.map((a, i) => `${ps}.${setterFor(a, fnText)}(${i + 1}, ${a.text});`);
  const sqlLiteral = `"${sql.sql}"`;
  const prepared = `PreparedStatement ${ps} = ${connection}.prepareStatement(${expr === args[0] ? sqlLiteral : args[0].text});`;
  const executed =
    stmt.text.slice(0, call.startIndex - stmt.startIndex) +
    `${ps}.${method}()` +
    stmt.text.slice(call.endIndex - stmt.startIndex);
  const edits: TextEdit[] = [];
  if (expr !== args[0]) edits.push(replace(expr, sqlLiteral));
  edits.push(replace(stmt, [prepared, ...setters, executed].join(`${nl}${indent}`)));
  return { title: 'Use a PreparedStatement with ? placeholders', edits };
};

export const preparedStatementFixer: Fixer = { name: 'java-prepared-statement', safety: 'safe', propose };
