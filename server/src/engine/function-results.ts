// What a same-file function returns (docs/engine.md §5): its return expressions evaluated with its
// parameters bound to the flows a call passes. Computed once per function and argument flows and
// reused at every call that passes the same ones (a summary keyed by what the arguments carry),
// to a depth of 8 (it was 3): a chain of helpers is followed to its end; a recursive call, while the
// function's own result is being computed, returns what goes into it.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { FunctionInfo, ScopeIndex } from './scopes';
import { isList } from './node-names';
import { CONSTANT, Context, Flow, max, TaintConfig, UNKNOWN } from './flow-values';
import { returnsOf } from './value-text';
import type { GuardShapes } from './flow/guards';
import { accessPath, ANY, literalPart } from './access-paths';

const MEMBERSHIP = /^(contains|containsKey|has|includes)$/;

/** The entries of a table literal a key may select: the one named, or every value for a key not constant. */
function entriesOf(table: Node, segment: string): Node[] | undefined {
  if (segment !== ANY) {
    const entry = literalPart(table, segment);
    return entry ? [entry] : undefined;
  }
  const body = table.type === 'composite_literal' ? table.childForFieldName('body') : table;
  const values = (body?.namedChildren ?? []).map(
    (e) => e && (e.childForFieldName('value') ?? (e.type === 'keyed_element' ? e.namedChild(1) : null)),
  );
  return values.length > 0 && values.every((v) => !!v)
    ? values.map((v) => (v!.type === 'literal_element' ? v!.namedChild(0)! : v!))
    : undefined;
}

export class FunctionResults {
  private readonly results = new Map<string, Flow>();
  private readonly computing = new Set<string>();
  /** Identity numbers for tainted flows, which carry their own trace. */
  private readonly flowIds = new WeakMap<Flow, number>();
  private nextFlowId = 0;

  constructor(
    private readonly evaluate: (node: Node, config: TaintConfig, ctx: Context) => Flow,
    private readonly syntax: SyntaxVocabulary,
    private readonly scopes: () => ScopeIndex,
  ) {}

  /**
   * The function literals a call runs through a variable: `f(x)` after `f := func(…) {…}`, Java's
   * `supplier.get()` after `supplier = () -> …`; none unless every definition reaching it is one.
   */
  heldFunctions(callee: Node | null, receiver: Node | null, invoked: boolean | undefined): FunctionInfo[] {
    const identifiers = this.syntax.identifiers;
    // handlers[key](x), handlers.a(x): the function literals of the table the callee indexes.
    const table = callee && !identifiers.includes(callee.type) ? accessPath(callee, this.syntax) : undefined;
    const variable =
      table?.segments.length === 1
        ? table.base
        : callee && !receiver && identifiers.includes(callee.type)
          ? callee
          : receiver && identifiers.includes(receiver.type) && invoked
            ? receiver
            : null;
    if (!variable) return [];
    const held: FunctionInfo[] = [];
    for (const def of this.scopes().reaching(variable.text, variable)) {
      const value =
        def.value && isList(def.value) && def.value.namedChildCount === 1 ? def.value.namedChild(0) : def.value;
      if (def.kind !== 'assign' || def.path || !value) return [];
      const entries = table ? entriesOf(value, table.segments[0]) : [value];
      const fns = entries?.map((e) => this.scopes().functionByNode.get(e.id));
      if (!fns || fns.length === 0 || fns.some((fn) => !fn)) return [];
      held.push(...(fns as FunctionInfo[]));
    }
    return held;
  }

  /** The argument a call passes to the function's parameter `paramIndex`. */
  argumentFor(call: Node, fn: FunctionInfo, paramIndex: number): Node | undefined {
    const spec = this.syntax.calls.find((c) => c.type === call.type);
    const args = spec ? call.childForFieldName(spec.args) : null;
    if (!args) return undefined;
    const list = args.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
    return list[paramIndex - fn.firstArgParam];
  }

  /** The flows a call passes to each parameter of `fn` (constant for a parameter it does not pass). */
  argumentFlows(call: Node, fn: FunctionInfo, config: TaintConfig, ctx: Context): Flow[] {
    return fn.params.map((_, i) => {
      const arg = this.argumentFor(call, fn, i);
      return arg ? this.evaluate(arg, config, ctx) : CONSTANT;
    });
  }

  /** What `fn` returns with its parameters bound to `args`; `index`: one position of a multiple return. */
  returned(fn: FunctionInfo, args: Flow[], config: TaintConfig, ctx: Context, index?: number): Flow {
    const key = `${config.key}:${fn.node.id}:${index ?? ''}:${args.map((f) => this.flowId(f)).join(',')}`;
    const known = this.results.get(key);
    if (known) return known;
    // Recursion (direct or mutual): a call back into a function whose result is being computed.
    const running = `${config.key}:${fn.node.id}:${index ?? ''}`;
    if (this.computing.has(running)) return args.reduce(max, CONSTANT);
    const bindings = new Map<number, Flow>(fn.params.map((param, i) => [param.id, args[i] ?? CONSTANT]));
    let returned = CONSTANT;
    this.computing.add(running);
    try {
      for (const ret of returnsOf(fn, this.syntax)) {
        const parts = isList(ret) ? ret.namedChildren.filter((c) => c && !/comment/.test(c.type)) : [];
        const part = (index !== undefined && parts[index]) || ret;
        returned = max(returned, this.evaluate(part, config, { bindings, depth: ctx.depth + 1 }));
      }
    } finally {
      this.computing.delete(running);
    }
    this.results.set(key, returned);
    return returned;
  }

  /**
   * Whether a `filter` call's predicate lets only members of a constant collection through: a
   * method reference `ALLOWED::contains`, or a function literal whose every return is a guard on its
   * parameter (`v -> ALLOWED.contains(v)`, `lambda v: v in ALLOWED`; flow/guards.ts).
   */
  keepsOnlyAllowed(args: Node, guards: GuardShapes): boolean {
    return args.namedChildren.some((arg) => {
      if (arg?.type === 'method_reference') {
        const [collection, method] = [arg.namedChild(0), arg.lastNamedChild];
        return !!collection && MEMBERSHIP.test(method?.text ?? '') && guards.isConstantCollection(collection);
      }
      const fn = arg ? this.scopes().functionByNode.get(arg.id) : undefined;
      const param = fn?.params[0];
      const returns = fn ? returnsOf(fn, this.syntax) : [];
      return (
        !!param &&
        returns.length > 0 &&
        returns.every((ret) => guards.facts(ret, true).some((fact) => fact.target.text === param.text))
      );
    });
  }

  /** Constant and unknown flows are shared singletons; a tainted flow is told apart by identity. */
  private flowId(flow: Flow): string | number {
    if (flow === CONSTANT) return 'c';
    if (flow === UNKNOWN) return 'u';
    let id = this.flowIds.get(flow);
    if (id === undefined) this.flowIds.set(flow, (id = this.nextFlowId++));
    return id;
  }
}
