// What the policy says about one file: its tier (policy globs override the heuristic tier, policy
// keywords can only raise it), the boundaries its AI-labelled regions break, and the gate that
// applies. Pure: the caller gives the text, the workspace-relative path and the heuristic tier.

import picomatch from 'picomatch';
import { parseAiRegions, type AiRegion } from '../protocol/ai-regions';
import type { Severity } from '../protocol/settings';
import { type Boundary, type Policy, type PolicyTier, TIERS } from './parse';

export const APPROVED_BY = 'warden:approved-by';
export const EXPLAINED = 'warden:explained';
export const POLICY_RULE_FORBIDDEN = 'warden/policy/ai-forbidden';
export const POLICY_RULE_APPROVAL = 'warden/policy/ai-needs-approval';

const RANK: Record<PolicyTier, number> = { high: 2, medium: 1, low: 0 };

export interface TierDecision {
  tier: PolicyTier;
  /** Why: the policy glob or keyword that decided, or the heuristic's own. */
  reason: string;
  source: 'policy-path' | 'policy-keyword' | 'heuristic';
}

function matches(globs: string[], relPath: string): string | undefined {
  const normal = relPath.split('\\').join('/').replace(/^\.\//, '');
  return globs.find((g) => picomatch.isMatch(normal, g, { dot: true }));
}

function wordRegex(keyword: string): RegExp {
  return new RegExp(`(^|[^A-Za-z0-9_])${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_])`, 'i');
}

export function policyTier(policy: Policy, relPath: string, text: string, heuristic: PolicyTier): TierDecision {
  for (const tier of TIERS) {
    const glob = matches(policy.tiers[tier]?.paths ?? [], relPath);
    if (glob) return { tier, reason: `policy: path matches '${glob}'`, source: 'policy-path' };
  }
  for (const tier of TIERS) {
    if (RANK[tier] <= RANK[heuristic]) break;
    const keyword = (policy.tiers[tier]?.keywords ?? []).find((k) => wordRegex(k).test(text));
    if (keyword) return { tier, reason: `policy: keyword '${keyword}'`, source: 'policy-keyword' };
  }
  return { tier: heuristic, reason: 'heuristic', source: 'heuristic' };
}

/** The severity at or above which a file of `tier` fails the gate: policy > --fail-on. */
export function gateFor(policy: Policy, tier: PolicyTier, failOn: Severity | 'none'): Severity | 'none' {
  return policy.gate[tier] ?? failOn;
}

export interface Approval {
  /** Zero-based line of the marker. */
  line: number;
  name: string;
  date: string;
  reason: string;
}

// A template still holding `<name>` or `<reason>` is not an approval.
const APPROVAL = new RegExp(
  `${APPROVED_BY}\\s+([^\\s<]\\S*)\\s+(\\d{4}-\\d{2}-\\d{2})\\s+([^\\s<].*?)\\s*(?:\\*\\/|-->)?\\s*$`,
);

/** Well-formed approval markers (`warden:approved-by <name> <YYYY-MM-DD> <reason>`) of a text. */
export function parseApprovals(text: string): Approval[] {
  const out: Approval[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = line.includes(APPROVED_BY) ? APPROVAL.exec(line) : null;
    if (m) out.push({ line: i, name: m[1], date: m[2], reason: m[3] });
  });
  return out;
}

/** Zero-based lines holding `warden:explained <summary>` with a summary. */
export function explainedLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (new RegExp(`${EXPLAINED}\\s+\\S`).test(line)) out.push(i);
  });
  return out;
}

/** Lines above a region where its approval or explanation may sit (a short comment block). */
const MARKER_REACH = 3;

/** A region's approval or explanation marker sits inside it or on the few lines above it. */
export function markerCovers(markerLine: number, region: AiRegion): boolean {
  return markerLine >= region.beginLine - MARKER_REACH && markerLine <= region.endLine;
}

export interface BoundaryViolation {
  boundary: Boundary;
  /** The glob the file matched. */
  glob: string;
  region: AiRegion;
  ruleId: string;
  message: string;
}

/**
 * AI-labelled regions (markers) in `relPath` that break a boundary: any region under
 * `forbidden`, and a region without a well-formed approval marker under `needs-approval`.
 * `approvals` defaults to the markers in the text; review passes only those that count.
 */
export function boundaryViolations(
  policy: Policy,
  relPath: string,
  text: string,
  options: { aiLabel?: string; approvals?: Approval[]; regions?: AiRegion[] } = {},
): BoundaryViolation[] {
  const bounds = policy.boundaries.flatMap((b) => {
    const glob = matches(b.paths, relPath);
    return glob ? [{ boundary: b, glob }] : [];
  });
  if (bounds.length === 0) return [];
  const regions = options.regions ?? parseAiRegions(text, { label: options.aiLabel });
  const approvals = options.approvals ?? parseApprovals(text);
  const out: BoundaryViolation[] = [];
  for (const region of regions) {
    // The strictest boundary the file falls under decides.
    const hit = bounds.find((b) => b.boundary.ai === 'forbidden') ?? bounds[0];
    const why = hit.boundary.reason ? ` (${hit.boundary.reason})` : '';
    if (hit.boundary.ai === 'forbidden')
      out.push({
        ...hit,
        region,
        ruleId: POLICY_RULE_FORBIDDEN,
        message: `AI-generated code is not allowed in '${hit.glob}' by the team policy${why}. Rewrite this region by hand or move it out of the boundary.`,
      });
    else if (!approvals.some((a) => markerCovers(a.line, region)))
      out.push({
        ...hit,
        region,
        ruleId: POLICY_RULE_APPROVAL,
        message: `AI-generated code in '${hit.glob}' needs a reviewer's sign-off by the team policy${why}: add \`${APPROVED_BY} <name> <YYYY-MM-DD> <reason>\` above the region once reviewed.`,
      });
  }
  return out;
}

/** The approval comment a code action inserts above a region, for the reviewer to fill in. */
export function approvalTemplate(lineComment: string, indent: string, today: string): string {
  return `${indent}${lineComment} ${APPROVED_BY} <name> ${today} <reason>`;
}
