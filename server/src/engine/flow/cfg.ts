// A control-flow graph for one function body, built from the tree-sitter tree through the
// language's control vocabulary. Blocks hold "steps": text ranges that run in order (a plain
// statement, an if's condition, a loop's header), so a definition or a use is placed by its
// position. Branch targets get a block of their own whose only predecessor is the branch, so a
// fact known on one edge (a guard, guards.ts) can sit at the start of that block.

import type { Node } from 'web-tree-sitter';
import type { ControlVocabulary, SwitchSpec } from './control-vocabulary';

export interface Step {
  start: number;
  end: number;
  block: number;
  /** Position in its block. */
  index: number;
}

/** A condition and the block each of its outcomes enters (see guards.ts). */
export interface Branch {
  condition: Node;
  whenTrue: number;
  whenFalse: number;
}

/** A switch case entered only when the switched value equals one of the case's constants. */
export interface CaseEntry {
  value: Node;
  labels: Node[];
  block: number;
}

export interface Cfg {
  /** Block 0 is the entry; each block lists its predecessors. */
  preds: number[][];
  steps: Step[][];
  /** Every step, sorted by start (steps never overlap). */
  ordered: Step[];
  branches: Branch[];
  cases: CaseEntry[];
}

/** Over this many steps a function keeps the textual resolution (a hostile file costs no more than before). */
export const MAX_STEPS = 5000;

interface Jumps {
  breakTo?: number[];
  continueTo?: number;
  /** Blocks that may throw into the enclosing handlers: every step inside a try gets its own block. */
  handlers?: number[];
}

class TooLarge extends Error {}

class Builder {
  readonly preds: number[][] = [];
  readonly steps: Step[][] = [];
  readonly branches: Branch[] = [];
  readonly cases: CaseEntry[] = [];
  private count = 0;

  constructor(private readonly vocab: ControlVocabulary) {}

  block(...from: Array<number | null>): number {
    const id = this.preds.length;
    this.preds.push([]);
    this.steps.push([]);
    for (const f of from) if (f !== null) this.edge(f, id);
    return id;
  }

  edge(from: number, to: number): void {
    if (!this.preds[to].includes(from)) this.preds[to].push(from);
  }

  /** Adds a step to the current block (a fresh unreachable block when control cannot get here). */
  step(start: number, end: number, cur: number | null, jumps: Jumps): number {
    if (++this.count > MAX_STEPS) throw new TooLarge();
    let block = cur ?? this.block();
    if (jumps.handlers) {
      // Inside a try any step may throw: it gets its own block, which flows to every handler.
      block = this.block(block);
      for (const h of jumps.handlers) this.edge(block, h);
    }
    const list = this.steps[block];
    list.push({ start, end, block, index: list.length });
    return block;
  }

  /** Runs `node` from block `cur`; returns the block control continues in, or null if it cannot. */
  statement(node: Node, cur: number | null, jumps: Jumps): number | null {
    const v = this.vocab;
    const type = node.type;
    if (/comment/.test(type)) return cur;
    if (v.sequences.includes(type)) {
      for (const child of node.namedChildren) if (child) cur = this.statement(child, cur, jumps);
      return cur;
    }
    if (v.ifs.includes(type)) return this.ifStatement(node, cur, jumps);
    if (v.loops.includes(type) || v.doLoops.includes(type)) return this.loop(node, cur, jumps);
    const sw = v.switches.find((s) => s.type === type);
    if (sw) return this.switchStatement(node, sw, cur, jumps);
    if (v.tries.includes(type)) return this.tryStatement(node, cur, jumps);
    if (v.wrappers.includes(type)) {
      const body = node.childForFieldName('body') ?? node.lastNamedChild;
      if (!body || body.startIndex <= node.startIndex) return this.step(node.startIndex, node.endIndex, cur, jumps);
      cur = this.step(node.startIndex, body.startIndex, cur, jumps);
      return this.statement(body, cur, jumps);
    }
    const b = this.step(node.startIndex, node.endIndex, cur, jumps);
    if (v.exits.includes(type)) return null;
    if (v.breaks.includes(type)) {
      jumps.breakTo?.push(b);
      return null;
    }
    if (v.continues.includes(type)) {
      if (jumps.continueTo !== undefined) this.edge(b, jumps.continueTo);
      return null;
    }
    if (type === 'expression_statement' && this.isExitCall(node.firstNamedChild)) return null;
    return b;
  }

