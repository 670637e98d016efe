// Reading part of a variable (docs/engine.md §4): `x.f`, `this.f`, `m["k"]`, `m.get("k")` see
// the writes to that part (`x.f = v`, `m.put("k", v)`), the writes to the whole variable (projected
// through an object or array literal), and, for the object's own fields, what any method of the
// class stores in them (fields.ts). A variable nothing writes into part by part is read whole.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from './languages';
import type { Definition, ScopeIndex } from './scopes';
import { accessPath, ANY, constantKey, literalPart } from './access-paths';
import { FieldStores } from './fields';
import { CONSTANT, Context, extend, Flow, Level, max, step, TaintConfig } from './flow-values';

/** What the part reader asks of the analysis (dataflow.ts). */
export interface Evaluator {
  readonly scopes: ScopeIndex;
  evaluate(node: Node, config: TaintConfig, ctx: Context): Flow;
  /** The flow of a definition of the whole variable. */
  definition(def: Definition, config: TaintConfig, ctx: Context): Flow;
}

export class PartFlows {
  private fields: FieldStores | undefined;
  /** Writes to part of a variable being evaluated (they reach each other in loops). */
  private readonly active = new Set<string>();

  constructor(
    private readonly engine: Evaluator,
    private readonly syntax: SyntaxVocabulary,
    private readonly root: Node,
  ) {}

  /** A member access read as an access path; undefined: read the object whole, as before. */
  read(node: Node, config: TaintConfig, ctx: Context): Flow | undefined {
    const path = accessPath(node, this.syntax);
    if (!path) return undefined;
    // A source or sanitizer inside the access (`req.query` of req.query.name) decides as before.
    for (let inner = node.firstNamedChild; inner; inner = inner.firstNamedChild) {
      if (config.sources.has(inner.id) || config.sanitizers.has(inner.id)) return undefined;
      if (inner.id === path.base.id) break;
    }
    return this.readPart(path.base, path.segments, node, config, ctx, true);
  }

  /** `m.get("k")` on a variable written key by key; undefined when it is not. */
  readKey(receiver: Node, key: Node | undefined, use: Node, config: TaintConfig, ctx: Context): Flow | undefined {
    const segment = key ? constantKey(key) : undefined;
    if (segment === undefined || !this.syntax.identifiers.includes(receiver.type)) return undefined;
    return this.readPart(receiver, [segment], use, config, ctx, false);
  }

  /** Java: a class field read by its bare name, with what the class's methods store in it. */
  bareField(node: Node, config: TaintConfig, ctx: Context): Flow | undefined {
    const fn = this.engine.scopes.enclosingFunction(node)?.node;
    return fn ? this.stored(fn, node.text, [], config, ctx) : undefined;
  }

  private readPart(
    base: Node,
    segments: string[],
    use: Node,
    config: TaintConfig,
    ctx: Context,
    whole: boolean,
    at = use.startIndex,
  ): Flow | undefined {
    const scopes = this.engine.scopes;
    let defs = scopes.reachingPart(base.text, segments, use, at);
    if (!defs) {
      const own = this.ownField(base, segments, use, config, ctx);
      if (own || !whole || base.type === 'this') return own;
      defs = scopes.reaching(base.text, use, at);
      if (defs.length === 0) return undefined;
    }
    let flow = CONSTANT;
    for (const def of defs) {
      flow = max(
        flow,
        extend(this.partDefinition(def, base, segments, use, config, ctx), step(def.target, def.target.text)),
      );
      if (flow.level === Level.Tainted) break;
    }
    return flow;
  }

  private partDefinition(
    def: Definition,
    base: Node,
    segments: string[],
    use: Node,
    config: TaintConfig,
    ctx: Context,
  ): Flow {
    if (config.sources.has(def.target.id)) return this.engine.definition(def, config, ctx);
    if (def.kind === 'param')
      return this.ownField(base, segments, use, config, ctx) ?? this.engine.definition(def, config, ctx);
    if (!def.path) {
      if (def.kind !== 'assign' || !def.value || (def.valueIndex !== undefined && !def.valuePath))
        return this.engine.definition(def, config, ctx);
      return this.project(def.value, [...(def.valuePath ?? []), ...segments], config, ctx);
    }
    const value = def.partValue ?? def.value;
    if (def.path.length <= segments.length && !def.path.includes(ANY))
      return value ? this.project(value, segments.slice(def.path.length), config, ctx) : CONSTANT;
    // A write to a deeper part, or through a key that is not constant: what was there before, and it.
    const key = `${config.key}:${def.target.id}:${def.effectiveAt}:${segments.join('.')}`;
    if (this.active.has(key)) return CONSTANT;
    this.active.add(key);
    try {
      const before = this.readPart(base, segments, def.target, config, ctx, true, def.effectiveAt - 1) ?? CONSTANT;
      return max(before, value ? this.engine.evaluate(value, config, ctx) : CONSTANT);
    } finally {
      this.active.delete(key);
    }
  }

  /** The part `segments` of an expression's value: through literals and variables, else the whole. */
  project(value: Node, segments: string[], config: TaintConfig, ctx: Context): Flow {
    if (segments.length === 0) return this.engine.evaluate(value, config, ctx);
    const part = literalPart(value, segments[0]);
    if (part) return this.project(part, segments.slice(1), config, ctx);
    if (this.syntax.identifiers.includes(value.type) && !config.sources.has(value.id)) {
      const read = this.readPart(value, segments, value, config, ctx, true);
      if (read) return read;
    }
    return this.engine.evaluate(value, config, ctx);
  }

  /** `this.f`, `self.f`, a Go receiver's `s.f`: what the class's methods store in the field, if any. */
  private ownField(base: Node, segments: string[], use: Node, config: TaintConfig, ctx: Context): Flow | undefined {
    const fn = this.engine.scopes.enclosingFunction(use)?.node;
    this.fields ??= new FieldStores(this.root, this.syntax);
    if (!fn || !this.fields.isOwnReceiver(base, fn)) return undefined;
    return this.stored(fn, segments[0], segments.slice(1), config, ctx);
  }

  private stored(fn: Node, field: string, rest: string[], config: TaintConfig, ctx: Context): Flow | undefined {
    this.fields ??= new FieldStores(this.root, this.syntax);
    const stores = this.fields.storesOf(fn, field);
    if (!stores) return undefined;
    let flow = CONSTANT;
    for (const store of stores) {
      const f = this.project(store.value, rest, config, { depth: ctx.depth });
      flow = max(flow, extend(f, step(store.target)));
      if (flow.level === Level.Tainted) break;
    }
    return flow;
  }
}
