// Checks a match's conditions (text, taint, scope, ancestry) against the file being scanned. Plain
// text tests run first, on the query's own captures, so most matches stop before any dataflow.

import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import { Dataflow, Flow, Level, moreCertain, TaintConfig } from './dataflow';
import type { TextSpan } from './windows';
import { LANGUAGES, LanguageId } from './languages';
import type { Condition, Pattern, Rule } from './rule-model';
import type { PatternEntry } from './ruleset';
import type { TextPattern } from './rule-regex';
import { instantiate } from './capture-template';
import { secretShape } from '../../../core/secrets/value-shape';
import { ProviderCatalogue } from './provider-catalogue';
import { NameResolver } from './names/resolver';
import { NameShapes, nameShapes } from './names/query-shapes';
import { gatesHold, regexHolds, spelledTexts } from './names/match-names';

/** How many ancestors an `inside` / `not-inside` condition looks at, at most. */
const MAX_INSIDE_DEPTH = 200;

export type Captures = Map<string, Node[]>;

export interface Verdict {
  ok: boolean;
  flow?: Flow;
  details: string[];
  /** The catalogue format a provider-token condition matched, when it keeps its severity in tests. */
  secretFormat?: string;
}

/** Everything a condition may need about the file being scanned. */
export class MatchContext {
  private dataflow: Dataflow | undefined;
  readonly sources = new Map<string, Set<number>>();
  readonly sanitizers = new Map<string, Set<number>>();
  private readonly configs = new Map<string, TaintConfig>();

  /** Regex results on whole scopes (a file, a function), shared by every match inside them. */
  private readonly scopeTests = new Map<TextPattern, Map<number, boolean>>();

  /** Node texts by node id: a callee name is read by every pattern that captures it. */
  private readonly texts = new Map<number, string>();

  constructor(
    readonly tree: Tree,
    readonly language: LanguageId,
    private readonly focus?: TextSpan,
    readonly providers = new ProviderCatalogue([]),
  ) {}

  textOf(node: Node): string {
    let text = this.texts.get(node.id);
    if (text === undefined) this.texts.set(node.id, (text = node.text));
    return text;
  }

  /**
   * Whether `regex` matches the text of a scope node. Hundreds of matches share a scope: testing a
   * whole file's text once per match cost ~12% of a Python scan.
   */
  scopeHas(regex: TextPattern, scope: Node): boolean {
    let byNode = this.scopeTests.get(regex);
    if (!byNode) this.scopeTests.set(regex, (byNode = new Map()));
    let result = byNode.get(scope.id);
    if (result === undefined) {
      result = regex.test(scope.text);
      byNode.set(scope.id, result);
    }
    return result;
  }

  private resolver: NameResolver | undefined;

  /** The file's names: the spellings of each name through its imports (built on first use). */
  get names(): NameResolver {
    this.resolver ??= new NameResolver(this.tree, this.language, () => this.flow.scopes);
    return this.resolver;
  }

  get flow(): Dataflow {
    this.dataflow ??= new Dataflow(this.tree, LANGUAGES[this.language].syntax, this.focus, this.language);
    return this.dataflow;
  }

  taintConfig(rule: Rule): TaintConfig {
    const key = rule.taint ? `${rule.taint.sources.join(',')}|${rule.taint.sanitizers.join(',')}` : '';
    let config = this.configs.get(key);
    if (!config) {
      const union = (names: string[] | undefined, from: Map<string, Set<number>>): Set<number> =>
        new Set((names ?? []).flatMap((n) => [...(from.get(n) ?? [])]));
      config = {
        key,
        sources: union(rule.taint?.sources, this.sources),
        sanitizers: union(rule.taint?.sanitizers, this.sanitizers),
      };
      this.configs.set(key, config);
    }
    return config;
  }
}

export function capturesOf(match: QueryMatch): Captures {
  const out: Captures = new Map();
  for (const c of match.captures) {
    const list = out.get(c.name);
    if (list) list.push(c.node);
    else out.set(c.name, [c.node]);
  }
  return out;
}

export function renamed(captures: Captures, rename: Map<string, string>): Captures {
  const out: Captures = new Map();
  for (const [name, nodes] of captures) out.set(rename.get(name) ?? name, nodes);
  return out;
}

/** A condition's regex, its `{{capture}}` placeholders filled from this match (capture-template.ts). */
function regexOf(
  cond: Extract<Condition, { kind: 'inside' | 'scope' }>,
  captures: Captures,
  ctx: MatchContext,
): TextPattern | undefined {
  if (!cond.template) return cond.regex;
  return instantiate(cond.template, (name) => {
    const node = captures.get(name)?.[0];
    return node && ctx.textOf(node);
  });
}

