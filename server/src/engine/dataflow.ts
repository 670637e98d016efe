// In-file taint analysis. Answers, on demand, "where can the value of this expression come from?"
// with one of three levels, and for tainted values the path from the source.
//   constant  – only literals and constants: never reported
//   unknown   – depends on something of unknown origin (a parameter, a field): medium confidence
//   tainted   – reaches back to a declared source (request data, …): high confidence
// A use is resolved to the definitions that reach it (flow/), through same-file calls both ways
// (argument → parameter, return → call) to a bounded depth. Sanitizers cut the flow.

import type { Node, Tree } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import { Definition, FunctionInfo, ScopeIndex } from './scopes';
import { receiverOf, simpleName } from './node-names';
import type { StepPacer, TextSpan } from './windows';
import { TraceStep } from './types';
import { rangeOf } from './positions';
import { GuardShapes } from './flow/guards';

export const enum Level {
  Constant = 0,
  Unknown = 1,
  Tainted = 2,
}

export interface Flow {
  level: Level;
  /** Source first, for tainted values. */
  trace?: TraceStep[];
}

export interface TaintConfig {
  /** Node ids of source matches allowed for this rule, and of its sanitizer matches. */
  sources: Set<number>;
  sanitizers: Set<number>;
  key: string;
}

const CONSTANT: Flow = { level: Level.Constant };
const UNKNOWN: Flow = { level: Level.Unknown };
const MAX_CALL_DEPTH = 3;
const MAX_TRACE = 10;
/** Evaluation steps per file before the analysis answers "unknown" instead of looking further. */
const STEP_BUDGET = 200_000;
/**
 * Expression nesting the analysis follows before answering "unknown". Evaluation recurses once per
 * level: 10,000 nested parentheses or a 10,000-term concatenation overflowed the JS stack.
 */
const MAX_NESTING = 1000;

interface Context {
  /** Parameter bindings when evaluating inside a called function (argument → parameter). */
  bindings?: Map<number, Flow>;
  depth: number;
}

function label(node: Node): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function step(node: Node, text = label(node)): TraceStep {
  return { range: rangeOf(node), label: text };
}

function extend(flow: Flow, s: TraceStep): Flow {
  if (flow.level !== Level.Tainted || !flow.trace) return flow;
  const last = flow.trace[flow.trace.length - 1];
  const samePlace =
    last && last.range.start.line === s.range.start.line && last.range.start.character === s.range.start.character;
  if (samePlace || (last && last.range.start.line === s.range.start.line && last.label === s.label)) return flow;
  const trace =
    flow.trace.length >= MAX_TRACE
      ? [...flow.trace.slice(0, 2), ...flow.trace.slice(-(MAX_TRACE - 3)), s]
      : [...flow.trace, s];
  return { level: flow.level, trace };
}

function max(a: Flow, b: Flow): Flow {
  return b.level > a.level ? b : a;
}

export class Dataflow {
  private scopeIndex: ScopeIndex | undefined;
  private readonly memo = new Map<string, Flow>();
  private readonly active = new Set<string>();
  private readonly augmenting = new Set<Definition>();
  private guards: GuardShapes | undefined;
  /** Results of same-file calls by callee, depth and argument flows (see localCall). */
  private readonly callResults = new Map<string, Flow>();
  /** Identity numbers for tainted flows, which carry their own trace. */
  private readonly flowIds = new WeakMap<Flow, number>();
  private nextFlowId = 0;
  private steps = 0;
  private nesting = 0;

  constructor(
    private readonly tree: Tree,
    private readonly syntax: SyntaxVocabulary,
    private readonly focus?: TextSpan,
  ) {}

  /**
   * Built on first use: a file whose candidate sinks take only literals (a constant SQL text with
   * parameters) is settled without indexing its scopes, a walk of the whole tree.
   */
  get scopes(): ScopeIndex {
    this.scopeIndex ??= new ScopeIndex(this.tree, this.syntax, this.focus);
    return this.scopeIndex;
  }

