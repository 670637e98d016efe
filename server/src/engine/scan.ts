// Runs a language's compiled rules over one syntax tree: one query walk, then each sink match's
// conditions (text, taint, scope) are checked and surviving matches become findings.

import type { Node, Query, QueryMatch, Tree } from 'web-tree-sitter';
import { Dataflow, Flow, Level, TaintConfig } from './dataflow';
import { TextSpan, WINDOW_CHARS, windowsOf } from './scopes';
import { LANGUAGES, LanguageId } from './languages';
import { rangeOf } from './positions';
import { Condition, Pattern, Rule, SANITIZER_CAPTURE, SOURCE_CAPTURE } from './rule-model';
import { groupQuery, LanguagePlan, PatternEntry, PatternGroup, RuleSet, SharedEntry } from './ruleset';
import { applySuppressions } from './suppressions';
import { computeFix } from './fixes/registry';
import { DEFAULT_AI_LABEL, isInAiRegion, parseAiRegions } from './ai-regions';
import { Confidence, EngineProblem, Finding, severityRank, Severity, SEVERITIES } from './types';

export interface ScanOptions {
  disabledRules?: ReadonlySet<string>;
  minimumSeverity?: Severity;
  /** Time budget for the query walk and the condition checks, in milliseconds. */
  budgetMs?: number;
  /** Files under test folders: findings are reported one severity lower. */
  testFile?: boolean;
  /**
   * Only report findings whose sink lies in this text range (re-scan after an edit). The
   * analysis of other top-level functions is skipped, so cross-function flows may be missed
   * until the next full scan.
   */
  focus?: TextSpan;
  /** Label of the AI-generated region markers (default `warden:ai-generated`). */
  aiMarkerLabel?: string;
  /**
   * Hand the event loop back at least this often (milliseconds) during a long scan, so a
   * language server keeps answering while it scans a large file. Off when undefined.
   */
  yieldEveryMs?: number;
  /** Asked after each pause: true stops the scan with ScanCancelled (a newer edit arrived). */
  cancelled?: () => boolean;
}

/** A scan stopped because `cancelled` said so; its tree may have been edited meanwhile. */
export class ScanCancelled extends Error {
  constructor() {
    super('scan cancelled');
  }
}

/**
 * Paces a long scan: pauses once `everyMs` of work has passed and stops when cancelled. Time spent
 * paused does not count against the scan's budgets.
 */
class Pacer {
  private last = performance.now();
  paused = 0;
  /** The longest stretch of work between two pauses, for the benchmark. */
  longestRunMs = 0;

  constructor(
    private readonly everyMs?: number,
    private readonly cancelled?: () => boolean,
  ) {}

  get enabled(): boolean {
    return this.everyMs !== undefined;
  }

  due(): boolean {
    return this.everyMs !== undefined && performance.now() - this.last >= this.everyMs;
  }

  /** Hands the event loop back (call when `due`), then stops the scan if it was cancelled. */
  async pause(): Promise<void> {
    const now = performance.now();
    this.longestRunMs = Math.max(this.longestRunMs, now - this.last);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const after = performance.now();
    this.paused += after - now;
    this.last = after;
    if (this.cancelled?.()) throw new ScanCancelled();
  }

  /** A budget of `ms` of work from now: time spent paused from now on does not count. */
  overdueAfter(ms: number): () => boolean {
    const end = Date.now() + ms;
    const pausedBefore = this.paused;
    return () => Date.now() > end + (this.paused - pausedBefore);
  }

  /** Work since the last pause, counted into `longestRunMs` at the end of a scan. */
  finish(): void {
    if (this.everyMs !== undefined) this.longestRunMs = Math.max(this.longestRunMs, performance.now() - this.last);
  }
}

export interface ScanResult {
  findings: Finding[];
  problems: EngineProblem[];
  /** With `yieldEveryMs`: the longest stretch the scan ran without pausing (ms). */
  longestRunMs?: number;
}

export const DEFAULT_SCAN_BUDGET_MS = 2000;
/** How many ancestors an `inside` / `not-inside` condition looks at, at most. */
const MAX_INSIDE_DEPTH = 200;

type Captures = Map<string, Node[]>;

interface Verdict {
  ok: boolean;
  flow?: Flow;
  details: string[];
}

/** Everything a condition may need about the file being scanned. */
class MatchContext {
  private dataflow: Dataflow | undefined;
  readonly sources = new Map<string, Set<number>>();
  readonly sanitizers = new Map<string, Set<number>>();
  private readonly configs = new Map<string, TaintConfig>();

  /** Regex results on whole scopes (a file, a function), shared by every match inside them. */
  private readonly scopeTests = new Map<RegExp, Map<number, boolean>>();

  /** Node texts by node id: a callee name is read by every pattern that captures it. */
  private readonly texts = new Map<number, string>();

