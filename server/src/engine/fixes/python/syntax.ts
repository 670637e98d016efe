// Python syntax helpers shared by the Python fixers: string literals, SQL and command pieces,
// keyword arguments.

import type { Node } from 'web-tree-sitter';
import { concatOperands, printfParts, type SqlPart } from '../sql';

/** Text of a Python string literal's content (no prefix, no quotes), or undefined for f-strings. */
export function pyLiteral(node: Node): string | undefined {
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return node.namedChildren
    .filter((c): c is Node => c?.type === 'string_content')
    .map((c) => c.text)
    .join('');
}

export function pySqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'string') {
    // f"… {value} …"
    if (!/^f/i.test(expr.text)) return undefined;
    return expr.namedChildren
      .filter((c): c is Node => !!c && (c.type === 'string_content' || c.type === 'interpolation'))
      .map((c) =>
        c.type === 'string_content'
          ? { text: c.text }
          : { expr: c.childForFieldName('expression') ?? c.namedChild(0)! },
      );
  }
  if (expr.type === 'binary_operator' && expr.childForFieldName('operator')?.text === '%') {
    const format = pyLiteral(expr.childForFieldName('left')!);
    const right = expr.childForFieldName('right')!;
    const args = right.type === 'tuple' ? right.namedChildren.filter((c): c is Node => !!c) : [right];
    return format === undefined ? undefined : printfParts(format, args);
  }
  if (
    expr.type === 'call' &&
    /^\.format$/.test(`.${expr.childForFieldName('function')?.childForFieldName('attribute')?.text}`)
  ) {
    const object = expr.childForFieldName('function')?.childForFieldName('object');
    const format = object ? pyLiteral(object) : undefined;
    const args = expr.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c) ?? [];
    if (
      format === undefined ||
      args.some((a) => a.type === 'keyword_argument') ||
      /\{[^}]|\}/.test(format.replace(/\{\}/g, ''))
    )
      return undefined;
    // A literal % in a .format() string is no printf verb: escape it before reading `{}` as `%s`.
    return printfParts(format.replace(/%/g, '%%').replace(/\{\}/g, '%s'), args);
  }
  const operands = concatOperands(expr, 'binary_operator');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = pyLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}

export function pyQuote(sql: string): string {
  return sql.includes('"') ? `'${sql.replace(/'/g, "\\'")}'` : `"${sql}"`;
}

/** A value in an identifier position (ORDER BY {col}, FROM {table}) cannot become a bound parameter. */
export function identifierPosition(parts: SqlPart[]): boolean {
  return parts.some(
    (part, i) =>
      'expr' in part &&
      i > 0 &&
      'text' in parts[i - 1] &&
      /(order\s+by|group\s+by|\bfrom|\bjoin|\binto|\btable|\bupdate|\bselect|,|\.)\s*$/i.test(
        (parts[i - 1] as { text: string }).text,
      ),
  );
}

/** The keyword arguments of a call by name. */
export function keywordArguments(args: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const arg of args.namedChildren) {
    if (arg?.type === 'keyword_argument')
      out.set(arg.childForFieldName('name')?.text ?? '', arg.childForFieldName('value')!);
  }
  return out;
}

/** `'ping -c 1 ' + host` → ['ping', '-c', '1', host] when every value is a whole word. */
export function argvOf(parts: SqlPart[]): string[] | undefined {
  const argv: string[] = [];
  let pendingWord = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('text' in part) {
      if (/[|;&$`<>(){}*?"'\\]/.test(part.text)) return undefined;
      const words = part.text.split(/\s+/);
      words.forEach((w, j) => {
        if (j > 0 && pendingWord) {
          argv.push(`'${pendingWord}'`);
          pendingWord = '';
        }
        pendingWord += w;
      });
    } else {
      if (pendingWord) return undefined; // value glued to text: "--name=" + x
      argv.push(part.expr.text);
      const next = parts[i + 1];
      if (next && 'text' in next && next.text && !/^\s/.test(next.text)) return undefined;
    }
  }
  if (pendingWord) argv.push(`'${pendingWord}'`);
  return argv.length > 0 ? argv : undefined;
}