  /** Builds the scope index ahead of use, window by window, pausing between steps (see ScopeIndex.paced). */
  async indexScopes(pacer: StepPacer, windows: TextSpan[]): Promise<void> {
    this.scopeIndex ??= await ScopeIndex.paced(this.tree, this.syntax, pacer, windows, this.focus);
  }

  flowOf(node: Node, config: TaintConfig): Flow {
    return this.evaluate(node, config, { depth: 0 });
  }

  private evaluate(node: Node, config: TaintConfig, ctx: Context): Flow {
    if (config.sanitizers.has(node.id)) return CONSTANT;
    if (config.sources.has(node.id)) return { level: Level.Tainted, trace: [step(node)] };
    const key = ctx.bindings ? undefined : `${config.key}:${node.id}`;
    if (key) {
      const known = this.memo.get(key);
      if (known) return known;
    }
    const guard = `${config.key}:${node.id}:${ctx.depth}`;
    if (this.active.has(guard)) return CONSTANT; // a cycle adds nothing new
    if (++this.steps > STEP_BUDGET || this.nesting >= MAX_NESTING) return UNKNOWN;
    this.active.add(guard);
    this.nesting++;
    let flow: Flow;
    try {
      flow = this.compute(node, config, ctx);
    } finally {
      this.nesting--;
      this.active.delete(guard);
    }
    if (key) this.memo.set(key, flow);
    return flow;
  }

  private compute(node: Node, config: TaintConfig, ctx: Context): Flow {
    const syntax = this.syntax;
    const type = node.type;
    if (syntax.literals.includes(type) || syntax.opaque.includes(type)) return CONSTANT;
    if (syntax.functions.includes(type)) return CONSTANT;
    if (syntax.identifiers.includes(type)) return this.identifier(node, config, ctx);
    const call = syntax.calls.find((c) => c.type === type);
    if (call) return this.call(node, call.callee, call.args, config, ctx);
    const member = syntax.members.find((m) => m.type === type);
    if (member) {
      // The value of obj.x or obj[k] comes from obj; a constant table indexed by user input
      // (ALLOWED[key]) yields constants, which is how allow-lists are written.
      const object = node.childForFieldName(member.object);
      return object ? this.evaluate(object, config, ctx) : CONSTANT;
    }
    // Comparisons, negations and typeof yield booleans or a fixed set of strings: no data passes.
    if (
      (type === 'binary_expression' &&
        /^(===|!==|==|!=|<|>|<=|>=|instanceof|in)$/.test(node.childForFieldName('operator')?.text ?? '')) ||
      (type === 'unary_expression' && /^(!|typeof)$/.test(node.childForFieldName('operator')?.text ?? ''))
    ) {
      return CONSTANT;
    }
    // cond ? a : b (Python: a if cond else b) carries a or b, never the condition; an arm that is
    // the variable the condition vouches for on that outcome (ALLOWED.has(x) ? x : d) is clean.
    const arms =
      type === 'ternary_expression'
        ? [
            node.childForFieldName('condition'),
            node.childForFieldName('consequence'),
            node.childForFieldName('alternative'),
          ]
        : type === 'conditional_expression' && node.namedChildCount === 3
          ? [node.namedChild(1), node.namedChild(0), node.namedChild(2)]
          : undefined;
    if (arms) {
      this.guards ??= new GuardShapes(syntax, (id) => this.scopes.resolve(id.text, id)?.value);
      let branches = CONSTANT;
      arms.slice(1).forEach((arm, i) => {
        const clean = arms[0] && arm && this.guards!.facts(arms[0], i === 0).some((f) => f.target.text === arm.text);
        if (arm && !clean) branches = max(branches, this.evaluate(arm, config, ctx));
      });
      return branches;
    }
    if (type === 'keyword_argument' || type === 'keyed_element' || type === 'pair') {
      const value = node.childForFieldName('value') ?? node.lastNamedChild;
      return value ? this.evaluate(value, config, ctx) : CONSTANT;
    }
    let flow = CONSTANT;
    for (const child of node.namedChildren) {
      if (!child) continue;
      flow = max(flow, this.evaluate(child, config, ctx));
      if (flow.level === Level.Tainted) break;
    }
    return flow;
  }

