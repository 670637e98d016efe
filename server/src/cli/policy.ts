// The team policy in `warden scan`: `.warden/policy.yaml` of the working folder (the CLI counts as
// a trusted workspace) gives each file a tier, adds a finding per boundary violation, puts the
// tier and the boundary in every finding's properties (SARIF, JSON) and picks the gate per tier.
// Precedence (policy.md): policy tier gate > --fail-on > defaults, after baseline filtering.

import * as path from 'path';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { profileFile } from '../../../core/coach/profile';
import {
  DEFAULT_POLICY,
  formatPolicyError,
  MAX_POLICY_BYTES,
  parsePolicy,
  POLICY_FILE,
} from '../../../core/policy/parse';
import type { Policy, PolicyTier } from '../../../core/policy/parse';
import { gateFor, policyTier, type TierDecision } from '../../../core/policy/evaluate';
import {
  countsForGate,
  DEFAULT_MAX_BYTES,
  severityRank,
  type Finding,
  type IncludableKind,
  type Severity,
} from '../engine';
import type { FileReport } from '../report/model';
import { policyFindings } from '../policy/findings';
import { escapeControls } from '../report/escape';

export interface PolicyRun {
  policy: Policy;
  /** Where the policy was read from (relative paths are matched against this folder). */
  root: string;
  /** The per-file tier decisions, by the path the report uses. */
  tiers: Map<string, TierDecision>;
}

/** The policy of `root`, or undefined when there is none; a malformed one is reported and replaced by the defaults. */
export function loadPolicy(root: string, warn: (message: string) => void): Policy | undefined {
  const read = readWorkspaceFile(path.join(root, POLICY_FILE), { maxBytes: MAX_POLICY_BYTES, root });
  if (!read.ok) {
    if (read.reason === 'unreadable' && /ENOENT|no such file/i.test(read.detail)) return undefined;
    warn(`${POLICY_FILE}: not read (${read.detail}); using the default policy`);
    return DEFAULT_POLICY;
  }
  const loaded = parsePolicy(read.text, POLICY_FILE);
  if (loaded.error) warn(escapeControls(formatPolicyError(loaded.error)));
  return loaded.policy;
}

/** Tiers every file, adds the boundary violations as findings, and tags each finding with both. */
export function applyPolicy(reports: FileReport[], policy: Policy, root: string): PolicyRun {
  const tiers = new Map<string, TierDecision>();
  for (const report of reports) {
    const read = readWorkspaceFile(report.path, { maxBytes: DEFAULT_MAX_BYTES });
    if (!read.ok) continue;
    const relPath = path.relative(root, path.resolve(report.path)).split(path.sep).join('/');
    const heuristic = profileFile(
      read.text,
      report.findings.map((f) => ({ ruleId: f.ruleId, class: f.class, line: f.range.start.line })),
    ).tier;
    const decision = policyTier(policy, relPath, read.text, heuristic);
    tiers.set(report.path, decision);
    report.findings.push(...policyFindings(policy, report.path, relPath, read.text, decision.tier));
    for (const f of report.findings) f.policy ??= { tier: decision.tier };
  }
  return { policy, root, tiers };
}

/** The findings that fail the gate: boundary violations, and per file those at the policy's gate for its tier, else --fail-on. */
export function gateFailures(
  reports: FileReport[],
  failOn: Severity | 'none',
  includeKinds: IncludableKind[],
  run?: PolicyRun,
): Finding[] {
  return reports.flatMap((r) => {
    const tier = run?.tiers.get(r.path)?.tier;
    const threshold = run && tier ? gateFor(run.policy, tier, failOn) : failOn;
    // A broken boundary always fails: the team drew it for CI, whatever the tier's gate for findings.
    return r.findings.filter(
      (f) =>
        (f.class === 'policy' && f.ruleId.startsWith('warden/policy/')) ||
        (threshold !== 'none' && severityRank(f.severity) >= severityRank(threshold) && countsForGate(f, includeKinds)),
    );
  });
}

/** Files, findings and the gate per tier: the table under a text report. */
export function tierTable(
  reports: FileReport[],
  failOn: Severity | 'none',
  includeKinds: IncludableKind[],
  run: PolicyRun,
): string {
  const rows = (['high', 'medium', 'low'] as PolicyTier[]).map((tier) => {
    const files = reports.filter((r) => run.tiers.get(r.path)?.tier === tier);
    const findings = files.reduce((n, r) => n + r.findings.length, 0);
    const failing = gateFailures(files, failOn, includeKinds, run).length;
    return `  ${tier.padEnd(8)}${String(files.length).padStart(6)}${String(findings).padStart(10)}${String(failing).padStart(9)}   ${gateFor(run.policy, tier, failOn)}`;
  });
  return `Policy tiers (${POLICY_FILE}):\n  tier       files  findings  failing   gate\n${rows.join('\n')}\n`;
}
