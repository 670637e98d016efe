// Human-readable output: one block per finding with its taint path, then a summary line. Every
// piece of workspace text (file names, messages and trace labels quoting code, custom rules' ids
// and classes, problems) has its control characters escaped: only Warden's own colours reach the
// terminal, so a file name or a string in the code cannot retitle it, erase lines or hide output.

import { escapeControls as safe } from './escape';
import { findingHeadline, writtenForFinding } from './headline';
import { allFindings, ScanReport } from './model';

export function formatText(report: ScanReport, color: boolean): string {
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: 31, warning: 33, info: 36 } as const;
  const lines: string[] = [];
  for (const p of report.ruleProblems)
    lines.push(paint(35, `rule problem: ${safe(`${p.file}`)}:${p.line}: ${safe(p.message)}`));
  for (const file of report.files) {
    for (const p of file.problems) lines.push(paint(90, `${safe(file.path)}: ${safe(p.message)}`));
  }
  const found = allFindings(report);
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  for (const { path, finding: f } of found) {
    const where = `${safe(path)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    lines.push(
      `${paint(1, where)}  ${paint(sevColor[f.severity], f.severity)}  ${safe(f.class)}  ${paint(90, `${safe(f.ruleId)} (${f.confidence} confidence)`)}`,
    );
    const rule = rules.get(f.ruleId);
    const headline = findingHeadline(f, rule);
    lines.push(`    ${safe(headline)}`);
    // A message written for this finding says more than its headline (the fixed version, the advisory date).
    const own = f.message.replace(/\s+/g, ' ').trim();
    if (writtenForFinding(f, rule) && !headline.startsWith(own)) lines.push(paint(90, `    ${safe(own)}`));
    if (f.trace && f.trace.length > 1) {
      lines.push(
        paint(90, `    path: ${f.trace.map((s) => `${safe(s.label)} (line ${s.range.start.line + 1})`).join(' → ')}`),
      );
    }
    for (const r of f.related ?? [])
      lines.push(
        paint(90, `    see: ${safe(r.message)} (${r.file ? `${safe(r.file)}, ` : ''}line ${r.range.start.line + 1})`),
      );
  }
  const count = (s: string): number => found.filter((x) => x.finding.severity === s).length;
  lines.push(
    `${found.length} finding${found.length === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info) ` +
      `in ${report.filesScanned} file${report.filesScanned === 1 ? '' : 's'}` +
      `${report.filesSkipped ? `, ${report.filesSkipped} skipped` : ''}` +
      `${report.baselined ? `, ${report.baselined} more in the baseline` : ''} — ${report.durationMs} ms`,
  );
  return lines.join('\n') + '\n';
}
