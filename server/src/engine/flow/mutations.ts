// Statements that change a variable while keeping what it held: `c += " -l"`, `sb.append(x)`,
// `sb.append("a").append(x)`. Each is a definition of kind `augment`, whose value is what reached
// the variable before plus the new part (Dataflow.definition).

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from '../languages';
import { receiverOf, simpleName } from '../node-names';

/** Methods that mutate their receiver with their arguments: `sb.append(x)`, `list.push(x)`. */
export const MUTATORS =
  /^(append|add|addAll|push|unshift|put|putAll|set|setdefault|insert|extend|update|write|writelines|WriteString|concat|appendChild|setProperty)$/;

/** Whether an assignment node adds to its target (`+=`, `|=`; Java and Go spell them as assignments). */
export function isAugmented(node: Node, target: Node): boolean {
  const op = node.children.find((c) => !!c && !c.isNamed && c.startIndex >= target.endIndex);
  return !!op && /^[^=:!<>]+=$/.test(op.text);
}

/** The variable a mutating call changes: its receiver, or the root of a chain of them. */
export function mutatedVariable(call: Node, callee: Node | null, syntax: SyntaxVocabulary): Node | null {
  const name = callee ? simpleName(callee) : undefined;
  if (!name || !MUTATORS.test(name)) return null;
  let receiver = receiverOf(call, callee, syntax);
  for (let depth = 0; receiver && depth < 50; depth++) {
    const spec = syntax.calls.find((c) => c.type === receiver!.type);
    if (!spec) break;
    const inner = receiver.childForFieldName(spec.callee);
    if (!MUTATORS.test((inner && simpleName(inner)) ?? '')) return null;
    receiver = receiverOf(receiver, inner, syntax);
  }
  return receiver && syntax.identifiers.includes(receiver.type) ? receiver : null;
}