  /** A use is the union of every definition that can reach it: the highest level, the first tainted trace. */
  private identifier(node: Node, config: TaintConfig, ctx: Context): Flow {
    const defs = this.scopes.reaching(node.text, node);
    if (defs.length === 0) return isCalleeReceiver(node, this.syntax) ? CONSTANT : UNKNOWN;
    let flow = CONSTANT;
    for (const def of defs) {
      const f = this.definition(def, config, ctx);
      flow = max(flow, def.kind === 'import' ? f : extend(f, step(def.target, def.target.text)));
      if (flow.level === Level.Tainted) break;
    }
    return flow;
  }

  private definition(def: Definition, config: TaintConfig, ctx: Context): Flow {
    if (config.sources.has(def.target.id)) return { level: Level.Tainted, trace: [step(def.target)] };
    switch (def.kind) {
      case 'import':
      case 'guard':
        return CONSTANT;
      case 'catch':
        return UNKNOWN;
      case 'param':
        return this.parameter(def, config, ctx);
      case 'augment': {
        // x += y, sb.append(y): what reached x before, plus y. In a loop the augmentations reach
        // each other: one already being evaluated adds nothing new.
        if (this.augmenting.has(def) || ++this.steps > STEP_BUDGET) return CONSTANT;
        this.augmenting.add(def);
        let before = CONSTANT;
        try {
          for (const prev of this.scopes.reaching(def.name, def.target, def.effectiveAt - 1)) {
            if (prev !== def) before = max(before, this.definition(prev, config, ctx));
            if (before.level === Level.Tainted) break;
          }
        } finally {
          this.augmenting.delete(def);
        }
        return def.value ? max(before, this.evaluate(def.value, config, ctx)) : before;
      }
      default:
        return def.value ? this.evaluate(def.value, config, ctx) : CONSTANT;
    }
  }

  private parameter(def: Definition, config: TaintConfig, ctx: Context): Flow {
    const bound = ctx.bindings?.get(def.target.id);
    if (bound) return bound;
    const fn = def.fn;
    if (!fn || def.paramIndex === undefined || ctx.depth >= MAX_CALL_DEPTH) return UNKNOWN;
    // A parameter carries whatever the same-file callers pass; with no caller in the file it is
    // of unknown origin (an exported function, a callback).
    const sites = fn.name ? this.scopes.localCallSites(fn.name) : [];
    let flow: Flow | undefined;
    for (const site of sites) {
      const arg = this.argumentFor(site, fn, def.paramIndex);
      if (!arg) continue;
      const argFlow = extend(
        this.evaluate(arg, config, { depth: ctx.depth + 1 }),
        step(def.target, `${fn.name}(${def.target.text})`),
      );
      flow = flow ? max(flow, argFlow) : argFlow;
      if (flow.level === Level.Tainted) break;
    }
    return flow ?? UNKNOWN;
  }

  private argumentFor(call: Node, fn: FunctionInfo, paramIndex: number): Node | undefined {
    const spec = this.syntax.calls.find((c) => c.type === call.type);
    const args = spec ? call.childForFieldName(spec.args) : null;
    if (!args) return undefined;
    const list = args.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
    return list[paramIndex - fn.firstArgParam];
  }

  private call(node: Node, calleeField: string, argsField: string, config: TaintConfig, ctx: Context): Flow {
    const callee = node.childForFieldName(calleeField);
    const args = node.childForFieldName(argsField);
    const name = callee ? simpleName(callee) : undefined;
    const local = name && this.scopes.mayCallLocal(node, callee) ? this.scopes.functionsByName.get(name) : undefined;
    if (local && local.length > 0 && ctx.depth < MAX_CALL_DEPTH) {
      return this.localCall(node, local, config, ctx);
    }
    const receiver = receiverOf(node, callee, this.syntax);
    let flow = receiver ? this.evaluate(receiver, config, ctx) : CONSTANT;
    if (args) {
      for (const arg of args.namedChildren) {
        if (!arg || flow.level === Level.Tainted) continue;
        flow = max(flow, this.evaluate(arg, config, ctx));
      }
    }
    // Direct calls (not through a receiver) to functions defined elsewhere: the result may
    // depend on a callee expression that is itself data, e.g. handlers[name](…).
    if (
      callee &&
      !receiver &&
      !/identifier$/.test(callee.type) &&
      !this.syntax.members.some((m) => m.type === callee.type)
    ) {
      flow = max(flow, this.evaluate(callee, config, ctx));
    }
    return flow;
  }