  constructor(
    readonly tree: Tree,
    readonly language: LanguageId,
    private readonly focus?: TextSpan,
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
  scopeHas(regex: RegExp, scope: Node): boolean {
    let byNode = this.scopeTests.get(regex);
    if (!byNode) this.scopeTests.set(regex, (byNode = new Map()));
    let result = byNode.get(scope.id);
    if (result === undefined) {
      result = regex.test(scope.text);
      byNode.set(scope.id, result);
    }
    return result;
  }

  get flow(): Dataflow {
    this.dataflow ??= new Dataflow(this.tree, LANGUAGES[this.language].syntax, this.focus);
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

function capturesOf(match: QueryMatch): Captures {
  const out: Captures = new Map();
  for (const c of match.captures) {
    const list = out.get(c.name);
    if (list) list.push(c.node);
    else out.set(c.name, [c.node]);
  }
  return out;
}

function renamed(captures: Captures, rename: Map<string, string>): Captures {
  const out: Captures = new Map();
  for (const [name, nodes] of captures) out.set(rename.get(name) ?? name, nodes);
  return out;
}

function check(cond: Condition, captures: Captures, rule: Rule | undefined, ctx: MatchContext): Verdict {
  const pass = (ok: boolean, detail?: string): Verdict => ({ ok, details: ok && detail ? [detail] : [] });
  switch (cond.kind) {
    case 'any-of': {
      const passed = cond.conditions.map((c) => check(c, captures, rule, ctx)).filter((v) => v.ok);
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
      return pass(ctx.scopeHas(cond.regex, scopeNode) !== cond.negate, cond.detail);
    }
  }
  const nodes = captures.get(cond.capture);
  if (!nodes || nodes.length === 0) return { ok: false, details: [] };
  const node = nodes[0];
  switch (cond.kind) {
    case 'regex': {
      const text = nodes.map((n) => (cond.resolve ? ctx.flow.valueText(n) : ctx.textOf(n))).join(' ');
      return pass(cond.regex.test(text) !== cond.negate, cond.detail);
    }
    case 'taint': {
      // Several captured arguments: the most dangerous one decides.
      const config = ctx.taintConfig(rule!);
      let flow: Flow = { level: Level.Constant };
      for (const n of nodes) {
        const f = ctx.flow.flowOf(n, config);
        if (f.level > flow.level) flow = f;
        if (flow.level === Level.Tainted) break;
      }
      const ok = cond.requirement === 'tainted' ? flow.level === Level.Tainted : flow.level >= Level.Unknown;
      return { ok, flow, details: [] };
    }
    case 'not-defined-in-file':
      return pass(!ctx.flow.scopes.functionsByName.has(node.text));
    case 'inside': {
      let found = false;
      let depth = 0;
      // Capped: each parent step re-descends from the root, so an unbounded climb from a sink
      // 10,000 levels deep cost O(depth²) (the fuzzer's deep expressions).
      for (let n = node.parent; n && depth < Math.min(cond.maxDepth, MAX_INSIDE_DEPTH); n = n.parent, depth++) {
        if (cond.types.includes(n.type) && (!cond.regex || cond.regex.test(n.text))) {
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
function gateCount(pattern: Pattern): number {
  let count = gateCounts.get(pattern);
  if (count === undefined) {
    count = 0;
    while (
      count < pattern.where.length &&
      pattern.where[count].kind === 'regex' &&
      !(pattern.where[count] as { resolve: boolean }).resolve
    )
      count++;
    gateCounts.set(pattern, count);
  }
  return count;
}

function passesGates(
  pattern: Pattern,
  match: QueryMatch,
  rename: Map<string, string> | undefined,
  ctx: MatchContext,
): boolean {
  const count = gateCount(pattern);
  for (let i = 0; i < count; i++) {
    const cond = pattern.where[i] as Extract<Condition, { kind: 'regex' }>;
    let text: string | undefined;
    for (const c of match.captures) {
      if ((rename?.get(c.name) ?? c.name) !== cond.capture) continue;
      text = text === undefined ? ctx.textOf(c.node) : `${text} ${ctx.textOf(c.node)}`;
    }
    if (text === undefined || cond.regex.test(text) === cond.negate) return false;
  }
  return true;
}

/** Checks a pattern's conditions from index `from` on. */
function checkAll(entry: PatternEntry, captures: Captures, ctx: MatchContext, from = 0): Verdict {
  const verdict: Verdict = { ok: true, details: [] };
  const where = entry.pattern.where;
  for (let i = from; i < where.length; i++) {
    const cond = where[i];
    const v = check(cond, captures, entry.rule, ctx);
    if (!v.ok) return { ok: false, details: [] };
    if (v.flow && (!verdict.flow || v.flow.level > verdict.flow.level)) verdict.flow = v.flow;
    verdict.details.push(...v.details);
  }
  return verdict;
}

function lower(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - 1)];
}

function findingFor(rule: Rule, node: Node, verdict: Verdict, options: ScanOptions): Finding {
  let confidence: Confidence = rule.confidence;
  const flow = verdict.flow;
  if (flow && flow.level === Level.Unknown && confidence === 'high') confidence = 'medium';
  const range = rangeOf(node);
  const finding: Finding = {
    ruleId: rule.id,
    class: rule.class,
    severity: options.testFile ? lower(rule.severity) : rule.severity,
    confidence,
    message: rule.message,
    range,
  };
  if (flow?.level === Level.Tainted && flow.trace) {
    finding.trace = [...flow.trace, { range, label: node.text.length > 60 ? `${node.text.slice(0, 57)}…` : node.text }];
  }
  if (verdict.details.length > 0) finding.detail = [...new Set(verdict.details)].join('; ');
  return finding;
}

function runQuery(
  query: Query,
  tree: Tree,
  overdue: () => boolean,
  focus?: TextSpan,
): { matches: QueryMatch[]; timedOut: boolean } {
  let timedOut = false;
  const matches = query.matches(tree.rootNode, {
    ...(focus ? { startIndex: focus.startIndex, endIndex: focus.endIndex } : {}),
    progressCallback: () => {
      if (overdue()) timedOut = true;
      return timedOut;
    },
  });
  return { matches, timedOut };
}

/** Where a match begins: its earliest captured node (a match is taken in the window holding it). */
function matchStart(match: QueryMatch): number {
  let start = Infinity;
  for (const c of match.captures) if (c.node.startIndex < start) start = c.node.startIndex;
  return start;
}

/**
 * Hands every match of every pattern, with the entries it belongs to, to `take`. When the
 * combined query overruns its budget, each rule's patterns run alone with a share of it, so one
 * slow rule is stopped and reported while the others still run (`restart` first drops what was
 * taken). The per-rule phase as a whole gets at most twice the budget: with a share per rule and
 * no cap, many slow rules (or one huge document) multiplied it.
 */
async function collectMatches(
  plan: LanguagePlan,
  tree: Tree,
  windows: TextSpan[] | undefined,
  budget: number,
  problems: EngineProblem[],
  pacer: Pacer,
  take: (match: QueryMatch, owners: SharedEntry[]) => void,
  restart: () => void,
  focus?: TextSpan,
): Promise<void> {
  const overdue = pacer.overdueAfter(budget);
  // Owner lists per pattern index, built once per scan rather than once per match.
  const ownersOf = new Map<number, SharedEntry[]>();
  const owners = (patternIndex: number): SharedEntry[] => {
    let list = ownersOf.get(patternIndex);
    if (!list) {
      const entry = plan.entries[patternIndex];
      list = [...(entry ? [{ entry }] : []), ...(plan.sharedWith.get(patternIndex) ?? [])];
      ownersOf.set(patternIndex, list);
    }
    return list;
  };
  let timedOut = false;
  if (!windows) {
    const result = runQuery(plan.query!, tree, overdue, focus);
    timedOut = result.timedOut;
    if (!timedOut) for (const match of result.matches) take(match, owners(match.patternIndex));
  } else {
    for (const window of windows) {
      const result = runQuery(plan.query!, tree, overdue, window);
      if (result.timedOut) {
        timedOut = true;
        break;
      }
      // A match reaching into two windows (a class around both) is returned for each: it is taken
      // in the window where it begins.
      for (const match of result.matches) {
        const start = matchStart(match);
        if (start >= window.startIndex && start < window.endIndex) take(match, owners(match.patternIndex));
      }
      if (pacer.due()) await pacer.pause();
    }
  }
  if (!timedOut) return;
  restart();
  const share = Math.max(50, budget / 4);
  const phaseEnd = Date.now() + Math.max(2 * budget, 1000);
  const describe = (group: PatternGroup): string =>
    group.role === 'sink' ? `rule ${group.name}` : `taint ${group.role} ${group.name}`;
  const notRun: string[] = [];
  for (const group of plan.groups) {
    const now = Date.now();
    if (now >= phaseEnd) {
      notRun.push(describe(group));
      continue;
    }
    const stop = Math.min(now + share, phaseEnd);
    const result = runQuery(groupQuery(plan, group), tree, () => Date.now() > stop, focus);
    if (result.timedOut) {
      problems.push({
        message: `${describe(group)} was stopped after ${Math.min(share, phaseEnd - now)} ms on this document; its findings are missing`,
      });
      continue;
    }
    for (const match of result.matches) take(match, [{ entry: group.entries[match.patternIndex] }]);
  }
  if (notRun.length > 0)
    problems.push({
      message: `the scan's time budget ran out before ${notRun.join(', ')} could run; their findings are missing`,
    });
}

export async function scanTree(
  ruleSet: RuleSet,
  language: LanguageId,
  tree: Tree,
  text: string,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const plan = await ruleSet.plan(language);
  const problems: EngineProblem[] = [];
  if (!plan.query) return { findings: [], problems };
  const budget = options.budgetMs ?? DEFAULT_SCAN_BUDGET_MS;
  const focus = options.focus;
  const ctx = new MatchContext(tree, language, focus);
  const pacer = new Pacer(options.yieldEveryMs, options.cancelled);
  const sinks: Array<{ entry: PatternEntry; captures: Captures }> = [];
  const take = (match: QueryMatch, owners: SharedEntry[]): void => {
    let matchCaptures: Captures | undefined;
    for (const { entry, rename } of owners) {
      if (entry.role === 'sink' && options.disabledRules?.has(entry.name)) continue;
      if (!passesGates(entry.pattern, match, rename, ctx)) continue;
      matchCaptures ??= capturesOf(match);
      const captures = rename ? renamed(matchCaptures, rename) : matchCaptures;
      // Sources and sanitizers mark nodes; sinks are checked once all marks are known.
      if (entry.role === 'sink') {
        // The gates passed; their details are collected again with the other conditions.
        sinks.push({ entry, captures });
        continue;
      }
      if (!checkAll(entry, captures, ctx, gateCount(entry.pattern)).ok) continue;
      const target =
        captures.get(entry.role === 'source' ? SOURCE_CAPTURE : SANITIZER_CAPTURE)?.[0] ?? match.captures[0]?.node;
      if (!target) continue;
      const into = entry.role === 'source' ? ctx.sources : ctx.sanitizers;
      let set = into.get(entry.name);
      if (!set) into.set(entry.name, (set = new Set()));
      set.add(target.id);
    }
  };
  const restart = (): void => {
    sinks.length = 0;
    ctx.sources.clear();
    ctx.sanitizers.clear();
  };
  // A whole large document is queried window by window (bounded live matches; a paced scan
  // pauses in between).
  const windows = !focus && text.length > WINDOW_CHARS ? windowsOf(tree, text.length) : undefined;
  // Paced, the scope index is built in steps up front: a condition needing it mid-window (a
  // source's scope test) would otherwise build it in one go.
  if (pacer.enabled && windows) await ctx.flow.indexScopes(pacer, windows);
  await collectMatches(plan, tree, windows, budget, problems, pacer, take, restart, focus);
  // Condition checks (dataflow) get their own budget, starting once matching is done.
  const overdue = pacer.overdueAfter(Math.max(budget, 50));
  const minimum = severityRank(options.minimumSeverity ?? 'info');
  const memoStore = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memoStore.has(key)) memoStore.set(key, compute());
    return memoStore.get(key) as T;
  };
  const byKey = new Map<string, Finding>();
  for (const { entry, captures } of sinks) {
    if (pacer.due()) await pacer.pause();
    if (overdue()) {
      problems.push({ message: 'condition checks ran out of time; remaining matches were skipped' });
      break;
    }
    const rule = entry.rule!;
    const node = captures.get(rule.report)?.[0];
    if (!node || (focus && (node.startIndex < focus.startIndex || node.startIndex >= focus.endIndex))) continue;
    const verdict = checkAll(entry, captures, ctx);
    if (!verdict.ok) continue;
    const finding = findingFor(rule, node, verdict, options);
    const fix = computeFix(rule.fix, {
      rule,
      node,
      captures,
      text,
      tree,
      language,
      flow: ctx.flow,
      taint: ctx.taintConfig(rule),
      details: verdict.details,
      memo,
    });
    if (fix) finding.fix = fix;
    if (severityRank(finding.severity) < minimum) continue;
    // One finding per class and range: overlapping rules of a class keep the most certain report.
    const key = `${rule.class}:${finding.range.start.line}:${finding.range.start.character}:${finding.range.end.line}:${finding.range.end.character}`;
    const previous = byKey.get(key);
    if (!previous || confidenceRank(finding.confidence) > confidenceRank(previous.confidence)) byKey.set(key, finding);
  }
  const findings = applySuppressions([...byKey.values()], text, LANGUAGES[language].syntax.lineComment);
  const label = options.aiMarkerLabel || DEFAULT_AI_LABEL;
  if (text.includes(label)) {
    const regions = parseAiRegions(text, { label });
    for (const f of findings) if (isInAiRegion(regions, f.range.start.line)) f.aiGenerated = true;
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.ruleId.localeCompare(b.ruleId),
  );
  pacer.finish();
  return { findings, problems, ...(pacer.enabled ? { longestRunMs: pacer.longestRunMs } : {}) };
}

function confidenceRank(c: Confidence): number {
  return ['low', 'medium', 'high'].indexOf(c);
}
