// The definitions an assignment or a mutating call makes, for the scope index (scopes.ts): plain
// names, parallel assignment, destructuring patterns (each name with the part of the value it
// takes), and writes into part of a variable (`x.f = v`, `m["k"] = v`, `m.put("k", v)`), which
// keep the path they write (access-paths.ts).

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { Definition, DefinitionKind } from './scopes';
import { bindingIdentifiers, isList, receiverOf, simpleName } from './node-names';
import { accessPath, ANY, constantKey, memberSpec, patternPaths } from './access-paths';
import { mutatedVariable } from './flow/mutations';

/** Methods that store a value under a key: `m.put("k", v)`, `m.set("k", v)`. */
const KEYED_PUTS = /^(put|set|setdefault|putIfAbsent)$/;

/** The definitions an assignment of `value` to `target` makes. */
export function targetDefinitions(
  target: Node,
  value: Node | null,
  effectiveAt: number,
  kind: DefinitionKind,
  syntax: SyntaxVocabulary,
): Definition[] {
  // Writes into a container or field: d["k"] = v, obj.x = v, this.x = v (Go: a, b.f = …).
  const parts = target.type === 'expression_list' ? target.namedChildren.filter((n): n is Node => !!n) : [target];
  if (parts.some((p) => memberSpec(p, syntax))) {
    const values = value?.type === 'expression_list' ? value.namedChildren.filter((n): n is Node => !!n) : null;
    return parts.flatMap((part, i) => {
      const v = values && values.length === parts.length ? values[i] : value;
      if (memberSpec(part, syntax)) return storeDefinitions(part, v, effectiveAt, syntax);
      return bindingIdentifiers(part, syntax).map((id) => ({ name: id.text, kind, target: id, value: v, effectiveAt }));
    });
  }
  const targets = bindingIdentifiers(target, syntax);
  // Parallel assignment a, b = x, y pairs targets with values when the counts agree.
  const values =
    value && isList(value) ? value.namedChildren.filter((v): v is Node => !!v && v.type !== 'comment') : null;
  const paired = !!values && values.length === targets.length;
  const paths = !paired && value && kind === 'assign' ? patternPaths(target, syntax) : undefined;
  return targets.map((id, i) => {
    const v = paired ? values![i] : value;
    const valueIndex = v === value && targets.length > 1 && kind === 'assign' ? i : undefined;
    return { name: id.text, kind, target: id, value: v, effectiveAt, valueIndex, valuePath: paths?.get(id.id) };
  });
}

/**
 * A write into part of a variable: an `augment` of the variable as a whole (it still holds what
 * it held), carrying the path written so that a read of another part can tell it apart.
 */
function storeDefinitions(
  target: Node,
  value: Node | null,
  effectiveAt: number,
  syntax: SyntaxVocabulary,
): Definition[] {
  const path = accessPath(target, syntax);
  if (path) {
    const { base, segments, truncated } = path;
    const written = truncated ? [...segments, ANY] : segments;
    return [
      {
        name: base.text,
        kind: 'augment',
        target: base,
        value,
        effectiveAt,
        path: written,
        partValue: value ?? undefined,
      },
    ];
  }
  let base: Node | null = target;
  for (let spec = memberSpec(base, syntax); base && spec; spec = base ? memberSpec(base, syntax) : undefined)
    base = base.childForFieldName(spec.object);
  if (!base || !syntax.identifiers.includes(base.type)) return [];
  return [{ name: base.text, kind: 'augment', target: base, value, effectiveAt }];
}

/** `sb.append(x)`, `items.push(x)`: an augment of the variable; `m.put("k", v)` also writes the part m["k"]. */
export function mutationDefinition(
  call: Node,
  callee: Node | null,
  args: Node,
  syntax: SyntaxVocabulary,
): Definition | undefined {
  const mutated = mutatedVariable(call, callee, syntax);
  if (!mutated) return undefined;
  const [key, partValue] = args.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
  const direct = receiverOf(call, callee, syntax)?.id === mutated.id;
  const name = callee ? simpleName(callee) : undefined;
  const segment = direct && partValue && KEYED_PUTS.test(name ?? '') && key ? constantKey(key) : undefined;
  return {
    name: mutated.text,
    kind: 'augment',
    target: mutated,
    value: args,
    effectiveAt: call.endIndex,
    ...(segment !== undefined ? { path: [segment], partValue } : {}),
  };
}
