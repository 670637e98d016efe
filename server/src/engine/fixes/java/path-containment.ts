// Java: a file path built from request data is checked to stay inside its base directory
// (normalized, compared by path components) before it is used; "../" escapes are refused.

import type { Node } from 'web-tree-sitter';
import { addImport, indentUnit, insertLinesBefore, isTainted, statementOf } from '../edits';
import type { FixContext, Fixer, Propose, TextEdit } from '../model';
import { unconditionalIn } from './statements';
import { concatOperands } from '../sql';

/** The type a name was declared with (parameter, local or field), or undefined. */
export function declaredType(ctx: FixContext, name: Node): string | undefined {
  const def = ctx.flow.scopes.resolve(name.text, name);
  let decl = def?.target.parent;
  if (decl?.type === 'variable_declarator') decl = decl.parent;
  return decl?.childForFieldName('type')?.text;
}

/** A string known before the request arrives: a literal, or a name holding one (local or final field). */
export function fixedString(ctx: FixContext, node: Node): string | undefined {
  if (isTainted(ctx, node)) return undefined;
  if (node.type === 'string_literal') return /^"([^"\\]*)"$/.exec(node.text)?.[1];
  if (node.type !== 'identifier') return undefined;
  // valueText gives the name and what it holds: `BASE "/srv/files"`.
  const m = /^(?:[\w$]+ )?"([^"\\]*)"$/.exec(ctx.flow.valueText(node));
  if (m) return m[1];
  return undefined;
}

/** An expression that can be evaluated twice with the same result: names, literals, getters. */
export function rereadable(node: Node): boolean {
  switch (node.type) {
    case 'identifier':
    case 'field_access':
    case 'string_literal':
    case 'decimal_integer_literal':
    case 'this':
      return true;
    case 'parenthesized_expression':
      return node.namedChildren.every((c) => !!c && rereadable(c));
    case 'binary_expression':
      return (
        node.childForFieldName('operator')?.text === '+' &&
        rereadable(node.childForFieldName('left')!) &&
        rereadable(node.childForFieldName('right')!)
      );
    case 'method_invocation': {
      const object = node.childForFieldName('object');
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      return (
        /^(get|to)[A-Z]\w*$/.test(node.childForFieldName('name')?.text ?? '') &&
        (!object || rereadable(object)) &&
        args.every((a) => !!a && (a.type === 'string_literal' || a.type === 'identifier'))
      );
    }
    default:
      return false;
  }
}

/** A String-valued expression (a String name, a concatenation starting with text, a getter). */
function stringValued(ctx: FixContext, node: Node): boolean {
  if (node.type === 'string_literal') return true;
  if (node.type === 'identifier') return declaredType(ctx, node) === 'String';
  if (node.type === 'binary_expression')
    return concatOperands(node, 'binary_expression').some((o) => stringValued(ctx, o));
  return (
    node.type === 'method_invocation' &&
    /^get\w*(Name|Parameter|Header|Filename|Path)$/.test(node.childForFieldName('name')?.text ?? '')
  );
}

interface Containment {
  /** A Path expression for the path the sink uses. */
  full: string;
  /** A Path expression for the directory it must stay in. */
  base: string;
}

/** "dir/" + name (or a String name holding that): the leading fixed text is the base. */
function concatenated(ctx: FixContext, expr: Node): Containment | undefined {
  if (!rereadable(expr)) return undefined;
  const value =
    expr.type === 'identifier' && declaredType(ctx, expr) === 'String'
      ? ctx.flow.scopes.resolve(expr.text, expr)?.value
      : expr;
  if (!value || value.type !== 'binary_expression') return undefined;
  const operands = concatOperands(value, 'binary_expression');
  let prefix = '';
  for (const o of operands) {
    const text = fixedString(ctx, o);
    if (text === undefined) break;
    prefix += text;
  }
  // The base must be a directory written out (".../"), and no URL scheme or drive (Paths rejects "classpath:" on Windows).
  if (!/[/\\]$/.test(prefix) || prefix.includes(':') || prefix === '/') return undefined;
  return { full: `Paths.get(${expr.text})`, base: `Paths.get(${JSON.stringify(prefix)})` };
}

function containmentOf(ctx: FixContext, sink: Node): Containment | undefined {
  const args = sink.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  if (sink.type === 'method_invocation') {
    const name = sink.childForFieldName('name')?.text;
    const object = sink.childForFieldName('object');
    if (name === 'resolve' && object && args.length === 1 && rereadable(object) && rereadable(args[0])) {
      if (!/^(Path|java\.nio\.file\.Path)$/.test(object.type === 'identifier' ? (declaredType(ctx, object) ?? '') : ''))
        return undefined;
      if (isTainted(ctx, object) || !stringValued(ctx, args[0])) return undefined;
      return { full: sink.text, base: object.text };
    }
    const paths = /^(java\.nio\.file\.)?(Paths|Path)$/.test(object?.text ?? '') && /^(get|of)$/.test(name ?? '');
    if (paths && args.length >= 2) return several(ctx, args);
    if (args.length >= 1 && (paths || /^(getResourceAsStream|getRealPath|write)$/.test(name ?? '')))
      return args.length === 1 ? concatenated(ctx, args[0]) : undefined;
    return undefined;
  }
  const type = sink.childForFieldName('type')?.text ?? '';
  if (type === 'File' && args.length === 2) return several(ctx, args);
  const textPath =
    /^(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|ClassPathResource|FileSystemResource)$/;
  if (!textPath.test(type) || args.length === 0) return undefined;
  // FileWriter(name, true), RandomAccessFile(name, "rw"): the path is the first argument.
  if (args.length > 1 && !/^(FileOutputStream|FileWriter|RandomAccessFile)$/.test(type)) return undefined;
  return concatenated(ctx, args[0]);
}

/** new File(BASE, name), Paths.get(BASE, a, b): the first argument is the base. */
function several(ctx: FixContext, args: Node[]): Containment | undefined {
  const [base, ...rest] = args;
  if (fixedString(ctx, base) === undefined || !rest.every((a) => rereadable(a) && stringValued(ctx, a)))
    return undefined;
  return { full: `Paths.get(${args.map((a) => a.text).join(', ')})`, base: `Paths.get(${base.text})` };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const found = containmentOf(ctx, sink);
  if (!found) return undefined;
  const stmt = statementOf(ctx, sink);
  if (!unconditionalIn(stmt, sink)) return undefined;
  const edits: TextEdit[] = [];
  if (found.full.includes('Paths.') || found.base.includes('Paths.')) {
    const imp = addImport(ctx, 'import java.nio.file.Paths;', /import\s+java\.nio\.file\.(Paths|\*)\s*;/);
    if (imp) edits.push(imp);
  }
  edits.push(
    insertLinesBefore(ctx, stmt, [
      `if (!${found.full}.normalize().startsWith(${found.base}.normalize())) {`,
      `${indentUnit(ctx)}throw new IllegalArgumentException("Invalid file path");`,
      '}',
    ]),
  );
  return { title: 'Refuse paths that leave the base directory', edits };
};

export const pathContainmentFixer: Fixer = { name: 'java-path-containment', safety: 'safe', propose };