function check(
  cond: Condition,
  captures: Captures,
  rule: Rule | undefined,
  ctx: MatchContext,
  shapes: NameShapes,
): Verdict {
  const pass = (ok: boolean, detail?: string): Verdict => ({ ok, details: ok && detail ? [detail] : [] });
  switch (cond.kind) {
    case 'any-of': {
      const passed = cond.conditions.map((c) => check(c, captures, rule, ctx, shapes)).filter((v) => v.ok);
      return {
        ok: passed.length > 0,
        flow: passed.find((v) => v.flow)?.flow,
        details: passed.flatMap((v) => v.details),
      };
    }
    case 'scope': {
      const anchor = captures.values().next().value?.[0];
      const scopeNode =
        cond.scope === 'file' || !anchor
          ? ctx.tree.rootNode
          : (ctx.flow.enclosingFunction(anchor) ?? ctx.tree.rootNode);
      const regex = regexOf(cond, captures, ctx);
      if (!regex) return { ok: false, details: [] };
      return pass(ctx.scopeHas(regex, scopeNode) !== cond.negate, cond.detail);
    }
  }
  if (cond.kind === 'regex') {
    // Names are seen under their spellings through the file's imports (names/match-names.ts); a
    // receiver the widened shape left out is spelled from its member.
    const texts = spelledTexts(cond, (name) => captures.get(name), shapes, ctx);
    return pass(!!texts && regexHolds(cond, texts), cond.detail);
  }
  const nodes = captures.get(cond.capture);
  if (!nodes || nodes.length === 0) return { ok: false, details: [] };
  const node = nodes[0];
  switch (cond.kind) {
    case 'taint': {
      // Several captured arguments: the most dangerous one decides.
      const config = ctx.taintConfig(rule!);
      let flow: Flow = { level: Level.Constant };
      for (const n of nodes) {
        const f = ctx.flow.flowOf(n, config);
        if (moreCertain(f, flow)) flow = f;
        if (flow.level === Level.Tainted) break;
      }
      const ok = cond.requirement === 'tainted' ? flow.level === Level.Tainted : flow.level >= Level.Unknown;
      return { ok, flow, details: [] };
    }
    case 'not-defined-in-file':
      return pass(!ctx.flow.scopes.functionsByName.has(node.text));
    case 'secret-value':
      return pass(secretShape(ctx.textOf(node)).secret);
    case 'provider-token': {
      const hit = ctx.providers.find(ctx.textOf(node));
      if (!hit) return { ok: false, details: [] };
      const { provider, name, inTests } = hit.format;
      const format = `${provider} ${name}`;
      return { ok: true, details: [`a ${format}`], ...(inTests ? { secretFormat: format } : {}) };
    }
    case 'inside': {
      const regex = cond.regex && regexOf(cond, captures, ctx);
      if (cond.regex && !regex) return { ok: false, details: [] };
      let found = false;
      let depth = 0;
      // Capped: each parent step re-descends from the root, so an unbounded climb from a sink
      // 10,000 levels deep cost O(depth²) (the fuzzer's deep expressions).
      for (let n = node.parent; n && depth < Math.min(cond.maxDepth, MAX_INSIDE_DEPTH); n = n.parent, depth++) {
        if (cond.types.includes(n.type) && (!regex || regex.test(n.text))) {
          found = true;
          break;
        }
      }
      return pass(found !== cond.negate);
    }
  }
}

/**
 * How many of a pattern's first conditions are plain text tests, which need no dataflow: a match
 * is tested against them as soon as it is found, on the query's own capture list, and most
 * matches (every call, say) stop there before anything is built for them.
 */
const gateCounts = new WeakMap<Pattern, number>();
export function gateCount(pattern: Pattern): number {
  let count = gateCounts.get(pattern);
  if (count === undefined) {
    count = 0;
    while (
      count < pattern.where.length &&
      pattern.where[count].kind === 'regex' &&
      !(pattern.where[count] as { resolve: number }).resolve
    )
      count++;
    gateCounts.set(pattern, count);
  }
  return count;
}

export function passesGates(
  pattern: Pattern,
  match: QueryMatch,
  rename: Map<string, string> | undefined,
  ctx: MatchContext,
): boolean {
  return gatesHold(pattern, gateCount(pattern), match, rename, ctx);
}

/** Checks a pattern's conditions from index `from` on. */
export function checkAll(entry: PatternEntry, captures: Captures, ctx: MatchContext, from = 0): Verdict {
  const verdict: Verdict = { ok: true, details: [] };
  const where = entry.pattern.where;
  const shapes = nameShapes(entry.pattern, ctx.language);
  for (let i = from; i < where.length; i++) {
    const cond = where[i];
    const v = check(cond, captures, entry.rule, ctx, shapes);
    if (!v.ok) return { ok: false, details: [] };
    if (v.flow && (!verdict.flow || moreCertain(v.flow, verdict.flow))) verdict.flow = v.flow;
    verdict.details.push(...v.details);
    if (v.secretFormat) verdict.secretFormat = v.secretFormat;
  }
  return verdict;
}