  private isExitCall(expr: Node | null): boolean {
    if (!expr || !/call/.test(expr.type)) return false;
    const callee = expr.childForFieldName('function');
    return !!callee && this.vocab.exitCalls.test(callee.text);
  }

  /** A condition step ending `cur`, and a fresh block for each outcome. */
  private branch(condition: Node, cur: number | null, jumps: Jumps): Branch {
    const b = this.step(condition.startIndex, condition.endIndex, cur, jumps);
    const branch = { condition, whenTrue: this.block(b), whenFalse: this.block(b) };
    this.branches.push(branch);
    return branch;
  }

  private ifStatement(node: Node, cur: number | null, jumps: Jumps): number | null {
    const init = node.childForFieldName('initializer');
    if (init) cur = this.step(init.startIndex, init.endIndex, cur, jumps);
    const condition = node.childForFieldName('condition');
    const consequence = node.childForFieldName('consequence');
    if (!condition || !consequence) return this.step(node.startIndex, node.endIndex, cur, jumps);
    const { whenTrue, whenFalse } = this.branch(condition, cur, jumps);
    const ends: Array<number | null> = [this.statement(consequence, whenTrue, jumps)];
    let rest: number | null = whenFalse;
    for (const alt of node.childrenForFieldName('alternative')) {
      if (!alt) continue;
      if (rest === null) break;
      if (this.vocab.elseClauses.includes(alt.type) && alt.childForFieldName('condition')) {
        // elif: a branch of its own on the path where the previous conditions were false.
        const c = alt.childForFieldName('condition')!;
        const body = alt.childForFieldName('consequence');
        const b = this.branch(c, rest, jumps);
        ends.push(body ? this.statement(body, b.whenTrue, jumps) : b.whenTrue);
        rest = b.whenFalse;
      } else {
        const body = this.vocab.elseClauses.includes(alt.type)
          ? (alt.childForFieldName('body') ?? alt.firstNamedChild)
          : alt;
        ends.push(body ? this.statement(body, rest, jumps) : rest);
        rest = null;
      }
    }
    ends.push(rest);
    return this.join(ends);
  }

  join(ends: Array<number | null>): number | null {
    const live = ends.filter((e): e is number => e !== null);
    if (live.length === 0) return null;
    if (live.length === 1) return live[0];
    return this.block(...live);
  }

  private loop(node: Node, cur: number | null, jumps: Jumps): number | null {
    const body = node.childForFieldName('body');
    if (!body) return this.step(node.startIndex, node.endIndex, cur, jumps);
    const isDo = this.vocab.doLoops.includes(node.type);
    const head = this.block(cur);
    const breaks: number[] = [];
    const inner: Jumps = { ...jumps, breakTo: breaks, continueTo: head };
    let exit: number | null;
    if (isDo) {
      const end = this.statement(body, head, inner);
      const cond = node.childForFieldName('condition');
      const c = cond ? this.step(cond.startIndex, cond.endIndex, end, jumps) : end;
      if (c !== null) this.edge(c, head);
      exit = c;
    } else {
      // The header (init, condition, update, or the loop variable and iterable) runs each time round.
      const h = body.startIndex > node.startIndex ? this.step(node.startIndex, body.startIndex, head, jumps) : head;
      const entry = this.block(h);
      const end = this.statement(body, entry, inner);
      if (end !== null) this.edge(end, head);
      exit = this.block(h);
      const orElse = node.childForFieldName('alternative');
      if (orElse) exit = this.statement(orElse.childForFieldName('body') ?? orElse, exit, jumps);
    }
    return this.join([exit, ...breaks]);
  }

