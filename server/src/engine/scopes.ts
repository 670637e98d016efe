// Builds, once per tree, the index the dataflow analysis needs: function scopes with their
// parameters and return expressions, every definition of every variable, and same-file call sites.

import { Node, Tree } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import { bindingIdentifiers, functionName, lastIdentifierChild, receiverOf, simpleName } from './node-names';
import { walkAll, walkFocused } from './scope-walk';
import type { StepPacer, TextSpan } from './windows';
import { FunctionFlows } from './flow/reaching';
import { isAugmented } from './flow/mutations';
import { overlaps } from './access-paths';
import { mutationDefinition, targetDefinitions } from './scope-definitions';

/** `guard`: a condition proved the variable clean on this path (flow/guards.ts). */
export type DefinitionKind = 'assign' | 'augment' | 'param' | 'loop' | 'catch' | 'out-arg' | 'import' | 'guard';

export interface Definition {
  name: string;
  kind: DefinitionKind;
  /** The identifier that receives the value. */
  target: Node;
  /** The expression whose value flows in (absent for declarations without a value). */
  value: Node | null;
  /** Text index after which the definition is visible (the end of the assignment). */
  effectiveAt: number;
  valueIndex?: number; // v, err := f(x): this target's position among f's results
  /** Destructuring: the part of `value` this name takes (`{a: x}` → ["a"]; access-paths.ts). */
  valuePath?: string[];
  /** A write to part of the variable (`x.f = v`, `m["k"] = v`, `m.put("k", v)`): the path written. */
  path?: string[];
  /** For a write to part of the variable: what that part receives (`value` is what the whole does). */
  partValue?: Node;
  /** For parameters: the function and the parameter's position. */
  fn?: FunctionInfo;
  paramIndex?: number;
}

export interface FunctionInfo {
  node: Node;
  name?: string;
  params: Node[];
  /** Index of the first parameter that call sites pass (1 for Python methods taking self). */
  firstArgParam: number;
  returns: Node[];
}

interface Scope {
  node: Node;
  parent?: Scope;
  /** Adds the definitions not recorded yet (parameters of a lazily indexed function). */
  complete?: () => void;
  defs: Map<string, Definition[]>;
}

export class ScopeIndex {
  private readonly scopes = new Map<number, Scope>();
  readonly functionsByName = new Map<string, FunctionInfo[]>();
  readonly functionByNode = new Map<number, FunctionInfo>();
  /** Every named call, whatever its receiver; see `localCallSites`. */
  private readonly callSitesByName = new Map<string, Node[]>();
  private readonly localCallSitesByName = new Map<string, Node[]>();
  private readonly root: Scope;
  /**
   * Function scopes sorted by start (outer first on ties), each with its enclosing function scope.
   * Lookups go by text range: web-tree-sitter's `node.parent` re-descends from the root, so walking
   * up parents costs O(depth²) and took tens of seconds on 10,000-deep nesting.
   */
  private readonly functionScopes: Scope[] = [];
  private flows: FunctionFlows | undefined;

  /**
   * With a `focus` (a text range), only the top-level declarations overlapping it are indexed in
   * full; other top-level functions are skipped (used for fast re-scans after an edit).
   */
  constructor(
    tree: Tree,
    private readonly syntax: SyntaxVocabulary,
    focus?: TextSpan,
    build = true,
  ) {
    this.root = { node: tree.rootNode, defs: new Map() };
    this.scopes.set(tree.rootNode.id, this.root);
    if (!build) return;
    if (focus) walkFocused(tree.rootNode, syntax, this.root, this.visitor, focus);
    else for (const _ of walkAll(tree.rootNode, syntax, this.root, this.visitor));
    this.finish();
  }

  /** Builds the index in steps, letting `pacer` pause between them (a full pass over a large file is long). */
  static async paced(
    tree: Tree,
    syntax: SyntaxVocabulary,
    pacer: StepPacer,
    windows: TextSpan[],
    focus?: TextSpan,
  ): Promise<ScopeIndex> {
    const index = new ScopeIndex(tree, syntax, focus, false);
    if (focus) walkFocused(tree.rootNode, syntax, index.root, index.visitor, focus);
    else {
      for (const _ of walkAll(tree.rootNode, syntax, index.root, index.visitor, windows))
        if (pacer.due()) await pacer.pause();
    }
    index.finish();
    return index;
  }

