// What a function returns, and the text a `resolve: true` rule condition reads: an expression's own text plus the values its
// variables were last assigned, two levels deep, so `"a=" + v + attrs` is read together with what
// `attrs` holds.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { FunctionInfo, ScopeIndex } from './scopes';

export function valueText(node: Node, scopes: ScopeIndex, syntax: SyntaxVocabulary, depth = 2): string {
  const identifiers = syntax.identifiers;
  const ids = identifiers.includes(node.type)
    ? [node]
    : node.descendantsOfType(identifiers).filter((n): n is Node => !!n);
  const parts = [node.text];
  for (const id of ids.slice(0, 20)) {
    const value = scopes.resolve(id.text, id)?.value;
    if (value && value.id !== node.id) parts.push(depth > 1 ? valueText(value, scopes, syntax, depth - 1) : value.text);
  }
  return parts.join(' ');
}

/** The expressions a function returns (found once, kept on the function). */
export function returnsOf(fn: FunctionInfo, syntax: SyntaxVocabulary): Node[] {
  if (fn.returns.length > 0) return fn.returns;
  const found: Node[] = [];
  const visit = (n: Node): void => {
    for (const child of n.namedChildren) {
      if (!child || syntax.functions.includes(child.type)) continue;
      if (syntax.returns.includes(child.type)) {
        const value = child.namedChildren.find((c) => c && !/comment/.test(c.type));
        if (value) found.push(value);
      } else visit(child);
    }
  };
  const body = fn.node.childForFieldName('body');
  if (body) visit(body);
  fn.returns.push(...found);
  return found;
}

/** What a Java switch expression yields: each rule's expression and every `yield` (its selector is no value). */
export function switchValues(node: Node): Node[] {
  const values: Node[] = [];
  for (const arm of node.childForFieldName('body')?.namedChildren ?? []) {
    if (arm?.type !== 'switch_rule') continue;
    const body = arm.namedChildren.find((c) => c?.type === 'expression_statement');
    const expression = body?.namedChildren.find((c) => c && !/comment/.test(c.type));
    if (expression) values.push(expression);
  }
  for (const y of node.descendantsOfType('yield_statement')) {
    const value = y?.namedChildren.find((c) => c && !/comment/.test(c.type));
    if (value) values.push(value);
  }
  return values;
}
