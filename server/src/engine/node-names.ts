// What a syntax node is called: a function's name, a callee's last identifier, a method call's
// receiver. Shared by the scope index, the dataflow analysis and the fixers.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';

export function isList(node: Node): boolean {
  return ['expression_list', 'pattern_list', 'tuple', 'tuple_pattern', 'array', 'array_pattern'].includes(node.type);
}

export function lastIdentifierChild(node: Node, syntax: SyntaxVocabulary): Node | null {
  // Python `except ValueError as e:` (grammars differ on whether `e` sits in an as_pattern).
  const children = node.namedChildren.filter((c): c is Node => !!c);
  for (const child of children) {
    if (child.type === 'as_pattern') return null; // handled by the as_pattern binding
  }
  const ids = children.filter((c) => syntax.identifiers.includes(c.type));
  return ids.length >= 2 ? ids[ids.length - 1] : null;
}

/** The name a function is known by: its own name, or the variable/property it is assigned to. */
export function functionName(node: Node): string | undefined {
  const own = node.childForFieldName('name');
  if (own) return own.text;
  const parent = node.parent;
  if (!parent) return undefined;
  if (parent.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent.type === 'pair') return parent.childForFieldName('key')?.text;
  if (parent.type === 'assignment_expression' || parent.type === 'assignment') {
    const left = parent.childForFieldName('left');
    return left ? simpleName(left) : undefined;
  }
  return undefined;
}

/** Last identifier of a callee: `foo` for foo(), obj.foo(), pkg.foo(), this.foo(). */
export function simpleName(callee: Node): string | undefined {
  if (/identifier$/.test(callee.type)) return callee.text;
  const property =
    callee.childForFieldName('property') ??
    callee.childForFieldName('attribute') ??
    callee.childForFieldName('field') ??
    callee.childForFieldName('name');
  if (property) return property.text;
  const last = callee.lastNamedChild;
  return last && /identifier$/.test(last.type) ? last.text : undefined;
}

/** The object a method is called on: `obj` in obj.m(x); Java keeps it in the call's `object` field. */
export function receiverOf(call: Node, callee: Node | null, syntax: SyntaxVocabulary): Node | null {
  const direct = call.childForFieldName('object');
  if (direct) return direct;
  if (!callee) return null;
  const member = syntax.members.find((m) => m.type === callee.type);
  return member ? callee.childForFieldName(member.object) : null;
}

/** Identifiers bound by a target or parameter: `x`, `a, b`, `{a, b: c}`, `[x, ...rest]`, `x int`. */
export function bindingIdentifiers(node: Node, syntax: SyntaxVocabulary): Node[] {
  if (syntax.identifiers.includes(node.type)) return [node];
  if (syntax.opaque.includes(node.type) || syntax.literals.includes(node.type)) return [];
  if (syntax.members.some((m) => m.type === node.type)) return [];
  for (const field of ['name', 'pattern', 'left', 'value']) {
    const named = node.childrenForFieldName(field).filter((n): n is Node => !!n);
    if (named.length > 0 && !(field === 'value' && node.type !== 'pair_pattern')) {
      return named.flatMap((n) => bindingIdentifiers(n, syntax));
    }
    if (field === 'value' && node.type === 'pair_pattern' && named.length > 0)
      return named.flatMap((n) => bindingIdentifiers(n, syntax));
  }
  return node.namedChildren.filter((n): n is Node => !!n).flatMap((n) => bindingIdentifiers(n, syntax));
}
