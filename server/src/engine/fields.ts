// Fields of the same class across its methods (docs/engine.md §4): `this.f = req.x` in one method
// reaches `this.f` in another. Flow-insensitive: a field holds what any method of its class (or
// its initializer) stores in it. Found lazily, once per class and field, by reading the class.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import { accessPath } from './access-paths';
import { MUTATORS } from './flow/mutations';
import { receiverOf, simpleName } from './node-names';

export interface FieldStore {
  /** The expression stored (for a mutating call, its argument list). */
  value: Node;
  /** Where it is stored, for the trace. */
  target: Node;
}

const CLASS_TYPES = new Set([
  'class_declaration',
  'class_definition',
  'class',
  'record_declaration',
  'enum_declaration',
]);
const OWN = /^(this|self|cls)$/;

export class FieldStores {
  /** The class (or, in Go, the receiver type) of each method, by the method's node id. */
  private readonly owners = new Map<number, string | null>();
  private readonly classNodes = new Map<string, Node[]>();
  /** By class: each field's stores, found in one pass over the class. */
  private readonly stores = new Map<string, Map<string, FieldStore[]>>();

  constructor(
    private readonly root: Node,
    private readonly syntax: SyntaxVocabulary,
  ) {}

  /** Whether `base` (in `fn`) is the object's own receiver: `this`, Python's `self`, a Go method's receiver. */
  isOwnReceiver(base: Node, fn: Node | undefined): boolean {
    if (!fn) return false;
    if (base.type === 'this') return true;
    const receiver = this.goReceiver(fn);
    if (receiver) return receiver.name === base.text;
    return OWN.test(base.text) && fn.type === 'function_definition' && this.owner(fn) !== null;
  }

  /** What the methods of `fn`'s class store in `field`; undefined when `fn` is no method or nothing is stored. */
  storesOf(fn: Node, field: string): FieldStore[] | undefined {
    const owner = this.owner(fn);
    if (!owner) return undefined;
    let fields = this.stores.get(owner);
    if (!fields) {
      fields = new Map();
      for (const node of this.classNodes.get(owner) ?? []) this.collect(node, fields);
      this.stores.set(owner, fields);
    }
    return fields.get(field);
  }

  private owner(fn: Node): string | null {
    let owner = this.owners.get(fn.id);
    if (owner !== undefined) return owner;
    owner = null;
    const receiver = this.goReceiver(fn);
    if (receiver) {
      owner = `go:${receiver.type}`;
      if (!this.classNodes.has(owner)) {
        const methods = this.root
          .descendantsOfType('method_declaration')
          .filter((m): m is Node => !!m && this.goReceiver(m)?.type === receiver.type);
        this.classNodes.set(owner, methods);
      }
    } else {
      for (let node = fn.parent; node; node = node.parent) {
        if (!CLASS_TYPES.has(node.type)) continue;
        owner = `class:${node.id}`;
        this.classNodes.set(owner, [node]);
        break;
      }
    }
    this.owners.set(fn.id, owner);
    return owner;
  }

  /** A Go method's receiver: its name and type (`s`, `Server` for `func (s *Server) m()`). */
  private goReceiver(fn: Node): { name: string; type: string } | undefined {
    if (fn.type !== 'method_declaration') return undefined;
    const declaration = fn
      .childForFieldName('receiver')
      ?.namedChildren.find((c) => c?.type === 'parameter_declaration');
    const name = declaration?.childForFieldName('name')?.text;
    const type = declaration?.childForFieldName('type')?.text.replace(/^\*/, '');
    return name && type ? { name, type } : undefined;
  }

  /** Every store into an own field in `scope` (a class, or a Go method), and the initializers. */
  private collect(scope: Node, into: Map<string, FieldStore[]>): void {
    const add = (field: string, store: FieldStore): void => {
      const list = into.get(field);
      if (list) list.push(store);
      else into.set(field, [store]);
    };
    const syntax = this.syntax;
    const fieldTypes = ['field_declaration', 'public_field_definition', 'field_definition'];
    const methods = scope.type === 'method_declaration' ? [scope] : [];
    for (const node of scope.type === 'method_declaration' ? [] : scope.descendantsOfType(fieldTypes)) {
      // Initializers: Java `String f = "ls";`, TS `private f = ''`, JS `f = 'ls'`.
      for (const declarator of node ? [node, ...node.descendantsOfType('variable_declarator')] : []) {
        const name = declarator?.childForFieldName('name') ?? declarator?.childForFieldName('property');
        const value = declarator?.childForFieldName('value');
        if (name && value) add(name.text, { value, target: name });
      }
    }
    if (methods.length === 0) {
      const body = scope.childForFieldName('body');
      const members = body?.type === 'class_body' || body?.type === 'block' ? body.namedChildren : [];
      for (const member of members) {
        const fn = member?.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        if (fn && syntax.functions.includes(fn.type)) methods.push(fn);
      }
    }
    const assignmentTypes = syntax.assignments.map((a) => a.type);
    const callTypes = syntax.calls.map((c) => c.type);
    for (const method of methods) {
      const locals = this.localNames(method);
      for (const node of method.descendantsOfType([...assignmentTypes, ...callTypes])) {
        if (!node) continue;
        const spec = syntax.assignments.find((a) => a.type === node.type);
        if (spec) {
          const left = node.childForFieldName(spec.target);
          const value = node.childForFieldName(spec.value);
          if (!left || !value) continue;
          for (const target of left.type === 'expression_list' ? left.namedChildren : [left]) {
            const field = target && this.fieldOf(target, method, node, locals);
            if (field) add(field, { value, target: target! });
          }
          continue;
        }
        // this.parts.push(part), self.items.append(x).
        const callSpec = syntax.calls.find((c) => c.type === node.type);
        const callee = callSpec ? node.childForFieldName(callSpec.callee) : null;
        const args = callSpec ? node.childForFieldName(callSpec.args) : null;
        const receiver = callee && MUTATORS.test(simpleName(callee) ?? '') ? receiverOf(node, callee, syntax) : null;
        const field = receiver && args ? this.fieldOf(receiver, method, node, locals) : undefined;
        if (field) add(field, { value: args!, target: receiver! });
      }
    }
  }

  /** The own field `target` names: `this.f`, `self.f`, `s.f` (Go receiver), or Java's bare `f`. */
  private fieldOf(target: Node, method: Node, at: Node, locals: Set<string>): string | undefined {
    const path = accessPath(target, this.syntax);
    if (path) return this.isOwnReceiver(path.base, method) ? path.segments[0] : undefined;
    // Java: a bare name assigned in a method that declares no local or parameter of that name.
    if (target.type !== 'identifier' || at.type !== 'assignment_expression' || locals.has(target.text))
      return undefined;
    return /^(method_declaration|constructor_declaration)$/.test(method.type) ? target.text : undefined;
  }

  private localNames(method: Node): Set<string> {
    if (!/^(method_declaration|constructor_declaration)$/.test(method.type)) return new Set();
    const names = method.descendantsOfType(['variable_declarator', 'formal_parameter', 'catch_formal_parameter']);
    return new Set(names.map((d) => d?.childForFieldName('name')?.text ?? ''));
  }
}
