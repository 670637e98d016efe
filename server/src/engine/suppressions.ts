// Inline suppressions: `warden-ignore: <rule-id|class>[, …] -- <reason>` in a comment on the line
// above a finding or at the end of its line. `nosec` (Bandit, gosec) and `nosemgrep` are honoured
// for users coming from those tools.

import {
  ANY_SUPPRESSION_MARKER,
  Suppression,
  SUPPRESSION_MARKERS,
  WARDEN_IGNORE,
} from '../../../core/protocol/suppressions';
import type { Finding } from './types';

export { suppressionComment } from '../../../core/protocol/suppressions';
export type { Suppression } from '../../../core/protocol/suppressions';

const MARKER = new RegExp(`(${SUPPRESSION_MARKERS.join('|')})\\b:?\\s*([^\\n]*)`);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseSuppressions(text: string, lineComment: string): Suppression[] {
  const lines = text.split(/\r\n|\r|\n/);
  const comment = new RegExp(`(^|\\s|;)${escape(lineComment)}(.*)$`);
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!ANY_SUPPRESSION_MARKER.test(line)) continue;
    const c = comment.exec(line);
    const body = c ? c[2] : /\/\*(.*)\*\//.exec(line)?.[1];
    if (body === undefined) continue;
    const m = MARKER.exec(body);
    if (!m) continue;
    const marker = m[1] as Suppression['marker'];
    const [idsPart, ...reasonParts] = m[2].split(/\s+--\s*|\s+—\s*/);
    const targets =
      marker === WARDEN_IGNORE
        ? idsPart
            .split(/[\s,]+/)
            .map((t) => t.trim())
            .filter((t) => t && t !== '*' && t !== 'all')
        : idsPart.split(/[\s,]+/).filter((t) => /^[a-z]+\/[a-z-]+\/[a-z0-9-]+$/.test(t));
    const ownLine = line.trim().startsWith(lineComment) || line.trim().startsWith('/*');
    let appliesTo = i;
    if (ownLine) {
      // The next line that is not itself a comment or blank.
      appliesTo = i + 1;
      while (
        appliesTo < lines.length &&
        (lines[appliesTo].trim() === '' || lines[appliesTo].trim().startsWith(lineComment))
      )
        appliesTo++;
    }
    out.push({ line: i, appliesTo, targets, reason: reasonParts.join(' -- ').trim(), marker });
  }
  return out;
}

export function isSuppressed(finding: Finding, suppressions: Suppression[]): boolean {
  return suppressions.some(
    (s) =>
      s.appliesTo === finding.range.start.line &&
      (s.targets.length === 0 || s.targets.includes(finding.ruleId) || s.targets.includes(finding.class)),
  );
}

export const MISSING_REASON_ID = 'warden/suppression/missing-reason';

/**
 * Drops suppressed findings. A `warden-ignore` without a reason still suppresses, but is itself
 * reported (information) so every silenced finding stays explained and auditable.
 */
export function applySuppressions(findings: Finding[], text: string, lineComment: string): Finding[] {
  if (!ANY_SUPPRESSION_MARKER.test(text)) return findings;
  const suppressions = parseSuppressions(text, lineComment);
  const kept = findings.filter((f) => !isSuppressed(f, suppressions));
  const lines = text.split(/\r\n|\r|\n/);
  for (const s of suppressions) {
    if (s.marker !== WARDEN_IGNORE || s.reason) continue;
    const column = lines[s.line].indexOf(WARDEN_IGNORE);
    kept.push({
      ruleId: MISSING_REASON_ID,
      class: 'suppression',
      severity: 'info',
      confidence: 'high',
      message:
        'This warden-ignore gives no reason. Say why the finding is safe after `--` (e.g. `warden-ignore: <rule-id> -- value comes from our config`) so reviewers can audit it.',
      range: { start: { line: s.line, character: column }, end: { line: s.line, character: lines[s.line].length } },
    });
  }
  return kept;
}