  private finish(): void {
    this.functionScopes.sort((a, b) => a.node.startIndex - b.node.startIndex || b.node.endIndex - a.node.endIndex);
    for (const scope of this.scopes.values()) {
      for (const list of scope.defs.values()) list.sort((a, b) => a.effectiveAt - b.effectiveAt);
    }
  }

  /**
   * Every definition of `name` that can reach `use`: reaching definitions over the CFG of its
   * function (flow/), textual order where the CFG cannot answer (over its bounds, outside
   * functions). A use that no definition of its function reaches looks in the enclosing scopes.
   */
  reaching(name: string, use: Node, at = use.startIndex): Definition[] {
    const scope = this.scopeOf(use);
    const defs = scope && scope !== this.root ? this.defsOf(scope).get(name) : undefined;
    this.flows ??= new FunctionFlows(this.syntax, (id) => this.resolve(id.text, id));
    const found = scope && defs?.length ? this.flows.of(scope.node)?.reaching(name, defs, at) : undefined;
    if (found?.length) return found;
    return this.resolveFrom(name, use, found ? scope?.parent : scope, at);
  }

  /** The definition of `name` textually latest before `use`, from the innermost scope outwards. */
  resolve(name: string, use: Node): Definition | undefined {
    return this.resolveFrom(name, use, this.scopeOf(use), use.startIndex)[0];
  }

  private resolveFrom(name: string, use: Node, from: Scope | undefined, at: number): Definition[] {
    for (let scope: Scope | undefined = from; scope; scope = scope.parent) {
      const defs = this.defsOf(scope).get(name);
      if (!defs || defs.length === 0) continue;
      let latest: Definition | undefined;
      for (const def of defs) {
        if (def.effectiveAt <= at) latest = def;
        else break;
      }
      // Outer scopes (closures, module constants) may be defined textually after the use.
      if (!latest && scope !== this.scopeOf(use)) latest = defs[defs.length - 1];
      if (latest) return [latest];
    }
    return [];
  }

  scopeOf(node: Node): Scope | undefined {
    return this.innermostFunctionScope(node) ?? this.root;
  }

  enclosingFunction(node: Node): FunctionInfo | undefined {
    const scope = this.innermostFunctionScope(node);
    return scope ? this.functionByNode.get(scope.node.id) : undefined;
  }