  private localCall(node: Node, functions: FunctionInfo[], config: TaintConfig, ctx: Context): Flow {
    let flow = CONSTANT;
    for (const fn of functions) {
      const bindings = new Map<number, Flow>();
      fn.params.forEach((param, i) => {
        const arg = this.argumentFor(node, fn, i);
        bindings.set(param.id, arg ? this.evaluate(arg, config, ctx) : CONSTANT);
      });
      // What a function returns depends only on what its parameters are bound to: a helper called
      // from many places with constant or unknown arguments is evaluated once, not once per call.
      const key = `${config.key}:${fn.node.id}:${ctx.depth}:${[...bindings.values()].map((f) => this.flowId(f)).join(',')}`;
      let returned = this.callResults.get(key);
      if (!returned) {
        returned = CONSTANT;
        for (const ret of this.returnsOf(fn))
          returned = max(returned, this.evaluate(ret, config, { bindings, depth: ctx.depth + 1 }));
        this.callResults.set(key, returned);
      }
      flow = max(flow, extend(returned, step(node, `${fn.name ?? 'function'}(…) returns it`)));
    }
    return flow;
  }

  /** Constant and unknown flows are shared singletons; a tainted flow is told apart by identity. */
  private flowId(flow: Flow): string | number {
    if (flow === CONSTANT) return 'c';
    if (flow === UNKNOWN) return 'u';
    let id = this.flowIds.get(flow);
    if (id === undefined) this.flowIds.set(flow, (id = this.nextFlowId++));
    return id;
  }

  private returnsOf(fn: FunctionInfo): Node[] {
    if (fn.returns.length > 0) return fn.returns;
    const found: Node[] = [];
    const visit = (n: Node): void => {
      for (const child of n.namedChildren) {
        if (!child) continue;
        if (this.syntax.functions.includes(child.type)) continue;
        if (this.syntax.returns.includes(child.type)) {
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

  /**
   * The text of an expression plus the values its variables were last assigned, two levels deep,
   * so `"a=" + v + attrs` is read together with what `attrs` holds.
   */
  valueText(node: Node, depth = 2): string {
    const identifiers = this.syntax.identifiers;
    const ids = identifiers.includes(node.type)
      ? [node]
      : node.descendantsOfType(identifiers).filter((n): n is Node => !!n);
    const parts = [node.text];
    for (const id of ids.slice(0, 20)) {
      const value = this.scopes.resolve(id.text, id)?.value;
      if (value && value.id !== node.id) parts.push(depth > 1 ? this.valueText(value, depth - 1) : value.text);
    }
    return parts.join(' ');
  }

  /** The function a node sits in, if any (for scope conditions). */
  enclosingFunction(node: Node): Node | undefined {
    return this.scopes.enclosingFunction(node)?.node;
  }
}

/** `os` in os.path.join(…) or `exec` in exec.Command(…): a module, class or package name. */
function isCalleeReceiver(node: Node, syntax: SyntaxVocabulary): boolean {
  const parent = node.parent;
  if (!parent) return false;
  const member = syntax.members.find((m) => m.type === parent.type);
  if (member && parent.childForFieldName(member.object)?.id === node.id) {
    const grand = parent.parent;
    if (grand && syntax.calls.some((c) => c.type === grand.type && grand.childForFieldName(c.callee)?.id === parent.id))
      return true;
    // Chains like os.path.join: the root of a callee chain is also a namespace.
    return isCalleeReceiver(parent, syntax);
  }
  // Java keeps the receiver in method_invocation's `object` field.
  return parent.type === 'method_invocation' && parent.childForFieldName('object')?.id === node.id;
}