  private switchStatement(node: Node, spec: SwitchSpec, cur: number | null, jumps: Jumps): number | null {
    const value = node.childForFieldName(spec.value);
    const init = node.childForFieldName('initializer');
    if (init) cur = this.step(init.startIndex, init.endIndex, cur, jumps);
    const head = value ? this.step(value.startIndex, value.endIndex, cur, jumps) : (cur ?? this.block());
    const holder = spec.body ? node.childForFieldName(spec.body) : node;
    const breaks: number[] = [];
    const inner: Jumps = spec.breaks ? { ...jumps, breakTo: breaks } : jumps;
    const ends: Array<number | null> = [];
    let previous: number | null = null;
    let hasDefault = false;
    for (const c of holder?.namedChildren ?? []) {
      if (!c || !spec.cases.includes(c.type)) continue;
      const labels = c.namedChildren.filter(
        (n, i): n is Node =>
          !!n && (spec.labelTypes.includes(n.type) || spec.labelFields.includes(c.fieldNameForNamedChild(i) ?? '')),
      );
      const isDefault = spec.defaults.includes(c.type) || labels.some((l) => /^(default\b|_$)/.test(l.text.trim()));
      hasDefault ||= isDefault;
      const entry = this.block(head);
      if (value && !isDefault && labels.length > 0) this.cases.push({ value, labels, block: entry });
      let at: number | null = entry;
      if (previous !== null && spec.fallsThrough) at = this.block(entry, previous);
      const labelIds = new Set(labels.map((l) => l.id));
      for (const s of c.namedChildren) if (s && !labelIds.has(s.id)) at = this.statement(s, at, inner);
      const last = c.lastNamedChild;
      const fallsOn =
        (spec.fallsThrough && !spec.arrowCases?.includes(c.type)) ||
        (!!this.vocab.fallthrough && last?.type === this.vocab.fallthrough);
      previous = fallsOn ? at : null;
      if (!fallsOn) ends.push(at);
    }
    ends.push(previous);
    if (!hasDefault) ends.push(this.block(head));
    return this.join([...ends, ...breaks]);
  }

  private tryStatement(node: Node, cur: number | null, jumps: Jumps): number | null {
    const body = node.childForFieldName('body');
    if (!body) return this.step(node.startIndex, node.endIndex, cur, jumps);
    const v = this.vocab;
    const handlerNodes = node.namedChildren.filter((c): c is Node => !!c && v.handlers.includes(c.type));
    const finallyNode = node.namedChildren.find((c): c is Node => !!c && v.finallies.includes(c.type)) ?? null;
    const elseNode = node.namedChildren.find((c): c is Node => !!c && c.type === 'else_clause') ?? null;
    if (body.startIndex > node.startIndex) cur = this.step(node.startIndex, body.startIndex, cur, jumps);
    // Handlers (and finally) may be entered from before the body or after any step of it.
    const handlerEntries = handlerNodes.map(() => this.block(cur));
    const finallyEntry = finallyNode ? this.block(cur) : null;
    const catching = [...handlerEntries, ...(finallyEntry !== null ? [finallyEntry] : [])];
    let end = this.statement(body, cur, { ...jumps, handlers: [...(jumps.handlers ?? []), ...catching] });
    if (elseNode) end = this.statement(elseNode.childForFieldName('body') ?? elseNode, end, jumps);
    const ends: Array<number | null> = [end];
    const inHandlers: Jumps =
      finallyEntry !== null ? { ...jumps, handlers: [...(jumps.handlers ?? []), finallyEntry] } : jumps;
    handlerNodes.forEach((h, i) => {
      const hb = h.childForFieldName('body') ?? h.namedChildren.find((c) => c && v.sequences.includes(c.type));
      let at: number | null = handlerEntries[i];
      if (hb && hb.startIndex > h.startIndex) at = this.step(h.startIndex, hb.startIndex, at, inHandlers);
      ends.push(hb ? this.statement(hb, at, inHandlers) : at);
    });
    if (!finallyNode || finallyEntry === null) return this.join(ends);
    // finally runs on every way out; afterwards control goes on (a may-analysis: it adds paths).
    for (const e of ends) if (e !== null) this.edge(e, finallyEntry);
    const fb = finallyNode.childForFieldName('body') ?? finallyNode.lastNamedChild ?? finallyNode;
    return this.statement(fb, finallyEntry, jumps);
  }
}

/** The CFG of a function's body, or undefined over MAX_STEPS. */
export function buildCfg(fn: Node, vocab: ControlVocabulary): Cfg | undefined {
  const builder = new Builder(vocab);
  const entry = builder.block();
  const body = fn.childForFieldName('body');
  try {
    if (body) builder.statement(body, entry, {});
  } catch (e) {
    if (e instanceof TooLarge) return undefined;
    throw e;
  }
  const ordered = builder.steps.flat().sort((a, b) => a.start - b.start);
  return { preds: builder.preds, steps: builder.steps, ordered, branches: builder.branches, cases: builder.cases };
}

/** The step holding text position `at`, if any. */
export function stepAt(cfg: Cfg, at: number): Step | undefined {
  const list = cfg.ordered;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = list[lo - 1];
  return s && at < s.end ? s : undefined;
}
