// Turns a SQL string built from pieces ("… WHERE name = '" + name + "'") into a parameterized
// query ("… WHERE name = ?") and its arguments, for every language's SQL quick-fix.

import type { Node } from 'web-tree-sitter';
import type { FixContext } from './model';

export type SqlPart = { text: string } | { expr: Node };
export type PlaceholderStyle = 'question' | 'dollar' | 'percent';

export interface ParameterizedSql {
  /** SQL text without quotes around it, with placeholders. */
  sql: string;
  args: Node[];
}

function placeholder(style: PlaceholderStyle, n: number): string {
  return style === 'dollar' ? `$${n}` : style === 'percent' ? '%s' : '?';
}

/**
 * Joins parts into SQL with placeholders. Quotes the old code put around an interpolated value
 * (`name = '` + x + `'`) are removed, since the driver now sends the value separately.
 * Returns undefined when a value sits inside a larger quoted literal (LIKE '%x%'), where a
 * mechanical rewrite would change the query's meaning. Text the driver would read as a
 * placeholder is kept literal: `%` becomes `%%` for `%s` drivers (psycopg2, MySQLdb); a literal
 * `?` (mysql's client-side formatting fills every `?`) or `$1` gets no fix.
 */
export function parameterize(parts: SqlPart[], style: PlaceholderStyle): ParameterizedSql | undefined {
  const literalText = parts.map((p) => ('text' in p ? p.text : '')).join('');
  if ((style === 'question' && literalText.includes('?')) || (style === 'dollar' && /\$\d/.test(literalText)))
    return undefined;
  const literal = (text: string): string => (style === 'percent' ? text.replace(/%/g, '%%') : text);
  const args: Node[] = [];
  let sql = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('text' in part) {
      sql += literal(part.text);
      continue;
    }
    const next = parts[i + 1];
    const quote = /(['"])$/.exec(sql)?.[1];
    if (quote) {
      if (!next || !('text' in next) || !next.text.startsWith(quote)) return undefined;
      sql = sql.slice(0, -1);
      parts[i + 1] = { text: next.text.slice(1) };
    } else if (next && 'text' in next && /^['"%\w]/.test(next.text)) {
      return undefined;
    }
    if (/[%\w]$/.test(sql)) return undefined;
    args.push(part.expr);
    sql += placeholder(style, args.length);
  }
  return args.length > 0 ? { sql, args } : undefined;
}

/** Splits a printf-style format ("… '%s' …") and its arguments into parts (`%%` is a literal `%`). */
export function printfParts(format: string, args: Node[]): SqlPart[] | undefined {
  const parts: SqlPart[] = [];
  let used = 0;
  let last = 0;
  const verb = /%[-+# 0-9.]*([sdvqfx])|%%/g;
  for (let m = verb.exec(format); m; m = verb.exec(format)) {
    if (m[0] === '%%') continue;
    if (used >= args.length) return undefined;
    parts.push({ text: format.slice(last, m.index).replace(/%%/g, '%') }, { expr: args[used++] });
    last = m.index + m[0].length;
  }
  if (used !== args.length) return undefined;
  parts.push({ text: format.slice(last).replace(/%%/g, '%') });
  return parts;
}

/** Flattens `a + b + c` into its operands. */
export function concatOperands(node: Node, binaryType: string): Node[] {
  if (node.type === binaryType && node.childForFieldName('operator')?.text === '+') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left && right) return [...concatOperands(left, binaryType), ...concatOperands(right, binaryType)];
  }
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1)
    return concatOperands(node.namedChild(0)!, binaryType);
  return [node];
}

/** The SQL-building expression (the argument itself, or the value of the variable passed). */
export function sqlExpression(ctx: FixContext, node: Node, identifierType: string): Node | undefined {
  if (node.type !== identifierType) return node;
  const def = ctx.flow.scopes.resolve(node.text, node);
  if (!def?.value || def.kind !== 'assign') return undefined;
  return def.value.type === 'expression_list' && def.value.namedChildCount === 1 ? def.value.namedChild(0)! : def.value;
}