  /** The innermost function (other than `node` itself) whose range holds `node`: its nearest function ancestor. */
  private innermostFunctionScope(node: Node): Scope | undefined {
    const list = this.functionScopes;
    const start = node.startIndex;
    const end = node.endIndex;
    // Last function starting at or before the node; every function holding the node encloses it.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].node.startIndex <= start) lo = mid + 1;
      else hi = mid;
    }
    const id = node.id;
    for (let scope: Scope | undefined = list[lo - 1]; scope && scope !== this.root; scope = scope.parent) {
      if (scope.node.startIndex <= start && end <= scope.node.endIndex && scope.node.id !== id) return scope;
    }
    return undefined;
  }

  private defsOf(scope: Scope): Map<string, Definition[]> {
    if (scope.complete) {
      const pending = scope.complete;
      scope.complete = undefined;
      pending();
    }
    return scope.defs;
  }

  private define(scope: Scope, def: Definition): void {
    const list = scope.defs.get(def.name);
    if (list) list.push(def);
    else scope.defs.set(def.name, [def]);
  }

  private readonly visitor = (node: Node, scope: Scope, lazy: boolean): Scope | undefined =>
    this.visit(node, scope, lazy);

  /** Records what one node defines; returns the new scope when the node is a function. */
  private visit(node: Node, scope: Scope, lazy = false): Scope | undefined {
    const type = node.type;
    const syntax = this.syntax;
    for (const spec of syntax.assignments) {
      if (spec.type !== type) continue;
      const target = node.childForFieldName(spec.target);
      const value = node.childForFieldName(spec.value);
      const augmented = spec.augmented || (!!target && isAugmented(node, target));
      if (target) this.defineTargets(scope, target, value, node.endIndex, augmented ? 'augment' : 'assign');
    }
    for (const spec of syntax.loops) {
      if (spec.type !== type) continue;
      const target = node.childForFieldName(spec.target);
      const value = node.childForFieldName(spec.value);
      if (target) this.defineTargets(scope, target, value, value?.endIndex ?? node.startIndex, 'loop');
    }
    for (const spec of syntax.catchBindings) {
      if (spec.type !== type) continue;
      const bound = spec.field ? node.childForFieldName(spec.field) : lastIdentifierChild(node, syntax);
      // Python `with open(p) as fh:` binds fh to the context manager's value, not to an exception.
      const withValue = type === 'as_pattern' && node.parent?.type === 'with_item' ? node.firstNamedChild : null;
      for (const id of bound ? bindingIdentifiers(bound, syntax) : []) {
        this.define(scope, {
          name: id.text,
          kind: withValue ? 'assign' : 'catch',
          target: id,
          value: withValue,
          effectiveAt: id.endIndex,
        });
      }
    }
    if (type === 'import_statement' || type === 'import_from_statement' || type === 'import_declaration') {
      for (const id of node.descendantsOfType(['identifier', 'dotted_name'])) {
        const name = id?.type === 'dotted_name' ? id.firstNamedChild : id;
        if (name)
          this.define(this.root, { name: name.text, kind: 'import', target: name, value: null, effectiveAt: 0 });
      }
    }
    for (const spec of syntax.calls) {
      if (spec.type === type) this.indexCall(node, spec.callee, spec.args, scope);
    }
    if (!syntax.functions.includes(type)) return undefined;
    const inner: Scope = { node, parent: scope, defs: new Map() };
    this.scopes.set(node.id, inner);
    this.functionScopes.push(inner);
    this.indexFunction(node, inner, lazy);
    return inner;
  }

  /**
   * Registers a function: its name at once; its parameters (and their definitions in its scope)
   * at once, or with `lazy` on first use: functions outside a focused re-scan are only looked at
   * when a call reaches them, and reading every parameter list cost most of a keystroke's re-scan.
   */
  private indexFunction(node: Node, inner: Scope, lazy = false): void {
    const name = functionName(node);
    const data = { params: [] as Node[], firstArgParam: 0, returns: [] as Node[] };
    const info = { node, name } as FunctionInfo;
    const complete = (): void => {
      for (const field of this.syntax.parameterFields) {
        const list = node.childForFieldName(field);
        if (!list) continue;
        if (this.syntax.identifiers.includes(list.type)) data.params.push(list);
        else
          for (const p of list.namedChildren)
            if (p) data.params.push(...bindingIdentifiers(p, this.syntax).slice(0, goGroup(p) ? undefined : 1));
      }
      const params = data.params;
      data.firstArgParam =
        params.length > 0 && /^(self|cls)$/.test(params[0].text) && node.type === 'function_definition' ? 1 : 0;
      params.forEach((p, i) =>
        this.define(inner, {
          name: p.text,
          kind: 'param',
          target: p,
          value: null,
          effectiveAt: node.startIndex,
          fn: info,
          paramIndex: i,
        }),
      );
      const body = node.childForFieldName('body');
      const expressionBody =
        /^(arrow_function|lambda_expression|lambda)$/.test(node.type) && !/block$/.test(body?.type ?? '');
      if (body && expressionBody) data.returns.push(body);
    };
    if (lazy) {
      inner.complete = complete;
      const ensure = (): void => {
        const pending = inner.complete;
        inner.complete = undefined;
        pending?.();
      };
      for (const key of ['params', 'firstArgParam', 'returns'] as const) {
        Object.defineProperty(info, key, { enumerable: true, get: () => (ensure(), data[key]) });
      }
    } else {
      complete();
      Object.assign(info, data);
    }
    this.functionByNode.set(node.id, info);
    if (name) {
      const list = this.functionsByName.get(name);
      if (list) list.push(info);
      else this.functionsByName.set(name, [info]);
    }
  }

  /** The calls of `name` that may run this file's function of that name (filtered on first use). */
  localCallSites(name: string): Node[] {
    let sites = this.localCallSitesByName.get(name);
    if (!sites) {
      sites = (this.callSitesByName.get(name) ?? []).filter((call) => {
        const spec = this.syntax.calls.find((c) => c.type === call.type);
        return this.mayCallLocal(call, spec ? call.childForFieldName(spec.callee) : null);
      });
      this.localCallSitesByName.set(name, sites);
    }
    return sites;
  }

  /**
   * Whether a call may run a function of this file: a plain name, or a method called on the
   * object's own receiver (self.m(x), this.m(x), s.m(x) in a Go method of s). A call through any
   * other receiver (request.args.get(k), store.find(id)) is another object's method, even when
   * this file defines a function of that name.
   */
  mayCallLocal(call: Node, callee: Node | null): boolean {
    const receiver = receiverOf(call, callee, this.syntax);
    if (!receiver) return true;
    const own = this.syntax.ownReceivers;
    if (own?.includes(receiver.text)) return true;
    const field = this.syntax.methodReceiverField;
    if (!field || !this.syntax.identifiers.includes(receiver.type)) return false;
    const method = this.enclosingFunction(call)?.node;
    const declared = method?.childForFieldName(field)?.descendantsOfType(this.syntax.identifiers)[0];
    return declared?.text === receiver.text;
  }

  private indexCall(node: Node, calleeField: string, argsField: string, scope: Scope): void {
    const callee = node.childForFieldName(calleeField);
    const args = node.childForFieldName(argsField);
    const name = callee ? simpleName(callee) : undefined;
    if (name) {
      const list = this.callSitesByName.get(name);
      if (list) list.push(node);
      else this.callSitesByName.set(name, [node]);
    }
    if (!args) return;
    // Go out-arguments: json.NewDecoder(r.Body).Decode(&data) fills `data` from the call.
    if (this.syntax.outArguments) {
      for (const arg of args.namedChildren) {
        if (arg?.type === 'unary_expression' && arg.child(0)?.text === '&') {
          const operand = arg.childForFieldName('operand');
          if (operand && this.syntax.identifiers.includes(operand.type)) {
            this.define(scope, {
              name: operand.text,
              kind: 'out-arg',
              target: operand,
              value: node,
              effectiveAt: node.endIndex,
            });
          }
        }
      }
    }
    // Mutating methods: sb.append(x), items.push(x), headers.put(k, v), sb.append(a).append(x).
    const mutation = mutationDefinition(node, callee, args, this.syntax);
    if (mutation) this.define(scope, mutation);
  }

  private defineTargets(
    scope: Scope,
    target: Node,
    value: Node | null,
    effectiveAt: number,
    kind: DefinitionKind,
  ): void {
    for (const def of targetDefinitions(target, value, effectiveAt, kind, this.syntax)) this.define(scope, def);
  }

  /**
   * The definitions of the variable `name` in the function around `use` that a read of its part
   * `segments` may see: writes to that part or a part overlapping it, and writes to the whole.
   * Undefined when nothing writes to a part of it (the variable is then read whole, as before) or
   * when none of them reaches (the read looks outside the function).
   */
  reachingPart(name: string, segments: string[], use: Node, at = use.startIndex): Definition[] | undefined {
    const scope = this.scopeOf(use);
    if (!scope || scope === this.root) return undefined;
    const defs = this.defsOf(scope).get(name);
    if (!defs?.some((d) => d.path)) return undefined;
    const candidates = defs.filter((d) => !d.path || overlaps(d.path, segments));
    this.flows ??= new FunctionFlows(this.syntax, (id) => this.resolve(id.text, id));
    const key = `${name}\u0000${segments.join('\u0000')}`;
    const flow = this.flows.of(scope.node);
    const found = flow ? flow.reaching(key, candidates, at, name) : undefined;
    if (found) return found.length > 0 ? found : undefined;
    const latest = candidates.filter((d) => d.effectiveAt <= at).pop();
    return latest ? [latest] : undefined;
  }
}
// Go declares several parameters at once: func f(column, value string).
const goGroup = (p: Node): boolean => p.type === 'parameter_declaration';
