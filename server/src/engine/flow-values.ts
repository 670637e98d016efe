// The values the taint analysis computes (see dataflow.ts): a level, the `built` mark of
// policy.md, and the trace of a tainted value; how two are joined and how a trace grows.

import type { Node } from 'web-tree-sitter';
import type { TraceStep } from './types';
import { nodeLabel, rangeOf } from './positions';

const MAX_TRACE = 10;

export const enum Level {
  Constant = 0,
  Unknown = 1,
  Tainted = 2,
}

export interface Flow {
  level: Level;
  /** Unknown, and built into a larger text in this function (policy.md), not passed whole. */
  built?: boolean;
  /** Source first, for tainted values. */
  trace?: TraceStep[];
}

export interface TaintConfig {
  /** Node ids of source matches allowed for this rule, and of its sanitizer matches. */
  sources: Set<number>;
  sanitizers: Set<number>;
  key: string;
}

export const CONSTANT: Flow = { level: Level.Constant };
export const UNKNOWN: Flow = { level: Level.Unknown };
export const BUILT: Flow = { level: Level.Unknown, built: true };
export interface Context {
  /** Parameter bindings when evaluating inside a called function (argument → parameter). */
  bindings?: Map<number, Flow>;
  depth: number;
}

export function step(node: Node, text = nodeLabel(node)): TraceStep {
  return { range: rangeOf(node), label: text };
}

export function extend(flow: Flow, s: TraceStep): Flow {
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

/** Tainted above built-unknown above unknown above constant. */
export function moreCertain(a: Flow, b: Flow): boolean {
  return a.level !== b.level ? a.level > b.level : !!a.built && !b.built;
}
export function max(a: Flow, b: Flow): Flow {
  return moreCertain(b, a) ? b : a;
}

export const building = (flow: Flow): Flow => (flow.level === Level.Unknown ? BUILT : flow);
