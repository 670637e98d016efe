// Runs a language's compiled rules over one syntax tree: one query walk, then each sink match's
// conditions (text, taint, scope) are checked and surviving matches become findings.

import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import { Level } from './dataflow';
import { TextSpan, WINDOW_CHARS, windowsOf } from './windows';
import { LANGUAGES, LanguageId } from './languages';
import { nodeLabel, rangeOf, reportRange } from './positions';
import { Rule, SANITIZER_CAPTURE, SOURCE_CAPTURE } from './rule-model';
import type { LanguagePlan, PatternEntry, RuleSet, SharedEntry } from './ruleset';
import { treeWithoutCallComments } from './names/comments';
import { applySuppressions } from './suppressions';
import { computeFix } from './fixes/registry';
import { DEFAULT_AI_LABEL, isInAiRegion, parseAiRegions } from './ai-regions';
import { Confidence, EngineProblem, Finding, severityRank, Severity, SEVERITIES } from './types';
import { Pacer } from './pacer';
import { Captures, capturesOf, checkAll, gateCount, MatchContext, passesGates, renamed, Verdict } from './conditions';
import { collectMatches } from './matching';
import { followObject } from './objects';
import { gradeByOrigin } from './origin';
import { PrefilterCounters, selectAll, Selection } from './prefilter';

export { ScanCancelled } from './pacer';

export interface ScanOptions {
  disabledRules?: ReadonlySet<string>;
  minimumSeverity?: Severity;
  /** Time budget for the query walk and the condition checks, in milliseconds. */
  budgetMs?: number;
  /**
   * What the budgets are measured with (default Date.now). Tests pass a clock that counts work,
   * so which rule a budget stops does not depend on how loaded the machine is.
   */
  clock?: () => number;
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
  /** Check only the patterns whose words occur in the text (prefilter.ts); default true. */
  prefilter?: boolean;
  /** Adds this scan's rule counts (how many the prefilter let run). */
  counters?: PrefilterCounters;
}

export interface ScanResult {
  findings: Finding[];
  problems: EngineProblem[];
  /** With `yieldEveryMs`: the longest stretch the scan ran without pausing (ms). */
  longestRunMs?: number;
}

export const DEFAULT_SCAN_BUDGET_MS = 2000;

function lower(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - 1)];
}

function findingFor(rule: Rule, node: Node, verdict: Verdict, options: ScanOptions): Finding {
  let confidence: Confidence = rule.confidence;
  const flow = verdict.flow;
  if (flow && flow.level === Level.Unknown && confidence === 'high') confidence = 'medium';
  const range = reportRange(node);
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
  if (verdict.secretFormat) finding.secretFormat = verdict.secretFormat;
  return gradeByOrigin(finding, { unknown: flow?.level === Level.Unknown, built: !!flow?.built });
}

export async function scanTree(
  ruleSet: RuleSet,
  language: LanguageId,
  parsed: Tree,
  text: string,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const prefilter = ruleSet.prefilter(language);
  const selection =
    options.prefilter === false ? selectAll(prefilter.ruleCount) : prefilter.select(text, options.disabledRules);
  if (options.counters) {
    options.counters.files++;
    options.counters.rules += selection.rules;
    options.counters.rulesRun += selection.rulesRun;
  }
  const problems: EngineProblem[] = [];
  // No rule can match: nothing to query (the grammar's rules are not even compiled).
  if (selection.rulesRun === 0) return { findings: [], problems, ...(options.yieldEveryMs ? { longestRunMs: 0 } : {}) };
  const plan = options.prefilter === false ? await ruleSet.plan(language) : await ruleSet.planFor(language, selection);
  if (!plan.query) return { findings: [], problems };
  const budget = options.budgetMs ?? DEFAULT_SCAN_BUDGET_MS;
  // Rules run on a twin without the comments inside calls (names/comments.ts); same offsets.
  const scanned = treeWithoutCallComments(parsed, text, LANGUAGES[language].syntax, budget, options.clock);
  try {
    return await scanWith(ruleSet, plan, selection, language, scanned, text, options, problems, budget);
  } finally {
    if (scanned !== parsed) scanned.delete();
  }
}

