// Findings as an agent reads them (MCP tools, `--format agent`): one flat record per finding with
// the rule's requirement and whether a safe fix exists, at most MAX_FINDINGS per answer and at most
// MAX_FINDING_BYTES each, with a count of what was left out, so a large file cannot flood a context.

import type { Finding } from '../engine';
import { findingHeadline } from '../report/headline';

export const MAX_FINDINGS = 50;
export const MAX_FINDING_BYTES = 1024;

export type FixAvailable = 'safe' | 'review' | 'none';

export interface AgentFinding {
  file?: string;
  /** One-based. */
  line: number;
  /** One-based. */
  column: number;
  rule: string;
  class: string;
  severity: string;
  confidence: string;
  message: string;
  /** What the code must do instead (the rule's requirement). */
  requirement?: string;
  fix: FixAvailable;
}

export interface BoundedFindings {
  findings: AgentFinding[];
  total: number;
  /** Findings left out of `findings` (over MAX_FINDINGS). */
  omitted: number;
}

export function fixAvailable(f: Finding): FixAvailable {
  if (!f.fix) return 'none';
  // A fix without a declared safety comes from outside the fixer registry and counts as safe (fixes/model.ts).
  return f.fix.safety === 'review' ? 'review' : 'safe';
}

/** What an agent finding needs of its rule: the headline's title and message, and the requirement. */
export interface AgentRuleText {
  title: string;
  message: string;
  requirement?: string;
}

export function toAgentFinding(f: Finding, ruleOf: (ruleId: string) => AgentRuleText | undefined, file?: string) {
  const rule = ruleOf(f.ruleId);
  const out: AgentFinding = {
    ...(file !== undefined ? { file } : {}),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    rule: f.ruleId,
    class: f.class,
    severity: f.severity,
    confidence: f.confidence,
    // The one-line message every front end shows (report/headline.ts); the explanation is explain_rule's.
    message: findingHeadline(f, rule),
    fix: fixAvailable(f),
  };
  if (rule?.requirement) out.requirement = rule.requirement;
  return capSize(out);
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

function cut(text: string, over: number): string {
  // Cut by characters, generously: a multi-byte character counts up to 3 bytes in JSON.
  const keep = Math.max(0, text.length - over - 1);
  return `${text.slice(0, keep)}…`;
}

/** The finding within MAX_FINDING_BYTES: requirement, then message, then file name shortened. */
export function capSize(f: AgentFinding): AgentFinding {
  let out = f;
  for (const field of ['requirement', 'message', 'file'] as const) {
    const over = bytes(out) - MAX_FINDING_BYTES;
    if (over <= 0) return out;
    const value = out[field];
    if (value !== undefined) out = { ...out, [field]: cut(value, over) };
  }
  return out;
}

/** The first MAX_FINDINGS findings, most severe first (then by file and line), and how many were left out. */
export function boundFindings(all: AgentFinding[], max = MAX_FINDINGS): BoundedFindings {
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...all].sort(
    (a, b) =>
      (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      a.line - b.line ||
      a.column - b.column,
  );
  const findings = sorted.slice(0, max);
  return { findings, total: all.length, omitted: all.length - findings.length };
}
