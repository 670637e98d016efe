// Machine-readable output: one flat record per finding, carrying its label class so any labeled
// corpus can score it (shared/docs/labels.md).

import { escapeJsonControls } from './escape';
import { findingHeadline } from './headline';
import { allFindings, ScanReport } from './model';

export function formatJson(report: ScanReport, version: string): string {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  return escapeJsonControls(
    JSON.stringify(
      {
        tool: { name: 'warden', version },
        findings: allFindings(report).map(({ path, finding: f }) => ({
          path,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          ruleId: f.ruleId,
          class: f.class,
          severity: f.severity,
          confidence: f.confidence,
          codeKind: f.codeKind,
          message: findingHeadline(f, rules.get(f.ruleId)),
          explanation: f.message,
          detail: f.detail,
          policy: f.policy,
          cwe: rules.get(f.ruleId)?.cwe.map((c) => `CWE-${c}`),
          owasp: rules.get(f.ruleId)?.owasp,
          trace: f.trace?.map((s) => ({
            line: s.range.start.line + 1,
            column: s.range.start.character + 1,
            label: s.label,
          })),
          related: f.related?.map((r) => ({
            file: r.file,
            line: r.range.start.line + 1,
            column: r.range.start.character + 1,
            message: r.message,
          })),
        })),
        problems: [
          ...report.ruleProblems.map((p) => ({ path: p.file, line: p.line, message: p.message })),
          ...report.files.flatMap((f) => f.problems.map((p) => ({ path: f.path, message: p.message }))),
        ],
        stats: {
          filesScanned: report.filesScanned,
          filesSkipped: report.filesSkipped,
          baselined: report.baselined,
          durationMs: report.durationMs,
        },
      },
      null,
      2,
    ) + '\n',
  );
}