async function scanWith(
  ruleSet: RuleSet,
  plan: LanguagePlan,
  selection: Selection,
  language: LanguageId,
  tree: Tree,
  text: string,
  options: ScanOptions,
  problems: EngineProblem[],
  budget: number,
): Promise<ScanResult> {
  const focus = options.focus;
  const ctx = new MatchContext(tree, language, focus, ruleSet.providers);
  const pacer = new Pacer(options.yieldEveryMs, options.cancelled, options.clock);
  const sinks: Array<{ entry: PatternEntry; captures: Captures }> = [];
  const take = (match: QueryMatch, owners: SharedEntry[]): void => {
    let matchCaptures: Captures | undefined;
    for (const { entry, rename } of owners) {
      if (entry.role === 'sink' && options.disabledRules?.has(entry.name)) continue;
      // The prefilter: its words are missing from the file, or no rule that runs uses it.
      if (!selection.admits(entry.pattern) || !selection.needs(entry.role, entry.name)) continue;
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
  // The per-rule fallback runs only the groups the prefilter let run: the others' matches are skipped.
  const groups = plan.groups.filter(
    (g) => selection.needs(g.role, g.name) && g.entries.some((e) => selection.admits(e.pattern)),
  );
  await collectMatches({ ...plan, groups }, tree, windows, budget, problems, pacer, take, restart, focus);
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
    const matched = captures.get(rule.report)?.[0];
    if (!matched) continue;
    const verdict = checkAll(entry, captures, ctx);
    if (!verdict.ok) continue;
    // A configured object is reported where it takes effect (labels.md), unless configured safe first.
    const life = rule.object
      ? followObject(
          matched,
          ctx.flow.enclosingFunction(matched) ?? tree.rootNode,
          rule.object,
          LANGUAGES[language].syntax,
        )
      : undefined;
    if (life?.safe) continue;
    const node = life?.effect ?? matched;
    if (focus && (node.startIndex < focus.startIndex || node.startIndex >= focus.endIndex)) continue;
    const finding = findingFor(rule, node, verdict, options);
    if (life?.effect) finding.related = [{ range: rangeOf(matched), message: `created here: ${nodeLabel(matched)}` }];
    const fix = computeFix(rule.fix, {
      rule,
      // The fix configures the object where it is created.
      node: matched,
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
    // One finding per class and range: overlapping rules of a class keep the most certain report,
    // then the most severe (a redirect to `next ?? referer` is the warning, not the Referer's info).
    const key = `${rule.class}:${finding.range.start.line}:${finding.range.start.character}:${finding.range.end.line}:${finding.range.end.character}`;
    const previous = byKey.get(key);
    if (!previous || outranks(finding, previous)) byKey.set(key, finding);
  }
  const findings = applySuppressions(onePerRuleAndLine(byKey.values()), text, LANGUAGES[language].syntax.lineComment);
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

/**
 * One finding per rule and line: `exec(compile(src))` is two sinks of one rule on one line, and a
 * reviewer fixes the line once. The most certain report stays, then the first on the line.
 */
function onePerRuleAndLine(findings: Iterable<Finding>): Finding[] {
  const kept = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.ruleId}:${f.range.start.line}`;
    const previous = kept.get(key);
    const better =
      !previous ||
      confidenceRank(f.confidence) > confidenceRank(previous.confidence) ||
      (f.confidence === previous.confidence && f.range.start.character < previous.range.start.character);
    if (better) kept.set(key, f);
  }
  return [...kept.values()];
}

function outranks(a: Finding, b: Finding): boolean {
  const byConfidence = confidenceRank(a.confidence) - confidenceRank(b.confidence);
  if (byConfidence !== 0) return byConfidence > 0;
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  // Then the provider-format secret: it keeps its severity in test code.
  return bySeverity > 0 || (bySeverity === 0 && Boolean(a.secretFormat) && !b.secretFormat);
}

function confidenceRank(c: Confidence): number {
  return ['low', 'medium', 'high'].indexOf(c);
}
