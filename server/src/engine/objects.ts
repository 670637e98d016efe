// Where a configured object takes effect (labels.md, "Where a finding is reported"): an XML parser
// factory, a cookie, a TLS or session configuration is created on one line, configured on others
// and used (the parse, `addCookie`, the connection, the middleware registration) on another. A rule
// with an `object` section follows the created object through its variables, chained calls and
// objects derived from it (`dbf.newDocumentBuilder()`), in its function: a configuration call that
// makes it safe before it takes effect silences the rule; otherwise the finding is reported where it
// takes effect, with the creation as related information, and at the creation only when the file
// has no such use. Text order stands in for execution order (one function, straight-line use).

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { TextPattern } from './rule-regex';

export interface ObjectSpec {
  /** A call on the object (or one derived from it) whose text matches makes it safe. */
  safeWhen?: TextPattern;
  /** Method names at which the object takes effect: `parse`, `build`, `listen`. */
  effectMethods?: TextPattern;
  /** Calls that put the object into effect when it is passed to them: `addCookie`, `app.use`. */
  passedTo?: TextPattern;
  /** Line of the section in its rule file. */
  line: number;
}

export interface ObjectLife {
  /** A configuration call made it safe before it took effect. */
  safe: boolean;
  /** The first call where the object takes effect, when the function has one. */
  effect?: Node;
}

/** At most this many expressions are followed per object: a hostile file costs no more. */
const MAX_HANDLES = 64;

interface Call {
  node: Node;
  callee: Node;
  args: Node | null;
}

function callOf(node: Node | null, syntax: SyntaxVocabulary): Call | undefined {
  if (!node) return undefined;
  for (const c of syntax.calls) {
    if (node.type !== c.type) continue;
    const callee = node.childForFieldName(c.callee);
    if (callee) return { node, callee, args: node.childForFieldName(c.args) };
  }
  return undefined;
}

/** `h.m(…)` with h the handle: the call and the method name. Java calls hold the object directly. */
function methodCallOn(handle: Node, syntax: SyntaxVocabulary): { call: Node; method: string } | undefined {
  const parent = handle.parent;
  if (!parent) return undefined;
  // Java: (method_invocation object: h name: m)
  if (parent.type === 'method_invocation' && parent.childForFieldName('object')?.id === handle.id) {
    const name = parent.childForFieldName('name');
    return name ? { call: parent, method: name.text } : undefined;
  }
  for (const m of syntax.members) {
    if (parent.type !== m.type || parent.childForFieldName(m.object)?.id !== handle.id) continue;
    const call = callOf(parent.parent, syntax);
    const property = parent.childForFieldName(m.property);
    if (call && call.callee.id === parent.id && property) return { call: call.node, method: property.text };
  }
  return undefined;
}

/** The call h is an argument of, if any (through at most one wrapping node such as Go's `&h`). */
function argumentOf(handle: Node, syntax: SyntaxVocabulary): Call | undefined {
  let node: Node | null = handle.parent;
  for (let depth = 0; node && depth < 3; depth++, node = node.parent) {
    const call = callOf(node.parent, syntax);
    if (call?.args && call.args.id === node.id) return call;
    if (call) return undefined;
  }
  return undefined;
}

/** The variable names the handle is assigned to (`T v = h`, `v = h`, `v := h`). */
function boundNames(handle: Node, syntax: SyntaxVocabulary): Array<{ name: string; after: number }> {
  // Go binds the address of a literal: `c := &http.Cookie{…}`.
  const element =
    handle.parent?.type === 'unary_expression' && handle.parent.text.startsWith('&') ? handle.parent : handle;
  let value: Node = element;
  // Go and Python wrap the right-hand side in an expression list.
  if (value.parent?.type === 'expression_list') value = value.parent;
  const parent = value.parent;
  if (!parent) return [];
  for (const a of syntax.assignments) {
    if (parent.type !== a.type || a.augmented) continue;
    if (parent.childForFieldName(a.value)?.id !== value.id) continue;
    const target = parent.childForFieldName(a.target);
    if (!target) return [];
    const names =
      target.type === 'expression_list' || target.type === 'pattern_list'
        ? target.namedChildren.filter((n): n is Node => !!n && syntax.identifiers.includes(n.type))
        : syntax.identifiers.includes(target.type)
          ? [target]
          : [];
    // In a list assignment only the position of the handle binds it: `v, err := New()`.
    const index = value.type === 'expression_list' ? value.namedChildren.findIndex((n) => n?.id === element.id) : 0;
    const picked = value.type === 'expression_list' && names.length > 1 ? [names[index]].filter(Boolean) : names;
    return picked.map((n) => ({ name: n.text, after: parent.endIndex }));
  }
  return [];
}

function identifiersNamed(scope: Node, name: string, after: number, syntax: SyntaxVocabulary): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    if (out.length > MAX_HANDLES || node.endIndex <= after) return;
    if (node.startIndex >= after && syntax.identifiers.includes(node.type) && node.text === name) out.push(node);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(scope);
  return out;
}

/**
 * Follows the object created at `creation` within `scope` (its function, else the file): the
 * earliest call where it takes effect, and whether a configuration call before it made it safe.
 */
export function followObject(creation: Node, scope: Node, spec: ObjectSpec, syntax: SyntaxVocabulary): ObjectLife {
  const handles: Node[] = [creation];
  const seen = new Set<number>();
  const configured: number[] = [];
  const effects: Node[] = [];
  for (let i = 0; i < handles.length && i < MAX_HANDLES; i++) {
    const handle = handles[i];
    if (seen.has(handle.id)) continue;
    seen.add(handle.id);
    const method = methodCallOn(handle, syntax);
    if (method) {
      if (spec.safeWhen?.test(method.call.text)) configured.push(method.call.endIndex);
      if (spec.effectMethods?.test(method.method)) effects.push(method.call);
      // The call's result is the object itself (a builder, a setter returning this) or one derived
      // from it (a parser from its factory): either way it carries the configuration so far.
      else handles.push(method.call);
      continue;
    }
    const passed = argumentOf(handle, syntax);
    if (passed) {
      if (spec.passedTo?.test(passed.callee.text)) effects.push(passed.node);
      continue;
    }
    for (const { name, after } of boundNames(handle, syntax))
      handles.push(...identifiersNamed(scope, name, after, syntax));
  }
  // By where calls end: in a chain `new P().harden().parse(x)` every call starts at the same place.
  const effect = effects.sort((a, b) => a.endIndex - b.endIndex)[0];
  const before = effect?.endIndex ?? Infinity;
  return { safe: configured.some((at) => at < before), effect };
}
