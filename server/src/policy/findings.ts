// Boundary violations of the team policy as findings, the same in the CLI and the editor: one per
// AI-labelled region, on its begin marker, error severity. A region that needs approval carries
// a fix (for review, never in fix-all) that inserts the approval template above the region.

import { approvalTemplate, boundaryViolations, POLICY_RULE_APPROVAL } from '../../../core/policy/evaluate';
import type { Approval } from '../../../core/policy/evaluate';
import type { AiRegion } from '../../../core/protocol/ai-regions';
import type { Policy } from '../../../core/policy/parse';
import type { Finding } from '../engine';
import { LANGUAGES, languageForPath } from '../engine/languages';

export function policyFindings(
  policy: Policy,
  file: string,
  relPath: string,
  text: string,
  tier?: string,
  /** AI regions and the approvals that count, when the caller knows more than the markers (review). */
  known: { regions?: AiRegion[]; approvals?: Approval[] } = {},
): Finding[] {
  const violations = boundaryViolations(policy, relPath, text, known);
  if (violations.length === 0) return [];
  const language = languageForPath(file);
  const lineComment = language ? LANGUAGES[language].syntax.lineComment : '#';
  const lines = text.split(/\r\n|\r|\n/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const today = new Date().toISOString().slice(0, 10);
  return violations.map((v) => {
    const line = v.region.beginLine;
    const indent = /^[ \t]*/.exec(lines[line] ?? '')![0];
    const finding: Finding = {
      ruleId: v.ruleId,
      class: 'policy',
      severity: 'error',
      confidence: 'high',
      message: v.message,
      range: { start: { line, character: indent.length }, end: { line, character: (lines[line] ?? '').length } },
      policy: { tier: tier ?? '', boundary: v.glob },
    };
    if (v.ruleId === POLICY_RULE_APPROVAL)
      finding.fix = {
        title: 'Insert the approval marker template above this AI-generated region',
        safety: 'review',
        edits: [
          {
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            newText: approvalTemplate(lineComment, indent, today) + eol,
          },
        ],
      };
    return finding;
  });
}
