// Reaching definitions over one function's CFG: which definitions of a variable can reach a use.
// A forward may-analysis (out = gen ∪ (in − kill), joined by union), solved per variable on demand
// and cached: a sink's argument asks about one or two names, not every variable of the function.
// Guards (guards.ts) enter as definitions with a constant value at the start of the block their
// outcome leads to.

import type { Node } from 'web-tree-sitter';
import type { Definition } from '../scopes';
import { buildCfg, Cfg, stepAt } from './cfg';
import type { ControlVocabulary } from './control-vocabulary';
import { GuardShapes } from './guards';
import type { SyntaxVocabulary } from '../languages';

interface Placed {
  def: Definition;
  block: number;
  /** Step index in the block; -1 for definitions at the block's start (parameters, guards). */
  index: number;
}

interface Solution {
  placed: Placed[];
  /** Per block: the definitions made in it, in order. */
  local: Placed[][];
  /** Per block: bit set of `placed` indexes reaching its start. */
  into: Uint32Array[];
}

/** The flow of each function of a file, built the first time a use in it is resolved. */
export class FunctionFlows {
  private readonly flows = new Map<number, FunctionFlow | undefined>();
  private readonly guards: GuardShapes;

  constructor(
    private readonly syntax: SyntaxVocabulary,
    /** The definition a name resolves to in text order (module constants). */
    resolve: (name: Node) => Definition | undefined,
  ) {
    this.guards = new GuardShapes(syntax, (id) => {
      const def = resolve(id);
      return def?.kind === 'assign' ? def.value : null;
    });
  }

  /** Undefined when the function is over the CFG's bounds (the caller keeps textual order). */
  of(fn: Node): FunctionFlow | undefined {
    if (!this.flows.has(fn.id)) this.flows.set(fn.id, FunctionFlow.build(fn, this.syntax.control, this.guards));
    return this.flows.get(fn.id);
  }
}

/** Iterations of the fixpoint before giving up (structured code settles in 2–3 passes). */
const MAX_PASSES = 50;

export class FunctionFlow {
  private readonly solutions = new Map<string, Solution | null>();
  private guardDefs: Map<string, Placed[]> | undefined;

  private constructor(
    private readonly cfg: Cfg,
    private readonly guards: GuardShapes,
  ) {}

  /** The flow of a function, or undefined when its body is over the CFG's bounds. */
  static build(fn: Node, vocab: ControlVocabulary, guards: GuardShapes): FunctionFlow | undefined {
    const cfg = buildCfg(fn, vocab);
    return cfg ? new FunctionFlow(cfg, guards) : undefined;
  }

  /**
   * The definitions among `defs` (all of the function's definitions of `name`, plus its guards)
   * that can reach text position `at`; undefined when a definition or the use cannot be placed in
   * the CFG (the caller falls back to textual order). `name` keys the cache; `guarded` names the
   * variable whose guards apply (a part of a variable, `x.f`, is cleaned by the guards on `x`).
   */
  reaching(name: string, defs: Definition[], at: number, guarded = name): Definition[] | undefined {
    const step = stepAt(this.cfg, at);
    if (!step) return undefined;
    let solution = this.solutions.get(name);
    if (solution === undefined) {
      solution = this.solve(guarded, defs);
      this.solutions.set(name, solution);
    }
    if (!solution) return undefined;
    const before = solution.local[step.block].filter(
      (p) => p.index < step.index || (p.index === step.index && p.def.effectiveAt <= at),
    );
    if (before.length > 0) return [before[before.length - 1].def];
    const bits = solution.into[step.block];
    return solution.placed.filter((_, i) => has(bits, i)).map((p) => p.def);
  }

  private solve(name: string, defs: Definition[]): Solution | null {
    const cfg = this.cfg;
    const placed: Placed[] = [...(this.guardsByName().get(name) ?? [])];
    for (const def of defs) {
      if (def.kind === 'param') {
        placed.push({ def, block: 0, index: -1 });
        continue;
      }
      const step = stepAt(cfg, def.target.startIndex);
      if (!step) return null;
      placed.push({ def, block: step.block, index: step.index });
    }
    const blocks = cfg.preds.length;
    const local: Placed[][] = Array.from({ length: blocks }, () => []);
    for (const p of placed) local[p.block].push(p);
    for (const list of local) list.sort((a, b) => a.index - b.index || a.def.effectiveAt - b.def.effectiveAt);
    const words = Math.ceil(placed.length / 32) || 1;
    const into = Array.from({ length: blocks }, () => new Uint32Array(words));
    const out = Array.from({ length: blocks }, () => new Uint32Array(words));
    const indexOf = new Map(placed.map((p, i) => [p, i]));
    // A block that defines the variable sends out only its last definition (it kills the others).
    const gen = local.map((list) => (list.length > 0 ? indexOf.get(list[list.length - 1])! : -1));
    for (let pass = 0, changed = true; changed; pass++) {
      if (pass >= MAX_PASSES) return null;
      changed = false;
      for (let b = 0; b < blocks; b++) {
        const inb = into[b];
        for (const p of cfg.preds[b]) for (let w = 0; w < words; w++) inb[w] |= out[p][w];
        const next = new Uint32Array(words);
        if (gen[b] >= 0) next[gen[b] >> 5] |= 1 << (gen[b] & 31);
        else next.set(inb);
        for (let w = 0; w < words; w++) {
          if (next[w] !== out[b][w]) {
            out[b][w] = next[w];
            changed = true;
          }
        }
      }
    }
    return { placed, local, into };
  }

  /** Guard definitions by variable name, made once per function from its branches and cases. */
  private guardsByName(): Map<string, Placed[]> {
    if (this.guardDefs) return this.guardDefs;
    const byName = new Map<string, Placed[]>();
    const add = (target: Node, block: number): void => {
      const def: Definition = { name: target.text, kind: 'guard', target, value: null, effectiveAt: target.endIndex };
      const list = byName.get(def.name);
      const p = { def, block, index: -1 };
      if (list) list.push(p);
      else byName.set(def.name, [p]);
    };
    for (const b of this.cfg.branches) {
      for (const f of this.guards.facts(b.condition, true)) add(f.target, b.whenTrue);
      for (const f of this.guards.facts(b.condition, false)) add(f.target, b.whenFalse);
    }
    for (const c of this.cfg.cases) for (const f of this.guards.caseFact(c.value, c.labels)) add(f.target, c.block);
    this.guardDefs = byName;
    return byName;
  }
}

function has(bits: Uint32Array, i: number): boolean {
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}
