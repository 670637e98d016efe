// Runs a language's combined query over a tree, window by window for a large document, and falls
// back to each rule's own query when the combined one overruns its budget.

import type { Query, QueryMatch, Tree } from 'web-tree-sitter';
import type { Pacer } from './pacer';
import type { TextSpan } from './windows';
import { groupQuery, LanguagePlan, PatternGroup, SharedEntry } from './ruleset';
import type { EngineProblem } from './types';

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
export async function collectMatches(
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
  const clock = pacer.clock;
  const phaseEnd = clock() + Math.max(2 * budget, 1000);
  const describe = (group: PatternGroup): string =>
    group.role === 'sink' ? `rule ${group.name}` : `taint ${group.role} ${group.name}`;
  const notRun: string[] = [];
  for (const group of plan.groups) {
    const now = clock();
    if (now >= phaseEnd) {
      notRun.push(describe(group));
      continue;
    }
    const stop = Math.min(now + share, phaseEnd);
    const result = runQuery(groupQuery(plan, group), tree, () => clock() > stop, focus);
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
