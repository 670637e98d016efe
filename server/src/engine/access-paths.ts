// Access paths (docs/engine.md §4): a value is tracked per `x`, `x.f`, `this.f`, `m["k"]`, to a
// bounded depth, so that `job.command = req.x` does not taint `job.directory`. Syntax only: what
// path a member access reads or writes, which part of a literal a path names, and which part of
// a value each name of a destructuring pattern takes.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';

/** Segments tracked after the variable (`x.f.g` is read as `x.f`, whose value holds it). */
export const MAX_PATH = 2;
/** A segment written through a key that is not a constant (`m[k] = v`): it may be any of them. */
export const ANY = '*';

export interface AccessPath {
  /** The variable (an identifier) or the object's own receiver (`this`). */
  base: Node;
  name: string;
  segments: string[];
  /** The access went deeper than MAX_PATH: a write to it changes part of the path only. */
  truncated: boolean;
}

/** The text a constant key names (`"k"` → k, `0` → 0), or undefined for any other key. */
export function constantKey(node: Node): string | undefined {
  if (/^(number|integer|int_literal|decimal_integer_literal)$/.test(node.type)) return node.text;
  if (!/string/.test(node.type)) return undefined;
  if (node.namedChildren.some((c) => !!c && /interpolation|substitution|escape/.test(c.type))) return undefined;
  const quoted = /^[rbu]?(['"`])(.*)\1$/s.exec(node.text);
  return quoted && !/[`'"]/.test(quoted[2]) ? quoted[2] : undefined;
}

const NAME_TYPES = /^(identifier|property_identifier|field_identifier|private_property_identifier)$/;

/** The segment one member access adds: its property name or constant key, ANY for a computed key. */
function segmentOf(member: Node, property: string): string {
  const key = member.childForFieldName(property);
  if (!key) return ANY;
  if (NAME_TYPES.test(key.type) && !/subscript|index|array_access/.test(member.type)) return key.text;
  return constantKey(key) ?? ANY;
}

/** The path a member access reads or writes, when its root is a variable or `this`. */
export function accessPath(node: Node, syntax: SyntaxVocabulary): AccessPath | undefined {
  const segments: string[] = [];
  let current: Node | null = node;
  for (let depth = 0; current && depth < 32; depth++) {
    const spec = memberSpec(current, syntax);
    if (!spec) break;
    segments.unshift(segmentOf(current, spec.property));
    current = current.childForFieldName(spec.object);
  }
  if (!current || segments.length === 0) return undefined;
  if (!syntax.identifiers.includes(current.type) && current.type !== 'this') return undefined;
  return {
    base: current,
    name: current.text,
    segments: segments.slice(0, MAX_PATH),
    truncated: segments.length > MAX_PATH,
  };
}

/** The member-access shape of a node; a Java method call (listed among members) is not one. */
export function memberSpec(node: Node, syntax: SyntaxVocabulary): SyntaxVocabulary['members'][number] | undefined {
  if (syntax.calls.some((c) => c.type === node.type)) return undefined;
  return syntax.members.find((m) => m.type === node.type);
}

/** Whether a write to `written` may change what a read of `read` sees (ANY matches every segment). */
export function overlaps(written: string[], read: string[]): boolean {
  const n = Math.min(written.length, read.length);
  for (let i = 0; i < n; i++) if (written[i] !== read[i] && written[i] !== ANY && read[i] !== ANY) return false;
  return true;
}

const OBJECT_LITERALS = new Set(['object', 'dictionary']);
const SEQUENCE_LITERALS = new Set(['array', 'list', 'tuple', 'array_initializer', 'expression_list']);
const SPREADS = /spread|splat/;

/**
 * The part of a literal that a segment names (`{a: x}` by "a", `[x, y]` by "1", Go `T{f: x}` by
 * "f"); undefined when the node is no such literal or the part cannot be told (a spread).
 */
export function literalPart(node: Node, segment: string): Node | undefined {
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) {
    const inner = node.namedChild(0);
    return inner ? literalPart(inner, segment) : undefined;
  }
  let container = node;
  if (node.type === 'composite_literal') {
    const body = node.childForFieldName('body');
    if (!body) return undefined;
    container = body;
  }
  const parts = container.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
  if (parts.some((p) => SPREADS.test(p.type))) return undefined;
  const keyed = OBJECT_LITERALS.has(node.type) || parts.some((p) => p.type === 'keyed_element');
  if (keyed) {
    for (const part of parts) {
      if (part.type === 'shorthand_property_identifier' && part.text === segment) return part;
      const key = part.childForFieldName('key') ?? (part.type === 'keyed_element' ? part.namedChild(0) : null);
      const value = part.childForFieldName('value') ?? (part.type === 'keyed_element' ? part.namedChild(1) : null);
      if (!key || !value) continue;
      const name = NAME_TYPES.test(key.type) ? key.text : (constantKey(key) ?? keyName(key));
      if (name === segment) return unwrapElement(value);
    }
    return undefined;
  }
  if (!SEQUENCE_LITERALS.has(node.type) && node.type !== 'composite_literal') return undefined;
  if (!/^\d+$/.test(segment)) return undefined;
  const part = parts[Number(segment)];
  return part ? unwrapElement(part) : undefined;
}

/** Go wraps keys and values in literal_element. */
function keyName(key: Node): string | undefined {
  const inner = key.type === 'literal_element' ? key.namedChild(0) : null;
  if (!inner) return undefined;
  return NAME_TYPES.test(inner.type) ? inner.text : constantKey(inner);
}
function unwrapElement(node: Node): Node {
  return node.type === 'literal_element' && node.namedChild(0) ? node.namedChild(0)! : node;
}

const SEQUENCE_PATTERNS = new Set([
  'array_pattern',
  'tuple_pattern',
  'list_pattern',
  'pattern_list',
  'expression_list',
]);

/**
 * For each name a destructuring target binds, the part of the value it takes: `{a, b: c}` → a:
 * ["a"], c: ["b"]; `[x, [y]]` → x: ["0"], y: ["1", "0"]; a rest element takes the whole.
 * Undefined when the target is a plain name or a shape not understood (the whole value then).
 */
export function patternPaths(target: Node, syntax: SyntaxVocabulary): Map<number, string[]> | undefined {
  if (syntax.identifiers.includes(target.type)) return undefined;
  const paths = new Map<number, string[]>();
  let understood = true;
  const walk = (node: Node, path: string[]): void => {
    if (syntax.identifiers.includes(node.type)) {
      paths.set(node.id, path);
      return;
    }
    const children = node.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
    if (node.type === 'object_pattern') {
      for (const child of children) {
        if (child.type === 'pair_pattern') {
          const key = child.childForFieldName('key');
          const value = child.childForFieldName('value');
          const name = key ? (NAME_TYPES.test(key.type) ? key.text : constantKey(key)) : undefined;
          if (value) walk(value, name === undefined ? path : [...path, name]);
        } else if (child.type === 'object_assignment_pattern') {
          const left = child.childForFieldName('left');
          if (left) walk(left, [...path, left.text]);
        } else if (syntax.identifiers.includes(child.type)) paths.set(child.id, [...path, child.text]);
        else walk(child, path); // rest: the whole object
      }
    } else if (SEQUENCE_PATTERNS.has(node.type)) {
      children.forEach((child, i) =>
        walk(child, SPREADS.test(child.type) || /rest/.test(child.type) ? path : [...path, String(i)]),
      );
    } else if (/^(assignment_pattern|parenthesized_expression|rest_pattern|list_splat_pattern)$/.test(node.type)) {
      const inner = node.childForFieldName('left') ?? children[0];
      if (inner) walk(inner, path);
    } else understood = false;
  };
  walk(target, []);
  return understood && paths.size > 0 ? paths : undefined;
}
