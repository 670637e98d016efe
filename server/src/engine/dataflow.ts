// In-file taint analysis. Answers, on demand, "where can the value of this expression come from?"
// with one of three levels, and for tainted values the path from the source.
//   constant  – only literals and constants: never reported
//   unknown   – depends on something of unknown origin (a parameter, a field): medium confidence
//   tainted   – reaches back to a declared source (request data, …): high confidence
// A use is resolved to the definitions that reach it (flow/), through same-file calls both ways
// (argument → parameter, return → call; others: unresolved-calls.ts). Sanitizers cut the flow.

import type { Node, Tree } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import { Definition, FunctionInfo, ScopeIndex } from './scopes';
import { isList, receiverOf, simpleName } from './node-names';
import type { StepPacer, TextSpan } from './windows';
import {
  BUILT,
  building,
  CONSTANT,
  Context,
  extend,
  Flow,
  Level,
  max,
  step,
  TaintConfig,
  UNKNOWN,
} from './flow-values';
import { GuardShapes } from './flow/guards';
import type { LanguageId } from './languages';
import { BUILDING_CALLS, isCalleeReceiver, isNamespace, unresolvedCallKind } from './unresolved-calls';
import { switchValues, valueText } from './value-text';
import { PartFlows } from './part-flow';
import { FunctionResults } from './function-results';

export { Level, moreCertain } from './flow-values';
export type { Flow, TaintConfig } from './flow-values';

/** Nodes that build text from their parts (`a + b`, `"%s" % x`, template and f-strings). */
const BUILDERS = new Set(['binary_expression', 'binary_operator', 'template_string', 'string', 'concatenated_string']);
/** Same-file callers followed from a parameter (argument → parameter). */
const MAX_CALL_DEPTH = 3;
/** Same-file calls followed into the callee's returns (function-results.ts; recursion is cut there). */
const MAX_RETURN_DEPTH = 8;
/** Methods that call a function held in a variable: `supplier.get()`, `fn.apply(x)`, `f.call(x)`. */
const INVOKERS =
  /^(get|apply|accept|test|run|call|invoke|applyAsInt|applyAsLong|applyAsDouble|getAsInt|getAsLong|getAsDouble|getAsBoolean)$/;
/** Methods and functions whose result is what the function passed to them returns: `opt.map(f)`, `map(f, xs)`. */
const MAPPERS = /^(map|flatMap|then|thenApply|thenCompose)$/;
/** Evaluation steps per file before the analysis answers "unknown" instead of looking further. */
const STEP_BUDGET = 200_000;
/**
 * Expression nesting the analysis follows before answering "unknown". Evaluation recurses once per
 * level: 10,000 nested parentheses or a 10,000-term concatenation overflowed the JS stack.
 */
const MAX_NESTING = 1000;

export class Dataflow {
  private scopeIndex: ScopeIndex | undefined;
  private readonly memo = new Map<string, Flow>();
  private readonly active = new Set<string>();
  private readonly augmenting = new Set<Definition>();
  private guards: GuardShapes | undefined;
  private partReader: PartFlows | undefined;
  private readonly results: FunctionResults;
  private steps = 0;
  private nesting = 0;

  constructor(
    private readonly tree: Tree,
    private readonly syntax: SyntaxVocabulary,
    private readonly focus?: TextSpan,
    private readonly language?: LanguageId,
  ) {
    this.results = new FunctionResults(
      (node, config, ctx) => this.evaluate(node, config, ctx),
      syntax,
      () => this.scopes,
    );
  }

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

  private get guardShapes(): GuardShapes {
    this.guards ??= new GuardShapes(this.syntax, (id) => this.scopes.resolve(id.text, id)?.value);
    return this.guards;
  }

  /** Reads of part of a variable (access paths, fields): part-flow.ts. */
  private get parts(): PartFlows {
    this.partReader ??= new PartFlows(
      {
        scopes: this.scopes,
        evaluate: (node, config, ctx) => this.evaluate(node, config, ctx),
        definition: (def, config, ctx) => this.definition(def, config, ctx),
      },
      this.syntax,
      this.tree.rootNode,
    );
    return this.partReader;
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
      const part = this.parts.read(node, config, ctx);
      if (part) return part;
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
      let branches = CONSTANT;
      arms.slice(1).forEach((arm, i) => {
        const clean =
          arms[0] && arm && this.guardShapes.facts(arms[0], i === 0).some((f) => f.target.text === arm.text);
        if (arm && !clean) branches = max(branches, this.evaluate(arm, config, ctx));
      });
      return branches;
    }
    if (type === 'switch_expression')
      return switchValues(node).reduce((f, v) => max(f, this.evaluate(v, config, ctx)), CONSTANT);
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
    const operator = node.childForFieldName('operator')?.text;
    return BUILDERS.has(type) && (!operator || /^[+%]$/.test(operator)) ? building(flow) : flow;
  }

  /** A use is the union of every definition that can reach it: the highest level, the first tainted trace. */
  private identifier(node: Node, config: TaintConfig, ctx: Context): Flow {
    const defs = this.scopes.reaching(node.text, node);
    if (defs.length === 0)
      return isCalleeReceiver(node, this.syntax) || this.scopes.functionsByName.has(node.text) ? CONSTANT : UNKNOWN;
    let flow = CONSTANT;
    for (const def of defs) {
      const f = this.definition(def, config, ctx);
      flow = max(flow, def.kind === 'import' ? f : extend(f, step(def.target, def.target.text)));
      if (flow.level === Level.Tainted) break;
    }
    // Java: a class field by its bare name also holds what the class's other methods store in it.
    const field = defs[0].target.parent;
    if (
      field?.type === 'variable_declarator' &&
      field.parent?.type === 'field_declaration' &&
      flow.level < Level.Tainted
    )
      flow = max(flow, this.parts.bareField(node, config, ctx) ?? CONSTANT);
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
        const added = def.value ? this.evaluate(def.value, config, ctx) : CONSTANT;
        // c += " -l", sb.append(p) after constant text: built. Not a field store (self.sql = sql).
        const stored = this.syntax.members.some((m) => m.type === def.target.parent?.type);
        const mixed = !stored && (before.level === Level.Constant) !== (added.level === Level.Constant);
        return mixed ? building(max(before, added)) : max(before, added);
      }
      default:
        if (!def.value) return CONSTANT;
        if (def.valueIndex !== undefined) return this.element(def.value, def.valueIndex, def.valuePath, config, ctx);
        return def.valuePath
          ? this.parts.project(def.value, def.valuePath, config, ctx)
          : this.evaluate(def.value, config, ctx);
    }
  }

  private parameter(def: Definition, config: TaintConfig, ctx: Context): Flow {
    const bound = ctx.bindings?.get(def.target.id);
    if (bound) return bound;
    const fn = def.fn;
    if (!fn || def.paramIndex === undefined || ctx.depth >= MAX_CALL_DEPTH) return UNKNOWN;
    // A parameter carries whatever the same-file callers pass; with no caller in the file it is
    // of unknown origin (an exported function, a callback).
    // super().m(…) inside m runs the parent's m, not this one (flask's Config.__init__).
    const inside = (s: Node): boolean => s.startIndex >= fn.node.startIndex && s.endIndex <= fn.node.endIndex;
    const sites = (fn.name ? this.scopes.localCallSites(fn.name) : []).filter(
      (s) => !(inside(s) && /^super\b/.test(s.text)),
    );
    let flow: Flow | undefined;
    for (const site of sites) {
      const arg = this.results.argumentFor(site, fn, def.paramIndex);
      if (!arg) continue;
      const argFlow = extend(
        this.evaluate(arg, config, { depth: ctx.depth + 1 }),
        step(def.target, `${fn.name}(${def.target.text})`),
      );
      flow = flow ? max(flow, argFlow) : argFlow;
      if (flow.level === Level.Tainted) break;
    }
    // Built by a caller, it still arrives here whole (policy.md): info unless a caller passes request data.
    return flow?.built ? UNKNOWN : (flow ?? UNKNOWN);
  }

  private call(node: Node, calleeField: string, argsField: string, config: TaintConfig, ctx: Context): Flow {
    const callee = node.childForFieldName(calleeField);
    const args = node.childForFieldName(argsField);
    const name = callee ? simpleName(callee) : undefined;
    const local = name && this.scopes.mayCallLocal(node, callee) ? this.scopes.functionsByName.get(name) : undefined;
    if (local && local.length > 0 && ctx.depth < MAX_RETURN_DEPTH) {
      return this.localCall(node, local, config, ctx);
    }
    const receiver = receiverOf(node, callee, this.syntax);
    // A function held in a variable (a lambda, a closure): what it returns for these arguments.
    const lambdas = this.results.heldFunctions(callee, receiver, !!name && INVOKERS.test(name));
    if (lambdas.length > 0 && ctx.depth < MAX_RETURN_DEPTH) return this.localCall(node, lambdas, config, ctx);
    // opt.filter(ALLOWED::contains), xs.filter((v) => ALLOWED.has(v)): only allow-listed constants pass.
    if (name === 'filter' && args && this.results.keepsOnlyAllowed(args, this.guardShapes)) return CONSTANT;
    const mapped = name && args && MAPPERS.test(name) ? this.mapped(node, receiver, args, config, ctx) : undefined;
    if (mapped) return mapped;
    // m.get("k") after m.put("k", v): that entry (access paths).
    if (receiver && args && name && /^(get|getOrDefault)$/.test(name)) {
      const [key, fallback] = args.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
      const entry = this.parts.readKey(receiver, key, node, config, ctx);
      if (entry) return fallback ? max(entry, this.evaluate(fallback, config, ctx)) : entry;
    }
    const namespace = receiver ? isNamespace(receiver, this.syntax, this.scopes) : false;
    // A namespace (module, class, package) is no value, but may hold a source: request.args.get(k).
    const held = receiver ? this.evaluate(receiver, config, ctx) : CONSTANT;
    let inputs = !namespace || held.level === Level.Tainted ? held : CONSTANT;
    // Text around a value builds it (fmt.Sprintf("ls %s", p)); a method's arguments transform it.
    const onValue = !!receiver && !namespace && inputs.level !== Level.Constant;
    let constantPiece = !!receiver && !namespace && !onValue;
    if (args) {
      for (const arg of args.namedChildren) {
        if (!arg || inputs.level === Level.Tainted || /comment/.test(arg.type)) continue;
        const argFlow = this.evaluate(arg, config, ctx);
        if (argFlow.level === Level.Constant && !onValue) constantPiece = true;
        inputs = max(inputs, argFlow);
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
      inputs = max(inputs, this.evaluate(callee, config, ctx));
    }
    if (local && local.length > 0) return inputs; // a same-file function past the depth bound
    // A function held in a variable of this file (a lambda, a closure): what the variable holds.
    if (callee && !receiver && this.syntax.identifiers.includes(callee.type)) {
      const held = this.scopes.resolve(callee.text, callee);
      if (held && held.kind !== 'import') return max(inputs, this.evaluate(callee, config, ctx));
    }
    const kind =
      this.language && name ? unresolvedCallKind(this.language, node, receiver, namespace, name) : 'transform';
    if (kind === 'safe') return inputs.level === Level.Tainted ? inputs : CONSTANT;
    if (kind === 'transform' && constantPiece && name && BUILDING_CALLS.test(name)) inputs = building(inputs);
    return kind === 'unknown' ? max(inputs, UNKNOWN) : inputs;
  }

  // v, err := f(x): with a same-file f, each target takes its own position of f's returns.
  private element(value: Node, index: number, path: string[] | undefined, config: TaintConfig, ctx: Context): Flow {
    const single = isList(value) && value.namedChildCount === 1 ? value.namedChild(0) : value;
    const spec = single && this.syntax.calls.find((c) => c.type === single.type);
    const callee = spec && single.childForFieldName(spec.callee);
    const name = callee ? simpleName(callee) : undefined;
    const local = name && this.scopes.mayCallLocal(single!, callee!) && this.scopes.functionsByName.get(name);
    if (!local || local.length === 0 || ctx.depth >= MAX_RETURN_DEPTH)
      return path ? this.parts.project(value, path, config, ctx) : this.evaluate(value, config, ctx);
    return this.localCall(single!, local, config, ctx, index);
  }

  private localCall(node: Node, functions: FunctionInfo[], config: TaintConfig, ctx: Context, index?: number): Flow {
    let flow = CONSTANT;
    for (const fn of functions) {
      const args = this.results.argumentFlows(node, fn, config, ctx);
      let returned = this.results.returned(fn, args, config, ctx, index);
      if (returned.built) returned = UNKNOWN; // built in the helper, it arrives here whole
      flow = max(flow, extend(returned, step(node, `${fn.name ?? 'function'}(…) returns it`)));
    }
    return flow;
  }

  /** `xs.map(f)`, `opt.map(x -> …)`, Python's `map(f, xs)`: what the function literal returns for the elements. */
  private mapped(node: Node, receiver: Node | null, args: Node, config: TaintConfig, ctx: Context): Flow | undefined {
    const list = args.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
    const literal = list.find((a) => this.syntax.functions.includes(a.type));
    const fn = literal && this.scopes.functionByNode.get(literal.id);
    const elements = receiver ?? list.find((a) => a !== literal);
    if (!fn || !elements || ctx.depth >= MAX_RETURN_DEPTH) return undefined;
    if (receiver && isNamespace(receiver, this.syntax, this.scopes)) return undefined;
    const input = this.evaluate(elements, config, ctx);
    const returned = this.results.returned(fn, [input], config, ctx);
    return extend(returned, step(node, `${fn.name ?? 'function'}(…) returns it`));
  }

  /** The text of an expression with what its variables hold (see value-text.ts). */
  valueText(node: Node, depth = 2): string {
    return valueText(node, this.scopes, this.syntax, depth);
  }

  /** The function a node sits in, if any (for scope conditions). */
  enclosingFunction(node: Node): Node | undefined {
    return this.scopes.enclosingFunction(node)?.node;
  }
}
